import XCTest
@testable import EvalETL

final class EvaluationSummaryParserTests: XCTestCase {
    func parse(_ text: String) throws -> ParsedDocument {
        try EvaluationSummaryParser().parse(Document(sourceFile: "t.txt", sha256: "", text: text, kind: .iloSummary))
    }

    /// The ILO owns a page only when the page names it; a site's listing with `Document date:` / `Evaluation type:` under
    /// each title is a reject.
    func testTheILOIsNoDefaultAndAListingIsRejected() throws {
        let named = try parse("Final evaluation of the X project\n\nEvaluation type: Final\n\nThe International Labour Office ran X.")
        XCTAssertEqual(named.organizations, ["ILO"])
        let other = try parse("Final evaluation of the X project of UNFPA\n\nEvaluation type: Final\n\nThe project ran in Chad.")
        XCTAssertEqual(other.organizations, ["UNFPA"])
        // A joint evaluation is owned by the other organizations its title names too.
        let joint = try parse("Joint evaluation of the X project with UNICEF\n\nEvaluation type: Final\n\nThe ILO ran X.")
        XCTAssertEqual(joint.organizations, ["ILO", "UNICEF"])
        let listing = "X Country Programme Evaluation (2020-2022)\n\nDocument date: 2022\n\nEvaluation type: Country\n\n"
            + "The evaluation assesses the programme.\n\nFormative evaluation of Y\n\nDocument date: 2024\n\nEvaluation type: Global"
        XCTAssertThrowsError(try parse(listing)) { error in
            XCTAssertEqual("\(error)".contains("a listing of 2 evaluations"), true, "\(error)")
        }
    }

    /// An ILO consultancy's advertisement holds quick-fact labels (`Evaluation type:`) but is no evaluation: a reject.
    func testAConsultancyAdvertisementIsRejected() {
        let ad = """
            International Labour Organization
            Consultancy: Independent Mid-term Evaluation for Better Regional Migration Management Programme
            Administrative Unit: ILO Country Office for Ethiopia
            Evaluation type: Independent Mid-term Evaluation
            The ILO is looking for a team of evaluators to conduct the evaluation.
            """
        XCTAssertThrowsError(try parse(ad)) { error in
            XCTAssertEqual((error as? ParseError)?.message,
                           "not an evaluation document: a job advertisement or terms of reference for an evaluator, no evaluation")
        }
    }

    /// A cover's fields as list items (`o Label: …`), a space before the colon, values wrapped onto lines of their own
    /// with blank lines between; the `ILO EVALUATION` banner before the first label is no part of the title.
    func testCoverFieldsAsListItems() throws {
        let text = """
            12
            ILO EVALUATION o Evaluation Title: Independent review of the ILO's support to

            domestic workers

            o Type of Evaluation : Thematic

            o Country(ies) : Global

            o Date of the evaluation: March 2019

            o Name of consultant(s): Ann Roe, Bo Lind,

            Cy Park,Di Moss

            o Evaluation Manager: Eve Stone

            o Evaluation Budget: $45,000

            o Key Words: domestic work

            This review was conducted according to the evaluation policy.
            """
        let doc = Document(sourceFile: "t.txt", sha256: "", text: text)
        XCTAssertEqual(doc.kind.name, "ilo_summary")
        let p = try parse(text)
        XCTAssertEqual(p.title, "Independent review of the ILO's support to domestic workers")
        XCTAssertEqual(p.evaluationType, "Thematic")
        XCTAssertEqual(p.countries, [])
        XCTAssertEqual(p.evaluationDate, CalendarDate(year: 2019, month: 3, day: 1))
        XCTAssertEqual(p.roles.filter { $0.role == .evaluator }.map(\.party.name), ["Ann Roe", "Bo Lind", "Cy Park", "Di Moss"])
        XCTAssertEqual(p.roles.filter { $0.role == .evaluationManager }.map(\.party.name), ["Eve Stone"])
        XCTAssertEqual(p.keywords, ["domestic work"])
        XCTAssertNil(p.budget)
    }

