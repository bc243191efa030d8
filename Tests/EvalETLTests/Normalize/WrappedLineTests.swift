import XCTest
@testable import EvalETL

/// A line wrapped onto the next by an e-mail client or a PDF-to-text export is read whole: an ILO summary's
/// lines (`SummarySource.continues`) and a GATE field value (`GATEField.continues`), both asking
/// `PageChrome.fillsWidth` whether the line above was wrapped.
final class WrappedLineTests: XCTestCase {
    static let keywords = "Key Words: Child labour, bonded labour, brick kiln sector, social protection floor, Pakistani"
    static let donors = "Donor(s) & budget: Ministry of Foreign Affairs and International Cooperation Government of Italy;"
    static let item = "- 1) Ensure that the project length allows sufficient time (at least three years) to adequately deal"
    static let row = "| | <p>Potential Impact and Likelihood of Sustainability</p> <p>12) Include a clear sustainability"

    /// (lines of an ILO summary, the lines they read as): a line goes on with the one above unless it opens a block.
    func testSummaryLinesJoined() {
        let cases: [([String], [String])] = [
            ([Self.keywords, "diaspora, Pakistan, Italy,"], [Self.keywords + " diaspora, Pakistan, Italy,"]),
            ([Self.donors, "\\$1,706,485"], [Self.donors + " \\$1,706,485"]),
            ([Self.item, "with the complexities involved in"], [Self.item + " with the complexities involved in"]),
            // A table row not closed by `|` goes on, an HTML line too, to the line that closes it.
            ([Self.row, "<p>13) Include gender</p> |", "After the table."], [Self.row + " <p>13) Include gender</p> |", "After the table."]),
            ([Self.row + " |", "strategy in program design"], [Self.row + " |", "strategy in program design"]),  // closed
            ([Self.row, "| next row |"], [Self.row, "| next row |"]),                                               // a new row
            ([Self.donors, "Key Words: Child labour"], [Self.donors, "Key Words: Child labour"]),                   // a quick fact
            ([Self.item, "- 2) Identify and pick stakeholders"], [Self.item, "- 2) Identify and pick stakeholders"]),  // an item
            ([Self.item, "- ❖ Promoting coordinated"], [Self.item, "- ❖ Promoting coordinated"]),                   // a bullet
            ([Self.item, "RECOMMENDATIONS"], [Self.item, "RECOMMENDATIONS"]),                                       // a heading
            ([Self.item, "¹ This DWCP has extended"], [Self.item, "¹ This DWCP has extended"]),                     // a footnote
            ([Self.item, "<p>Coherence</p>"], [Self.item, "<p>Coherence</p>"]),                                     // HTML
            ([Self.item, "", "with the complexities"], [Self.item, "", "with the complexities"]),                   // a blank line
            (["Evaluation type: Project", "Final"], ["Evaluation type: Project", "Final"]),                          // short
            ([Self.item, "with " + Self.item], [Self.item, "with " + Self.item]),                                   // the word fitted
        ]
        for (lines, want) in cases {
            let page = lines.map { Substring($0) }
            XCTAssertEqual(SummarySource.unwrapped(page, from: 0).map { String($0.text) }, want, lines.joined(separator: " / "))
        }
    }

    /// (GATE field line, next line, goes on): the next field's label, a heading, a `:` value or a blank line does not.
    func testGATEFieldContinues() {
        let principles = "Operating Principles: Oversight/governance, Capacity development, Advocacy, Evidence, Data and"
        let cases: [(String, String, Bool)] = [
            (principles, "statistics", true),
            (principles, "Organizational Priorities: Partnership", false),
            (principles, "Evaluation Manager: Jane Doe", false),
            (principles, "Key Actions", false),
            (principles, ": Approved", false),
            (principles, "", false),
            ("UNEG Criteria: Efficiency, Sustainability, Impact", "Relevance", false),
            (principles, "statistics " + principles, false),
        ]
        for (line, next, want) in cases {
            let page = [Substring(line), Substring(next)]
            XCTAssertEqual(GATEField.continues(page, at: 0, widest: PageChrome.widestLine(page)), want, "\(line) / \(next)")
        }
    }

    /// Wrapped at 100 columns and on one line each, a summary's quick facts and recommendations and a GATE
    /// recommendation's fields read the same.
    func testWrappedPagesReadAsUnwrapped() throws {
        let summary = """
        Final Evaluation of the Skills Project

        QUICK FACTS

        \(Self.donors) \\$1,706,485

        \(Self.keywords) diaspora, Pakistan, Italy,

        RECOMMENDATIONS

        \(Self.item) with the complexities involved in creating impact with marginalized groups like brick kiln workers.
        - 2) Identify and pick stakeholders carefully in light of the goals, activities and desired impact of the project.

        | | |
        |---|---|
        | | <p>Potential Impact and Likelihood of Sustainability</p> <p>12) Include a clear sustainability strategy in program design.</p> <p>Gender and Disability Inclusion</p> <p>13) Include gender equality objectives.</p> |
        """
        let gate = ManagementResponseParserTests.page([]).replacingOccurrences(of: "Key Actions\n", with: """
            Management Response Category: Accepted
            Operating Principles: Oversight/governance, Capacity development, Advocacy, Evidence, Data and statistics
            Organizational Priorities: Partnership, Normative Support, Operational activities, Coordination and Coherence
            Key Actions

            """)
        for (kind, page, recommendations) in [(DocumentKind.iloSummary, summary, 4), (.unWomenGATE, gate, 1)] {
            let wrapped = page.split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { ManagementResponseParserTests.wrap(String($0), width: 100) }.joined(separator: "\n")
            XCTAssertNotEqual(wrapped, page)
            let want = try kind.parser.parse(Document(sourceFile: "t.txt", sha256: "", text: page, kind: kind))
            let got = try kind.parser.parse(Document(sourceFile: "t.txt", sha256: "", text: wrapped, kind: kind))
            XCTAssertEqual(want.recommendations.count, recommendations, kind.name)
            XCTAssertEqual(got.donors, want.donors, kind.name)
            XCTAssertEqual(got.budget, want.budget, kind.name)
            XCTAssertEqual(got.keywords, want.keywords, kind.name)
            XCTAssertEqual(got.recommendations.map(\.text), want.recommendations.map(\.text), kind.name)
            XCTAssertEqual(got.recommendations.map(\.section), want.recommendations.map(\.section), kind.name)
            XCTAssertEqual(got.recommendations.map(\.operatingPrinciples), want.recommendations.map(\.operatingPrinciples), kind.name)
            XCTAssertEqual(got.recommendations.map(\.organizationalPriorities), want.recommendations.map(\.organizationalPriorities), kind.name)
        }
    }
}
