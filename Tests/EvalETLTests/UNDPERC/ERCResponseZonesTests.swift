import XCTest
@testable import EvalETL

/// Where an ERC management response's zones end: a recommendation label however long its line, link
/// labels on a line of their own, the site's footer under the page.
final class ERCResponseZonesTests: XCTestCase {
    func parse(_ text: String) throws -> ParsedDocument {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: text)
        XCTAssertEqual(doc.kind.name, "undp_erc")
        return try doc.kind.parser.parse(doc)
    }

    /// A page up to its first action's cells row.
    static let page = """
        Appui au processus électoral
        Commissioning Unit: Guinea
        Evaluation Plan: 2007-2011
        Completion Date: 06/2009
        1. Recommendation: Renforcer la CENI: Il faut un plan de formation.
        Management Response: [Added: 2011/10/27]
        Accepté
        Key Actions:
        Key Action Responsible DueDate Status Comments Documents
        Former les agents de la CENI
        [Added: 2011/10/27]
        PNUD 2009/11 Completed

        """

    /// A label opens a recommendation however long its line runs (past 400 characters), after an
    /// action's cells row or an empty `Key Actions:` block: it is no comment and no action.
    func testALongLabelLineOpensARecommendation() throws {
        let long = "Il est important de prendre la mesure des lacunes" + String(repeating: ", et d'y articuler de véritables appuis", count: 10) + "."
        XCTAssertGreaterThan(long.utf8.count, 400)
        let p = try parse(Self.page + """
            2. Recommendation: Mieux articuler l'assistance technique: \(long)
            Management Response: [Added: 2011/10/27]
            Accepté
            Key Actions:

            3. Recommendation: Suivre les dépenses: \(long)
            Management Response: [Added: 2011/10/27]
            Accepté
            """)
        XCTAssertEqual(p.recommendations.map(\.title), ["Renforcer la CENI", "Mieux articuler l'assistance technique", "Suivre les dépenses"])
        XCTAssertEqual(p.recommendations.map(\.text), ["Il faut un plan de formation.", long, long])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.text) }, [["Former les agents de la CENI"], [], []])
        XCTAssertEqual(p.recommendations[0].actions.map(\.comments), [nil])
        XCTAssertEqual(p.diagnostics, [])
    }

    /// `History` / `Documents` link labels on a line of their own (a cells row's last cells) are no
    /// comment of the action above and no text of the action below.
    func testLinkLabelsOnALineOfTheirOwnAreNoText() throws {
        let p = try parse(Self.page + """
            History
            Train sectors in gender-responsive budgeting
            [Added: 2015/09/10] [Last Updated: 2018/08/21]
            UN Women; UNDP 2018/06 No Longer Applicable A UN Women role.
            History Documents
            """)
        let actions = p.recommendations[0].actions
        XCTAssertEqual(actions.map(\.text), ["Former les agents de la CENI", "Train sectors in gender-responsive budgeting"])
        XCTAssertEqual(actions.map(\.comments), [nil, "A UN Women role."])
        XCTAssertEqual(p.diagnostics, [])
    }

    /// The site's footer (`Latest Evaluations`, `Contact us`, its address) ends the page: no action,
    /// comment or response text, whatever zone it follows; the same words above the content are the menu.
    func testTheSiteFooterEndsThePage() throws {
        let footer = """

            Latest Evaluations

            Contact us

            220 East 42nd Street
            20th Floor
            New York, NY 10017
            """
        let afterCells = try parse("Contact us\n" + Self.page + footer)
        XCTAssertEqual(afterCells.title, "Appui au processus électoral")
        XCTAssertEqual(afterCells.recommendations[0].actions.map(\.text), ["Former les agents de la CENI"])
        XCTAssertEqual(afterCells.recommendations[0].actions.map(\.comments), [nil])

        let emptyActions = try parse(Self.page + """
            2. Recommendation: Prevent violent extremism.
            Management Response: [Added: 2019/01/13]
            The project is in line with the governance programme.
            Key Actions:
            """ + footer)
        XCTAssertEqual(emptyActions.recommendations.map { $0.actions.map(\.text) }, [["Former les agents de la CENI"], []])
        XCTAssertEqual(emptyActions.diagnostics, [])

        let afterResponse = try parse(Self.page + """
            2. Recommendation: Prevent violent extremism.
            Management Response: [Added: 2019/01/13]
            The project is in line with the governance programme.
            """ + footer)
        XCTAssertEqual(afterResponse.recommendations.map(\.managementResponse), ["Accepté", "The project is in line with the governance programme."])
    }

    /// A number label (`Evaluation Recommendation 1:`, `Key Recommendation 1:`, `Recommendation or Issue 1:`)
    /// is no title: the title and text after it are read as after `Recommendation 1:`.
    func testANumberLabelIsNoTitle() throws {
        let p = try parse("""
            Commissioning Unit: Bureau for Policy and Programme Support
            Evaluation Plan: 2009-2013
            1. Recommendation:

            Key Recommendation 1: It is recommended that audits come a year before closure.

            Management Response: [Added: 2019/03/19]
            Agreed.
            2. Recommendation: Evaluation recommendation or issue 1: Improving the mechanism: Two year projects should be permitted.
            Management Response: [Added: 2009/08/19]
            Agreed.
            3. Recommendation: Evaluation Recommendation 1: Focus beyond individual capacity: In future, strengthen institutions.
            Management Response: [Added: 2009/08/19]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.title), [nil, "Improving the mechanism", "Focus beyond individual capacity"])
        XCTAssertEqual(p.recommendations.map(\.text), [
            "It is recommended that audits come a year before closure.", "Two year projects should be permitted.",
            "In future, strengthen institutions.",
        ])
    }
}
