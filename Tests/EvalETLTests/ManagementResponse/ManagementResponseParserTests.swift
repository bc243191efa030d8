import XCTest
@testable import EvalETL

/// Whole pages in the shapes real exports take, one test per header or block variant.
final class ManagementResponseParserTests: XCTestCase {
    func parse(_ text: String) throws -> ParsedDocument {
        try ManagementResponseParser().parse(Document(sourceFile: "t.txt", sha256: "", text: text, kind: .unWomenGATE))
    }

    static let block = """
    Recommendation: Strengthen partnerships with line ministries.
    Management Response: Accepted.
    Description:
    Management Response Category: Accepted
    Thematic Area: Governance, Not applicable
    Operating Principles: Advocacy, Evidence, Data and statistics
    Organizational Priorities: Not applicable
    UNEG Criteria: Relevance
    Key Actions
    Responsible Deadline Status Comments
    1. Hold quarterly meetings with ministries. UN Women 2021/06 Completed Four held.
    """

    /// A page with no GATE mark (no `: ` header, no `: Approved`, no category line) is credited to the
    /// organizations its text names, and titled by its `Management response to …` line.
    func testAResponseWithoutGATEsMarksIsNotUNWomens() throws {
        let text = """
            Management Response

            A sample response kept by the office.

            Management response to the evaluation of the regional programme for the Pacific, 2010-2014

            1. This document is the response of UNDP management to the evaluation of the regional programme.
            """
        let doc = Document(sourceFile: "t.txt", sha256: "", text: text)
        XCTAssertEqual(doc.kind.name, "un_women_gate")
        let p = try parse(text)
        XCTAssertEqual(p.organizations, ["UNDP"])
        XCTAssertEqual(p.title, "Management response to the evaluation of the regional programme for the Pacific, 2010-2014")
        XCTAssertEqual(try parse("Management Response\n" + Self.block).organizations, ["UN Women"])
        // A page cut above its first block: the organizations that block names.
        XCTAssertEqual(try parse("Recommendation: Brief the UNDP office.\nManagement Response: Agree.").organizations, ["UNDP"])
        // A page cut above its header, blocks that name no organization: GATE's blocks, UN Women's.
        let fragment = """
            The findings help the project team plan its second phase with local partners.

            Recommendation: RECOMMENDATIONS 1.1 Continue with a second phase using the same approach.
            Management Response: This recommendation is accepted and built into the new proposal.
            """
        XCTAssertEqual(try parse(fragment).organizations, ["UN Women"])
    }