    /// A cover written on one line is split at each label; `Donor (country and budget)` gives donor and budget.
    func testCoverOnOneLine() throws {
        let text = """
            ILO EVALUATION Evaluation Title: Mid-Term Evaluation of the Green Roofs Programme ILO TC/SYMBOL: KEN/15/02/NOR Type of Evaluation: Independent Mid-Term Country : Kenya Name of consultant(s): Ann Roe (Team Leader) ILO Administrative Office: ILO CO-Nairobi Date project ends: 30 June 2019 Donor (country and budget): Norway, US$4,200,000 Evaluation Manager: Eve Stone
            The programme builds green roofs.
            """
        XCTAssertEqual(Document(sourceFile: "t.txt", sha256: "", text: "9\n" + text).kind.name, "ilo_summary")
        let p = try parse(text)
        XCTAssertEqual(p.title, "Mid-Term Evaluation of the Green Roofs Programme")
        XCTAssertEqual(p.projectCode, "KEN/15/02/NOR")
        XCTAssertEqual(p.evaluationType, "Independent Mid-Term")
        XCTAssertEqual(p.countries, ["Kenya"])
        XCTAssertEqual(p.office, "ILO CO-Nairobi")
        XCTAssertEqual(p.donors, ["Norway"])
        XCTAssertEqual(p.budget, 4_200_000)
        XCTAssertEqual(p.budgetCurrency, "USD")
        XCTAssertEqual(p.roles.filter { $0.role == .evaluationManager }.map(\.party.name), ["Eve Stone"])
        XCTAssertEqual(p.roles.filter { $0.role == .evaluator }.map(\.party.name), ["Ann Roe"])

        // The last field ends the line, or the page's text runs on in it and where it ends is not known.
        let ends = try parse("""
            ILO EVALUATION Evaluation Title: Green Roofs Evaluation Budget : $9,000 Key Words: roofs, jobs
            """)
        XCTAssertEqual(ends.keywords, ["roofs", "jobs"])
        XCTAssertNil(ends.summary)
        XCTAssertNil(ends.budget)
        let runsOn = try parse("""
            ILO EVALUATION Evaluation Title: Green Roofs Key Words: roofs This evaluation was conducted by the office. It has
            """)
        XCTAssertEqual(runsOn.title, "Green Roofs")
        XCTAssertEqual(runsOn.keywords, [])
    }

