import XCTest
@testable import EvalETL

final class XMLTextTests: XCTestCase {
    func testForbiddenCharactersAreReplaced() {
        let controls: [UInt32] = (0x00...0x1F).filter { ![0x9, 0xA, 0xD].contains($0) }
        let forbidden: [Unicode.Scalar] = (controls + [0xFFFE, 0xFFFF]).compactMap { Unicode.Scalar($0) }
        for scalar in forbidden {
            let (text, replaced) = XMLText.sanitize("a\(Character(scalar))b")
            XCTAssertEqual(text, "a\u{FFFD}b", "U+\(String(scalar.value, radix: 16))")
            XCTAssertEqual(replaced, 1, "U+\(String(scalar.value, radix: 16))")
        }
    }

    func testAllowedCharactersAreKept() {
        let cases = ["tab\there", "lf\nhere", "cr\rhere", "del\u{7F}c1\u{85}", "\u{FFFD}", "Zürich 😀 \u{10FFFF}",
                     "\u{FEFF}\u{EFFF}", "", "plain"]
        for s in cases {
            let (text, replaced) = XMLText.sanitize(s)
            XCTAssertEqual(text, s)
            XCTAssertEqual(replaced, 0, s.debugDescription)
        }
    }

    func testCountsEveryReplacement() {
        XCTAssertEqual(XMLText.sanitize("\u{0}\u{1}x\u{FFFF}").replaced, 3)
        XCTAssertEqual(XMLText.sanitize("\u{0}\u{1}x\u{FFFF}").text, "\u{FFFD}\u{FFFD}x\u{FFFD}")
    }

    func testDoubleLexicalForms() {
        let cases: [(Double, String)] = [
            (1e21, "1e+21"), (-0.0, "-0"), (0.1, "0.1"), (1.5, "1.5"), (100, "100"), (1706485, "1706485"),
            (.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (.infinity, "INF"), (-.infinity, "-INF"), (.nan, "NaN"), (-.nan, "NaN"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(XMLText.double(value), expected)
            if value.isFinite { XCTAssertEqual(Double(XMLText.double(value)), value, "round trip") }
        }
    }

    func testDateLexicalForm() {
        let cases: [(CalendarDate?, String)] = [
            (CalendarDate(year: 2021, month: 7, day: 31), "2021-07-31"),
            (CalendarDate(year: 1, month: 1, day: 1), "0001-01-01"),
            (CalendarDate(year: 2024, month: 2, day: 29), "2024-02-29"),
        ]
        for (date, expected) in cases {
            XCTAssertEqual(date.map(\.iso), expected)
        }
    }

    func testElementNames() {
        let cases = [("seq", "seq"), ("2nd col", "_2nd_col"), ("xmlish", "_xmlish"), ("a.b-c", "a.b-c"),
                     ("", "_"), ("-x", "_-x"), ("café", "caf_")]
        for (name, expected) in cases {
            XCTAssertEqual(XMLText.elementName(name), expected)
        }
    }
}
