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

    /// Text with other bytes: where `inlineUTF8` answers, it answers as the Characters do.
    func testInlineUTF8MatchesCharacters() {
        let rows: [(String, answers: Bool)] = [
            ("Voilà: **the** plan", true), ("**Été**", false), ("é, **x**", true), ("é **x**", false), ("Programme¹", true), ("Programme¹² ends", true), ("Programmé¹", false), ("¹ Note", true), ("a ¹b", true),
            ("a\u{301}**b**", false), ("**b**\u{301}", false), ("*\u{301}x*", false), ("\u{600}**a**", false),
            ("x \u{600}a_b", false), ("\u{600}a_b", false), ("a_\u{301}b", false), ("café_au_lait", false),
            ("x\r\n*y* é", true), ("\r\n_\r\n", true), ("\\€ 5", false), ("\\$5 — ok", true),
            ("\u{FEFF}x **y**", true), ("\u{FEFF}**x**", false), ("\\$\u{301}", true), ("a\t*\tb é", true),
            ("“x”, __init__ snake_case", true), ("“__init__”", false), ("\\\\ é", true), ("Note ⁴ *x*", false),
            ("x\r\n¹", true), ("word¹\u{301}", false), ("\u{600}¹", false), ("a.¹²³⁴", true), ("¹²", true), ("x¹**b**", false),
        ]
        for (text, answers) in rows {
            let got = ByteText.withUTF8(text, MarkdownText.inlineUTF8).map { String(decoding: $0, as: UTF8.self) }
            XCTAssertEqual(got != nil, answers, text.debugDescription)
            if let got { XCTAssertEqual(got, MarkdownText.inlineCharacters(text), text.debugDescription) }
            XCTAssertEqual(MarkdownText.inline(text), MarkdownText.inlineCharacters(text), text.debugDescription)
        }
    }

    func testMarkupBytes() {
        let rows: [(String, Bool)] = [
            ("plain", false), ("“quoted” – dash", false), ("Program¹", true), ("x⁴", true), ("a_b", true), ("½", false),
            ("abcdefg¹", true), ("abcdefgh¹", true), ("abcdefghijklmnop_", true), ("abcdefghijklmnop", false),
            ("“quoted” – dash, and more text here", false), ("a longer text with a \\$ escape", true), ("12345678*", true),
            ("abcdefghijklmn⁴", true), ("abcdefghijklm €", false),
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

    /// The one-pass zone of byte text against a search per keyword in the lower-cased heading.
    func testZoneOfASCII() {
        let rows = Self.summaryLines + ["Lessons learned and recommendations", "Good Practise", "Findings: context", "LESSON",
                                        "emerging practices", "x quick factsx", "Recommendation", "Methodology of evaluation"]
        for heading in rows {
            let lower = heading.lowercased()
            let want = SummaryZone.keywords.first { $0.words.contains { lower.contains($0) } }?.zone ?? .other
            XCTAssertEqual(SummaryZone(heading: heading), want, heading)
        }
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

    /// Lines of every block kind (and near misses), as byte text.
    static let summaryLines: [String] = [
        "", "   ", "MAIN FINDINGS & CONCLUSIONS", "QUICK FACTS", "## QUICK FACTS ##", "#", "# ", "###  Title  ##",
        "Component 3", "Coherence: Overall, the linkages were weak.", "- 1) Ensure that the project works",
        "1. Strengthen coordination", "(2) Second item", "(2. not numbered", "1234) too many digits",
        "12) twelve", "**3)** bold number", "3)no space", "3) ", "- * 4) nested", "* bullet text", "+ plus item",
        "- dash item", "-no space", "[^1]: a footnote", "[^2] no colon", "[^ open", "ILO TC/SYMBOL: INT/18/01/NOR",
        "DC Symbol: MAL/18/56/GOV", "Countries:Pakistan", "countries:Kenya", "Donor(s) & budget: Government of Italy; \\$7,587,322",
        "Priority: High", "priority: high", "Responsible unit: ILO Office", "In 2019, the project had: many", "Relevance, Coherence and Design: text",
        "A very long label with more than eight words in it: value", "Label. With dot: value", "Label: ",
        "existed between Components 1 and 2 and the", "Introduction of Zigzag kilns", "Results and", "Results of the",
        "Ending on December 31, 2023", "The evaluation team held technical meetings.", "**Bold heading**", "_lead_ in",
        "snake_case word", "a * b", "Key   Words :  Child labour", "EVALUATION SUMMARY", "END.", "A", "AB",
        "RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES", "2019 in review", "\\*escaped star", "Title: Sub: more",
        "Evaluation Title: Promotion of Decent Work", "   indented  text   with  runs ", "tab\there: value", "#hash: tag",
        String(repeating: "Word ", count: 25), "Recommendation 1: Strengthen coordination",
        "## Title ##", "# Key : value #", "Label : value", "- 1) **x** : y", "1)  ** a ** b", "Title ** ", "- ** x",
        "[^1]:  note  text ", "* *Bold* :  value", "## ## Two", "Countries :Kenya", "- \\* x", "a ** b: c ** d",
    ]

    func testClassifyBytesMatchCharacters() {
        for line in Self.summaryLines {
            for (standalone, start) in [(true, true), (true, false), (false, true), (false, false)] {
                let bytes = Array(line.utf8).withUnsafeBufferPointer {
                    SummaryBlock.classifyBytes($0, standalone: standalone, paragraphStart: start)
                }
                XCTAssertEqual(bytes, SummaryBlock.classifyCharacters(line[...], standalone: standalone, paragraphStart: start),
                               "\(line) \(standalone) \(start)")
                XCTAssertEqual(SummaryBlock.classify(line, standalone: standalone, paragraphStart: start), bytes, line)
            }
        }
    }

    func testPlainBytes() {
        for line in Self.summaryLines {
            // NB: plainBytes reads a piece of a folded line, as classifyBytes hands it.
            let folded = MarkdownText.foldBytes(Array(line.utf8)[...])
            XCTAssertEqual(String(decoding: MarkdownText.plainBytes(folded), as: UTF8.self), MarkdownText.plain(line), line)
            XCTAssertEqual(String(decoding: MarkdownText.plainBytes(folded.dropFirst(3)), as: UTF8.self),
                           MarkdownText.plain(String(decoding: folded.dropFirst(3), as: UTF8.self)), line)
        }
    }

    func testLineShapes() {
        let rows = Self.summaryLines + ["| a | b |", "  | a |", "|", "<p>x</p>", "  <ol>", "<p", "< p>", "<1>", "a <p>", "\t|x|"]
        for line in rows {
            let bytes = Array(line.utf8).withUnsafeBufferPointer { SummarySource.LineShape(bytes: $0) }
            XCTAssertEqual(bytes, SummarySource.LineShape(characters: line[...]), line)
        }
    }

    func testCurrencyBytes() {
        let rows = ["\\$1,706,485", "US$ 2.5 million", "1.200.000 EUR", "CHF 450'000", "Government of Italy",
                    "usd 5", "eurostat 5", "5 euros", "AUD and CAD", "xUSD 3", "USDx", "sek", "$"]
        for text in rows {
            let bytes = Array(text.utf8).withUnsafeBufferPointer(Money.currencyBytes)
            XCTAssertEqual(bytes, Money.currencyCharacters(in: text), text)
        }
    }
}