    /// A cover on one line whose list markers (` o `) open labels without their colon: split at each, a label of no fact
    /// (`o SDG(s): 2`) ending the value before it; the masthead before an unlabelled title, a combined office's label, the
    /// fieldwork period's end, and `Key Words` up to the ILO's disclaimer, which is no summary.
    func testCoverOnOneLineWithoutColons() throws {
        let p = try parse("""
            ILO EVALUATION

            o Evaluation Title: Final Evaluation of Green Roofs (GR). o ILO DC/SYMBOL KEN 19/01/RBS o Type of Evaluation Independent Final Evaluation o Country(ies) Kenya and Uganda o SDG(s): 8 o Date of the evaluation 3 May 2021 – 9 July 2021 o Name of consultant(s) Ann Roe (Team Leader), Bo Lind o ILO Administrative Office ILO Country Office for Kenya, Rwanda and Burundi o Donor: country and budget US$: Norway; US$ 300,000 o Key Words: roofs, jobs This evaluation has been conducted according to ILO’s evaluation policies and procedures. It has not been professionally edited. Acknowledgement

            The team thanks the project staff in Nairobi and Kampala.
            """)
        XCTAssertEqual(p.title, "Final Evaluation of Green Roofs (GR).")
        XCTAssertEqual(p.projectCode, "KEN 19/01/RBS")
        XCTAssertEqual(p.evaluationType, "Independent Final Evaluation")
        XCTAssertEqual(p.countries, ["Kenya", "Uganda"])
        XCTAssertEqual(p.evaluationDate, CalendarDate(year: 2021, month: 7, day: 9))
        XCTAssertEqual(p.roles.filter { $0.role == .evaluator }.map(\.party.name), ["Ann Roe", "Bo Lind"])
        XCTAssertEqual(p.office, "ILO Country Office for Kenya, Rwanda and Burundi")
        XCTAssertEqual(p.donors, ["Norway"])
        XCTAssertEqual(p.keywords, ["roofs", "jobs"])
        XCTAssertNil(p.summary)

        let combined = try parse("""
            ILO EVALUATION Green Roofs: Final Independent Evaluation o ILO TC/SYMBOL: INT/09/01/EEC o Countries: Kenya, Niger 1 o Name of consultant(s): Ann Roe, Bo Lind o ILO Administrative & Technical Backstopping Office: Dept for Roofs o Key Words: roofs
            """)
        XCTAssertEqual(combined.title, "Green Roofs: Final Independent Evaluation")
        XCTAssertEqual(combined.countries, ["Kenya", "Niger"])
        XCTAssertEqual(combined.roles.filter { $0.role == .evaluator }.map(\.party.name), ["Ann Roe", "Bo Lind"])
        XCTAssertEqual(combined.office, "Dept for Roofs")
        XCTAssertEqual(combined.roles.filter { $0.party.name == "Dept for Roofs" }.map(\.role), [.administrativeOffice, .technicalOffice])
        XCTAssertEqual(combined.keywords, ["roofs"])
    }

    /// Spanish labels name the same facts (`Búsqueda Rápida`, `Países:`, `Donante:` …); a value wrapped onto the
    /// lines right below goes on to the line that ends its sentence.
    func testSpanishQuickFacts() throws {
        let text = """
            Evaluación final del proyecto de empleo juvenil

            Búsqueda Rápida
            Países: Chile, Brasil,
            Ecuador y Perú.
            Evaluación final: Marzo 2010
            Tipo de la evaluación: Final independiente
            Gestión de la Evaluación: Oficina Regional
            para los Andes
            Equipo de Evaluación: Ana Ruiz,
            Luis Mora.
            Código del proyecto: RLA/05/01/ESP
            Donante: Ministerio de Empleo y Asuntos
            Sociales (US$ 950,000).
            Palabras
            clave:
            Oficina Administrativa (OIT): OIT Lima
            """
        XCTAssertEqual(Document(sourceFile: "t.txt", sha256: "", text: text).kind.name, "ilo_summary")
        let p = try parse(text)
        XCTAssertEqual(p.title, "Evaluación final del proyecto de empleo juvenil")
        XCTAssertEqual(p.countries, ["Chile", "Brasil", "Ecuador", "Perú"])
        XCTAssertEqual(p.evaluationType, "Final independiente")
        XCTAssertEqual(p.projectCode, "RLA/05/01/ESP")
        XCTAssertEqual(p.donors, ["Ministerio de Empleo y Asuntos Sociales"])
        XCTAssertEqual(p.budget, 950_000)
        XCTAssertEqual(p.office, "OIT Lima")
        XCTAssertEqual(p.roles.filter { $0.role == .evaluationManager }.map(\.party.name), ["Oficina Regional para los Andes"])
        XCTAssertEqual(p.roles.filter { $0.role == .evaluator }.map(\.party.name), ["Ana Ruiz", "Luis Mora"])

        // A Spanish cover as list items, the template's label words after the colon dropped.
        let cover = try parse("""
            OIT - Evaluación o Título del proyecto: Programa de Empleo Verde

            o Título del proyecto: Programa de Empleo

            Verde en el Cono Sur

            o Tipo de la evaluación: Final

            o País(es): Argentina, Uruguay

            o Donante: pais y monto en US$ Suecia, US$ 2,000

            o Palabras Claves: Empleo, Verde
            """)
        XCTAssertEqual(cover.title, "Programa de Empleo Verde en el Cono Sur")
        XCTAssertEqual(cover.countries, ["Argentina", "Uruguay"])
        XCTAssertEqual(cover.donors, ["Suecia"])
        XCTAssertEqual(cover.budget, 2_000)
        XCTAssertEqual(cover.keywords, ["Empleo", "Verde"])
    }