    /// (header lines, office, office type, title, countries, period, status)
    /// Key Actions rows wrapped at 72, 80 and 100 columns (as e-mail clients and PDF-to-text exports do)
    /// read as the same actions as the rows on one line each; two whole rows, or a row after a line that
    /// fills the width, stay two.
    func testWrappedKeyActionRows() throws {
        let cases: [[String]] = [
            // A numbered row wrapped over three lines, its deadline on the second and status on the third.
            ["1. Ensuring provision is set out to secure adequate resources for future projects; This will be achieved by developing concept notes which reflect adequate budgets. UN Women with the leadership of the WEE Unit 2021/07 Completed The proposal submitted to Norway for a new project has been approved, and agreement signed.",
             "2. Establishing baselines at the start of any project has always proved difficult due to lack of data. UN Women and responsible party 2021/09 Ongoing Efforts initiated."],
            // Scoped rows: the status alone wraps; the next row fills nothing and starts with a scope.
            ["KAZ: Engage the new RC to lead on gender in the UNCT MCO Representative 2016/12 Overdue-Initiated",
             "TKM: Take the Chair of the HRGTG if requested by UNCT TKM Programme Specialist 2016/12 Overdue-Not Initiated",
             "TAJ: Share experience of expanded GTG with KAZ and TKM, possibly by co-facilitating meeting or peer exchange TAJ Programme Specialist 2016/12 Overdue-Not Initiated"],
            // Unnumbered rows: two whole rows, the first as wide as the page, are two actions.
            ["Use/link the SDGs and specified nationalized gender targets across all programming work MCO Programme Specialists and Project Managers 2016/12 Overdue-Initiated",
             "Step up HeForShe campaign Comms/Advocacy Specialist with Project Managers 2016/12 Overdue-Not Initiated",
             "Utilize lessons learned and best practices in ECA region for MCO work. MCO Programme Specialists (all) 2016/12 Overdue-Initiated"],
            // A row whose first line is short (its next word did not fit) goes on: it has no deadline or status yet.
            ["1. KAZ: Engage the new RC to lead on gender in the UNCT MCO Representative 2024/05 Ongoing",
             "2. Increase exchanges and joint events with KYR CO. MCO Programme Specialist 2022/07 Ongoing"],
            // A whole row ends with its status at the end of a line: the lines below read as its comments
            // until they reach a deadline and status of their own, then they are the next row.
            ["Use/link the SDGs and specified nationalized gender targets across all programming work MCO Programme Specialists and Project Managers 2015/09 Over due",
             "Ensuring provision is set out to secure adequate resources for future projects; This will be achieved by developing concept notes which reflect adequate budgets and then initiate the process of sharing them with donors in a timely manner. UN Women with the leadership of the WEE Unit 2014/05 Overdue-Initiated The proposal submitted to Norway for a new project has been approved, and agreement signed"],
            ["TKM: Facilitate sub-regional focus on SDG roll out/implementation MCO Representative and MCO Programme Specialist 2022/05 Overdue-Not Initiated",
             "Increase exchanges and joint events with KYR CO. MCO Programme Specialist 2021/12 Not Initiated"],
            ["Develop broad campaign for dealing with gender stereotypes in society Comms/Advocacy Specialist with Project Managers 2018/04 Ongoing",
             "Facilitate sub-regional focus on SDG roll out/implementation MCO Representative and MCO Programme Specialist 2015/09 Not Initiated"],
            // A row with comments on its own line, wrapped on to a sentence's end, then an unnumbered row
            // that wraps before its responsible: the comments end with their sentence.
            ["ALL MCO: Through our Provincial office in Sindh, UN Women will initiate the discussion with LHRD to support in providing dedicated support to women HBWs, to register them and to gain legal entitlements and benefits. UN Women and LHRD Sindh 2019/06 Completed The setting up of registration desk for WHBW’s at LHRD Sindh offices have been completed.",
             "Present co-financing proposals to KAZ and TKM based on already existing government strategies and action plans, by weaving in a gender angle which makes business and political sense to host governments KAZ and TKM Programme Specialists 2021/06 Ongoing"],
            // A row ending with its status, then an unnumbered row whose text ends a sentence at a line's
            // end: its last line reads whole alone, but only as `Inkeri von` by `Hase Michael …`.
            ["MCO: Prepare SN with recommendations factored in MCO Kazakhstan 2015/06 Over due",
             "Mobilise resources to initiate a new global migration project, which builds on the success of the previous EU-funded project, to commence by the start of 2019. Inkeri von Hase Michael Stewart-Evans 2012/10 Overdue-Not Initiated"],
            // Comments that end a sentence, then a line that reads as a whole row: the comments stay.
            ["UNW will embark on developing alternative strategies promoting the empowerment of women with disabilities through suitable and fitting economic route. These strategies will be deliberated through focus group discussions, amongst CO and provincial staff members and including feedback directly from our beneficiaries. UN Women, beneficiaries and responsible party 2022/08 Completed Training sessions on the needs identified by the women with disabilities have been delivered, which will be the basis for supporting the women with disabilities and related organizations in future.",
             "Include KYR CO in annual planning retreat MCO Representative and MCO Programme Specialist 2020/01 Completed"],
        ]
        for rows in cases {
            let whole = try parse(Self.page(rows)).recommendations.first?.actions ?? []
            XCTAssertEqual(whole.count, rows.count, rows[0])
            for width in [72, 80, 100] {
                let label = "\(width): \(rows[0])"
                let wrapped = try parse(Self.page(rows.flatMap { Self.wrap($0, width: width) })).recommendations.first?.actions ?? []
                XCTAssertEqual(wrapped.map(\.text), whole.map(\.text), label)
                XCTAssertEqual(wrapped.map(\.scope), whole.map(\.scope), label)
                XCTAssertEqual(wrapped.map(\.responsible), whole.map(\.responsible), label)
                XCTAssertEqual(wrapped.map(\.deadline), whole.map(\.deadline), label)
                XCTAssertEqual(wrapped.map(\.status), whole.map(\.status), label)
                XCTAssertEqual(wrapped.map(\.comments), whole.map(\.comments), label)
            }
        }
    }

    /// A page of wrapped text under Key Actions (a run-on paragraph, not a row): every word of it is kept,
    /// in order, as the action's text and comments. NB: a wrapped row is joined up to `longestRow` bytes
    /// (joining it all re-read the row on every line: lines × page), and the lines after it are the
    /// action's comments, appended in place.
    func testRunOnTextUnderKeyActionsIsKept() throws {
        let words = (0..<3000).map { "word\($0 % 97)" }
        let row = "1. Hold meetings with ministries. UN Women 2021/06 Completed " + words.joined(separator: " ")
        let lines = Self.wrap(row, width: 80)
        let actions = try parse(Self.page(lines)).recommendations.first?.actions ?? []
        XCTAssertEqual(actions.count, 1)
        let kept = actions.flatMap { [$0.text, $0.comments ?? ""] }.joined(separator: " ").split(separator: " ").filter { $0.hasPrefix("word") }
        XCTAssertEqual(kept.map(String.init), words)
    }

    /// A GATE page with one recommendation whose Key Actions table holds `rows`.
    static func page(_ rows: [String]) -> String {
        "Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: Final Evaluation\n\nComment.\n\n: Approved\n"
            + "Recommendation: Strengthen partnerships.\nManagement Response: Accepted.\nKey Actions\nResponsible Deadline Status Comments\n"
            + rows.joined(separator: "\n") + "\n"
    }

