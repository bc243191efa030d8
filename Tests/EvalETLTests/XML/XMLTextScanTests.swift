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
            XCTAssertEqual(scan.width, WorkbookCell.string(text).displayWidth(cap: 50), text)
            let plain = XMLTextScan(text)
            XCTAssertEqual(scan.needsEscaping, plain.needsEscaping, text)
            XCTAssertEqual(scan.hasNewline, plain.hasNewline, text)
        }
    }
}