    /// A document host's record of the copy (`Upload: others`, `Post on …`, `2 views`, `Category:`, `Documents`,
    /// `0 download`, `TRANSCRIPT`) under the title is no abstract; nor is a bare label whose value the host left out.
    /// (`Documents` stays no chrome: an ERC page's `Documents` heading is its furniture, `ERCLine`.)
    func testAHostsRecordOfTheCopyIsNoAbstract() throws {
        let doc = try parse("ILO EVALUATION Decent work results: a review of project evaluations, 2010-2011\n\n"
            + "Upload: others\n\nPost on 12-Mar-2020\n\n2 views\n\nCategory:\n\nDocuments\n\n0 download\n\nTRANSCRIPT\n\n"
            + "Prepared for:\n\nThe review looked at 60 evaluations of the office's projects.")
        XCTAssertNotEqual(doc.summary, "Category:")
        XCTAssertNotEqual(doc.summary, "Prepared for:")
        XCTAssertFalse(EvaluationSummaryParser.opensAbstract("Category:"))
        XCTAssertFalse(EvaluationSummaryParser.opensAbstract("Prepared for:"))
        XCTAssertTrue(EvaluationSummaryParser.opensAbstract("The review looked at 60 evaluations."))
        // A transcription's page that opens with its thanks (`2 Acknowledgements The …`) is no abstract either.
        let thanks = try parse("ILO EVALUATION Evaluation Title: Mid-term evaluation of the green jobs programme\n\n"
            + "Start display at page:\n\n2 Acknowledgements The evaluation was commissioned by the Government of Zambia and FAO, "
            + "who we thank.")
        XCTAssertNil(thanks.summary)
        XCTAssertFalse(EvaluationSummaryParser.opensAbstract("2 Acknowledgements The team thanks FAO."))
        // Nor a host's count of pages above the cover (`83`), nor the cover's masthead in any case (`OIT - Evaluación`).
        let counted = try parse("oit - evaluación\n\n83\nOIT - Evaluación o Título del proyecto: Empleo juvenil en los Andes "
            + "o TC/SYMBOL: RLA/10/01/ESP o Tipo de la evaluación: Final independiente\n")
        XCTAssertNil(counted.summary)
        XCTAssertFalse(EvaluationSummaryParser.opensAbstract("83"))
        XCTAssertFalse(EvaluationSummaryParser.opensAbstract("OIT - Evaluación"))
    }

    func testShortPageWithTitleAndAbstract() throws {
        let doc = try parse("""

        # **Final evaluation: Better Work Jordan**

        The project supported garment factories in Jordan
        to improve compliance with labour standards.

        Read the full report.
        """)
        XCTAssertEqual(doc.title, "Final evaluation: Better Work Jordan")
        XCTAssertEqual(doc.summary, "The project supported garment factories in Jordan to improve compliance with labour standards.")
        // NB: the page names no organization: the ILO is no default.
        XCTAssertEqual(doc.organizations, [])
        XCTAssertEqual(doc.countries, ["Jordan"])
        XCTAssertEqual(doc.recommendations, [])
        XCTAssertEqual(doc.findings, [])
    }

