import XCTest
@testable import EvalETL

/// ERC evaluation records: the `Lessons`, `Findings` and `Recommendations` sections -> findings and recommendations rows.
final class ERCRecordParserTests: XCTestCase {
    static let head = """
        Mid-term Evaluation of the Coastal Resilience Project

        Report Cover Image
        Evaluation Plan:
        2017-2020, Bangladesh
        Evaluation Type:
        Mid Term Project
        Evaluation Budget(US $):
        29,000
        Atlas Project Number: 75892

        """

    func parse(_ sections: String) throws -> ParsedDocument {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: Self.head + sections)
        XCTAssertEqual(doc.kind.name, "undp_erc_record")
        return try doc.kind.parser.parse(doc)
    }

    func testSectionsBecomeFindingsAndRecommendations() throws {
        typealias F = (kind: FindingKind, title: String?, text: String)
        let cases: [(name: String, page: String, findings: [F], recommendations: [String])] = [
            ("empty sections (the sample page)", "Lessons\nFindings\nRecommendations\n1\n", [], []),
            ("a number alone, then its text",
             "Lessons\n1\nPartnerships: Early buy-in of the ministries made the work last.\n2\nMonitoring must start at inception.\n",
             [(.lessonLearned, "Partnerships", "Early buy-in of the ministries made the work last."),
              (.lessonLearned, nil, "Monitoring must start at inception.")], []),
            ("number and text on one line, text going on",
             "Findings\n1. The project met most of its targets\nin the three districts.\n2) Costs were higher than planned.\n",
             [(.finding, nil, "The project met most of its targets in the three districts."),
              (.finding, nil, "Costs were higher than planned.")], []),
            ("unnumbered paragraphs: one item each",
             "Lessons:\nThe first lesson.\n\nThe second lesson\ngoes on here.\n",
             [(.lessonLearned, nil, "The first lesson."), (.lessonLearned, nil, "The second lesson goes on here.")], []),
            ("all three, in page order",
             "Lessons\n1 Lesson one.\nFindings\n1 Finding one.\nRecommendations\n1 PEMSEA Programmatic Approach - It is advised to go on.\n",
             [(.lessonLearned, nil, "Lesson one."), (.finding, nil, "Finding one.")],
             ["PEMSEA Programmatic Approach - It is advised to go on."]),
            ("Spanish headings", "Lecciones\n1 Una lección.\nHallazgos\n1 Un hallazgo.\n",
             [(.lessonLearned, nil, "Una lección."), (.finding, nil, "Un hallazgo.")], []),
            ("a short unnumbered line is a heading (here `Findings` garbled), no lesson",
             "Lessons\nFindőings\nRecommendations\n1\n", [], []),
            ("unnumbered text that is no sentence is no lesson",
             "Lessons\nFindi ngs Recommend…ations\nTitle Mid-term Evaluation of the Project\n", [], []),
            ("a bare number is no finding", "Findings\n1\n2\nOnly the second one.\n", [(.finding, nil, "Only the second one.")], []),
            ("text before the first recommendation number is none",
             "Recommendations\nSee below.\n1 Do it.\n", [], ["Do it."]),
            ("a number label is no title", "Recommendations\n1 Evaluation Recommendation 1: Focus beyond individual capacity: In future, act.\n",
             [], ["In future, act."]),
            ("the site's footer ends the page",
             "Recommendations\n1 Do it.\n\nLatest Evaluations\n\nContact us\n\n220 East 42nd Street\n20th Floor\nNew York, NY 10017\n",
             [], ["Do it."]),
        ]
        for c in cases {
            let p = try parse(c.page)
            XCTAssertEqual(p.findings.map(\.kind), c.findings.map(\.kind), c.name)
            XCTAssertEqual(p.findings.map(\.title), c.findings.map(\.title), c.name)
            XCTAssertEqual(p.findings.map(\.text), c.findings.map(\.text), c.name)
            XCTAssertEqual(p.recommendations.map(\.text), c.recommendations, c.name)
            XCTAssertEqual(p.title, "Mid-term Evaluation of the Coastal Resilience Project", c.name)
            XCTAssertEqual(p.projectCode, "75892", c.name)
        }
    }

    /// A template's label left unfilled around a recommendation (`Priority level (1 to 3):` before its label,
    /// `Priority level:` after its text) is no text; a filled one stays.
    func testUnfilledTemplateLabelsAreNoText() throws {
        let p = try parse("""
            Recommendations
            1 Priority level (1 to 3: Evaluation recommendation 1: The team should meet twice a year. Priority level:
            2 Priority level (1 to 3): Evaluation recommendation 2: Share the data.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["The team should meet twice a year.", "Share the data."])
        XCTAssertEqual(ERCRecordList.droppingUnfilled(["Priority level (1 to 3): 2. Share the plan."]), ["Priority level (1 to 3): 2. Share the plan."])
        XCTAssertEqual(ERCRecordList.droppingUnfilled(["Do it. Priority level (1 to 3):"]), ["Do it."])
        XCTAssertEqual(ERCRecordList.droppingUnfilled(["Their priority level: high"]), ["Their priority level: high"])
    }

    /// A number label with no number nor text under a bare number is no text: the item is empty (no row, as a bare `1`).
    func testABareLabelUnderANumberIsNoText() throws {
        let p = try parse("Recommendations\n1\n\nEvaluation recommendation 1. Do it.\n\n2\n\nEvaluation recommendation \n")
        XCTAssertEqual(p.recommendations.map(\.text), ["Do it."])
        XCTAssertTrue(ERCRecordList.isBareLabel("Evaluation recommendation:"))
        XCTAssertFalse(ERCRecordList.isBareLabel("Evaluation recommendations were made"))
    }

    /// `Lesson 1: heading` over a paragraph opens a lesson (filling the one a bare `1.` opened), the heading its title;
    /// `Lesson 2: A whole sentence.` is the lesson's text.
    func testNumberLabelsOpenItems() throws {
        let p = try parse("""
            Lessons
            1.

            Lesson 1: Grants and technical assistance open access to finance

            Small firms gain access to finance when support and services come together.

            Lesson 2: A financing facility works when firms are supported too.
            Lesson 3: Monitoring must start at inception.
            """)
        XCTAssertEqual(p.findings.map(\.title), ["Grants and technical assistance open access to finance", nil, nil])
        XCTAssertEqual(p.findings.map(\.text), ["Small firms gain access to finance when support and services come together.",
                                                "A financing facility works when firms are supported too.",
                                                "Monitoring must start at inception."])
        XCTAssertEqual(p.findings.map(\.kind), [.lessonLearned, .lessonLearned, .lessonLearned])
    }

    /// A page saved as markdown: the side panel's fields as `- ` items, the record's fields and sections as
    /// `a | b |` tables. It reads as the plain page does.
    func testAPageSavedAsMarkdownTables() throws {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: """
            - Evaluation Plan:
            - 2016-2020, Armenia
            - Evaluation Type:
            - Mid Term Project
            - Evaluation Budget(US $):
            - 6,000
            Resilient Communities Mid-term Evaluation
            Share
            Title | Resilient Communities Mid-term Evaluation | ||||||
            ---|---|---|---|---|---|---|---|
            Atlas Project Number: | 112637 | ||||||
            Evaluation Plan: | 2016-2020, Armenia | ||||||
            Completion Date: | 12/2020 | ||||||
            Source of Funding: | UNTFHS | ||||||
            Evaluation Team members: |
            |
            ||||||
            Countries: | ARMENIA |
            Lessons | |
            ---|---|
            Recommendations | |
            ---|---|
            1 | Reformulate the indicators so that all stakeholders understand them. |
            2 | Look for more synergies among the components. |
            """)
        XCTAssertEqual(doc.kind.name, "undp_erc_record")
        let p = try doc.kind.parser.parse(doc)
        XCTAssertEqual(p.title, "Resilient Communities Mid-term Evaluation")
        XCTAssertEqual(p.office, "Armenia")
        XCTAssertEqual([p.periodStart, p.periodEnd], [2016, 2020])
        XCTAssertEqual(p.evaluationType, "Mid Term Project")
        XCTAssertEqual(p.budget, 6000)
        XCTAssertEqual(p.projectCode, "112637")
        XCTAssertEqual(p.donors, ["UNTFHS"])
        XCTAssertEqual(p.recommendations.map(\.text), ["Reformulate the indicators so that all stakeholders understand them.",
                                                       "Look for more synergies among the components."])
        XCTAssertEqual(p.roles.filter { $0.role == .evaluator }, [])
    }

    /// `Countries:` in capitals names the countries as the vocabulary writes them, `AND` and all, and run together too.
    func testCountriesInCapitals() throws {
        let page = "Sao Tome Country Programme Evaluation\nEvaluation Plan:\n2017-2021, UNIT\nEvaluation Type:\nCountry Programme\n"
            + "Evaluation Budget(US $): 1,000\nAtlas Project Number: 1\nCountries: COUNTRIES\n"
        let rows: [(String, [String])] = [
            ("SAO TOME AND PRINCIPE", ["Sao Tome and Principe"]), ("BOSNIA AND HERZEGOVINA", ["Bosnia and Herzegovina"]),
            ("SAINT VINCENT AND THE GRENADINES", ["Saint Vincent and the Grenadines"]),
            // Names a host ran together are cut at the vocabulary's names.
            ("KENYAMALAWISOUTH AFRICA", ["Kenya", "Malawi", "South Africa"]), ("IRAQJORDANSUDAN", ["Iraq", "Jordan", "Sudan"]),
        ]
        for (countries, want) in rows {
            let doc = Document(sourceFile: "t.txt", sha256: "", text: page.replacingOccurrences(of: "UNIT", with: "Regional Bureau")
                .replacingOccurrences(of: "COUNTRIES", with: countries))
            XCTAssertEqual(try doc.kind.parser.parse(doc).countries, want, countries)
        }
    }

    /// Items as a report's chapter pasted into the page writes them: bullets under a bare `1.` are items (without
    /// their bullet), a numbered copy of the heading (`3. FINDINGS`) is no item, and `Finding 1:` with no heading
    /// above it opens the findings.
    func testPastedChapters() throws {
        let bullets = try parse("""
            Lessons
            1.

            LESSONS

              • Projects last when they are tied to a recent law.
              • Lines of action last when plans carry them.
            """)
        XCTAssertEqual(bullets.findings.map(\.text), ["Projects last when they are tied to a recent law.", "Lines of action last when plans carry them."])
        XCTAssertEqual(try parse("Lessons\n1.\n- Projects last when they are tied to a recent law.\n- Lines of action last when plans carry them.\n")
            .findings.map(\.text), bullets.findings.map(\.text))
        let numbered = try parse("Findings\n1.\n\n3. FINDINGS\n\nWhile the information was plenty, the findings cover the main questions.\n")
        XCTAssertEqual(numbered.findings.map(\.text), ["While the information was plenty, the findings cover the main questions."])
        let labelled = try parse("Countries: ARMENIA\n\nFinding 1: UNDP has contributed to green agricultural production.\n")
        XCTAssertEqual(labelled.findings.map(\.kind), [.finding])
        XCTAssertEqual(labelled.findings.map(\.text), ["UNDP has contributed to green agricultural production."])
        XCTAssertNil(labelled.summary)
        // The label's number may end with a full stop, under a bare number or alone.
        for page in ["Findings\n1.\n\nFinding 1. UNDP has contributed to green agricultural production.\n",
                     "Countries: ARMENIA\n\nFinding 1. UNDP has contributed to green agricultural production.\n"] {
            XCTAssertEqual(try parse(page).findings.map(\.text), labelled.findings.map(\.text), page)
        }
        // Under an item with text of its own a bullet is one of its points.
        let points = try parse("Lessons\n1 Partnerships matter:\n• early buy-in\n• shared plans\n")
        XCTAssertEqual(points.findings.count, 1)
    }

    func testNumberedItems() {
        let cases: [(Substring, Int?, Substring?)] = [
            ("1 PEMSEA Programmatic Approach", 1, "PEMSEA Programmatic Approach"), ("12. Text", 12, "Text"),
            ("3) Text", 3, "Text"), ("7", 7, ""), ("1234 Text", nil, nil), ("2021/12 Text", nil, nil),
            ("1\u{301} Text", nil, nil), ("Text 1", nil, nil),
        ]
        for (line, k, rest) in cases {
            let got = ERCLine.numbered(line)
            XCTAssertEqual(got?.0, k, String(line))
            XCTAssertEqual(got?.1, rest, String(line))
        }
    }

    /// A team row naming an organization's post (`UNDP Team Leader`) is the organization, not a person.
    func testATeamRowOfAnOrganizationIsNoPerson() throws {
        let p = try parse("Evaluation Team members:\nName Title Email Nationality\nCheikh Faye Team Leader\nUNDP Team Leader\nGEF Evaluation: No\n")
        XCTAssertEqual(p.roles.map(\.party.name), ["Cheikh Faye", "UNDP"])
        XCTAssertEqual(p.roles.map(\.party.kind), [.person, .organization])
        XCTAssertEqual(p.roles.map(\.party.detail), ["Team Leader", "Team Leader"])
    }

    /// A team row naming two people joined by `and` is two evaluators, each with the row's title; a body's name with
    /// `and` in it stays whole.
    func testATeamRowOfTwoPeopleIsTwoPersons() throws {
        let p = try parse("Evaluation Team members:\nName Title Email Nationality\nAna Ruiz and Tim Roe External Evaluator\nGEF Evaluation: No\n")
        XCTAssertEqual(p.roles.map(\.party.name), ["Ana Ruiz", "Tim Roe"])
        XCTAssertEqual(p.roles.map(\.party.kind), [.person, .person])
        XCTAssertEqual(p.roles.map(\.party.detail), ["External Evaluator", "External Evaluator"])
        XCTAssertEqual(p.roles.map(\.role), [.evaluator, .evaluator])
        XCTAssertEqual(ERCTeamMember.people("Centre for Policy and Research", lexicon: .shipped), ["Centre for Policy and Research"])
        XCTAssertEqual(ERCTeamMember.people("Ana María Ruiz López", lexicon: .shipped), ["Ana María Ruiz López"])
    }

    /// A team member listed twice is one evaluator role in the rows; the table's header, whatever its columns, is no member.
    func testATeamMemberListedTwiceIsOneRole() throws {
        let p = try parse("Evaluation Team members:\nName Title Nationality\nAna Ruiz Consultant national BURUNDI\nAna Ruiz Consultant national BURUNDI\n")
        XCTAssertEqual(p.roles.map(\.party.name), ["Ana Ruiz", "Ana Ruiz"])
        let rows = try RowAssembler.rows(for: p, sourceFile: "t.txt", sha256: "")
        XCTAssertEqual(rows.stakeholderRoles.rowCount, 1)
        XCTAssertEqual(rows.stakeholders.count, 1)
    }

    /// `Source of Funding` names the donors, as written, each a donor role; an empty field or `N/A` names none,
    /// nor does a way of paying (`TRAC`, `Cost-sharing`, `Project budget`, mostly such words under a fund's code).
    func testSourceOfFundingNamesDonors() throws {
        let rows: [(String, [String])] = [
            ("Source of Funding: Norway\n", ["Norway"]),
            ("Source of Funding: TRAC, Cost-sharing\n", []),
            ("Source of Funding: UNDP TRAC funds, Adaptation Fund\n", ["Adaptation Fund"]),
            ("Source of Funding: Project budget; Country Office's Extra Budgetary 11300; OCR; CO\n", []),
            ("Source of Funding: Government cost-sharing, Programme Funding\n", ["Government cost-sharing"]),
            ("Source of Funding: Government of Japan; UNDP; undp\n", ["Government of Japan", "UNDP"]),
            ("Source of Funding: Cost share; Programme fund\n", []),
            ("Source of Funding: Projects\n", []), ("Source of Funding: Programmes, Norway\n", ["Norway"]),
            ("Source of Funding: Global Fund, cost-share\n", ["Global Fund"]),
            ("Source of Funding:\nEvaluation Expenditure(US $): 29,000\n", []),
            // A label left empty takes no `Label: value` line as its value, even one of a label no vocabulary knows.
            ("Source of Funding:\nEvaluation Expendit•ure(USK $): 29,000\n", []),
            ("Source of Funding:\nNorway\n", ["Norway"]),
            ("Source of Funding: N/A\n", []),
            ("Source of Funding: 10714\n", []), ("Source of Funding: GEF, 04000\n", ["GEF"]),
            // Under a fund's code, most words a fund's: a word mistyped or not listed leaves it a way of paying,
            // unless a payer is named.
            ("Source of Funding: Cuntry Office Extra Budgetary 11300\n", []),
            ("Source of Funding: Japan cost sharing 30000; Government cost-sharing 30000; KOICA programme funds 30000\n",
             ["Japan cost sharing 30000", "Government cost-sharing 30000", "KOICA programme funds 30000"]),
            ("Source of Funding: Mistyped Extra Budgetary\n", ["Mistyped Extra Budgetary"]),
            // A placeholder names no payer; a funder with paying words is the funder, spelt as the vocabulary spells it.
            ("Source of Funding: UNDP sources to be determined; TBD\n", []),
            ("Source of Funding: UNDP-GEF global project resources\n", ["GEF"]), ("Source of Funding: gef\n", ["GEF"]),
            ("Source of Funding: UNCT Contribution\n", ["UNCT"]), ("Source of Funding: Government contribution\n", ["Government contribution"]),
        ]
        for (field, donors) in rows {
            let p = try parse(field + "Recommendations\n1 Do it.\n")
            XCTAssertEqual(p.donors, donors, field)
            XCTAssertEqual(p.roles.filter { $0.role == .donor }.map(\.party.name), donors, field)
            XCTAssertEqual(Set(p.roles.map(\.party.kind)), donors.isEmpty ? [] : [.organization], field)
        }
    }

    /// The page's paragraphs after its first fields and a blank line, up to the chrome (`Share`) or its `Title …` line, are the evaluation's summary.
    func testDescriptionIsTheSummary() throws {
        let p = try parse("""

            The final evaluation was carried out from February to May 2020
            by a two-person external team.

            It serves accountability and learning.

            Share
            Title Mid-term Evaluation of the Coastal Resilience Project
            Focus Area:
              • 1. Others
              • 2. Governance
            Countries: BANGLADESH
            Recommendations
            1 Do it.
            """)
        XCTAssertEqual(p.summary, "The final evaluation was carried out from February to May 2020 by a two-person external team.\n\nIt serves accountability and learning.")
        XCTAssertEqual(p.recommendations.map(\.text), ["Do it."])
        XCTAssertNil(try parse("Lessons\nFindings\nRecommendations\n1\n").summary)
        // A paragraph of a word or two is a stray label, and prose after the chrome is not the description.
        XCTAssertNil(try parse("Sharé\n\nShare\nThe final evaluation was carried out in 2020.\nRecommendations\n1 Do it.\n").summary)
    }

    /// A label left empty at the top of the page takes no value past the page's chrome (the documents table, the
    /// `Title …` line): every field keeps the value its labelled copy gives further down.
    func testAnEmptyTopFieldTakesTheValueBelow() throws {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: """
            Terminal Evaluation of the Coastal Information Project

            Report Cover Image
            Evaluation Plan:
            2018-2022, Sri Lanka
            Evaluation Type:
            Final Project
            Completion Date:
            Evaluation Budget(US $):


            Document Type Language Size Status Downloads
            Download document Terminal report.pdf report English 2369.33 KB Posted 12
            Title Terminal Evaluation of the Coastal Information Project
            Atlas Project Number: 00012345
            Completion Date: 04/2019
            Evaluation Budget(US $): 15,000
            Source of Funding: GEF
            """)
        XCTAssertEqual(doc.kind.name, "undp_erc_record")
        let p = try doc.kind.parser.parse(doc)
        XCTAssertEqual(p.budget, 15_000)
        XCTAssertEqual(p.budgetCurrency, "USD")
        XCTAssertEqual(p.evaluationDate?.iso, "2019-04-30")
        XCTAssertEqual(p.projectCode, "00012345")
    }

    /// An empty top label over the page's description takes the labelled value below, and the description stays the summary.
    func testAnEmptyTopFieldTakesNoDescription() throws {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: """
            Assessment of Development Results: Atlantis

            Evaluation Plan:
            2004-2008, Atlantis
            Evaluation Budget(US $):

            Atlantis is of strategic interest for UNDP in the region. The assessment covers two programme cycles.

            Document Type Language Size Status Downloads
            Title Assessment of Development Results: Atlantis
            Evaluation Budget(US $): 150,000
            """)
        let p = try doc.kind.parser.parse(doc)
        XCTAssertEqual(p.budget, 150_000)
        XCTAssertEqual(p.summary, "Atlantis is of strategic interest for UNDP in the region. The assessment covers two programme cycles.")
    }

    /// A top-block label's value is one short line: a paragraph right below a label, or below its value, with no
    /// blank line between, is the page's description (the summary), never the value.
    func testADescriptionRightBelowAFieldIsTheSummary() throws {
        let description = "The evaluation assessed the programme in five countries over six years. It looked at the choices made."
        for top in ["Evaluation Budget(US $):\n", "Evaluation Budget(US $):\n--\n", "Evaluation Budget(US $): --\n"] {
            let doc = Document(sourceFile: "t.txt", sha256: "", text: """
                Evaluation of the Atlantis Programme

                Report Cover Image
                Evaluation Plan:
                2004-2008, Atlantis
                Evaluation Type:
                Thematic
                \(top)\(description)

                Share
                Title Evaluation of the Atlantis Programme
                Evaluation Budget(US $): --
                """)
            let p = try doc.kind.parser.parse(doc)
            XCTAssertEqual(p.summary, description, top)
            XCTAssertEqual(p.evaluationType, "Thematic", top)
        }
        // A paragraph between two labels of the top block (a cancelled evaluation's reason) is no description.
        let cancelled = Document(sourceFile: "t.txt", sha256: "", text: """
            Evaluation of the Atlantis Programme

            Report Cover Image
            Evaluation Plan:
            2019-2023, Atlantis
            Planned End Date:
            Justification: The evaluation is no longer needed. The office asked for its cancellation in writing.
            Management Response:
            Evaluation Budget(US $):
            Document Type Language Size Status Downloads
            Title Evaluation of the Atlantis Programme
            """)
        XCTAssertNil(try cancelled.kind.parser.parse(cancelled).summary)
    }

    /// A short line alone between an item's number and its paragraph is the item's heading: its title.
    /// A recommendation's template label with a group in parentheses is no text: the group is its section.
    func testAHeadingBetweenTheNumberAndTheText() throws {
        let p = try parse("""
            Findings
            1.

            Relevance

            The interventions proved relevant to the needs of the communities.

            2.

            Costs were higher than planned
            in the three districts.
            Recommendations
            1

            Evaluation Recommendation or Issue 1 (recommendation on partners' response, n.1)

            Keep the selection criteria under review.

            """)
        XCTAssertEqual(p.findings.map(\.title), ["Relevance", nil])
        XCTAssertEqual(p.findings.map(\.text), ["The interventions proved relevant to the needs of the communities.",
                                                "Costs were higher than planned in the three districts."])
        XCTAssertEqual(p.recommendations.map(\.text), ["Keep the selection criteria under review."])
        XCTAssertEqual(p.recommendations.map(\.section), ["recommendation on partners' response"])
        XCTAssertEqual(p.recommendations.map(\.title), [nil])
    }
    /// One sentence alone between an item's number and a longer paragraph is the item's heading: its title, without its
    /// full stop; a sentence as long as the paragraph under it, or two sentences, are text.
    func testASentenceAloneOverItsParagraphIsTheTitle() throws {
        let p = try parse("""
            Lessons
            1.

            Practical tools and professional teams ensure results.

            In all components the teams used tools aimed at practical results and at new experience for the partners.

            2.

            Partners matter. They stay.

            The project kept its partners through the whole period of its work.

            3.

            The project kept its partners through the whole period of its work.

            They stayed.
            """)
        XCTAssertEqual(p.findings.map(\.title), ["Practical tools and professional teams ensure results", nil, nil])
        XCTAssertEqual(p.findings.map(\.text), [
            "In all components the teams used tools aimed at practical results and at new experience for the partners.",
            "Partners matter. They stay. The project kept its partners through the whole period of its work.",
            "The project kept its partners through the whole period of its work. They stayed.",
        ])
    }

    /// The current site's layout: each label alone on its line, no colon, its value on the next; the tabs over the
    /// fields (`• Evaluation Information`) end the description, and a cancelled evaluation's reason above the fields is none.
    func testLabelsAloneOnTheirLinesAboveTheirValues() throws {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: """
            Final Evaluation of the Civil Service Project

            Cancelled
            Justification: The report came after the plan ended and moves to the next plan.
            Evaluation Plan
            Planned End Date
            Mar 2021
            Evaluation Type
            Project
            Evaluation Budget
            $40,000
              • Evaluation Information
            Evaluation Title
            Final Evaluation of the Civil Service Project
            Atlas Project Number
            12345
            Stakeholders
            The Civil Service Bureau, the Public Service Hall and the Data Exchange Agency of the government
            Source of Funding
            Sweden
            Countries
            Moldova
              • Corporate Outcome and Output

                UNDP Strategic Plan 2018-2021

            Output 1.1 Capacities developed across the whole of government
            """)
        XCTAssertEqual(doc.kind.name, "undp_erc_record")
        let p = try doc.kind.parser.parse(doc)
        XCTAssertEqual(p.docType, .evaluationSummary)
        XCTAssertEqual(p.organizations, ["UNDP"])
        XCTAssertEqual(p.title, "Final Evaluation of the Civil Service Project")
        XCTAssertEqual(p.evaluationType, "Project")
        XCTAssertEqual(p.projectCode, "12345")
        XCTAssertEqual(p.budget, 40_000)
        XCTAssertEqual(p.donors, ["Sweden"])
        XCTAssertEqual(p.countries, ["Moldova"])
        XCTAssertNil(p.summary)
    }

    /// The current site's page of an evaluation with no plan, Atlas number nor team (an IEO's): its other labels say what
    /// it is; its completion date is written with the day and the month's name.
    func testACurrentSitePageWithFewOfItsLabels() throws {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: """
            Evaluation of the Office's Global Programme

            Completedon 3 Mar, 2016
            Planned End Date
            Feb 2016
            Evaluation Budget

            The evaluation looks at the global programme and its results over four years of work in the regions.

              • Evaluation Information
            Evaluation Title
            Evaluation of the Office's Global Programme
            Plan Period
            Plan Date
            1 Feb, 2016
            Quality Assessment
            Completion Date
            3 Mar, 2016
            Joint Programme
            Independent Evaluation Office
            """)
        XCTAssertEqual(doc.kind.name, "undp_erc_record")
        let p = try doc.kind.parser.parse(doc)
        XCTAssertEqual(p.title, "Evaluation of the Office's Global Programme")
        XCTAssertEqual(p.evaluationDate?.iso, "2016-03-03")
        XCTAssertEqual(p.summary, "The evaluation looks at the global programme and its results over four years of work in the regions.")
        // The labels that other pages write as a table's cells count only beside another cue.
        XCTAssertNotEqual(Document(sourceFile: "t.txt", sha256: "", text: "A report\n\nEvaluation Title\nJoint Evaluation\nQuality Assessment\nGEF Evaluation\n")
            .kind.name, "undp_erc_record")
    }

    /// A team member's honorific opening the row, apart or glued to the name at its full stop, is no part of the name.
    func testALeadingHonorificIsNoPartOfTheName() {
        let rows: [(Substring, String, String?)] = [
            ("Dr.Ana Ruiz Team Leader", "Ana Ruiz", "Team Leader"), ("Dr. Ana Ruiz Team Leader", "Ana Ruiz", "Team Leader"),
            ("Dr Ana Ruiz Consultant", "Ana Ruiz", "Consultant"), ("M. Ali Khan Evaluator", "M. Ali Khan", "Evaluator"),
            ("Ana Ruiz Mr. ana@x.org", "Ana Ruiz", nil),
        ]
        for (row, name, title) in rows {
            XCTAssertEqual(ERCTeamMember.parse(row), ERCTeamMember(name: name, title: title), String(row))
        }
    }

    /// Prose after the labelled fields with no heading above it: a lead-in naming its list opens that list (a lesson a
    /// bullet); any other paragraph is the summary when the page has none above; a label's own paragraph is neither.
    func testTextAfterTheFieldsWithNoHeading() throws {
        let lessons = try parse("""
            Title Mid-term Evaluation of the Coastal Resilience Project
            Key Stakeholders: Donors, Country Offices

            The main lessons learned identified are the following:

              • Plans need outcomes in between that guide the work of each unit.
              • Remote work proved feasible and even more productive.
            """)
        XCTAssertEqual(lessons.findings.map(\.kind), [.lessonLearned, .lessonLearned])
        XCTAssertEqual(lessons.findings.map(\.text), ["Plans need outcomes in between that guide the work of each unit.",
                                                      "Remote work proved feasible and even more productive."])
        XCTAssertNil(lessons.summary)
        let paragraph = try parse("Title Mid-term Evaluation of the Coastal Resilience Project\nCountries: GLOBAL\n\n\nWith respect to relevance, the projects are relevant.\n")
        XCTAssertEqual(paragraph.summary, "With respect to relevance, the projects are relevant.")
        XCTAssertEqual(paragraph.findings, [])
        let comments = try parse("Title Mid-term Evaluation of the Coastal Resilience Project\nComments:\n\nBy May 2019 the call for the lead consultant reopens.\n")
        XCTAssertNil(comments.summary)
        let unknown = try parse("Title Mid-term Evaluation of the Coastal Resilience Project\nSignature Solution:\n\nCorporate Outcome and Output (Strategic Plan 2022-2025)\n")
        XCTAssertNil(unknown.summary)
        // NB: the old layout's outputs under their heading, in the labelled copy, with or without a blank line: no summary.
        for gap in ["", "\n"] {
            let outputs = try parse("Title Mid-term Evaluation of the Coastal Resilience Project\nManagement Response: Yes\n"
                + "Corporate Outcome and Output (UNDP Strategic Plan 2018-2021)\n\(gap)\"   1. Output 1.4.1 Solutions scaled up for "
                + "sustainable management of natural resources\nEvaluation Budget(US $): 29,000\n")
            XCTAssertNil(outputs.summary, gap)
        }
    }

    /// A report's numbered sub-heading pasted between an item's number and its paragraph is the item's title, its number dropped.
    func testAPastedSubHeadingIsTheTitle() throws {
        let p = try parse("""
            Findings
            1.

            6. Findings

            6.1 Limitations of project design and implementation

            The projects were designed as two separate projects and run by two teams.
            """)
        XCTAssertEqual(p.findings.map(\.title), ["Limitations of project design and implementation"])
        XCTAssertEqual(p.findings.map(\.text), ["The projects were designed as two separate projects and run by two teams."])
    }

    /// `Tag: …` under a finding is its keywords, no text; the next number opens the next finding.
    func testATagLineIsNoText() throws {
        let p = try parse("""
            Findings
            1.

            Finding 1. The office adjusted the programme quickly.


            Tag: Anti-corruption Election Relevance

            2.

            Finding 2. Results were achieved early.
            """)
        XCTAssertEqual(p.findings.map(\.text), ["The office adjusted the programme quickly.", "Results were achieved early."])
    }

    /// A number label's line wrapped onto the next, going on in lower case, is one sentence, no title over its text.
    func testAWrappedLabelLineIsNoTitle() throws {
        let p = try parse("""
            Lessons
            1.

            Lesson 1: The project has laid a foundation of tested
            practices that farmers took up.
            2.

            Lesson 2: Access to finance
            Small firms grow when credit reaches them.
            """)
        XCTAssertEqual(p.findings.map(\.title), [nil, "Access to finance"])
        XCTAssertEqual(p.findings.map(\.text), ["The project has laid a foundation of tested practices that farmers took up.",
                                                 "Small firms grow when credit reaches them."])
    }
}

/// How an ERC page means its responsible parties: a known organization stays one; an unknown
/// acronym, a post or a team is a unit of the office.
final class ERCPartiesTests: XCTestCase {
    func testRefined() {
        let rows: [(String, StakeholderKind)] = [
            ("UNDP", .organization), ("UN Agencies", .organization), ("Government partners", .organization),
            ("PMU", .unit), ("CPG", .unit), ("UNDAF ME TWG", .unit), ("M&E", .unit), ("Programme Officer-NUER project", .unit),
            ("ABCDEFG", .organization), ("A", .organization), ("M&\u{301}E", .organization), ("ÉQUIPE", .unit),
            ("Acme Foundation", .organization), ("KAZ/TKM", .unit),
            // A Spanish or French post puts its noun first: the adjectives after it are not its last word.
            ("UGP /Consultor externo", .unit), ("Especialista nacional", .unit), ("Chargé principal", .unit),
            ("Gobierno local", .organization), ("Acme International", .organization),
        ]
        for (name, kind) in rows {
            XCTAssertEqual(ERCParties.refined(Party(name: name, kind: .organization)).kind, kind, name)
        }
    }

    /// A unit and a post parted by a slash, however it is spaced: the unit once, the post a unit too.
    func testSplit() {
        let rows: [(String, [String])] = [
            ("UGP /Asistente técnico", ["UGP", "Asistente técnico"]),
            ("UGP/Oficial de Programa", ["UGP", "Oficial de Programa"]),
            ("UGP/ Oficial de Programa", ["UGP", "Oficial de Programa"]),
            ("UGP", ["UGP"]),
            // A programme unit named by its field, then posts' codes: the unit, and the posts as one.
            ("Gouvernance/RR/DRR", ["Gouvernance", "RR/DRR"]),
            ("RR/DRR", ["RR/DRR"]),
        ]
        for (cell, names) in rows {
            let parties = ERCParties.split(cell, lexicon: .shipped)
            XCTAssertEqual(parties.map(\.name), names, cell)
            XCTAssertEqual(parties.map(\.kind), names.map { _ in .unit }, cell)
        }
    }

    func testWordsAndCodes() {
        XCTAssertEqual(ERCParties.words(of: "Programme Officer-NUER project"), ["Programme", "Officer", "NUER", "project"])
        XCTAssertEqual(ERCParties.words(of: " a--b / c "), ["a", "b", "c"])
        XCTAssertEqual(ERCParties.words(of: "a-\u{301}b"), ["a-\u{301}b"])
        let codes: [(Substring, Bool)] = [("ME", true), ("M", false), ("CO2", true), ("ABCDEFG", false), ("M&E", true),
                                          ("Me", false), ("É\u{301}T", true), ("&\u{301}A", false), ("٣A", true)]
        for (w, code) in codes { XCTAssertEqual(ERCParties.isCode(w), code, String(w)) }
    }

    /// `Completion Date` is read as a key action's deadline is (`DateText.deadline`): a month is its last day; the current
    /// site writes the day too, with the month's name.
    func testCompletionDate() {
        let rows: [(String, String?)] = [
            ("07/2019", "2019-07-31"), ("2019/07", "2019-07-31"), ("2019-07", "2019-07-31"), ("07/2019.", "2019-07-31"),
            ("2019-07-15", "2019-07-15"), ("007/2019", nil), ("13/2019", nil), ("July 2019", nil), ("10\u{2022}2010", nil),
            // The current site's date, its day and the month's name.
            ("11 Aug, 2017", "2017-08-11"), ("30 Sep, 2024", "2024-09-30"), ("11 Aug, 2017 and 12 Aug, 2017", nil),
        ]
        for (value, want) in rows {
            var doc = ParsedDocument(docType: .evaluationSummary)
            var fields = ERCFields()
            fields.set(.completionDate, value[...])
            fields.apply(to: &doc, title: nil)
            XCTAssertEqual(doc.evaluationDate?.iso, want, value)
        }
    }

    /// `Evaluation Budget(US $)` is read as ILO budgets are (`Money.whole`): money alone, thousands marks dropped.
    func testBudget() {
        let rows: [(String, Double?)] = [
            ("29,000", 29_000), ("--", nil), ("US$ 29,000", 29_000), ("29.000", 29_000), ("1,706,485.50", 1_706_485.5),
            ("FY2019: 29,000", nil), ("29,000 (est.)", nil),
        ]
        for (value, want) in rows {
            var doc = ParsedDocument(docType: .evaluationSummary)
            var fields = ERCFields()
            fields.set(.budget, value[...])
            fields.apply(to: &doc, title: nil)
            XCTAssertEqual(doc.budget, want, value)
            XCTAssertEqual(doc.budgetCurrency, want == nil ? nil : "USD", value)
        }
    }
}
