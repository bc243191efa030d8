import XCTest
@testable import EvalETL

final class SummaryBlockTests: XCTestCase {
    func testClassify() {
        let rows: [(String, Bool, Bool, SummaryBlock)] = [
            ("", true, true, .blank),
            ("   ", true, true, .blank),
            ("QUICK FACTS", true, true, .heading("QUICK FACTS")),
            ("BACKGROUND & CONTEXT", true, true, .heading("BACKGROUND & CONTEXT")),
            ("## MAIN FINDINGS & CONCLUSIONS", true, true, .heading("MAIN FINDINGS & CONCLUSIONS")),
            ("**LESSONS LEARNED**", true, true, .heading("LESSONS LEARNED")),
            ("Component 1 and 2", true, true, .subheading("Component 1 and 2")),
            ("Summary of the project purpose, logic and structure", true, true,
             .subheading("Summary of the project purpose, logic and structure")),
            ("### Lessons", true, true, .subheading("Lessons")),
            ("Component 1 and 2", false, true, .text("Component 1 and 2")),
            ("Countries: Pakistan, Italy", true, true, .field(label: "Countries", value: "Pakistan, Italy")),
            ("Countries:Pakistan", true, true, .field(label: "Countries", value: "Pakistan")),
            ("**Evaluation date:** 15 November 2023", true, true, .field(label: "Evaluation date", value: "15 November 2023")),
            ("Donor(s) & budget: Government of Italy; \\$1,706,485", false, false,
             .field(label: "Donor(s) & budget", value: "Government of Italy; $1,706,485")),
            ("Coherence: Overall, the linkages were weak.", true, true,
             .field(label: "Coherence", value: "Overall, the linkages were weak.")),
            ("later in the sentence a word: text", false, false, .text("later in the sentence a word: text")),
            ("Relevance, Coherence and Design: It fit.", true, true,
             .field(label: "Relevance, Coherence and Design", value: "It fit.")),
            ("In 2019, the project had three goals: a, b, c.", true, true, .text("In 2019, the project had three goals: a, b, c.")),
            ("The objectives were:", true, true, .text("The objectives were:")),
            ("See https://www.ilo.org/x", true, true, .subheading("See https://www.ilo.org/x")),
            ("- 1) Ensure that the project", true, true, .numbered(1, "Ensure that the project")),
            ("12) Include a clear strategy.", true, true, .numbered(12, "Include a clear strategy.")),
            ("3. Strengthen **monitoring**.", true, true, .numbered(3, "Strengthen monitoring.")),
            ("(4) Keep going.", true, true, .numbered(4, "Keep going.")),
            ("2023. A year of change.", true, true, .text("2023. A year of change.")),
            ("- ❖ Promoting **social protection**; and", true, true, .bullet("Promoting social protection; and")),
            ("• Baidarie working in District Sialkot", true, true, .bullet("Baidarie working in District Sialkot")),
            ("* item", true, true, .bullet("item")),
            ("¹ This DWCP has extended to 2022: https://x", true, true, .footnote("This DWCP has extended to 2022: https://x")),
            ("[^2]: A note.", true, true, .footnote("A note.")),
            ("existed between Components 1 and 2.", true, true, .text("existed between Components 1 and 2.")),
            ("in the future", true, true, .text("in the future")),
            ("Delivery was slow in the first year and", true, true, .text("Delivery was slow in the first year and")),
            ("Component 1 and 2", true, true, .subheading("Component 1 and 2")),
            ("The use of **community social channels** was *key*.", true, true,
             .text("The use of community social channels was key.")),
            ("ÉVALUATION FINALE", true, true, .heading("ÉVALUATION FINALE")),
            ("Évaluation finale", true, true, .subheading("Évaluation finale")),
            ("Leçons: bien apprises", true, true, .field(label: "Leçons", value: "bien apprises")),
            ("Résumé\u{A0}: valeur", true, true, .field(label: "Résumé", value: "valeur")),
            ("“Quoted”: not a label", true, true, .text("“Quoted”: not a label")),
            ("ILO TC/SYMBOL: INT/18/01/NOR", true, true, .field(label: "ILO TC/SYMBOL", value: "INT/18/01/NOR")),
            ("Priority: high", false, false, .field(label: "Priority", value: "high")),
            ("Favourite colour: blue", false, false, .text("Favourite colour: blue")),
            ("## Title ##", false, false, .subheading("Title")),
            ("- * 4) nested", true, true, .bullet("4) nested")), ("- 4) **x**", true, true, .numbered(4, "x")),
            ("1234) too many digits", false, true, .text("1234) too many digits")),
            ("3)no space", false, true, .text("3)no space")),
            ("(2. not numbered", false, true, .text("(2. not numbered")),
            ("[^2] no colon", true, true, .footnote("no colon")),
            ("¹² Two markers", true, true, .footnote("Two markers")),
            ("-no space", false, true, .text("-no space")),
            // Word's AutoFormat list: an en dash before a space is a bullet, as `- ` is.
            ("– 1) Ensure that the project", true, true, .numbered(1, "Ensure that the project")),
            ("– Baidarie working in District Sialkot", true, true, .bullet("Baidarie working in District Sialkot")),
            ("–2021 onwards", false, true, .text("–2021 onwards")),
            ("   indented  text   with  runs ", false, true, .text("indented text with runs")),
            ("Results and", true, true, .text("Results and")),
            // NB: a glyph a combining mark joins is no bullet; `ℹ` counts as upper case, as Character says.
            ("- ❖\u{301}Strengthening", true, true, .bullet("❖\u{301}Strengthening")),
            ("ℹ---|---|", true, true, .subheading("ℹ---|---|")), ("Note¹\u{301}", false, true, .text("Note¹\u{301}")),
            ("A very long label with more than eight words in it: value", false, true,
             .text("A very long label with more than eight words in it: value")),
        ]
        for (line, standalone, start, want) in rows {
            XCTAssertEqual(SummaryBlock.classify(line, standalone: standalone, paragraphStart: start), want, line)
        }
    }