    func testVariantSpellingsAndZones() throws {
        let doc = try parse("""
        Final Evaluation of the "Skills" Project

        QUICK FACTS
        Country: Viet Nam
        Evaluation Date: 2021-03-05
        Evaluation Manager: Jane Doe
        Donor: European Union; EUR 2.5 million
        Key words: skills, TVET,

        BACKGROUND

        Project summary

        The project built **skills**.

        FINDINGS

        Relevance

        The project was relevant.

        Efficiency: Funds were used well.
        ¹ A footnote that wraps
        onto a second line.

        It was also timely.

        RECOMMENDATIONS

        Design

        1. Plan longer: Allow three years.
        Priority: High
        3. Involve partners
        early on.

        Lessons learned

        - Partners matter.
        - Time matters.

        GOOD PRACTICES

        Component A

        Tripartite councils

        Councils worked well.
        """)
        XCTAssertEqual(doc.countries, ["Viet Nam"])
        XCTAssertEqual(doc.evaluationDate?.iso, "2021-03-05")
        XCTAssertEqual(doc.donors, ["European Union"])
        XCTAssertEqual(doc.budget, 2_500_000)
        XCTAssertEqual(doc.budgetCurrency, "EUR")
        XCTAssertEqual(doc.keywords, ["skills", "TVET"])
        XCTAssertEqual(doc.summary, "The project built skills.")
        XCTAssertEqual(doc.roles, [ParsedRole(.evaluationManager, Party(name: "Jane Doe", kind: .person)),
                                   ParsedRole(.donor, Party(name: "European Union", kind: .organization))])
        XCTAssertEqual(doc.findings, [
            ParsedFinding(kind: .finding, title: "Relevance", text: "The project was relevant."),
            ParsedFinding(kind: .finding, title: "Efficiency", text: "Funds were used well. It was also timely."),
            ParsedFinding(kind: .lessonLearned, text: "Partners matter."),
            ParsedFinding(kind: .lessonLearned, text: "Time matters."),
            ParsedFinding(kind: .goodPractice, section: "Component A", title: "Tripartite councils", text: "Councils worked well."),
        ])
        XCTAssertEqual(doc.recommendations.map(\.text), ["Allow three years.", "Involve partners early on."])
        XCTAssertEqual(doc.recommendations.map(\.title), ["Plan longer", nil])
        XCTAssertEqual(doc.recommendations.map(\.section), ["Design", "Design"])
        XCTAssertEqual(doc.diagnostics.map(\.line), [34])
    }

    func testTablesAndHTMLLines() throws {
        let doc = try parse("""
        Title

        QUICK FACTS

        | Key | Value |
        |---|---|
        | Countries: | Kenya; Uganda |
        | DC Symbol | KEN/20/01/USA |

        LESSONS LEARNED

        <p>Component A</p><ol><li>Partners matter.</li><li>Time matters.</li></ol>

        | <p>GOOD PRACTICES</p> | <ul><li>Councils: They worked.</li></ul> |
        """)
        XCTAssertEqual(doc.countries, ["Kenya", "Uganda"])
        XCTAssertEqual(doc.projectCode, "KEN/20/01/USA")
        XCTAssertEqual(doc.findings, [
            ParsedFinding(kind: .lessonLearned, section: "Component A", text: "Partners matter."),
            ParsedFinding(kind: .lessonLearned, section: "Component A", text: "Time matters."),
            ParsedFinding(kind: .goodPractice, title: "Councils", text: "They worked."),
        ])
    }

    /// A printed page's footer stands where a blank line would; a table indented by a tab is a table.
    func testPageFootersAndIndentedTables() throws {
        let doc = try parse("""
        Final evaluation of an ILO project in Kenya

        QUICK FACTS

        Countries: Kenya

        Page 1 of 9

        BACKGROUND & CONTEXT

        Summary of the project purpose, logic and structure

        Page 2 of 9

        The project trained workers.

        LESSONS LEARNED

        \t| <p>Component A</p><ol><li>Partners matter.</li></ol> |
        """)
        XCTAssertEqual(doc.summary, "The project trained workers.")
        XCTAssertEqual(doc.findings, [ParsedFinding(kind: .lessonLearned, section: "Component A", text: "Partners matter.")])
    }

