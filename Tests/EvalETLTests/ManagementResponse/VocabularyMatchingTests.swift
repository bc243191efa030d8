import XCTest
@testable import EvalETL

/// Status normalization and list splitting, one row per spelling.
final class VocabularyMatchingTests: XCTestCase {
    func testStatuses() {
        let cases: [(String, String?, String)] = [
            ("Completed", "Completed", ""),
            ("completed", "Completed", ""),
            ("Ongoing Efforts initiated.", "Ongoing", "Efforts initiated."),
            ("Overdue-Not Initiated To be followed up", "Overdue-Not Initiated", "To be followed up"),
            ("Overdue-Initiated", "Overdue-Initiated", ""),
            ("Not Initiated", "Not Initiated", ""),
            ("Initiated", "Initiated", ""),
            ("Over due", "Overdue", ""),
            ("over due-initiated", "Overdue-Initiated", ""),
            ("OVERDUE - NOT INITIATED", "Overdue-Not Initiated", ""),
            ("No Longer Applicable", "No Longer Applicable", ""),
            ("No deadline established", "No deadline established", ""),
            ("On going", "Ongoing", ""),
            ("En curso", "Ongoing", ""),
            ("Action not yet taken", "Not Initiated", ""),
            ("Delayed", nil, ""),
            ("Initiatedness", nil, ""),
        ]
        for (text, status, rest) in cases {
            let m = StatusMatcher.match(text[...])
            XCTAssertEqual(m?.status, status, text)
            if status != nil { XCTAssertEqual(m.map { String($0.rest) }, rest, text) }
        }
    }

    func testSplitList() {
        let cases: [(String, [String])] = [
            ("Not applicable", []),
            ("", []),
            ("Effectiveness", ["Effectiveness"]),
            ("Impact, Sustainability", ["Impact", "Sustainability"]),
            ("Oversight/governance, Capacity development, Advocacy, Evidence, Data and statistics",
             ["Oversight/governance", "Capacity development", "Advocacy", "Evidence, Data and statistics"]),
            ("Evidence, Data and statistics, Advocacy", ["Evidence, Data and statistics", "Advocacy"]),
            ("Partnership, Not applicable, Normative Support", ["Partnership", "Normative Support"]),
            ("Women economic empowerment (SPs before 2018)", ["Women economic empowerment (SPs before 2018)"]),
        ]
        for (text, want) in cases { XCTAssertEqual(Text.splitList(text), want, text) }
    }

    func testResponseCategories() {
        let cases: [(String, String?, Int)] = [
            ("Accepted", "Accepted", 0), ("partially accepted", "Partially Accepted", 0), ("Rejected", "Rejected", 0),
            ("Not applicable", "Not applicable", 0), ("", nil, 0), ("Aceptada", "Accepted", 0),
            ("Agree", "Accepted", 0), ("Partially agree", "Partially Accepted", 0), ("Disagree", "Rejected", 0),
            ("Agreed", "Accepted", 0), ("Partially agreed.", "Partially Accepted", 0), ("Not agreed", "Rejected", 0),
            ("Noted", "Noted", 1),
        ]
        for (text, want, warnings) in cases {
            var diags: [Diagnostic] = []
            XCTAssertEqual(RecommendationFields.category(text[...], line: 3, diagnostics: &diags), want, text)
            XCTAssertEqual(diags.count, warnings, text)
        }
    }

    func testTitleLeadIn() {
        let cases: [(String, String?, String)] = [
            ("Systematize and disseminate lessons learned: The programme was intended as a pilot.",
             "Systematize and disseminate lessons learned", "The programme was intended as a pilot."),
            ("Continue nurturing following actions by building on results achieved under this project: i. Strengthen work.",
             nil, "Continue nurturing following actions by building on results achieved under this project: i. Strengthen work."),
            ("Strengthen work: i. Do this. ii. Do that.", nil, "Strengthen work: i. Do this. ii. Do that."),
            ("Allocate resources for (1) baseline, (2) control groups.", nil, "Allocate resources for (1) baseline, (2) control groups."),
            ("1. Invest in partnerships: Time and resources will be needed.", "Invest in partnerships", "Time and resources will be needed."),
            ("Consider the following: a. one b. two", nil, "Consider the following: a. one b. two"),
            ("UN Women should do this. Note: more later.", nil, "UN Women should do this. Note: more later."),
        ]
        for (text, title, body) in cases {
            var rec = ParsedRecommendation(text: "")
            RecommendationFields.setText(text, of: &rec)
            XCTAssertEqual(rec.title, title, text)
            XCTAssertEqual(rec.text, body, text)
        }
    }
}
