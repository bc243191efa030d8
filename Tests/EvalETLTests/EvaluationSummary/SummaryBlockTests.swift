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
    }

    func testMarkdownText() {
        let rows: [(String, String)] = [
            ("- ❖ to **effectively eliminate** *partly*", "to effectively eliminate partly"),
            ("snake_case_name and _emphasis_", "snake_case_name and emphasis"),
            ("a * b", "a * b"),
            ("Program¹ (DWCP)", "Program (DWCP)"),
            ("\\$1,706,485 \\*", "$1,706,485 *"),
            ("# Title #", "Title"),
        ]
        for (input, want) in rows { XCTAssertEqual(MarkdownText.plain(input), want, input) }
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
        ]
        for (input, want) in rows { XCTAssertEqual(InlineNumbers.split(input), want, input) }
    }
}