    func testNumberedLabelsAndAttributeTables() throws {
        let doc = try parse("""
        QUICK FACTS

        Countries: Ghana

        RECOMMENDATIONS

        Recommendation 1: Strengthen coordination

        The project should meet monthly.

        | Responsible unit | Priority | Time implication | Resource implication |
        |---|---|---|---|
        | ILO CO | High | Short term | Low |

        Recommendation 2: Train staff every year.
        """)
        XCTAssertNil(doc.title)
        XCTAssertEqual(doc.countries, ["Ghana"])
        XCTAssertEqual(doc.recommendations.map(\.title), ["Strengthen coordination", nil])
        XCTAssertEqual(doc.recommendations.map(\.text), ["The project should meet monthly.", "Train staff every year."])
        XCTAssertEqual(doc.recommendations.map(\.section), [nil, nil])
    }

    func testOlderTemplate() throws {
        let doc = try parse("""
        ILO EVALUATION

        Evaluation Title: Decent Work for Domestic Workers

        ILO TC/SYMBOL: INT/18/01/NOR

        Type of Evaluation: Final independent

        Country(ies): Ghana, Kenya

        Date of the evaluation: March 2020

        Name of consultant(s): Ama Owusu

        ILO Administrative Office: ILO DWT/CO-Abuja

        Donor: Norway, US$ 2,400,000

        Evaluation Budget: US$ 30,000
        """)
        XCTAssertEqual(doc.title, "Decent Work for Domestic Workers")
        XCTAssertEqual(doc.projectCode, "INT/18/01/NOR")
        XCTAssertEqual(doc.evaluationType, "Final independent")
        XCTAssertEqual(doc.countries, ["Ghana", "Kenya"])
        XCTAssertEqual(doc.evaluationDate?.iso, "2020-03-01")
        XCTAssertEqual(doc.office, "ILO DWT/CO-Abuja")
        XCTAssertEqual(doc.officeType, "CO")
        XCTAssertEqual(doc.donors, ["Norway"])
        XCTAssertEqual(doc.budget, 2_400_000)
        XCTAssertEqual(doc.budgetCurrency, "USD")
        XCTAssertEqual(doc.roles.map(\.role), [.evaluator, .administrativeOffice, .donor])
    }

    /// The ILO's older cover sheet: its facts under `Administrative information:` (which opens them as `QUICK FACTS` does,
    /// below the cover's `FINAL REPORT`), donors a line each with their shares, then the total; the text after the facts
    /// is no abstract.
    func testAdministrativeInformationBlock() throws {
        let text = """
            International Labour Organisation

            Final Evaluation of Fair Wages in Ghana

            FINAL REPORT

            Administrative information:

            Project Title: Final Evaluation: Fair Wages in Ghana

            TC Project Code: GHA/15/02/NOR

            Consultants team: Ama Owusu and Kofi Mensah

            Donors: Norway : US$ 1.5 million

            Sweden: US$ 0.5 million

            Total approved budget: US$ 1.9 million

            Geographic Coverage: Ghana

            ILO Administrative Unit: CO-Abuja

            ILO Technical Unit: WAGES

            Evaluation Manager: Eve Stone, ILO Geneva

            Evaluation Duration: January – March 2018.

            Field work took two weeks.
            """
        XCTAssertEqual(Document(sourceFile: "t.txt", sha256: "", text: text).kind.name, "ilo_summary")
        let doc = try parse(text)
        XCTAssertEqual(doc.title, "Final Evaluation: Fair Wages in Ghana")
        XCTAssertEqual(doc.organizations, ["ILO"])
        XCTAssertEqual(doc.projectCode, "GHA/15/02/NOR")
        XCTAssertEqual(doc.office, "CO-Abuja")
        XCTAssertEqual(doc.officeType, "CO")
        XCTAssertEqual(doc.donors, ["Norway", "Sweden"])
        XCTAssertEqual(doc.budget, 1_900_000)
        XCTAssertEqual(doc.budgetCurrency, "USD")
        XCTAssertEqual(doc.countries, ["Ghana"])
        XCTAssertEqual(doc.evaluationDate?.iso, "2018-03-31")
        XCTAssertNil(doc.summary)
        XCTAssertEqual(doc.roles.filter { $0.role == .evaluator }.map(\.party.name), ["Ama Owusu", "Kofi Mensah"])
        XCTAssertEqual(doc.roles.filter { $0.role == .technicalOffice }.map(\.party.name), ["WAGES"])
        XCTAssertEqual(doc.roles.filter { $0.role == .evaluationManager }.map(\.party.name), ["Eve Stone"])
        XCTAssertTrue(EvaluationSummaryParser.headsFacts("Quick facts:"))
        XCTAssertFalse(EvaluationSummaryParser.headsFacts("Administrative information"))
        XCTAssertFalse(EvaluationSummaryParser.headsFacts("The administrative information we kept:"))
    }