    func testZones() {
        let rows: [(String, SummaryZone)] = [
            ("QUICK FACTS", .quickFacts),
            ("BACKGROUND & CONTEXT", .background),
            ("MAIN FINDINGS & CONCLUSIONS", .findings),
            ("RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES", .recommendations),
            ("LESSONS LEARNED", .lessons),
            ("EMERGING GOOD PRACTICES", .goodPractices),
            ("ANNEXES", .other),
        ]
        for (h, want) in rows { XCTAssertEqual(SummaryZone(heading: h), want, h) }
        let labels: [(String, Bool)] = [
            ("Findings", true), ("Main findings & Conclusions", true), ("Main lessons learned and good practices", true),
            ("Emerging good practices", true), ("Recommendations from partners matter", false), ("Component 3", false),
        ]
        for (s, want) in labels { XCTAssertEqual(SummaryZone.isLabel(s), want, s) }
        let more: [(String, SummaryZone)] = [
            ("Main Findings & Conclusions", .findings), ("LEÇONS APPRISES", .lessons), ("BUENAS PRÁCTICAS", .goodPractices),
            ("Buenas practicas", .other), ("RECOMENDACIONES", .recommendations), ("Emerging good practices and lessons", .lessons),
            ("Lessons learned and recommendations", .recommendations), ("Good Practise", .goodPractices), ("LESSON", .lessons),
            ("x quick factsx", .quickFacts), ("Methodology of evaluation", .background), ("", .other),
        ]
        for (h, want) in more { XCTAssertEqual(SummaryZone(heading: h), want, h) }
    }

    func testUpperCase() {
        let rows: [(String, Bool)] = [
            ("QUICK FACTS", true), ("Quick facts", false), ("A", false), ("ÉVALUATION FINALE", true),
            ("ÉVALUATION finale", false), ("END.", false), ("ILO TC/SYMBOL: INT/18/01/NOR", true), ("ΣΥΝΟΨΗ", true),
        ]
        for (text, want) in rows { XCTAssertEqual(SummaryBlock.isUpperCase(ByteText.Bytes(text.utf8)), want, text) }
    }

