import XCTest
@testable import EvalETL

/// What the XML writers read of a text (`TextFacts`) and the workbook's width of it.
final class TextFactsTests: XCTestCase {
    func testClasses() {
        // text, needs escaping, may hold forbidden, has newline
        let cases: [(String, Bool, Bool, Bool)] = [
            ("plain", false, false, false),
            ("", false, false, false),
            ("tab\there", false, false, false),
            ("a<b", true, false, false), ("a>b", true, false, false), ("a&b", true, false, false),
            ("say \"hi\"", true, false, false), ("cr\rhere", true, false, false),
            ("lf\nhere", false, false, true),
            ("nul\u{0}", true, true, false), ("bell\u{7}", false, true, false),
            ("\u{FFFF}", false, true, false), ("\u{FEFF}", false, true, false), ("\u{EFFF}", false, false, false),
            ("Zürich 😀", false, false, false), ("del\u{7F}", false, false, false),
        ]
        for (text, escape, suspect, newline) in cases {
            let facts = TextFacts(text)
            XCTAssertEqual(facts.contains(.xmlEscape), escape, text.debugDescription)
            XCTAssertEqual(facts.contains(.suspect), suspect, text.debugDescription)
            XCTAssertEqual(facts.contains(.newline), newline, text.debugDescription)
        }
    }

    func testSuspectCoversEverySanitizedText() {
        let samples = (0...0x7F).map { String(UnicodeScalar(UInt8($0))) } + ["\u{FFFE}", "\u{FFFF}", "\u{FFFD}"]
        for s in samples where XMLText.sanitize(s).replaced > 0 {
            XCTAssertTrue(TextFacts(s).contains(.suspect), s.debugDescription)
        }
    }

    func testWidthMatchesDisplayWidth() {
        let texts = ["", "abc", "a\nbcd\ne", String(repeating: "x", count: 80), "é😀ü\n" + String(repeating: "ß", count: 60),
                     "short\n" + String(repeating: "y", count: 49), "a&b<c>\"d\"\r\n" + String(repeating: "z", count: 55) + "&"]
        for text in texts {
            XCTAssertEqual(Self.measured(text, cap: 50), Self.width(text, cap: 50), text)
        }
    }

    /// `Worksheet.width` of the text.
    static func measured(_ text: String, cap: Int) -> Int {
        ByteText.withUTF8(text) { Worksheet.width($0, TextFacts($0), cap: cap) }
    }

    /// Scalars on the longest line, at most `cap`, counted one scalar at a time.
    static func width(_ text: String, cap: Int) -> Int {
        min(text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0, cap)
    }

    /// The byte-at-a-time scan the word-at-a-time one must agree with.
    func reference(_ text: String, cap: Int) -> (found: UInt8, width: Int) {
        let escape: Set<UInt8> = [0x00, 0x0D, 0x22, 0x26, 0x3C, 0x3E]
        let suspect = Set<UInt8>(0x00...0x1F).subtracting([0x09, 0x0A, 0x0D]).union([0xEF])
        let bytes = Array(text.utf8)
        let found: UInt8 = (bytes.contains(where: escape.contains) ? 1 : 0) | (bytes.contains(where: suspect.contains) ? 2 : 0)
            | (bytes.contains(0x0A) ? 4 : 0)
        return (found, Self.width(text, cap: cap))
    }

    func testWordScanMatchesByteScan() {
        for text in ScanSamples.texts {
            let want = reference(text, cap: 50)
            let facts = TextFacts(text)
            XCTAssertEqual([facts.contains(.xmlEscape), facts.contains(.suspect), facts.contains(.newline)],
                           [want.found & 1 != 0, want.found & 2 != 0, want.found & 4 != 0], text.debugDescription)
            for cap in [5, 50] {
                XCTAssertEqual(Self.measured(text, cap: cap), reference(text, cap: cap).width,
                               "\(text.debugDescription) cap \(cap)")
            }
        }
    }

    /// Every single byte gets the classes its sets say.
    func testEveryByte() {
        for b in UInt8.min...UInt8.max {
            let facts = [b].withUnsafeBufferPointer { TextFacts($0) }
            XCTAssertEqual(facts.contains(.xmlEscape), [0x00, 0x0D, 0x22, 0x26, 0x3C, 0x3E].contains(b), "byte \(b)")
            XCTAssertEqual(facts.contains(.suspect), (b < 0x20 && ![0x09, 0x0A, 0x0D].contains(b)) || b == 0xEF, "byte \(b)")
            XCTAssertEqual(facts.contains(.newline), b == 0x0A, "byte \(b)")
        }
    }
}
