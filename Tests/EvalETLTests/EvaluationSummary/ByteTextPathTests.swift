import XCTest
@testable import EvalETL

/// The byte-text fast paths of the summary parser give what the Character paths give.
final class ByteTextPathTests: XCTestCase {
    /// NB: inline's Character path treats a trailing ` é` alike at either end of a mark, so
    /// `inline(s + " é")` (Character path) must be `inline(s) + " é"` (byte path).
    func testInlineBytesMatchCharacters() {
        let rows: [(String, String)] = [
            ("**bold** and *it*", "bold and it"), ("snake_case", "snake_case"), ("a * b", "a * b"),
            ("\\$1,706,485", "$1,706,485"), ("\\a", "\\a"), ("end\\", "end\\"), ("__x__", "x"),
            ("a ** b", "a  b"), ("_lead", "lead"), ("x_", "x"), ("a\t*\tb", "a\t*\tb"),
        ]
        for (text, want) in rows {
            XCTAssertEqual(MarkdownText.inline(text), want, text)
            XCTAssertEqual(MarkdownText.inline(text + " é"), want + " é", text)
        }
    }

    func testMarkupBytes() {
        let rows: [(String, Bool)] = [
            ("plain", false), ("“quoted” – dash", false), ("Program¹", true), ("x⁴", true), ("a_b", true), ("½", false),
        ]
        for (text, want) in rows { XCTAssertEqual(ByteText.withUTF8(text, MarkdownText.hasMarkupBytes), want, text) }
    }

    func testNormalizedKey() {
        let rows: [(String, String)] = [
            ("Donor(s) & budget", "donor and budget"), ("**Countries**", "countries"), ("ILO TC/SYMBOL", "tc symbol"),
            ("Evaluation consultant(s)", "evaluation consultant"), ("Countr(ies)", "countr"), ("((s)es)", ""),
            ("  Key   Words ", "key words"), ("ILO", "ilo"), ("Donor(s) & budget é", "donor and budget é"),
        ]
        for (key, want) in rows { XCTAssertEqual(QuickFacts.normalizedKey(key), want, key) }
    }

    func testMayBeKey() {
        XCTAssertTrue(QuickFacts.mayBeKey("Evaluation consultant and team"))
        XCTAssertTrue(QuickFacts.mayBeKey("ILO Evaluation consultant(s) and team(s)"))
        XCTAssertFalse(QuickFacts.mayBeKey("The evaluation found that the project reached most of its targets"))
        XCTAssertNil(QuickFacts.fact(forKey: "The evaluation found that the project reached most of its targets"))
        XCTAssertEqual(QuickFacts.fact(forKey: "ILO Donor(s) & Budget"), .donorsAndBudget)
    }

    func testZones() {
        let rows: [(String, SummaryZone)] = [
            ("QUICK FACTS", .quickFacts), ("Main Findings & Conclusions", .findings), ("LEÇONS APPRISES", .lessons),
            ("BUENAS PRÁCTICAS", .goodPractices), ("Buenas practicas", .other), ("RECOMENDACIONES", .recommendations),
            ("Emerging good practices and lessons", .lessons), ("Annex", .other), ("", .other),
        ]
        for (heading, want) in rows { XCTAssertEqual(SummaryZone(heading: heading), want, heading) }
    }

    func testUpperCase() {
        let rows: [(String, Bool)] = [
            ("QUICK FACTS", true), ("Quick facts", false), ("A", false), ("ÉVALUATION FINALE", true),
            ("ÉVALUATION finale", false), ("END.", false), ("ILO TC/SYMBOL: INT/18/01/NOR", true),
        ]
        for (text, want) in rows { XCTAssertEqual(SummaryBlock.isUpperCase(text), want, text) }
    }

    func testInlineNumbers() {
        let rows: [(String, [String])] = [
            ("1) a 2) b", ["1) a", "2) b"]), ("Lessons: 1) a 2) b", ["Lessons:", "1) a", "2) b"]),
            ("Leçons : 1) a 2) b", ["Leçons :", "1) a", "2) b"]), ("(1) and 2) only", ["(1) and 2) only"]),
            ("1) only", ["1) only"]), ("x1) a 2) b", ["x1) a 2) b"]),
        ]
        for (text, want) in rows { XCTAssertEqual(InlineNumbers.split(text), want, text) }
    }

    func testCells() {
        let rows: [(String, [String])] = [
            ("| a | b |", [" a ", " b "]), ("| a \\| b | c |", [" a \\| b ", " c "]), ("|---|:-:|", []),
            ("| é | b |", [" é ", " b "]), ("no bars", ["no bars"]),
        ]
        for (line, want) in rows {
            XCTAssertEqual(SummarySource.cells(line[...]).map(String.init), want, line)
            XCTAssertEqual(SummarySource.cellBytes(line[...]), SummarySource.cellCharacters(line[...]), line)
        }
    }
}