    func testLineShapes() {
        let rows: [(String, blank: Bool, table: Bool, html: Bool)] = [
            ("", true, false, false), (" \u{A0}\t", true, false, false), ("| a | b |", false, true, false),
            ("  | a |", false, true, false), ("\t|x|", false, true, false), ("<p>x</p>", false, false, true),
            // A printed page's footer stands where a blank line would; a number alone may be an item's.
            ("Page 3 of 40", true, false, false), ("12", false, false, false),
            ("  <ol>", false, false, true), ("<é>", false, false, true), ("<p", false, false, false),
            ("< p>", false, false, false), ("<1>", false, false, false), ("a <p>", false, false, false),
        ]
        for (line, blank, table, html) in rows {
            let shape = SummarySource.LineShape(line[...])
            XCTAssertEqual([shape.isBlank, shape.isTableRow, shape.isHTML], [blank, table, html], line)
        }
    }

    func testCells() {
        let rows: [(String, [String])] = [
            ("| a | b |", [" a ", " b "]), ("| a \\| b | c |", [" a \\| b ", " c "]), ("|---|:-:|", []),
            ("| é | b |", [" é ", " b "]), ("no bars", ["no bars"]),
        ]
        for (line, want) in rows { XCTAssertEqual(SummarySource.cells(line[...]).map(String.init), want, line) }
    }

    func testMarkdownText() {
        let rows: [(String, String)] = [
            ("- ❖ to **effectively eliminate** *partly*", "to effectively eliminate partly"),
            ("snake_case_name and _emphasis_", "snake_case_name and emphasis"),
            ("a * b", "a * b"),
            ("Program¹ (DWCP)", "Program (DWCP)"),
            ("\\$1,706,485 \\*", "$1,706,485 *"),
            ("# Title #", "Title"),
            ("«*x*» – “**y**”", "«x» – “y”"),
        ]
        for (input, want) in rows { XCTAssertEqual(MarkdownText.plain(input), want, input) }
    }

    func testInline() {
        let rows: [(String, String)] = [
            ("**bold** and *it*", "bold and it"), ("snake_case", "snake_case"), ("a * b", "a * b"),
            ("\\$1,706,485", "$1,706,485"), ("\\a", "\\a"), ("end\\", "end\\"), ("__x__", "x"),
            ("a ** b", "a  b"), ("_lead", "lead"), ("x_", "x"), ("a\t*\tb", "a\t*\tb"),
            ("Voilà: **the** plan", "Voilà: the plan"), ("**Été**", "Été"), ("café_au_lait", "café_au_lait"),
            ("Programme¹² ends", "Programme ends"), ("¹ Note", "¹ Note"), ("a ¹b", "a ¹b"), ("\\€ 5", "€ 5"),
            ("x²_y", "x_y"), ("\\\\ é", "\\ é"), ("\\*not emphasis*", "*not emphasis"),
        ]
        for (text, want) in rows {
            XCTAssertEqual(ByteText.string(MarkdownText.inline(ByteText.Bytes(text.utf8))), want, text)
        }
    }

    func testInlineNumbers() {
        let rows: [(String, [String])] = [
            ("1) Coherence helps. 2) Working takes time. 3) Reforms stall.",
             ["1) Coherence helps.", "2) Working takes time.", "3) Reforms stall."]),
            ("Lessons: 1) a 2) b", ["Lessons:", "1) a", "2) b"]),
            ("P&B (Outcomes 3, 7 and 8) and SDGs", ["P&B (Outcomes 3, 7 and 8) and SDGs"]),
            ("12) Include a clear strategy (pr sustainability) now.", ["12) Include a clear strategy (pr sustainability) now."]),
            ("1) first 3) not next 2) second", ["1) first 3) not next", "2) second"]),
            ("a run 2) without a start", ["a run 2) without a start"]),
            ("", [""]),
            ("Leçons : 1) a 2) b", ["Leçons :", "1) a", "2) b"]), ("(1) and 2) only", ["(1) and 2) only"]),
            ("1) only", ["1) only"]), ("x1) a 2) b", ["x1) a 2) b"]), ("1)\u{A0}a 2) b", ["1)\u{A0}a 2) b"]),
        ]
        for (input, want) in rows { XCTAssertEqual(InlineNumbers.split(input), want, input) }
    }
}