    /// `line` wrapped at `width` columns the way Python's `textwrap.wrap` does for words shorter than the width.
    static func wrap(_ line: String, width: Int) -> [String] {
        var out: [String] = [], current = ""
        for word in line.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { out.append(current); current = String(word) }
        }
        return out + [current]
    }

    func testHeaderVariants() throws {
        typealias Case = (String, String?, String?, String?, [String], Int?, String?)
        let cases: [Case] = [
            // Three header lines, title repeats nothing: a title.
            (": Kenya\n: 2019 - 2021 , Kenya (CO)\n: Final Evaluation of the Flagship\n:\n: Kenya\n:\n\nOverall comment.\n\n: Approved",
             "Kenya", "CO", "Final Evaluation of the Flagship", ["Kenya"], 2019, "Approved"),
            // 4-line header without empty `:` lines.
            (": Kenya\n: 2019 - 2021 , Kenya (CO)\n: Final Evaluation\n: Kenya\n\nOverall comment.\n\n: Approved",
             "Kenya", "CO", "Final Evaluation", ["Kenya"], 2019, "Approved"),
            // No title line: the third value repeats the office.
            (": Pakistan\n: 2020 - 2020 , Pakistan (CO)\n: Pakistan\n:\n\nComment.\n\n: Draft",
             "Pakistan", "CO", nil, ["Pakistan"], 2020, "Draft"),
            // No title line: empty third value.
            (": Regional Office for Asia and the Pacific\n: 2018 - 2019 , Regional Office for Asia and the Pacific (RO)\n:\n:\n\nComment.\n\n: Approved",
             "Regional Office for Asia and the Pacific", "RO", nil, [], 2018, "Approved"),
            // Plain header line between `:` lines, no (TYPE): type from the office name.
            (": Multi-Country Office for Central Asia (Kazakhstan)\n: 2014 - 2015 , Multi-Country Office for Central Asia (Kazakhstan)\n: Portfolio Evaluation\n:\n:\n\nMulti-Country Office for Central Asia (Kazakhstan)\n\n:\n\nThe MCO appreciates it.\n\n: Approved",
             "Multi-Country Office for Central Asia (Kazakhstan)", "MCO", "Portfolio Evaluation", ["Kazakhstan"], 2014, "Approved"),
            // Unknown status word after the comment: kept as written.
            (": Kenya\n: 2019 - 2021 , Kenya (CO)\n:\n\nComment.\n\n: Pendiente",
             "Kenya", "CO", nil, ["Kenya"], 2019, "Pendiente"),
            // No status line at all.
            (": Kenya\n: 2019 - 2021 , Kenya (CO)\n: Gender Assessment\n\nComment.",
             "Kenya", "CO", "Gender Assessment", ["Kenya"], 2019, nil),
            // The header's lines without their `: ` (a mirror's copy): the period line opens it.
            ("Kenya\n2019 - 2021 , Kenya (CO)\nFinal Evaluation of the Flagship\nKenya\n\nOverall comment.",
             "Kenya", "CO", "Final Evaluation of the Flagship", ["Kenya"], 2019, nil),
            ("2019 - 2021 , Kenya (CO)\nFinal Evaluation of the Flagship\n\nOverall comment.\n\n: Approved",
             "Kenya", "CO", "Final Evaluation of the Flagship", ["Kenya"], 2019, "Approved"),
        ]
        for (header, office, type, title, countries, start, status) in cases {
            let doc = try parse("Management Response\n\n" + header + "\n" + Self.block)
            XCTAssertEqual(doc.office, office, header)
            XCTAssertEqual(doc.officeType, type, header)
            XCTAssertEqual(doc.title, title, header)
            XCTAssertEqual(doc.countries, countries, header)
            XCTAssertEqual(doc.periodStart, start, header)
            XCTAssertEqual(doc.approvalStatus, status, header)
            XCTAssertEqual(doc.organizations, ["UN Women"])
            XCTAssertEqual(doc.recommendations.count, 1, header)
        }
    }

    /// A GATE page saved whole starts with the site's menu, which lists every office and country:
    /// none of them is the evaluation's.
    func testSiteMenuAboveTheHeaderNamesNoCountry() throws {
        let menu = "Search\nLogin\nUnwomen\nGlobal Accountability and Tracking of Evaluation Use -\nGATE System\nManagement Response\nHome\nPlan Details (2020 - 2020)\nToggle navigation\n"
            + "Evaluations by Regions\nAmericas and the Caribbean\nBolivia\n(CO)\nBrazil\n(CO)\nAsia and the Pacific\nMulti-Country Office for the Pacific (Fiji)\n(MCO)\n"
        let doc = try parse(menu + "Management Response\n\n: Pakistan\n: 2020 - 2020 , Pakistan (CO)\n: Home Based Workers\n:\n: Pakistan\n:\n\nComment.\n\n: Approved\n" + Self.block)
        XCTAssertEqual(doc.countries, ["Pakistan"])
        XCTAssertEqual(doc.office, "Pakistan")
        XCTAssertEqual(doc.title, "Home Based Workers")
        XCTAssertEqual(doc.summary, "Comment.")
        // The menu saved alone is no evaluation.
        XCTAssertThrowsError(try parse(menu)) { error in
            XCTAssertEqual((error as? ParseError)?.message, "not an evaluation document: only site navigation")
        }
    }

    /// A manual's page on management responses in general (its rules: `Every evaluation should …`, `The management
    /// response must …`), read as a response for its heading, holds no recommendation: guidance, no evaluation.
    func testAManualsPageOnManagementResponsesIsGuidance() throws {
        let page = "Management Response\n- Key actions: What are the actions? Who carries them out?\n"
            + "Every evaluation should have a formal management response, with actions on each recommendation.\n"
            + "The agency records responses in its online system. The management response must be approved by the office head.\n"
        XCTAssertThrowsError(try parse(page)) { error in
            XCTAssertEqual((error as? ParseError)?.message,
                           "not an evaluation document: guidance on evaluations or their management responses (a handbook, a procedure), no evaluation")
        }
    }

    /// A key action table saved a cell a line (`| text |`, `responsible |`, the deadline, `|`, the status, `|`,
    /// `comments |`) gives the actions its cells say; the next block's label ends it.
    func testAKeyActionTableSavedACellALine() throws {
        let page = """
            Management Response

            : Kenya
            : 2019 - 2021 , Kenya (CO)
            : Final Evaluation

            Comment.

            : Approved

            Recommendation: Strengthen partnerships with line ministries.
            Management Response: Accepted.
            Key Actions
            |
            Responsible |
            Deadline |
            Status |
            Comments |
            | 1. Hold quarterly meetings with
            the ministries. |
            Country Representative, Programme Specialist |
            2026/12
            |
            Initiated
            |
            Two held. |
            | Update the workplan. |
            N/A |
            2026/03
            |
            Not Initiated
            |
            |
            Recommendation: Second recommendation.
            Management Response: Accepted.
            """
        let doc = try parse(page)
        XCTAssertEqual(doc.recommendations.map(\.text), ["Strengthen partnerships with line ministries.", "Second recommendation."])
        let actions = doc.recommendations[0].actions
        XCTAssertEqual(actions.map(\.text), ["Hold quarterly meetings with the ministries.", "Update the workplan."])
        XCTAssertEqual(actions.map(\.responsible), ["Country Representative, Programme Specialist", nil])
        XCTAssertEqual(actions.map { $0.parties.map(\.name) }, [["Country Representative", "Programme Specialist"], []])
        XCTAssertEqual(actions.map { $0.deadline?.iso }, ["2026-12-31", "2026-03-31"])
        XCTAssertEqual(actions.map(\.status), ["Initiated", "Not Initiated"])
        XCTAssertEqual(actions.map(\.comments), ["Two held.", nil])
        XCTAssertTrue(doc.diagnostics.filter { $0.message.contains("responsible") }.isEmpty, "\(doc.diagnostics)")
    }

    /// The same table when the export writes no `|` before a row's text (`text |` / `responsible |` / the deadline, `|`,
    /// the status, `|` / `comments |`, comments over lines): a row ends where its fifth cell closes. A page cut above its
    /// first block, opening with the table's header, keeps its rows under a recommendation with no text; a row the cut
    /// leaves without its cells is kept with a warning.
    func testAKeyActionTableWithRowsClosedCellByCell() throws {
        let rows = """
            |
            Responsible |
            Deadline |
            Status |
            Comments |
            Share the studies with the partners |
            Implementing partners |
            2013/12
            |
            Completed
            |
            Shared in March.
            Discussed again in May. |
            Award certificates to the parties |
            Electoral commission |
            2014/12
            |
            Overdue-Initiated
            |
            |
            Support the campaigns |
            Implementing
            """
        let head = "Management Response\n: Mali\n: 2012 - 2013 , Mali (CO)\n: Governance Evaluation\n\n: Approved\n"
            + "Recommendation: Strengthen the partners.\nManagement Response: Agreed.\nKey Actions\n"
        for page in [head + rows, "# source: https://gate.example/page\n" + rows] {
            let doc = try parse(page)
            XCTAssertEqual(doc.recommendations.count, 1)
            let actions = doc.recommendations[0].actions
            XCTAssertEqual(actions.map(\.text), ["Share the studies with the partners", "Award certificates to the parties", "Support the campaigns"])
            XCTAssertEqual(actions.map(\.responsible), ["Implementing partners", "Electoral commission", nil])
            XCTAssertEqual(actions.map { $0.deadline?.iso }, ["2013-12-31", "2014-12-31", nil])
            XCTAssertEqual(actions.map(\.status), ["Completed", "Overdue-Initiated", nil])
            XCTAssertEqual(actions.map(\.comments), ["Shared in March. Discussed again in May.", nil, "Implementing"])
            XCTAssertTrue(doc.diagnostics.contains { $0.message.contains("no deadline in its cells") }, "\(doc.diagnostics)")
        }
    }

    func testSummaryParagraphs() throws {
        let plain = try parse("Kenya\n2019 - 2021 , Kenya (CO)\nFinal Evaluation\nKenya\n\nFirst line\nsecond line.\n\n" + Self.block)
        XCTAssertEqual(plain.summary, "First line second line.")
        // A period without the office's type opens no header.
        let field = try parse("Evaluation plan:\n2017-2020, Bangladesh\nEvaluation type:\n\nFirst line.\n\n" + Self.block)
        XCTAssertNil(field.title)
        let doc = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n:\n\nFirst line\nsecond line.\n\n\n\nSecond paragraph.\n\n: Approved\n" + Self.block)
        XCTAssertEqual(doc.summary, "First line second line.\n\nSecond paragraph.")
        let placeholder = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n:\n\n<>\n\n: Approved\n" + Self.block)
        XCTAssertNil(placeholder.summary)
        for none in ["NA", "N/A"] {
            XCTAssertNil(try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n:\n\n\(none)\n\n: Approved\n" + Self.block).summary, none)
        }
        let labelled = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n:\n\nOverall Comment: Good work.\n\n: Approved\n" + Self.block)
        XCTAssertEqual(labelled.summary, "Overall Comment: Good work.")
        // The comment saved on a `:` line of its own, a blank line below the header; a title is no sentence.
        let saved = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: Final Evaluation of the Women in Trade Project\n\n"
            + ": UN Women Kenya takes note of the recommendations for future programming.\n\n: Approved\n" + Self.block)
        XCTAssertEqual(saved.summary, "UN Women Kenya takes note of the recommendations for future programming.")
        XCTAssertEqual(saved.title, "Final Evaluation of the Women in Trade Project")
        XCTAssertEqual(saved.approvalStatus, "Approved")
    }

    func testBlockFields() throws {
        let doc = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n\nC.\n\n: Approved\n" + Self.block)
        let rec = try XCTUnwrap(doc.recommendations.first)
        XCTAssertEqual(rec.text, "Strengthen partnerships with line ministries.")
        XCTAssertEqual(rec.managementResponse, "Accepted.")
        XCTAssertEqual(rec.responseCategory, "Accepted")
        XCTAssertEqual(rec.thematicAreas, ["Governance"])
        XCTAssertEqual(rec.operatingPrinciples, ["Advocacy", "Evidence, Data and statistics"])
        XCTAssertEqual(rec.organizationalPriorities, [])
        XCTAssertEqual(rec.unegCriteria, ["Relevance"])
        XCTAssertEqual(rec.actions.count, 1)
        XCTAssertEqual(rec.actions.first?.responsible, "UN Women")
        XCTAssertEqual(rec.actions.first?.parties, [Party(name: "UN Women", kind: .organization)])
    }

    func testBlankCategoryMultiLineTextsAndUnknownFields() throws {
        let text = """
        Management Response
        : Kenya
        : 2019 - 2021 , Kenya (CO)
        : Approved
        Recommendation 1: First line of the recommendation
        continues here.
        Management Response: The response
        goes on.
        For Turkmenistan: more response.
        Focal Point Name: Jane Doe
        this line belongs to the ignored field
        Description:
        Management Response Category:
        Thematic Area: Not applicable
        Key Actions
        Responsible Deadline Status Comments
        1.1. Draft the plan. UN Women 2021/06 Ongoing First part of the comment
        continued on the next line.
        1.2. Review the plan. RO 2021/09 over due-initiated
        Key Actions
        Key Action not added.
        """
        let doc = try parse(text)
        let rec = try XCTUnwrap(doc.recommendations.first)
        XCTAssertEqual(rec.text, "First line of the recommendation continues here.")
        XCTAssertEqual(rec.managementResponse, "The response goes on. For Turkmenistan: more response.")
        XCTAssertNil(rec.responseCategory)
        XCTAssertEqual(rec.thematicAreas, [])
        XCTAssertEqual(rec.actions.map(\.comments), ["First part of the comment continued on the next line.", nil])
        XCTAssertEqual(rec.actions.map(\.status), ["Ongoing", "Overdue-Initiated"])
        XCTAssertEqual(rec.actions.map(\.line), [17, 19])
    }

    /// A `Description:` with a value is the recommendation's text, the `Recommendation:` line its title
    /// (wrapped lines of the description join it), when that line is a heading of it: shorter, no sentence's
    /// end. A blank one, one holding only a category, or one under a whole recommendation changes nothing.
    func testADescriptionIsTheTextAndTheRecommendationItsTitle() throws {
        let head = "Management Response\n: Fund\n: 2014 - 2017 , Fund (HQ)\n: T\n\nComment.\n\n: Approved\n"
        let described = try parse(head + """
        Recommendation: Prioritise access to funding
        Management Response: UN Women acknowledges this recommendation.
        Description: Focus future grant-making on improving access to funding
        for women's organizations.
        Management Response Category: Accepted
        Recommendation: Recommendation 2: Widen the reach: Work with more partners
        Management Response: Agreed.
        Description: Open regional and thematic windows with the partners of the Fund.
        Thematic Area: Not applicable
        """)
        XCTAssertEqual(described.recommendations.map(\.title), ["Prioritise access to funding", "Widen the reach: Work with more partners"])
        XCTAssertEqual(described.recommendations.map(\.text),
                       ["Focus future grant-making on improving access to funding for women's organizations.",
                        "Open regional and thematic windows with the partners of the Fund."])
        XCTAssertEqual(described.recommendations.map(\.managementResponse), ["UN Women acknowledges this recommendation.", "Agreed."])
        XCTAssertEqual(described.recommendations.map(\.responseCategory), ["Accepted", nil])
        let plain = try parse(head + """
        Recommendation: Strengthen the framework.
        Management Response: Accepted.
        Description: Accepted
        Thematic Area: Not applicable
        Recommendation: Do more.
        Management Response: Agreed.
        Description:
        a stray line
        Recommendation: Take economic resilience into account in the theory of change of peacebuilding projects
        Management Response: This depends on the donor.
        Description: Income generation in future projects
        Recommendation: Consider the cultural differences between groups. Women are no single group.
        Management Response: Accepted, as the project selected its participants by set criteria and documented them.
        Description: Accepted, as the project selected its participants by set criteria and
        """)
        XCTAssertEqual(plain.recommendations.map(\.title), [nil, nil, nil, nil])
        XCTAssertEqual(plain.recommendations.map(\.text), ["Strengthen the framework.", "Do more.",
                                                          "Take economic resilience into account in the theory of change of peacebuilding projects",
                                                          "Consider the cultural differences between groups. Women are no single group."])
    }

    /// A description that is neither the text nor a copy of the block (a gloss under a recommendation headed by its
    /// lead-in, in a language that writes lower case after a colon) is kept in a warning, not lost; a copy of the
    /// response is dropped without one.
    func testADescriptionNoColumnTakesIsWarned() throws {
        let doc = try parse("Management Response\n: Fund\n: 2014 - 2017 , Fund (HQ)\n: T\n\nComment.\n\n: Approved\n" + """
        Recommendation: Alianzas estratégicas: en relación a la labor con la sociedad civil, se recomienda que la oficina amplíe sus alianzas.
        Management Response: La oficina continuará apoyando a las organizaciones.
        Description: Recomendaciones a la oficina relativas a sus alianzas.
        Management Response Category: Accepted
        Recommendation: Consider the cultural differences between groups. Women are no single group.
        Management Response: Accepted, as the project selected its participants by set criteria and documented them.
        Description: Accepted, as the project selected its participants by set criteria and
        """)
        XCTAssertEqual(doc.recommendations.map(\.title), ["Alianzas estratégicas", nil])
        XCTAssertEqual(doc.recommendations.first?.text, "en relación a la labor con la sociedad civil, se recomienda que la oficina amplíe sus alianzas.")
        let warned = doc.diagnostics.filter { $0.message.hasPrefix("Description:") }
        XCTAssertEqual(warned.map(\.line), [11], "\(doc.diagnostics)")
        XCTAssertTrue(warned.first?.message.hasSuffix("Recomendaciones a la oficina relativas a sus alianzas.") == true)
    }

    /// A description that opens with its paragraph's number in the report has no number in its text (contract: the
    /// text carries none); a recommendation line's lead-in naming whom it addresses is the section, a heading in
    /// capitals that lost its colon the title.
    func testADescriptionDropsItsParagraphNumberAndLeadInsAreRead() throws {
        let head = "Management Response\n: Fund\n: 2014 - 2017 , Fund (HQ)\n: T\n\nComment.\n\n: Approved\n"
        let doc = try parse(head + """
        Recommendation: Widen the partnerships of the office
        Management Response: Agreed.
        Description: 41. The office needs to widen its partnerships with civil society and the private sector.
        Recommendation: Recommendations for the UN Women Regional Office for Asia and the Pacific and its Country Offices: Set up a roster.
        Management Response: Agreed.
        Recommendation: COUNTRY PORTFOLIO REVIEW Conduct a review of the portfolio.
        Management Response: Agreed.
        """)
        XCTAssertEqual(doc.recommendations.map(\.title), ["Widen the partnerships of the office", nil, "COUNTRY PORTFOLIO REVIEW"])
        XCTAssertEqual(doc.recommendations.map(\.section),
                       [nil, "Recommendations for the UN Women Regional Office for Asia and the Pacific and its Country Offices", nil])
        XCTAssertEqual(doc.recommendations.map(\.text), ["The office needs to widen its partnerships with civil society and the private sector.",
                                                         "Set up a roster.", "Conduct a review of the portfolio."])
    }

    /// A key action row that opens with a list marker has no marker in its text, though the page ends
    /// before its deadline (the row kept as text).
    func testAListMarkerOpeningARowIsDropped() throws {
        let doc = try parse("Management Response\n: Fund\n: 2014 - 2017 , Fund (HQ)\n: T\n\nComment.\n\n: Approved\n"
                            + "Recommendation: Extend grants.\nManagement Response: Agreed.\nKey Actions\nResponsible Deadline Status Comments\n"
                            + "- FGE to explore the value of longer grants. - In addition, review the cycle with")
        XCTAssertEqual(doc.recommendations.first?.actions.map(\.text), ["FGE to explore the value of longer grants. - In addition, review the cycle with"])
    }

    /// A block whose recommendation opens with its number repeats it at the start of its response:
    /// dropped there too; a response that opens with a number under an unnumbered recommendation keeps it.
    func testAResponseDropsTheNumberItsRecommendationOpensWith() throws {
        let head = "Management Response\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: T\n\nComment.\n\n: Approved\n"
        let doc = try parse(head + """
        Recommendation: 1. Continue targeted support to the gender machinery
        Management Response: 1. UN Women continues to provide technical support.
        Management Response Category:
        Recommendation: 2. Holistic programming for the movement
        Management Response: 2. UN Women works strategically.
        Management Response Category:
        Recommendation: Widen the reach.
        Management Response: 1. Hold meetings. 2. Publish a note.
        """)
        XCTAssertEqual(doc.recommendations.map(\.text),
                       ["Continue targeted support to the gender machinery", "Holistic programming for the movement", "Widen the reach."])
        XCTAssertEqual(doc.recommendations.map(\.managementResponse),
                       ["UN Women continues to provide technical support.", "UN Women works strategically.", "1. Hold meetings. 2. Publish a note."])
    }

    func testDonorsField() throws {
        // Donors are named as `organizations` and stakeholders name them (`UNW` -> `UN Women`), each once.
        let doc = try parse("Management Response\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: Approved\nDonor(s): Norway, UNW, UN Women\n" + Self.block)
        XCTAssertEqual(doc.donors, ["Norway", "UN Women"])
        XCTAssertEqual(doc.roles.map(\.party.name), ["Norway", "UN Women"])
        XCTAssertEqual(doc.roles.map(\.role), [.donor, .donor])
    }

    /// The number label a page writes after `Recommendation:` (`Evaluation Recommendation 1:`) is no title.
    func testANumberLabelIsNoTitle() throws {
        let doc = try parse("Management Response\n\n: Kazakhstan\n: 2019 - 2021 , Kazakhstan (MCO)\n: T\n\nComment.\n\n: Approved\n"
                            + "Recommendation: Evaluation Recommendation 1: Given the need to consolidate gains, the office should act.\n"
                            + "Management Response: We agree.")
        XCTAssertEqual(doc.recommendations.map(\.title), [nil])
        XCTAssertEqual(doc.recommendations.map(\.text), ["Given the need to consolidate gains, the office should act."])
    }

    /// A responsible cell naming a team by a capitalised name and a lowercase role noun, then the office it sits
    /// in (`SADC Liaison team ROSA`), is read whole, after a description with or without a sentence's end: the team
    /// is the party, the office code its detail.
    func testATeamBeforeItsOfficeCodeIsTheResponsibleCell() throws {
        let page = """
            Management Response

            : Regional Office for Southern Africa
            : 2018 - 2018 , Regional Office for Southern Africa (RO)
            : Evaluation of the regional liaison project
            :
            : Regional Office for Southern Africa
            :

            : Approved
            Recommendation: Brief the new members of the commission on the regional protocols.
            Management Response: Agreed.
            Description:
            Management Response Category: Accepted
            Key Actions
            Responsible Deadline Status Comments
            1.1 Brief the incoming commission members on the protocols SADC Liaison team ROSA 2019/06 Completed Two briefings held.
            1.2 Print short guides for the new members. SADC Liaison team ROSA 2019/03 Completed As above.
            """
        let actions = try XCTUnwrap(parse(page).recommendations.first).actions
        XCTAssertEqual(actions.map(\.text),
                       ["Brief the incoming commission members on the protocols", "Print short guides for the new members."])
        for action in actions {
            XCTAssertEqual(action.responsible, "SADC Liaison team ROSA")
            XCTAssertEqual(action.parties, [Party(name: "SADC Liaison team", kind: .unit, detail: "ROSA")])
        }
        XCTAssertEqual(actions.map(\.comments), ["Two briefings held.", "As above."])
    }

    func testCutShortPage() throws {
        let doc = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: T\n\nComment.\n\n: Approved\nRecommendation: Do more.\nManagement Response: We")
        XCTAssertEqual(doc.recommendations.map(\.text), ["Do more."])
        XCTAssertEqual(doc.recommendations.first?.managementResponse, "We")
        XCTAssertTrue(doc.diagnostics.contains { $0.line == 11 && $0.message.contains("cut short") })
        // A page cut inside the key action table's header row: the clipped header is no action.
        let clipped = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: T\n\nComment.\n\n: Approved\n"
                                + "Recommendation: Do more.\nManagement Response: We agree.\nKey Actions\nResponsible Deadline Statu")
        XCTAssertEqual(clipped.recommendations.map(\.actions.count), [0])
        // A page cut inside a block's label (`Management R`, `Desc`): the label is no text of the block above it.
        let head = "Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)\n: T\n\nComment.\n\n: Approved\n"
        let cutLabel = try parse(head + "Recommendation: Reach the media.\nManagement R\n")
        XCTAssertEqual(cutLabel.recommendations.map(\.text), ["Reach the media."])
        let cutDescription = try parse(head + "Recommendation: Do more.\nManagement Response: Not applicable now.\nDesc")
        XCTAssertEqual(cutDescription.recommendations.map(\.managementResponse), ["Not applicable now."])
        // Mid-page, the same words are text.
        XCTAssertEqual(GATELine.cutLabel("Management R"), .managementResponse)
        XCTAssertEqual(GATELine.cutLabel("Desc"), .description)
        XCTAssertNil(GATELine.cutLabel("Des"))
        XCTAssertNil(GATELine.cutLabel("desc"))
        XCTAssertNil(GATELine.cutLabel("Description"))
        let headerOnly = try parse("Management Response\n\n: Kenya\n: 2019 - 2021 , Kenya (CO)")
        XCTAssertEqual(headerOnly.office, "Kenya")
        XCTAssertEqual(headerOnly.recommendations.count, 0)
        XCTAssertFalse(headerOnly.diagnostics.isEmpty)
    }

    /// A page that opens with its first block (its header cut off) has no summary: a saved page's `# source:`
    /// line and a site's banner above the block are chrome, not the overall comment.
    func testChromeAboveTheFirstBlockIsNoSummary() throws {
        let doc = try parse("# source: https://example.org/mr?evaluationId=1\nSuccess message\n" + Self.block)
        XCTAssertNil(doc.summary)
        XCTAssertEqual(doc.recommendations.count, 1)
        let commented = try parse("# source: https://example.org/mr?evaluationId=1\nThe office welcomes the evaluation.\n\n" + Self.block)
        XCTAssertEqual(commented.summary, "The office welcomes the evaluation.")
    }

    /// A page cut under the next block's label, its colon lost: the label ends the key action table and is
    /// no comment of the last action, even when that row fills the page's width.
    func testABareLabelEndsTheKeyActionTable() throws {
        let row = "1. Hold quarterly meetings with the line ministries and report to the board on a regular basis Programme Manager 2026/05 Ongoing"
        let doc = try parse(Self.page([row, "Recommendation"]))
        XCTAssertEqual(doc.recommendations.count, 1)
        XCTAssertEqual(doc.recommendations.first?.actions.map(\.status), ["Ongoing"])
        XCTAssertEqual(doc.recommendations.first?.actions.map(\.comments), [nil])
        let described = try parse(Self.page([row, "Description", "Some words."]))
        XCTAssertEqual(described.recommendations.first?.actions.map(\.comments), [nil])
    }

    /// Hostile inputs (empty, binary, megabyte lines, 100,000 brackets) are read without loss: each
    /// keeps the recommendations, actions and parties it holds, says in a diagnostic what it could
    /// not read, and becomes one evaluation whose counts add up.
    func testHostileInputsKeepWhatTheyHoldAndSaySo() throws {
        var garbage = ""
        for i in 0..<5000 { garbage.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: i &* 31 &+ 7))) }
        let long = String(repeating: "Completed 2021/07 (UN Women and ", count: 40_000)
        let none = "no recommendation found on the management response page"
        let cases: [(input: String, recommendations: Int, actions: Int, parties: Int, diagnostic: String?)] = [
            ("", 0, 0, 0, none), ("\n\n\n", 0, 0, 0, none), (":", 0, 0, 0, none), (garbage, 0, 0, 0, none),
            ("Key Actions\n1. x", 0, 0, 0, "line before the first recommendation ignored"),
            (": " + String(repeating: "Kenya ", count: 100_000) + "\n: Approved", 0, 0, 0, none),
            ("Recommendation: x\nKey Actions\n" + long, 1, 1, 0, "could not tell the responsible party"),
            ("Recommendation: " + String(repeating: "a ", count: 500_000), 1, 0, 0, "cut short"),
            ("Recommendation: x\nKey Actions\n" + String(repeating: "x", count: 1_000_000), 1, 1, 0,
             "key action row has no deadline, status or responsible"),
            ("Recommendation: x\nKey Actions\n1. " + String(repeating: "(", count: 100_000) + " UN Women 2021/07 Done",
             1, 1, 1, nil),
            ("Recommendation: x\nKey Actions\n" + String(repeating: "Completed UN Women ", count: 50_000), 1, 1, 1, nil),
        ]
        for (n, c) in cases.enumerated() {
            let doc = try parse(c.input)
            let actions = doc.recommendations.flatMap(\.actions)
            XCTAssertEqual(doc.recommendations.count, c.recommendations, "case \(n)")
            XCTAssertEqual(actions.count, c.actions, "case \(n)")
            XCTAssertEqual(actions.flatMap(\.parties).count + doc.roles.count, c.parties, "case \(n)")
            if let d = c.diagnostic {
                XCTAssertTrue(doc.diagnostics.contains { $0.message.contains(d) }, "case \(n): \(doc.diagnostics)")
            } else {
                XCTAssertEqual(doc.diagnostics, [], "case \(n)")
            }
            let rows = try RowAssembler.rows(for: doc, sourceFile: "t.txt", sha256: "")
            XCTAssertEqual(rows.evaluations.value(row: 0, column: EvaluationColumn.recommendationCount.rawValue),
                           .int(Int32(c.recommendations)), "case \(n)")
            XCTAssertEqual(rows.evaluations.value(row: 0, column: EvaluationColumn.actionCount.rawValue),
                           .int(Int32(c.actions)), "case \(n)")
            XCTAssertEqual(rows.recommendations.rowCount, c.recommendations, "case \(n)")
            XCTAssertEqual(rows.actions.rowCount, c.actions, "case \(n)")
            XCTAssertEqual(rows.stakeholderRoles.rowCount, c.parties, "case \(n)")
        }
        // Nothing cut from a text of a megabyte.
        XCTAssertEqual(try parse(cases[7].input).recommendations.first?.text.count, 999_999)
        XCTAssertEqual(try parse(cases[8].input).recommendations.first?.actions.first?.text.count, 1_000_000)
        XCTAssertEqual(try parse(cases[9].input).recommendations.first?.actions.first?.parties.map(\.name), ["UN Women"])
    }
}
