import XCTest
@testable import EvalETL

/// One row per line kind of `GATELine.classify`.
final class GATELineTests: XCTestCase {
    func testClassify() {
        let cases: [(String, GATELine)] = [
            ("", .blank),
            ("   \t", .blank),
            ("Management Response", .pageTitle),
            ("Page 2 of 5", .blank),
            ("3 / 7", .blank),
            ("Copyright © 2020 UN Women", .blank),
            ("- 3 -", .text("- 3 -")),
            (": Pakistan", .headerValue("Pakistan")),
            (":", .headerValue("")),
            (": 2020 - 2020 , Pakistan (CO)", .headerValue("2020 - 2020 , Pakistan (CO)")),
            (": Approved", .headerValue("Approved")),
            ("Recommendation: Allocate resources", .field(.recommendation, "Allocate resources")),
            ("Recommendation 3: Allocate resources", .field(.recommendation, "Allocate resources")),
            ("Recommendation 2 (Relevance): Do more", .field(.recommendation, "Do more")),
            ("Key Action(s)", .keyActionsHeading),
            ("Management Response: UN Women agrees.", .field(.managementResponse, "UN Women agrees.")),
            ("Description:", .field(.description, "")),
            ("Management Response Category: Accepted", .field(.responseCategory, "Accepted")),
            ("Management Response Category:", .field(.responseCategory, "")),
            ("Thematic Area: Governance, Not applicable", .field(.thematicAreas, "Governance, Not applicable")),
            ("Operating Principles: Advocacy", .field(.operatingPrinciples, "Advocacy")),
            ("Organizational Priorities: Partnership", .field(.organizationalPriorities, "Partnership")),
            ("UNEG Criteria: Impact, Sustainability", .field(.unegCriteria, "Impact, Sustainability")),
            ("Donor(s): Norway, Sweden", .field(.donors, "Norway, Sweden")),
            ("Evaluation Manager: Jane Doe", .otherField(label: "Evaluation Manager", value: "Jane Doe")),
            ("**Recommendation:** Allocate resources", .field(.recommendation, "Allocate resources")),
            ("**Management Response**: UN Women agrees.", .field(.managementResponse, "UN Women agrees.")),
            ("Key Actions", .keyActionsHeading),
            ("Responsible Deadline Status Comments", .keyActionsTableHeader),
            // A page cut inside the table header row.
            ("Responsible Deadline Statu", .keyActionsTableHeader),
            ("Responsible Deadl", .keyActionsTableHeader),
            ("Key Action Responsible Deadline", .keyActionsTableHeader),
            ("Responsible", .text("Responsible")),
            ("Responsible parties meet", .text("Responsible parties meet")),
            ("Key Action not added.", .noKeyActions),
            ("KAZ: Engage the new RC MCO Representative 2016/12 Completed",
             .text("KAZ: Engage the new RC MCO Representative 2016/12 Completed")),
            ("Dec 2022 Update: To be completed in 2023.", .text("Dec 2022 Update: To be completed in 2023.")),
            ("1. Ensuring provision UN Women 2021/07 Completed", .text("1. Ensuring provision UN Women 2021/07 Completed")),
            // A block's label with its colon lost; a wrapped line's last word is text.
            ("Recommendation", .bareLabel(.recommendation)),
            ("Description", .bareLabel(.description)),
            ("Management Response Category", .bareLabel(.responseCategory)),
            ("recommendations", .text("recommendations")),
            ("Recommendation of the board", .text("Recommendation of the board")),
        ]
        for (line, want) in cases {
            XCTAssertEqual(GATELine.classify(line[...]), want, line)
        }
    }

    func testFieldNames() {
        let rows: [(String, GATEField?)] = [
            ("Recommendation", .recommendation), ("RECOMMENDATION 3", .recommendation), ("Recommendation #2", .recommendation),
            ("Recommendation (Relevance)", .recommendation), ("Recommendation x", nil), ("Category", .responseCategory),
            ("Donor(s)", .donors), ("UNEG Criterion", .unegCriteria), ("Recomendación", .recommendation), ("Comments", nil),
            ("Management Response Category", .responseCategory), ("THEMATIC AREAS", .thematicAreas), ("Recommendations", .recommendation),
            ("Recommendation  3", .recommendation), ("Recommendation 3 (a b c)", .recommendation), ("Recommendation 3 a b c d", nil),
            ("RECOMMENDATION\t3", nil), ("Recommendation ３", .recommendation), ("Recommendation é", nil), ("Operating  principles", nil),
            ("Recommendation 3é", .recommendation), ("Categories", nil), ("Donor(s) ", nil), ("Recommendation", .recommendation),
        ]
        for (label, want) in rows { XCTAssertEqual(GATEField(label: label), want, label) }
    }

    /// Years read on bytes where a byte is a Character, by Characters beside a non-ASCII byte.
    func testPeriodYears() {
        let rows: [(String, String?)] = [
            ("2020 - 2021 , Pakistan (CO)", "2020-2021"), ("2020-2021", "2020-2021"), ("20201 - 2021", nil),
            ("202 - 2021", nil), ("2020 – 2022", "2020-2022"), ("20201\u{301} - 2021", nil),
            ("2020\u{301} - 2021", nil), ("Office 2020 - 2021", nil), ("2019 - 2022\r\n", nil), ("", nil),
            ("2019 - 2022 ,", "2019-2022"), ("2019 -2022x", nil),
        ]
        for (value, want) in rows {
            XCTAssertEqual(GATEHeader.period(value).map { "\($0.start)-\($0.end)" }, want, value)
        }
    }
}
