import XCTest
@testable import EvalETL

/// The byte helpers give the Character-level answers.
final class TextBytesTests: XCTestCase {
    func testIsByteText() {
        let rows: [(String, Bool)] = [
            ("QUICK FACTS", true), ("", true), ("a\tb\nc", true),
            ("LEÇONS", false), ("a\r\nb", false), ("“quoted”", false),
        ]
        for (text, want) in rows { XCTAssertEqual(ByteText.isSimpleASCII(text), want, text) }
    }

    func testFirstOffset() {
        let rows: [(String, String, Bool, Int?)] = [
            ("ab", "xxab", false, 2), ("ab", "xxAB", false, nil), ("ab", "xxAB", true, 2),
            ("quick facts", "QUICK FACTS", true, 0), ("x", "", false, nil), ("abc", "ab", false, nil),
            ("leçon", "LEÇON", true, nil),
        ]
        for (needle, hay, folding, want) in rows {
            let got = Text.withUTF8(hay) { Text.firstOffset(of: Array(needle.utf8), in: $0, foldingCase: folding) }
            XCTAssertEqual(got, want, "\(needle) in \(hay)")
        }
    }

    /// One row per neighbourhood of the match: ASCII, none, a combining mark after, a non-ASCII letter before.
    func testFirstRangeMatchesCharacterSearch() {
        let rows = [
            "Countries: Kenya", "no colon here", ": at start", "ends with: ", "Pays : x",
            "Note:\u{301} joined", "café: ouvert", "a: \u{301}b: c", "Résumé:x", "x:y: z", "",
        ]
        for text in rows {
            for needle in [": ", ":"] {
                XCTAssertEqual(Text.firstRange(ofASCII: needle, in: text), text.firstRange(of: needle), "\(needle) in \(text)")
            }
        }
    }

    func testFold() {
        let rows: [(String, String)] = [
            ("a b", "a b"), ("", ""), (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\tb", "a b"),
            ("a\u{00A0}b", "a b"), ("“a” – b", "“a” – b"), ("a\u{2009}b", "a b"), ("  ", ""),
        ]
        for (text, want) in rows {
            XCTAssertEqual(Text.fold(text), want, text)
            XCTAssertEqual(Text.withUTF8(text, Text.isFolded), text == want, text)
        }
    }

    func testLetterWords() {
        let rows: [(String, [String])] = [
            ("Papua New Guinea", ["Papua", "New", "Guinea"]), ("Côte d'Ivoire", ["Côte", "d'Ivoire"]),
            ("Timor-Leste, 2020", ["Timor-Leste"]), ("rock-  and' roll'", ["rock", "and", "roll"]),
            ("-x 'y", ["x", "y"]), ("", []),
        ]
        for (text, want) in rows { XCTAssertEqual(Text.letterWords(text), want, text) }
    }
}
