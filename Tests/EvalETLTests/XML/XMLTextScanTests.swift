import XCTest
@testable import EvalETL

final class XMLTextScanTests: XCTestCase {
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
            let scan = XMLTextScan(text)
            XCTAssertEqual(scan.needsEscaping, escape, text.debugDescription)
            XCTAssertEqual(scan.mayHoldForbidden, suspect, text.debugDescription)
            XCTAssertEqual(scan.hasNewline, newline, text.debugDescription)
            XCTAssertEqual(scan.isPlain, !escape && !suspect && !newline, text.debugDescription)
        }
    }

    func testSuspectCoversEverySanitizedText() {
        let samples = (0...0x7F).map { String(UnicodeScalar(UInt8($0))) } + ["\u{FFFE}", "\u{FFFF}", "\u{FFFD}"]
        for s in samples where XMLText.sanitize(s).replaced > 0 {
            XCTAssertTrue(XMLTextScan(s).mayHoldForbidden, s.debugDescription)
        }
    }

    func testWidthMatchesDisplayWidth() {
        let texts = ["", "abc", "a\nbcd\ne", String(repeating: "x", count: 80), "é😀ü\n" + String(repeating: "ß", count: 60),
                     "short\n" + String(repeating: "y", count: 49), "a&b<c>\"d\"\r\n" + String(repeating: "z", count: 55) + "&"]
        for text in texts {
            var s = text
            let scan = s.withUTF8 { XMLTextScan($0, widthCap: 50) }
            XCTAssertEqual(scan.width, Self.width(text, cap: 50), text)
            let plain = XMLTextScan(text)
            XCTAssertEqual(scan.needsEscaping, plain.needsEscaping, text)
            XCTAssertEqual(scan.hasNewline, plain.hasNewline, text)
        }
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
            var s = text
            let want = reference(text, cap: 50)
            let plain = XMLTextScan(text)
            XCTAssertEqual([plain.needsEscaping, plain.mayHoldForbidden, plain.hasNewline],
                           [want.found & 1 != 0, want.found & 2 != 0, want.found & 4 != 0], text.debugDescription)
            for cap in [5, 50] {
                let scan = s.withUTF8 { XMLTextScan($0, widthCap: cap) }
                let capped = reference(text, cap: cap)
                XCTAssertEqual(scan.width, capped.width, "\(text.debugDescription) cap \(cap)")
                XCTAssertEqual([scan.needsEscaping, scan.mayHoldForbidden, scan.hasNewline],
                               [plain.needsEscaping, plain.mayHoldForbidden, plain.hasNewline], text.debugDescription)
            }
        }
    }

    /// Every single byte gets the classes its sets say.
    func testEveryByte() {
        for b in UInt8.min...UInt8.max {
            let scan = [b].withUnsafeBufferPointer { XMLTextScan($0) }
            XCTAssertEqual(scan.needsEscaping, [0x00, 0x0D, 0x22, 0x26, 0x3C, 0x3E].contains(b), "byte \(b)")
            XCTAssertEqual(scan.mayHoldForbidden, (b < 0x20 && ![0x09, 0x0A, 0x0D].contains(b)) || b == 0xEF, "byte \(b)")
            XCTAssertEqual(scan.hasNewline, b == 0x0A, "byte \(b)")
        }
    }
}
