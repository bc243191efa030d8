import XCTest
@testable import EvalETL

final class TextTests: XCTestCase {
    func testLetterWords() {
        let rows: [(String, [String])] = [
            ("Papua New Guinea", ["Papua", "New", "Guinea"]), ("Côte d'Ivoire", ["Côte", "d'Ivoire"]),
            ("Timor-Leste, 2020", ["Timor-Leste"]), ("rock-  and' roll'", ["rock", "and", "roll"]),
            ("-x 'y", ["x", "y"]), ("", []), ("a-b-", ["a-b"]), ("x''y'-", ["x''y"]), ("(Kazakhstan) (MCO)", ["Kazakhstan", "MCO"]),
            ("A1B c_d", ["A", "B", "c", "d"]), ("Côte d'Ivoire-", ["Côte", "d'Ivoire"]), ("\r\nMali\r\n", ["Mali"]),
            // NB: `’` joins only a possessive's `s`: `Côte d’Ivoire` keeps parting, as its names in the vocabulary do.
            ("People’s Republic", ["People’s", "Republic"]), ("Kenya’s", ["Kenya’s"]), ("Côte d’Ivoire", ["Côte", "d", "Ivoire"]),
            ("it’self", ["it", "self"]), ("’s", ["s"]), ("Mali’", ["Mali"]),
        ]
        for (text, want) in rows { XCTAssertEqual(ByteText.letterWords(Array(text.utf8), joining: true), want, text) }
    }

    /// A markdown export's bold label loses its marks; every other line is itself.
    func testUnboldedLabel() {
        let rows: [(String, String)] = [
            ("**Status:** Completed", "Status: Completed"), ("**Evaluation Plan**: 2008-2012", "Evaluation Plan: 2008-2012"),
            ("**Key Actions:**", "Key Actions:"), ("**1. Recommendation:** Do more", "1. Recommendation: Do more"),
            ("**Recommendation:**Do more", "Recommendation:Do more"), ("**Unité de mandat :** Bénin", "Unité de mandat : Bénin"),
            ("**effectively eliminate** labour: more", "**effectively eliminate** labour: more"),
            ("Status: **Completed**", "Status: **Completed**"), ("**:** x", "**:** x"), ("****: x", "****: x"),
            ("** Status: x", "** Status: x"), ("*Status:* x", "*Status:* x"), ("**", "**"), ("", ""),
            ("**" + String(repeating: "a", count: 100) + ":** x", "**" + String(repeating: "a", count: 100) + ":** x"),
        ]
        for (line, want) in rows { XCTAssertEqual(String(Text.unboldedLabel(Substring(line))), want, line) }
    }
}