    func testUntitledParagraphs() throws {
        let doc = try parse("""
        Title

        Main Findings & Conclusions

        The project was relevant to national priorities.

        Delivery was slow in the first year, but

        improved later.

        Partners Were Engaged In Kenya

        only in part.

        Recommendations & Lessons Learned

        Main recommendations and follow-up

        1. Extend the project.
        """)
        XCTAssertEqual(doc.findings.map(\.text), [
            "The project was relevant to national priorities.", "Delivery was slow in the first year, but improved later.",
            "Partners Were Engaged In Kenya only in part.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.text), ["Extend the project."])
        XCTAssertEqual(doc.recommendations.map(\.section), [nil])
    }

    /// Hostile inputs (empty, markup only, a megabyte line, every byte value, 2,000 numbered lines)
    /// give what they hold and no more: no recommendation or finding made up from markup or bytes,
    /// every one of 2,000 recommendations kept, and one evaluation whose counts add up.
    func testHostileInputsGiveWhatTheyHoldAndNoMore() throws {
        let cases: [(input: String, recommendations: Int)] = [
            ("", 0), ("\n\n\n", 0), ("| | |", 0), ("|---|", 0), ("QUICK FACTS", 0), ("1) x", 0),
            ("| <p><ol><li>" + String(repeating: "<div>", count: 5000) + " |", 0),
            (String(repeating: "a", count: 1_000_000), 0),
            (String(decoding: (0..<2048).map { UInt8($0 % 256) }, as: UTF8.self), 0),
            ("Title\nRECOMMENDATIONS\n" + String(repeating: "- 1) x\n", count: 2000), 2000),
        ]
        for (n, c) in cases.enumerated() {
            let doc = try parse(c.input)
            XCTAssertEqual(doc.recommendations.count, c.recommendations, "case \(n)")
            XCTAssertEqual(Set(doc.recommendations.map(\.text)), c.recommendations == 0 ? [] : ["x"], "case \(n)")
            XCTAssertEqual(doc.findings.count, 0, "case \(n)")
            let rows = try RowAssembler.rows(for: doc, sourceFile: "t.txt", sha256: "")
            XCTAssertEqual(rows.evaluations.value(row: 0, column: EvaluationColumn.recommendationCount.rawValue),
                           .int(Int32(c.recommendations)), "case \(n)")
            XCTAssertEqual(rows.recommendations.rowCount, c.recommendations, "case \(n)")
            XCTAssertEqual(rows.recommendations.rows.map { $0[RecommendationColumn.seq.rawValue] },
                           (0..<c.recommendations).map { .int(Int32($0 + 1)) }, "case \(n)")
        }
    }

    /// A unit's banner in capitals glued before the title (a cover read as one line) is no part of it.
    func testAUnitsBannerBeforeTheTitleIsDropped() throws {
        let p = try parse("EVALUATION UNIT Decent work results of ILO projects: A review of project evaluations, 2010-2011\n\n"
            + "This review draws on forty project evaluations of the ILO completed in two years.\n")
        XCTAssertEqual(p.title, "Decent work results of ILO projects: A review of project evaluations, 2010-2011")
    }
}
