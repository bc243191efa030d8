import XCTest
@testable import EvalETL

/// `PartyPhrase` and `PartyGrammar.isJoiner`, one row per edge.
final class PartyPhraseTests: XCTestCase {
    func testJoinedAndLower() {
        let rows: [([Substring], String, String)] = [
            (["UN", "Women"], "UN Women", "un women"),
            (["MCO", "Programme", "Specialists"], "MCO Programme Specialists", "mco programme specialists"),
            (["(WEE", "Unit)"], "(WEE Unit)", "(wee unit)"),
            (["Évaluation", "ÉCOLE"], "Évaluation ÉCOLE", "évaluation école"),
            ([], "", ""),
        ]
        for (words, joined, lower) in rows {
            var p = PartyPhrase(words[...])
            XCTAssertEqual(p.lower, lower)
            XCTAssertEqual(p.joined, joined)
        }
    }

    func testIsJoiner() {
        let rows: [(Substring, Bool)] = [
            ("and", true), ("&", true), ("y", true), ("et", true), ("la", true), ("le", true),
            ("the", false), ("And", false), ("", false), ("andy", false), ("of", false), ("ét", false),
        ]
        for (w, expected) in rows { XCTAssertEqual(PartyGrammar.isJoiner(w), expected, String(w)) }
    }
}
