import XCTest
@testable import EvalETL

final class ReportParserTests: XCTestCase {
    func testPartnerLines() {
        let rows: [(String, String?, String?)] = [
            ("• Baidarie working in District Sialkot with Football-Stitching community", "Baidarie",
             "District Sialkot; Football-Stitching community"),
            ("• HomeNet Pakistan working in District Kasur with Bamboo-Curtains (Chik) makers", "HomeNet Pakistan",
             "District Kasur; Bamboo-Curtains (Chik) makers"),
            ("- TRDP based in Umerkot.", "TRDP", "Umerkot"),
            ("* UN-Women working at the provincial level", "UN Women", "the provincial level"),
            ("• improved access to services working in groups", nil, nil),
            ("Baidarie working in District Sialkot", nil, nil),
            ("• A list item", nil, nil),
            ("2. SAFWCO working in District Hyderabad", "SAFWCO", "District Hyderabad"),
            ("• Équipe Santé – working in Dakar.", "Équipe Santé", "Dakar"), ("• 3F working in Lima", "3F", "Lima"),
            ("• équipe santé working in Dakar", nil, nil),
        ]
        for (line, name, detail) in rows {
            let got = PartnerLine.parse(Substring(line))
            XCTAssertEqual(got?.name, name, line)
            XCTAssertEqual(got?.detail, detail, line)
        }
    }

    func testOrganizations() {
        let rows: [(String, [String])] = [
            ("ILO and UN-Women have jointly initiated", ["ILO", "UN Women"]),
            ("those who work with UNDP and the International Labour Organization", ["UNDP", "ILO"]),
            ("International Labour Organisation: Promoting Decent Work For All", ["ILO"]),
            ("One-UN Project", []),
            // A typographic apostrophe ends a word as `'` does.
            ("A key commitment of WFP’s Evaluation Policy, and of UNICEF's", ["WFP", "UNICEF"]),
            ("the pilot’s ILO’s", ["ILO"]),
            // Full names fold into their acronyms, apostrophe typographic or not.
            ("the World Food Programme and the United Nations Children’s Fund", ["WFP", "UNICEF"]),
            ("United Nations Children's Fund, Food and Agriculture Organization of the United Nations", ["UNICEF", "FAO"]),
            ("UN Environment with the United Nations High Commissioner for Refugees", ["UNEP", "UNHCR"]),
            ("the United Nations Environment Programme and the International Fund for Agricultural Development (IFAD)",
             ["UNEP", "IFAD"]),
            ("IFAD and UNEP", ["IFAD", "UNEP"]),
            // Spanish and French acronyms and names; a short acronym in capitals only, as a whole word.
            ("le PAM et le FNUAP avec l'ONUDI", ["WFP", "UNFPA", "UNIDO"]),
            ("el PMA, la ONUDC, el FIDA y ONUSIDA", ["WFP", "UNODC", "IFAD", "UNAIDS"]),
            ("le Programme alimentaire mondial; el Programa Mundial de Alimentos", ["WFP"]),
            ("the United Nations Industrial Development Organization (UNIDO) and OIOS", ["UNIDO", "OIOS"]),
            ("the Office of Internal Oversight Services", ["OIOS"]),
            ("pam, Fida, PAMPA and FIDAS", []),
            // NB: `BIT` (Bureau international du Travail) in capitals only: `a bit` names no one.
            ("les TdR du BIT, un bit plus tard; BITS", ["ILO"]), ("a bit of ECHO’S aid", ["ECHO"]),
            // Development banks and the EU's humanitarian office, by acronym and name.
            ("launched by the Asian Development Bank (ADB), with AfDB, IADB and DG ECHO", ["ADB", "AfDB", "IDB", "ECHO"]),
            ("el Banco Interamericano de Desarrollo; the European Civil Protection and Humanitarian Aid Operations", ["IDB", "ECHO"]),
            // Full names in English, Spanish and French.
            ("the United Nations Population Fund and the Organización de las Naciones Unidas para la Agricultura y la Alimentación",
             ["UNFPA", "FAO"]),
            ("l'Organisation internationale du Travail et l'Organisation des Nations Unies pour l’alimentation et l’agriculture",
             ["ILO", "FAO"]),
            ("el Fondo Internacional de Desarrollo Agrícola, el ACNUR y la Organización Mundial de la Salud", ["IFAD", "UNHCR", "WHO"]),
            ("l'Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes", ["UN Women"]),
            ("to support UNRWA, the United Nations Relief and Works Agency for Palestine Refugees in the Near East", ["UNRWA"]),
            // A UNEG member's trade agency and a fund, by acronym and name.
            ("Independent Evaluation of the International Trade Centre (ITC) with the GEF", ["ITC", "GEF"]),
            ("the Global Environment Facility; le Centre du commerce international; an itc cable", ["GEF", "ITC"]),
        ]
        for (text, want) in rows { XCTAssertEqual(OrganizationMentions.find(in: text), want, text) }
        for (name, want) in [("United Nations Children’s Fund", "UNICEF"), ("united nations children's fund", "UNICEF"),
                             ("World Food Programme", "WFP"), ("IFAD", "IFAD")] {
            XCTAssertEqual(Vocabulary.canonicalOrganization(name), want, name)
        }
    }

    func testReport() throws {
        let text = """
        Workshop report: home based workers

        Page 1 of 3

        Date: March 2011

        INTRODUCTION

        UN Women and ILO ran a pilot in Nepal
        with partners.

        Second paragraph mentions UNICEF in India.
        • SAFWCO working in District Hyderabad with Garment-recycling workers
        """
        let doc = try ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: text, kind: .report))
        XCTAssertEqual(doc.title, "Workshop report: home based workers")
        XCTAssertEqual(doc.summary, "UN Women and ILO ran a pilot in Nepal with partners.")
        XCTAssertEqual(doc.organizations, ["UN Women", "ILO"])
        XCTAssertEqual(doc.countries, ["Nepal"])
        XCTAssertEqual(doc.roles, [ParsedRole(.implementingPartner, Party(name: "SAFWCO", kind: .organization,
                                                                          detail: "District Hyderabad; Garment-recycling workers"))])
        let broken = "Title\n\nILO ran a pilot in different\n\n\nPage 2 of 5\n\nsectors of Nepal.\n\nNext paragraph."
        let b = try ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: broken, kind: .report))
        XCTAssertEqual(b.summary, "ILO ran a pilot in different sectors of Nepal.")
        for empty in ["", "\n\n", "• x working in y", String(repeating: "\n", count: 10_000) + "x",
                      "T\n\nA sentence without end" + String(repeating: "\n", count: 200_000) + "Next."] {
            _ = try ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: empty, kind: .report))
        }
    }

    /// The summary is the first paragraph that says something: a byline's country and date, a label ending in
    /// `:`, a table of contents' heading and its dot-leader entries stand above it and are skipped.
    func testTheSummaryIsNoByline() throws {
        let rows: [(String, String?)] = [
            ("Sierra Leone Country Strategy and Programme Evaluation\n\nSierra Leone  \nMay 2020\n\nThis is the first country "
                + "programme evaluation carried out in Sierra Leone. It reviews the joint work.",
             "This is the first country programme evaluation carried out in Sierra Leone. It reviews the joint work."),
            ("Final Evaluation of the Country Office Strategic Note\nAdvertised on behalf of :\n\nUN Women works for the "
                + "elimination of discrimination against women and girls.",
             "UN Women works for the elimination of discrimination against women and girls."),
            ("Final evaluation of the water project\n\nTable of Contents\n1. Background ........ 1\n2. Findings ........ 4\n\n"
                + "The project brought water to twelve villages over four years.", "The project brought water to twelve villages over four years."),
            ("Final evaluation of the water project\n\nTable of Contents\n\nBackground ........ 1\n\nFindings ........ 4\n\n"
                + "The project brought water to twelve villages over four years.", "The project brought water to twelve villages over four years."),
            ("Final evaluation of the water project\n\n12 March 2019\n\nKenya\n\nKenya ran the pilot in two districts.",
             "Kenya ran the pilot in two districts."),
            // Prose that opens with a country or a date is the summary, and so is a paragraph that ends in `:`.
            ("Report on the workshop\nILO and UN Women ran a pilot for home-based workers in five districts. Its partners "
                + "are as follows:\n\nThe second paragraph.",
             "ILO and UN Women ran a pilot for home-based workers in five districts. Its partners are as follows:"),
            ("Report on the pilot\n\nKenya ran the pilot in two districts.", "Kenya ran the pilot in two districts."),
            // A byline, with its colon or without it, is front matter.
            ("Country Programme Evaluation Chad\n\nAuthor: Person, A.; Other, B.; Third, C.; Fourth, D.\n\nExecutive summary\n\n"
                + "The programme covered four years of work.", "The programme covered four years of work."),
            ("Final Evaluation of the Water Project\n\nPrepared by A. Person, Team Leader B. Other, Evaluator\n\n"
                + "The project brought water to the schools of three districts.", "The project brought water to the schools of three districts."),
            ("Report on the pilot\n\nMay 2020 saw the pilot end in both districts.", "May 2020 saw the pilot end in both districts."),
            // A paragraph cut on a word no sentence ends with goes on below the blank line, even in capitals.
            ("Management response to the school meals evaluation\n\nThis note sets out the office's response to the findings of the\n\n"
                + "Mid-Term Review of the School Meals Operation.\n\nThe office agrees with most of them.",
             "This note sets out the office's response to the findings of the Mid-Term Review of the School Meals Operation."),
        ]
        for (text, summary) in rows { XCTAssertEqual(try parseReport(text).summary, summary, text) }
        // NB: a byline may end on a preposition; the prose below it is no part of it.
        XCTAssertFalse(ReportParser.continuesAfterBreak(["A caption of the photograph above the page.", "28 Aug 2023, published in"],
                                                        "This evaluation tracks the results."))
    }

    /// A publisher's legal notice (`The designations employed …`, `The views expressed in this …`) is never the summary,
    /// nor is a section that thanks or introduces (`Acknowledgements`, `Foreword`), heading alone or run into its text:
    /// the agencies and countries it thanks are none of the evaluation's. The next section's paragraph is the summary.
    func testNoticesAndThanksAreNoSummary() throws {
        let notice = "The designations employed and the presentation of material in this product do not imply the expression of "
            + "any opinion whatsoever on the part of the agency.\n\nThe views expressed in this report are those of the authors."
        let thanks = "Acknowledgements The team is grateful to UNICEF, WFP and Ghana for their help with the missions\n"
            + "across the region and for their comments.\n\nJane Doe (Evaluation Manager), on behalf of the team"
        let rows: [(String, String?)] = [
            ("Evaluation of the fisheries project\n\n" + notice, nil),
            ("Evaluation of the fisheries project\n\n" + notice + "\n\nThe project trained 400 fishers in four provinces.",
             "The project trained 400 fishers in four provinces."),
            ("Evaluation of the food committee\n\nFinal Report 14 April 2017\n\n" + thanks, nil),
            ("Evaluation of the food committee\n\n" + thanks + "\n\nExecutive Summary\n\nThe committee met its aims in most areas.",
             "The committee met its aims in most areas."),
            ("Evaluation of the food committee\n\nFOREWORD\n\nThis report owes much to UNICEF and Ghana, who hosted the team.\n\n"
                + "Introduction\n\nThe committee met its aims in most areas.", "The committee met its aims in most areas."),
            // A paragraph that opens with the word, no heading, is prose.
            ("Evaluation of the food committee\n\nAcknowledgement of the partners' role was weak in the first years.",
             "Acknowledgement of the partners' role was weak in the first years."),
        ]
        for (text, summary) in rows { XCTAssertEqual(try parseReport(text).summary, summary, text) }
        let p = try parseReport("Evaluation of the food committee\n\n" + thanks)
        XCTAssertEqual(p.organizations, [])
        XCTAssertEqual(p.countries, [])
    }

    /// A cover's credits name the evaluators and the evaluation manager: persons (a name's words side by side are one
    /// person's), a leader's label or a parenthesis their detail, firms organizations; no sentence, no post alone.
    func testCoverCredits() throws {
        func ev(_ name: String, _ detail: String? = nil, _ kind: StakeholderKind = .person) -> ParsedRole {
            ParsedRole(.evaluator, Party(name: name, kind: kind, detail: detail))
        }
        func manager(_ name: String, _ detail: String? = nil) -> ParsedRole {
            ParsedRole(.evaluationManager, Party(name: name, kind: .person, detail: detail))
        }
        let rows: [(String, [ParsedRole])] = [
            ("Evaluation of the water programme\n\nEvaluation team: Jane Doe (Team Leader), John Roe\nEvaluation Manager: Ann Lee",
             [ev("Jane Doe", "Team Leader"), ev("John Roe"), manager("Ann Lee")]),
            // A label alone on its line: the names below it, one a line.
            ("Évaluation finale du programme\n   Évaluateurs:\n  Marie Dupont\n  Jean Paul Martin\n\n  Octobre 2016",
             [ev("Marie Dupont"), ev("Jean Paul Martin")]),
            // Credited twice, the surname first then last: one person, the post from the team's table.
            ("Évaluation finale\nÉvaluateurs:\nDupont Marie\n\nÉquipe d’évaluation\nChef d’équipe     Marie Dupont",
             [ev("Dupont Marie", "Chef d’équipe")]),
            // A cover read as one line: each credit up to the next label, or a commissioning credit without its colon.
            ("1 EVALUACION DE OPERACIONES Perú: Programa País Agosto 2014 Equipo evaluador: Juan Manuel García Díaz (Líder del "
             + "equipo); Ana Ruiz y Tomás Vera Gerente de la evaluación: Eva Soto Commissioned by the WFP Office of Evaluation "
             + "Report number: OEV/2014/99",
             [ev("Juan Manuel García Díaz", "Líder del equipo"), ev("Ana Ruiz"), ev("Tomás Vera"), manager("Eva Soto")]),
            ("Rapport d’évaluation\nEquipe d’Evaluation: Anne Roux (Chef de mission), Paul Petit\n"
             + "Gestionnaire de l’Evaluation: Claire Blanc (IRAM)", [ev("Anne Roux", "Chef de mission"), ev("Paul Petit"),
                                                                       manager("Claire Blanc", "IRAM")]),
            // A team's heading over its members' lines: each post their detail; a group's label and a wrapped post go on.
            ("Evaluación del programa de país\nEquipo de Evaluación\nOficina de Evaluación:\nJefa de Equipo: Alexandra Roe\n"
             + "Expertos externos:\nExperta en Género: Silvia Poe\nEVALUACIÓN DEL PROGRAMA: PERÚ\nConsultor: Luis Gil",
             [ev("Alexandra Roe", "Jefa de Equipo"), ev("Silvia Poe", "Experta en Género")]),
            ("Évaluation finale\n\n     Équipe d’évaluation\nChef d’équipe          Anne Roux\nConsultant national, expert en    Paul Petit\n"
             + "santé reproductive\n\nRemerciements", [ev("Anne Roux", "Chef d’équipe"), ev("Paul Petit", "Consultant national, expert en")]),
            ("Final evaluation of the project\n\nEvaluation team: ABC Consulting Ltd", [ev("ABC Consulting Ltd", nil, .organization)]),
            // No names: a sentence, a post alone, a label inside a sentence.
            ("Final evaluation of the project\n\nEvaluation team: met 40 partners in the region.", []),
            ("Final evaluation of the project\n\nTeam leader: to be confirmed", []),
            ("Final evaluation of the project\n\nThe report thanks the evaluation team: Jane Doe and John Roe.", []),
        ]
        for (text, roles) in rows { XCTAssertEqual(try parseReport(text).roles, roles, text) }
    }

    func parseReport(_ text: String) throws -> ParsedDocument {
        try ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: text, kind: .report))
    }

    /// A page that opens with its prose has no title: the paragraph is the summary. Lines of no letter (`|`, `:`)
    /// and the page's chrome are neither title nor summary.
    func testAPageWithoutAHeading() throws {
        let prose = "The evaluation was conducted between October 2018 and January 2019. Its key objective is to provide "
            + "an independent assessment of progress towards results, of sustainability and of the programme's strategy in twelve countries."
        let p = try parseReport(prose + "\n\nThe second paragraph says more about the evaluation.\n")
        XCTAssertNil(p.title)
        XCTAssertEqual(p.summary, prose)
        let q = try parseReport(":\nMulti Country Office for Southern Africa (South Africa)\n|\n:\nStart display at page:\n"
            + "Management welcomes the findings and recommendations of the evaluation.\n|\n")
        XCTAssertEqual(q.title, "Multi Country Office for Southern Africa (South Africa)")
        XCTAssertEqual(q.summary, "Management welcomes the findings and recommendations of the evaluation.")
    }

    /// A paragraph is never a title, whatever its last character: one cut mid-word by the page, longer than a title
    /// can be or of several sentences, is the summary.
    func testAParagraphCutShortIsNoTitle() throws {
        let sentence = "The review gave the office a chance to look again at its programmes and at the partners it works with. "
        let cut = "Overall comments: " + String(repeating: sentence, count: 4) + "It also showed that the office is supported by effective"
        let p = try parseReport(cut + "\n")
        XCTAssertNil(p.title)
        // NB: `Overall comments:` is an overall response's label (OCHA's plans): the summary is what follows it.
        XCTAssertEqual(p.summary, String(cut.dropFirst("Overall comments: ".count)))
        // Two sentences of 31 words or more, cut: a paragraph; a long title of one sentence stays a title.
        let two = "The team met partners in the capital and in four districts over three weeks. It then wrote its report with "
            + "the partners and the office and then shared it with all of the"
        XCTAssertNil(try parseReport(two + "\n\nMore text follows here.").title)
        let long = "Final independent evaluation of the joint programme on decent work for domestic workers and for the rural "
            + "women of the northern and the southern provinces of the country (2015-2019)"
        XCTAssertEqual(try parseReport(long + "\n\nThe evaluation looked at five years of work.").title, long)
    }

    /// A title over a record's labelled fields (`Client:` / `Year:`) may be longer than a title alone (a cluster evaluation
    /// names every outcome it covers), the summary no longer holding it nor the fields (the text of `Description:` is the
    /// summary); the same line with no label below it is a paragraph, the summary.
    func testALongTitleOverLabelledFields() throws {
        let title = "Final independent cluster evaluation of the results-based funding of projects in the fields of "
            + String(repeating: "skills and jobs, social dialogue and labour relations, protection at work, gender equality, ", count: 3)
            + "and a just transition for the period 2020-21"
        XCTAssertGreaterThan(title.count, PageChrome.longestTitle)
        let about = "In 2021 we carried out one cluster evaluation of a funding programme made of four case studies."
        let p = try parseReport(title + "\nClient: A labour agency\nYear: October 2021-February 2022\nDescription:\n" + about + "\n")
        XCTAssertEqual(p.title, title)
        XCTAssertEqual(p.summary, about)
        let es = try parseReport(title + "\nCliente: Una agencia\nAño: Octubre 2021\nDescripción:\n"
            + "A finales de 2021 realizamos una evaluación agrupada de un programa de apoyo.\n")
        XCTAssertEqual(es.summary, "A finales de 2021 realizamos una evaluación agrupada de un programa de apoyo.")
        let q = try parseReport(title + "\n\n" + about + "\n")
        XCTAssertNil(q.title)
        XCTAssertEqual(q.summary, title)
    }

    /// A document host's furniture (`Upload`, `Citation preview`, `Page 1: …`) is neither title nor summary, nor is a
    /// line of a character or two, nor a paragraph of a word or two (`others`, `Commissioned by`).
    func testDocumentHostChromeIsNeitherTitleNorSummary() throws {
        let page = "Citation preview\n\nStart display at page:\n\nUploaded by someone\n\nPage 1: Final evaluation of X\n\n"
            + "Final evaluation of X\n\nothers\n\nThe evaluation of X looked at five years of work in the region."
        let p = try parseReport(page)
        XCTAssertEqual(p.title, "Final evaluation of X")
        XCTAssertEqual(p.summary, "The evaluation of X looked at five years of work in the region.")
        let letters = try parseReport("s\nt\nn\ne\nFinal evaluation of X\n\nCommissioned by\n\nThe evaluation of X looked at five years.")
        XCTAssertEqual(letters.title, "Final evaluation of X")
        XCTAssertEqual(letters.summary, "The evaluation of X looked at five years.")
        // A list item's lines wrapped as written: the lower-case line under it is the item's, no summary.
        let item = try parseReport("Response matrix\n\nadvertisement\nKEY RECOMMENDATIONS\n1. That the office, with donors and\n"
            + "members of the advisory group, clarify\nthe scope of the criterion.\n\nThe guidelines were finalized and sent to all partners.")
        XCTAssertEqual(item.summary, "The guidelines were finalized and sent to all partners.")
        for line in ["Embed Size (px)", "Download", "advertisement", "Page 12: Management response", "Está en la página 1de 9",
                     "La page est créée Jean Dupont"] {
            XCTAssertTrue(PageChrome.isChrome(line), line)
        }
        for line in ["Page 12", "Page of the report: X", "Downloading the data"] { XCTAssertFalse(PageChrome.isChrome(line), line) }
    }

    /// A document host's buttons and notices (`Download (0)`, `Full text`, `• No results found`, `Download "X"`,
    /// `Copied!`, `Tamaño: px`) and an image file's id left as a line are chrome: no title, no summary.
    func testMoreDocumentHostChrome() throws {
        let page = "Download (0)\n\nFull text\n\n• Aucun résultat trouvé\n\nCopied!\n\nFinal evaluation of the Y programme\n\n"
            + "Tamaño: px\n\nDownload \"Final evaluation of the Y programme\"\n\n12345678901 a0b1c2d3e4 o\n"
            + "The evaluation of Y looked at four years of work in the region."
        let p = try parseReport(page)
        XCTAssertEqual(p.title, "Final evaluation of the Y programme")
        XCTAssertEqual(p.summary, "The evaluation of Y looked at four years of work in the region.")
        for line in ["Download (3)", "Full text", "• Aucun résultat trouvé", "Download “A report”", "Copied!", "98765432 ab12 o"] {
            XCTAssertTrue(PageChrome.isChrome(line), line)
        }
        for line in ["• Aucun", "12345678 people were reached", "2019 annual report", "Full text of the decision"] {
            XCTAssertFalse(PageChrome.isChrome(line), line)
        }
    }

    /// A document host's slug heading (lower case, cut) yields to the title the page writes whole below it; the host's
    /// record of the copy (`Upload: others`, `Post on …`, `3 views`, `Category:`) is chrome.
    func testAHostsSlugHeadingYieldsToTheWholeTitle() throws {
        let page = "evaluation finale du programme d'appui aux\n\n12\nRapport final Evaluation finale du programme d'appui aux "
            + "communes rurales du Mali Jean DUPONT, consultant\n\nUpload: others\n\nPost on 02-Mar-2021\n\n3 views\n\nCategory:\n\n"
            + "TRANSCRIPT\n\nPage 1: Evaluation finale du programme d'appui aux\n\nRapport final\n\n"
            + "Evaluation finale du programme d'appui aux\n\ncommunes rurales du Mali\n\nJean DUPONT, consultant\n"
        let p = try parseReport(page)
        XCTAssertEqual(p.title, "Evaluation finale du programme d'appui aux communes rurales du Mali")
        for line in ["Upload: others", "Post on 02-Mar-2021", "3 views", "0 download", "Category:", "TRANSCRIPT", "Page 4: X of Y"] {
            XCTAssertTrue(PageChrome.isChrome(line), line)
        }
        for line in ["12 villages were reached", "Post on the website", "Category: Country programme evaluation"] {
            XCTAssertFalse(PageChrome.isChrome(line), line)
        }
        // A title in lower case that the page never writes again stays.
        XCTAssertEqual(try parseReport("final evaluation of the water project\n\nThe evaluation looked at four years of work.").title,
                       "final evaluation of the water project")
    }

    /// A table's header row read one cell a line (`Responsible |` / `Deadline |` / `Status |`) is no title.
    func testATablesHeaderRowIsNoTitle() throws {
        let p = try parseReport("|\nResponsible |\nDeadline |\nStatus |\nComments |\nShare the studies with the partners of the "
            + "programme in every region |\nMinistry |\n2013/12\n|\nCompleted\n|\nThe studies were shared with all partners.\n")
        XCTAssertNil(p.title)
        XCTAssertEqual(try parseReport("Evaluation of X |\nThe evaluation looked at four years of work.").title, "Evaluation of X |")
    }

    /// A label of the page's kind (`Evaluation report`) or a site section's breadcrumb above the heading is no title.
    func testAGenericLabelAboveTheHeadingIsNoTitle() throws {
        let label = try parseReport("Evaluation report\n\nAgency Evaluation Management Response (2018-2021)\n\n"
            + "This evaluation tracks the results of the work done with partners over four years.")
        XCTAssertEqual(label.title, "Agency Evaluation Management Response (2018-2021)")
        let crumb = try parseReport("Budget and Administrative Section\n\nSummary of the review of the office\n\n"
            + "In this document the board is given a summary of the review of the office.")
        XCTAssertEqual(crumb.title, "Summary of the review of the office")
        let kept = try parseReport("Evaluation of the Procurement Section\n\nThe evaluation looked at the section's work in 2020.")
        XCTAssertEqual(kept.title, "Evaluation of the Procurement Section")
        // NB: a generic label with no heading under it tells no evaluation from another: no title.
        let alone = try parseReport("Evaluation report\n\nThe evaluation looked at the work of the office over five years.")
        XCTAssertNil(alone.title)
        XCTAssertEqual(alone.summary, "The evaluation looked at the work of the office over five years.")
    }

    /// A board document's header (its labelled lines, or run together on one line), its symbol and its note on
    /// printing are metadata: the title is the capitals under the header, the summary the first paragraph of text.
    func testABoardDocumentsHeaderIsNeitherTitleNorSummary() throws {
        let page = "E Board Annual Session Geneva, 1 May 2020 REPORTS Agenda item 4 Distribution: GENERAL ORIGINAL: ENGLISH "
            + "SUMMARY EVALUATION REPORT—X PORTFOLIO\n\nBoard Annual Session\n\nAgenda item 4\n\nDistribution: GENERAL\n\n"
            + "ABC/EB.A/2020/4-C 1 April 2020\n\nORIGINAL: ENGLISH\n\nSUMMARY EVALUATION\n\nREPORT—X COUNTRY\n\nPORTFOLIO\n\n"
            + "(2015–2019)\n\nThis document is printed in a limited number of copies. Executive Board documents are on the site.\n\n"
            + "2 ABC/EB.A/2020/4-C\n\nThe Secretariat invites members of the Board who may have questions of a technical\n\n"
            + "nature to contact the staff below,\n\npreferably well before the meeting.\n\nThe evaluation assessed the portfolio's relevance and results in four years."
        let p = try parseReport(page)
        XCTAssertEqual(p.title, "SUMMARY EVALUATION REPORT—X COUNTRY PORTFOLIO (2015–2019)")
        XCTAssertEqual(p.summary, "The evaluation assessed the portfolio's relevance and results in four years.")
        let runOn = try parseReport("Full text\n\nBoard Second Session Rome, 9 May 2009 Distribution: GENERAL 1 May 2009 ORIGINAL: ENGLISH\n\n"
            + "The office responds to the evaluation of the X operation. It sets out its actions.")
        XCTAssertNil(runOn.title)
        XCTAssertEqual(runOn.summary, "The office responds to the evaluation of the X operation. It sets out its actions.")
        XCTAssertTrue(PageChrome.isDocumentSymbol("2 WFP/EB.2/2009/6-C/Add.1"))
        XCTAssertTrue(PageChrome.isDocumentSymbol("GB.329/PFA/8"))
        XCTAssertFalse(PageChrome.isDocumentSymbol("2020/01/15"))
        XCTAssertFalse(PageChrome.isDocumentSymbol("Evaluation of A/B/C work"))
    }

    /// A cover's banners in capitals (a unit, an agency, the document's kind) and a section's heading are no title while a
    /// line of the cover below names the evaluation; that line, ending in `of the`, goes on past a blank line.
    func testACoversBannersYieldToTheLineNamingTheEvaluation() throws {
        let inspection = try parseReport("AUDIT AND REVIEW DIVISION\n\nREVIEW REPORT\n\nReview of the Field Monitoring of the "
            + "Agency for Water\n\n2 March 2012\n\nThe review looked at how the agency's offices monitor their programmes.")
        XCTAssertEqual(inspection.title, "Review of the Field Monitoring of the Agency for Water")
        let wrapped = try parseReport("UNITED NATIONS OFFICE FOR WATER\n    Geneva\n\nFinal Independent Project Evaluation of the\n\n"
            + "Support project for the\nreform of River Basin Boards\n\n   ABC/X12\n   Chad\n\nThis report was written by one consultant.")
        XCTAssertEqual(wrapped.title, "Final Independent Project Evaluation of the Support project for the reform of River Basin Boards")
        let overview = try parseReport("Overview\nThe 2021 synthesis of the agency's evaluations draws on twelve reports. It finds "
            + "that offices use their results more.\n")
        XCTAssertNil(overview.title)
        XCTAssertEqual(overview.summary?.hasPrefix("The 2021 synthesis"), true)
        let background = try parseReport("Background\n\nCountry Programme Evaluation Chad\n\nThe evaluation covered four years of work.")
        XCTAssertEqual(background.title, "Country Programme Evaluation Chad")
        // A heading ending in `:` is a label over what follows, never a title.
        let label = try parseReport("Annex 3. Expected Result:\n\nDownload \"Annex 3. Expected Result:\"\n\n1 Annex 3 Agency Response "
            + "Plan to the Review of Funds, May 2011 Prepared by: A. Person Position: Chief Unit: Funds Section Cleared by: [Name of "
            + "person and date] Position: Unit: Tracked by: [Name of person and date] Position: Unit Expected Result: The agency's "
            + "offices use the funds better. The review found that they do so in most countries.")
        XCTAssertNil(label.title)
        // A cover of capitals that names its evaluation keeps it; a title ending in a capital letter goes on no line.
        XCTAssertEqual(try parseReport("EVALUATION OF THE WATER PROGRAMME\n\nEvaluation of the water programme's second phase\n\n"
            + "The evaluation covered four years of work.").title, "EVALUATION OF THE WATER PROGRAMME")
        XCTAssertEqual(try parseReport("Evaluation of Component A\n\nThe evaluation covered four years of work.").title,
                       "Evaluation of Component A")
    }

    /// A cover read as one line: the unit's banner, a series' label and the cover's date before the words naming the
    /// evaluation, a trailing labelled date, and (when the line is a paragraph as it stands) the date and reference after
    /// the title are the cover's, not the title's.
    func testACoverReadAsOneLineGivesItsTitle() throws {
        let banner = try parseReport("REVIEW AND AUDIT DIVISION REVIEW REPORT Review of Field Monitoring of the Agency for Water "
            + "(AW): “The Agency's Data Are Sound, Timely and Complete; But the Loss of Its Own Review Staff Puts Its Work at Serious "
            + "Risk for Years to Come” 2 March 2012 Assignment No. ARD-12-004\n\nThe review looked at how the agency's offices monitor their work.")
        XCTAssertEqual(banner.title, "Review of Field Monitoring of the Agency for Water (AW): “The Agency's Data Are Sound, Timely and "
            + "Complete; But the Loss of Its Own Review Staff Puts Its Work at Serious Risk for Years to Come”")
        let series = try parseReport("OFFICE OF EVALUATION Country evaluation series March 2019 Evaluation of the Water Project in "
            + "Chad MANAGEMENT RESPONSE\n\nThe office accepts the recommendations of the evaluation and sets out its actions.")
        XCTAssertEqual(series.title, "Evaluation of the Water Project in Chad MANAGEMENT RESPONSE")
        let dated = try parseReport("Agency's Response Plan to the Review of Water Funds Date: 4 May 2012\n\n"
            + "The agency accepts the recommendations of the review and sets out its actions.")
        XCTAssertEqual(dated.title, "Agency's Response Plan to the Review of Water Funds")
        XCTAssertEqual(CoverTitle.trimmed("FINAL EVALUATION REPORT Project for Water in Chad"), "FINAL EVALUATION REPORT Project for Water in Chad")
        XCTAssertEqual(CoverTitle.trimmed("UN WOMEN Evaluation of the Water Project"), "UN WOMEN Evaluation of the Water Project")
        XCTAssertEqual(CoverTitle.trimmed("EVALUATION OF UNDP Support to Water"), "EVALUATION OF UNDP Support to Water")
    }

    /// A board document's cover (`Executive Board`, its session, place and date, agenda item, `For consideration`), a line
    /// each or run together on one line, is no title: the title is its capitals naming the response, without the section
    /// heading under it.
    func testABoardCoversLinesAreNoTitle() throws {
        let lines = try parseReport("Executive Board\n\nSecond Regular Session\n\nPanama City, 3–4 November 2016\n\nEVALUATION REPORTS\n\n"
            + "Agenda item 6\n\nFor consideration\n\nMANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF THE SUMMARY EVALUATION REPORT OF "
            + "THE AGENCY'S SCHOOL MEALS POLICY (2010–2015)\n\nBACKGROUND\n\n1. This document presents the response of the agency's "
            + "management to the evaluation of its school meals policy.")
        XCTAssertEqual(lines.title, "MANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF THE SUMMARY EVALUATION REPORT OF THE AGENCY'S "
            + "SCHOOL MEALS POLICY (2010–2015)")
        let run = try parseReport("Executive Board Second Regular Session Panama City, 3–4 November 2016 EVALUATION REPORTS Agenda "
            + "item 6 For consideration MANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF THE SUMMARY EVALUATION REPORT OF THE AGENCY'S "
            + "SCHOOL MEALS POLICY (2010–2015) BACKGROUND 1. This document presents the response of the agency's management to "
            + "the evaluation of its school meals policy. It was prepared with the offices concerned.")
        XCTAssertEqual(run.title, "MANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF THE SUMMARY EVALUATION REPORT OF THE AGENCY'S "
            + "SCHOOL MEALS POLICY (2010–2015)")
        XCTAssertNotNil(run.summary)
        // NB: set in sentence case (the agency's cover since 2017): from the words naming the response to the section heading.
        let sentence = try parseReport("Executive Board Second regular session Rome, November 2018 Agenda item 7 For consideration "
            + "Executive Board documents are available on the agency's website ( Management response to the recommendations of the "
            + "summary report on the evaluation of the school meals policy (2017 mid-2018) Background 1. This document presents the "
            + "response of the agency's management to the evaluation of its school meals policy. It was prepared with the offices.")
        XCTAssertEqual(sentence.title, "Management response to the recommendations of the summary report on the evaluation of the "
            + "school meals policy (2017 mid-2018)")
        XCTAssertEqual(sentence.summary, "This document presents the response of the agency's management to the evaluation of its "
            + "school meals policy. It was prepared with the offices.")
        // A `For consideration` under the title and the board's note is the page's, not the cover's.
        let below = try parseReport("Executive Board Annual Session\n\nRome, 3–6 June 2016\n\nAgenda item 7\n\nDistribution: GENERAL\n\n"
            + "ORIGINAL: ENGLISH\n\nSUMMARY EVALUATION\n\nREPORT—X PORTFOLIO\n\n(2010–2015)\n\nThis document is printed in a limited "
            + "number of copies.\n\nE\n\nFor consideration\n\n2 ABC/EB.A/2016/7-C\n\nNOTE TO THE EXECUTIVE BOARD\n\nThe evaluation "
            + "assessed the portfolio's relevance and results in four years.")
        XCTAssertEqual(below.title, "SUMMARY EVALUATION REPORT—X PORTFOLIO (2010–2015)")
        XCTAssertNil(try parseReport("Executive Board Annual Session Rome, 4 June 2016 Agenda item 4\n\n"
            + "The agency responds to the evaluation and sets out its actions.").title)
        // NB: a committee's cover: its symbol, the committee, the session by its number, the place and the session's dates.
        let committee = try parseReport("PC 91/4-Sup.1\n\nComité del Programa\n\n91º período de sesiones\n\nRoma, 9 – 13 de mayo "
            + "de 2004\n\nEvaluación del programa de pesca continental\n\nÍndice\n\n1. El Grupo aceptó en términos generales las "
            + "recomendaciones del informe final de la evaluación del programa.")
        XCTAssertEqual(committee.title, "Evaluación del programa de pesca continental")
        XCTAssertTrue(PageChrome.isDocumentSymbol("PC 92/6a) - FC 108/18-Sup.1"))
        XCTAssertTrue(PageChrome.isBoardCoverLine("Quatre-vingt-douzième session"))
        XCTAssertTrue(PageChrome.isBoardCoverLine("Rome, 27 septembre – 1er octobre 2004"))
        XCTAssertFalse(PageChrome.isDocumentSymbol("PC 93 was held in Rome"))
        XCTAssertFalse(PageChrome.isBoardCoverLine("For consideration of the members, the office sets out"))
        XCTAssertFalse(PageChrome.isBoardCoverLine("Evaluation of X, May 2015"))
    }

    /// A document whose title, or the kind line under it, says it is a management response is one: a board's cover read as
    /// one line under a host's heading of its cover lines (its header's labels run into it), a committee's title wrapped
    /// with its programme's number and the kind after a dash, a kind line under the title; the overall response's numbered
    /// paragraph under its heading is the summary.
    func testABoardOrCommitteesManagementResponseIsOne() throws {
        let board = try parseReport("Agenda item 7 ABC/EB.2/2018/7-A/Add.1 Evaluation reports For consideration\n\nSize: px\n\n"
            + "1 Executive Board Second regular session Rome, November 2018 Distribution: General Date: 26 October 2018 Original: "
            + "English Agenda item 7 ABC/EB.2/2018/7-A/Add.1 For consideration Management response to the recommendations of the "
            + "summary report on the evaluation of the school meals policy (2017 mid-2018) Background 1. This document presents the "
            + "response of the agency's management to the evaluation. 2. The evaluation covered four topics.")
        XCTAssertEqual(board.title, "Management response to the recommendations of the summary report on the evaluation of the "
            + "school meals policy (2017 mid-2018)")
        XCTAssertEqual(board.summary, "This document presents the response of the agency's management to the evaluation.")
        XCTAssertEqual(board.docType, .managementResponse)
        let committee = try parseReport("PC 91/4-Sup.1\n\nComité del Programa\n\n91º período de sesiones\n\nRoma, 9 – 13 de mayo "
            + "de 2004\n\nEvaluación del programa de pesca continental\n(Programa 2.3.1) – Respuesta de la administración\n\n"
            + "Índice\n\nRESPUESTA GLOBAL A LA EVALUACIóN\n\n1. El Grupo aceptó en términos generales las recomendaciones del "
            + "informe final de la evaluación.\n\n2. La evaluación respaldó la orientación del programa.")
        XCTAssertEqual(committee.title, "Evaluación del programa de pesca continental (Programa 2.3.1)")
        XCTAssertEqual(committee.summary, "El Grupo aceptó en términos generales las recomendaciones del informe final de la evaluación.")
        XCTAssertEqual(committee.docType, .managementResponse)
        let kindLine = try parseReport("Comité du Programme\n\nQuatre-vingt-dixième session\n\nÉvaluation de la pêche continentale\n\n"
            + "Réponse préliminaire de la Direction générale\n\nPréface\n\n1. La présente réponse est préliminaire faute de temps.\n\n"
            + "Réponse générale\n\n2. Nous remercions l’équipe d’évaluation de son examen très complet.")
        XCTAssertEqual(kindLine.title, "Évaluation de la pêche continentale")
        XCTAssertEqual(kindLine.summary, "Nous remercions l’équipe d’évaluation de son examen très complet.")
        XCTAssertEqual(kindLine.docType, .managementResponse)
        let report = try parseReport("Evaluation of the Inland Fisheries Programme\n\n(2010–2015)\n\nThe evaluation found the programme "
            + "relevant to the countries' needs and well run.")
        XCTAssertEqual(report.title, "Evaluation of the Inland Fisheries Programme (2010–2015)")
        XCTAssertEqual(report.docType, .report)
        XCTAssertFalse(CoverTitle.isResponseKind("Management of the response to the floods"))
        XCTAssertFalse(CoverTitle.namesResponse("Evaluation of management responses in the agency"))
    }

    /// A table of contents run together on one line is no summary; a mirror's heading names which part of a cover read
    /// as one line is the title.
    func testAContentsRunIsNoSummaryAndAMirrorNamesTheTitle() throws {
        let toc = try parseReport("Respuesta de la administración\n\nÍndice Páginas I. Prefacio 1 II. Introducción 1 III. Observaciones 2 "
            + "A. Aclaraciones 2 B. Mensajes 4\n\nLa Secretaría examinó el informe final de la evaluación en junio.")
        XCTAssertEqual(toc.summary, "La Secretaría examinó el informe final de la evaluación en junio.")
        XCTAssertFalse(ReportParser.isContentsRun("The contents of the training were reviewed in 2 sessions. A. B."))
        let cover = try parseReport("final evaluation of the y project in z · 2019-03-27 · final evaluation of...\n\n8\n"
            + "OFFICE OF EVALUATION Project evaluation series April 2018 Final Evaluation of the Y Project in Z MANAGEMENT RESPONSE\n\n"
            + "The office accepts the recommendations of the evaluation and sets out its actions.")
        XCTAssertEqual(cover.title, "Final Evaluation of the Y Project in Z")
        // NB: the part the mirror names follows an evaluation's name and its colon: the title is both.
        let halves = try parseReport("strengthen the resilience of coastal towns · (y or n) · recommendation 1...\n\n12\n"
            + "OFFICE OF EVALUATION Thematic evaluation series May 2017 Evaluation of Objective 4: Strengthen the resilience "
            + "of coastal towns MANAGEMENT RESPONSE\n\nThe office accepts the recommendations of the evaluation and sets out its actions.")
        XCTAssertEqual(halves.title, "Evaluation of Objective 4: Strengthen the resilience of coastal towns")
        XCTAssertNil(PageChrome.evaluationName(Array("May 2017 Objective 4: Strengthen".utf8), before: 22))
    }

    /// A cover's `EXECUTIVE SUMMARY` after the title is the part's heading; a page's number and a heading in capitals run
    /// into the first paragraph open no summary.
    func testAPartHeadingAndARunInHeading() throws {
        let p = try parseReport("End line evaluation of the X programme EXECUTIVE SUMMARY\n\n"
            + "2 PURPOSE AND SCOPE OF THE EVALUATION The purpose of the evaluation is to support learning among partners.")
        XCTAssertEqual(p.title, "End line evaluation of the X programme")
        XCTAssertEqual(p.summary, "The purpose of the evaluation is to support learning among partners.")
        XCTAssertEqual(ReportParser.droppingHeading("UNDP and UNICEF ran the pilot in two districts."), "UNDP and UNICEF ran the pilot in two districts.")
    }

    /// A header table's title label (`Review Title:`, `Evaluation Title`, `Title`) names the evaluation, even on a table
    /// read as one line, up to the next cell's label; a mirror's heading (`X · 1 X …`, `…...`) is no title, and the
    /// first page's number opens no summary.
    func testALabelledTitleBeatsAHeading() throws {
        let flat = "Management Response to Evaluation\n\n1 Agency Management Response 1 Review Title: Peer Review of the "
            + "Evaluation Function of the Agency Region: Global Office: Headquarters Evaluation Year: 2017 Overall response: We welcome it."
        let p = try parseReport(flat)
        XCTAssertEqual(p.title, "Peer Review of the Evaluation Function of the Agency")
        XCTAssertEqual(p.summary?.hasPrefix("Agency Management Response"), true)
        let bare = try parseReport("Population Fund\n\nManagement Response Evaluation Title Country Programme Action Plan "
            + "Year of the Evaluation 2011 Type of Evaluation Country")
        XCTAssertEqual(bare.title, "Country Programme Action Plan")
        let mirror = try parseReport("june 2017 : update · 1 june 2017 : update on the matrix...\n\n53\n"
            + "MATRIX TO: Title Evaluation of the Response to the Crisis Reference ABC/2016/01 Overall response")
        XCTAssertEqual(mirror.title, "Evaluation of the Response to the Crisis")
        XCTAssertEqual(try parseReport("Report on the pilot\n\nThe title of the report names the pilot and its districts.").title,
                       "Report on the pilot")
    }

    /// Paragraphs of a line each with no blank line between: the summary is the first, and stops before a heading.
    /// A hard-wrapped opening paragraph is no title, however wide a chrome line above it is.
    func testTheSummaryOfALinePerParagraphPage() throws {
        let first = "This report presents the findings and the conclusions of the evaluation of the support to women in politics, "
            + "with a focus on what the country offices learnt. The evaluation was done by the independent service of the "
            + "agency in 2023 and will go to the board in June 2024."
        let page = "EXECUTIVE SUMMARY\n" + first + "\nPurpose and scope\n"
            + "The purpose of the evaluation was to help decisions and learning in the office and in its partners.\n"
            + "The evaluation looked at the years 2018 to 2023 and at the work in twelve countries of the regions.\n"
        XCTAssertEqual(try parseReport(page).summary, first)
        let wrapped = "# source: https://www.example.org/a/very/long/address/of/the/page/that/holds/the/report/on/its/site/x\n"
            + "The evaluation aims to verify the specific contributions (processes, outputs\n"
            + "and immediate outcomes), intentional and unintentional, made by the Child\n"
            + "Protection Component from 2005 to 2010 to achieve the intermediate results set\n"
            + "out in the Country Programme for 2012. It also examines the relevance,\n"
            + "feasibility, efficiency, sustainability and effectiveness of the strategies.\n"
        let w = try parseReport(wrapped)
        XCTAssertNil(w.title)
        XCTAssertEqual(w.summary?.hasPrefix("The evaluation aims to verify the specific contributions (processes, outputs and immediate"), true)
    }

    /// A report's labelled recommendations, each with the management response under it; the
    /// paragraphs under a label belong to it, and a label with no number opens nothing.
    func testLabelledRecommendations() throws {
        let doc = try parseReport("""
            Independent Country Programme Evaluation: Ecuador

            3.2 Recommendations and management response

            RECOMMENDATION 1. UNDP should keep supporting the country's recovery.

            UNDP has played a leading role in bringing partners together.

            Management response: Accepted. The office will keep supporting national priorities.

            Recommendation 2:
            Strengthen monitoring: Outcome indicators should track each project.
            • one indicator per outcome
            Management Response: Partially accepted.
            • Indicators will be revised.

            **Recomendación 3** – Publicar los datos.
            Respuesta de la gerencia: Aceptada.

            4. Conclusions

            The programme is relevant.
            """)
        XCTAssertEqual(doc.recommendations.map(\.text), [
            "UNDP should keep supporting the country's recovery. UNDP has played a leading role in bringing partners together.",
            "Outcome indicators should track each project. one indicator per outcome", "Publicar los datos.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.title), [nil, "Strengthen monitoring", nil])
        XCTAssertEqual(doc.recommendations.map(\.managementResponse), [
            "Accepted. The office will keep supporting national priorities.", "Partially accepted. Indicators will be revised.", "Aceptada.",
        ])
        // No category field: `Accepted.` is the response's text, never guessed into a category.
        XCTAssertEqual(doc.recommendations.map(\.responseCategory), [nil, nil, nil])
        XCTAssertEqual(doc.recommendations.map(\.line), [5, 11, 17])
    }

    /// A digest's blocks labelled `Recommendation:` with no number, when a page has several: one recommendation each, up to
    /// the next block, a rule, another label or a numbered heading, in the section the numbered heading above it names. A
    /// page whose prose says `Recommendation:` once has none.
    func testUnnumberedRecommendationBlocks() throws {
        let doc = try parseReport("""
            Lessons from ten years of job programmes

            POLICY
            3.1.2. Better use of labour market data
            Recommendation: Build each project on the national labour survey. Share the data with the ministry.
            Source: Synthesis review, 2015.
            Example: In two countries the projects used the survey.
            ________________
            3.1.4 Working with local groups
            Recommendation: 4. Plan for the end of the project from the start.
            ----
            TRAINING
            Recommendation: Train the trainers first.
            """)
        XCTAssertEqual(doc.recommendations.map(\.text), [
            "Build each project on the national labour survey. Share the data with the ministry.",
            "Plan for the end of the project from the start.", "Train the trainers first.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.section), ["3.1.2. Better use of labour market data", "3.1.4 Working with local groups", nil])
        XCTAssertEqual(doc.recommendations.map(\.line), [5, 10, 13])
        let once = try parseReport("""
            Lessons from ten years of job programmes

            3.1.2. Better use of labour market data
            Recommendation: Build each project on the national labour survey.
            Source: Synthesis review, 2015.
            """)
        XCTAssertEqual(once.recommendations, [])
        let runIn: [(String, String)] = [
            ("Align projects with national plans. Reference: ILO, 2014, Geneva.", "Align projects with national plans."),
            ("Align projects with the plans of two ministries: labour and planning.", "Align projects with the plans of two ministries: labour and planning."),
            ("Train staff. The Ministry of Labour and Planning: it leads.", "Train staff. The Ministry of Labour and Planning: it leads."),
        ]
        for (text, cut) in runIn { XCTAssertEqual(String(ReportSections.beforeRunInLabel(text[...])), cut, text) }
    }

    /// A number label with the words a report adds around it (`Evaluation Recommendation 1:`) is a label, no title.
    func testANumberLabelIsNoTitle() throws {
        let doc = try parseReport("""
            Independent Country Programme Evaluation: Afghanistan

            Recommendations and management response

            Evaluation Recommendation 1: Focus beyond individual capacity: In future, strengthen institutions.

            Management response: Accepted.
            """)
        XCTAssertEqual(doc.recommendations.map(\.title), ["Focus beyond individual capacity"])
        XCTAssertEqual(doc.recommendations.map(\.text), ["In future, strengthen institutions."])
        XCTAssertEqual(doc.recommendations.map(\.managementResponse), ["Accepted."])
    }

    /// A management response plan a document host transcribed onto one line: each recommendation label whose colon
    /// ends it opens a recommendation, and a response label after one opens its response; a label's words in prose do
    /// not. A shorter line (a slide's, a paragraph's) is not cut.
    func testRecommendationsTranscribedOntoOneLine() throws {
        let comments = String(repeating: "The plan is tracked each quarter. ", count: 20)
        let doc = try parseReport("""
            Management Response Plan to the Evaluation of Pooled Funds

            1 Management Response Plan to the Evaluation of Pooled Funds Date: 3 May 2014 Prepared by: A Officer \
            Overall comments: The recommendations are accepted. \(comments)Evaluation Recommendation 1: The office should clarify \
            the role of the funds. Recommendation 1 is classified as urgent. Management Response: Accepted. Narrative: \
            A guidance note is drafted. Recommendation 2 (recommendation #4 of the report): Train the staff. \
            Management Response: Partially accepted. See under Recommendation 3. The office agrees.
            """)
        XCTAssertEqual(doc.recommendations.map(\.text), [
            "The office should clarify the role of the funds. Recommendation 1 is classified as urgent.", "Train the staff.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.managementResponse), [
            "Accepted. Narrative: A guidance note is drafted.", "Partially accepted. See under Recommendation 3. The office agrees.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.line), [3, 3])

        let slide = try parseReport("""
            Management Response to the Advisory Committee

            Agreed. Evaluation is central to the mission. Management Response Recommendation #1: Evaluation integral to the mission
            Agreed. The office was strengthened. Management Response Recommendation #2: Protect the office
            """)
        XCTAssertEqual(slide.recommendations.map(\.text), [])
    }

    /// Under a `Recommendations` heading, each numbered or bulleted item is a recommendation, up to the next heading.
    func testRecommendationsListedUnderAHeading() throws {
        let doc = try parseReport("""
            Final Evaluation of the Youth Employment Project

            The evaluation covered three years of the project in Nairobi.

            5. Recommendations

            1. Sign agreements with twenty employers.
            2. Track graduates for a year after training.
            The tracking should use the labour survey.

            LESSONS LEARNED

            1. Training without placement rarely leads to jobs.
            """)
        XCTAssertEqual(doc.recommendations.map(\.text), [
            "Sign agreements with twenty employers.", "Track graduates for a year after training. The tracking should use the labour survey.",
        ])
        XCTAssertEqual(doc.summary, "The evaluation covered three years of the project in Nairobi.")
        XCTAssertEqual(doc.findings, [ParsedFinding(kind: .lessonLearned, section: nil, title: nil, text: "Training without placement rarely leads to jobs.")])
        // Items under another heading, and a report with none, give none.
        XCTAssertEqual(try parseReport("Report\n\nThe workshop met.\n\nParticipants\n\n1. Ministry of Labour\n").recommendations, [])
        XCTAssertEqual(try parseReport("Report\n\nRecommendations were discussed at length.\n").recommendations, [])
    }

    /// Under `Key findings`, `Lessons learned`, `Good practices`: a finding of that kind per paragraph or item,
    /// a short lead-in its title; a heading that names no zone ends the zone.
    func testFindingsUnderTheirHeadings() throws {
        let doc = try parseReport("""
            Final Evaluation of the Youth Employment Project

            The evaluation covered three years of the project in Nairobi.

            Key findings

            Relevance: The training met the needs of employers.

            The project trained 4,000 young people,
            more than its target.

            Good practices
            • Employer panels reviewed the curriculum each year.

            Annex 1: List of people met

            Ministry of Labour staff.
            """)
        XCTAssertEqual(doc.findings, [
            ParsedFinding(kind: .finding, section: nil, title: "Relevance", text: "The training met the needs of employers."),
            ParsedFinding(kind: .finding, section: nil, title: nil, text: "The project trained 4,000 young people, more than its target."),
            ParsedFinding(kind: .goodPractice, section: nil, title: nil, text: "Employer panels reviewed the curriculum each year."),
        ])
        XCTAssertEqual(doc.recommendations, [])
    }

    /// A zone's heading that names its subject (`Key findings and conclusions on the …`, `Principales hallazgos … sobre …`)
    /// opens the zone as the bare label does; the subject names no zone.
    func testAZoneHeadingWithItsSubject() throws {
        let doc = try parseReport("""
            Evaluación final del programa de agua

            La evaluación examinó cuatro años del programa en la región andina.

            Principales hallazgos y conclusiones sobre la implementación de las recomendaciones

            • El programa ha contribuido al acceso al agua en doce comunidades.

            • La coordinación entre los ministerios sigue siendo débil.
            """)
        XCTAssertEqual(doc.findings.map(\.kind), [.finding, .finding])
        XCTAssertEqual(doc.findings.first?.text, "El programa ha contribuido al acceso al agua en doce comunidades.")
        XCTAssertEqual(doc.recommendations, [])
        XCTAssertTrue(ReportSections.isZoneLabel("Key findings and conclusions on the implementation of the UNDAF"))
        XCTAssertFalse(ReportSections.isZoneLabel("Support to the ministry on findings"))
    }

    /// In a zone, a sub-heading naming none is the section of what stands under it; bullets under a numbered
    /// recommendation are its points (their marks dropped, as an ILO summary's are); a closing heading (`Annex 1`) or another part (`Methodology`) ends the zone.
    func testSectionsAndPoints() throws {
        let doc = try parseReport("""
            Evaluation of the Justice Programme

            The evaluation looked at the programme's second phase.

            FINDINGS

            Relevance

            The programme answered the ministry's priorities.

            Efficiency
            Funds arrived late in each year.

            CONCLUSIONS

            Conclusion 1: The programme is relevant but slow.

            RECOMMENDATIONS

            Component 1

            1. Release funds at the start of the year.
            - agree a calendar with the donor
            - report quarterly
            2. Train the court clerks.

            Methodology

            1. Interviews with forty people.
            """)
        // A short line opening a paragraph in a zone is a section too (`Efficiency` / `Funds arrived …`); `Conclusion 1:` is no title.
        XCTAssertEqual(doc.findings.map(\.section), ["Relevance", "Efficiency", nil])
        XCTAssertEqual(doc.findings.map(\.title), [nil, nil, nil])
        XCTAssertEqual(doc.findings.map(\.text), [
            "The programme answered the ministry's priorities.", "Funds arrived late in each year.", "The programme is relevant but slow.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.text), [
            "Release funds at the start of the year. agree a calendar with the donor report quarterly", "Train the court clerks.",
        ])
        XCTAssertEqual(doc.recommendations.map(\.section), ["Component 1", "Component 1"])
    }

    /// A paragraph's last sentence ending in `:` that names recommendations or findings (`… made 3 recommendations …:`,
    /// `Key evaluation findings included:`) opens that zone for the list right under it, joints (`;`, `, and`) dropped;
    /// the first line that is no item ends it. A verb (`recommended`) or an earlier review's list opens nothing.
    func testAListsLeadInOpensItsZone() throws {
        let doc = try parseReport("""
            Evaluation of the Rural Roads Programme

            The programme built 300 km of roads. The evaluation made 3 recommendations, all agreed by management:
            - widen the donor base;
            - train the district engineers;
            - publish the maintenance data, and
            The office has started on the first.

            Key evaluation findings included:
            - Roads cut travel times to markets by half.
            - Maintenance funds arrived late
            in each year.
            """)
        XCTAssertEqual(doc.recommendations.map(\.text), ["widen the donor base", "train the district engineers", "publish the maintenance data"])
        XCTAssertEqual(doc.findings.map(\.kind), [.finding, .finding])
        XCTAssertEqual(doc.findings.map(\.text), ["Roads cut travel times to markets by half.", "Maintenance funds arrived late in each year."])
        XCTAssertEqual(ReportSections.leadInZone("Lessons learned by the team are as follows:"), .lessons)
        // An item's line under one that ends no sentence goes on with it, whatever its case; so do a labelled item's lines.
        let labelled = try parseReport("""
            Evaluation of the Rural Roads Programme

            The programme built roads. The evaluation made two recommendations:
            - Recommendation 1. The office should publish the data of the
            Ministry of Works.
            - Recommendation 2. Train the engineers.
            """)
        XCTAssertEqual(labelled.recommendations.map(\.text), ["The office should publish the data of the Ministry of Works.", "Train the engineers."])
        let wrapped = try parseReport("""
            Evaluation of the Rural Roads Programme

            The programme built roads. The evaluation made two recommendations:
            - widen the funding of the
            Ministry of Works;
            - train the engineers
            """)
        XCTAssertEqual(wrapped.recommendations.map(\.text), ["widen the funding of the Ministry of Works", "train the engineers"])
        for described in [
            "The 2004 review found lessons learned; and recommended minor adjustments, highlighting the need to:\n• Strengthen outreach.\n• Reduce the districts.",
            "The Board, having considered “Recommendations to improve the fund”:\n- Takes note of the report.\n- Directs the secretariat.",
            "The previous evaluation's recommendations were:\n- Strengthen outreach.\n- Reduce the districts.",
            "Key findings:\nThe roads were built on time and within the budget.",
        ] {
            let p = try parseReport("Review of the Programme\n\nThe review ran in 2006.\n" + described + "\n")
            XCTAssertEqual(p.recommendations, [], described)
            XCTAssertEqual(p.findings, [], described)
        }
    }

    /// Furniture a copy puts where the summary would be is never the summary: a table of contents run into the cover's
    /// paragraph (the summary stops before it), a search result's `title - domain · snippet`, a heading with its bare
    /// paragraph number, a publisher's address and contacts (the summary stops before them; an abstract below is
    /// preferred), a host's file record, a library record's fields and byline, a byline under a date, a heading on the
    /// line above its paragraph.
    func testFurnitureIsNoSummary() throws {
        let rows: [(String, String?)] = [
            ("Evaluation of the Water Project\n\nFINAL REPORT of the water project evaluation in Chad, March 2020 Table of contents "
                + "1. Introduction ........ 1 2. Findings ........ 4 3. Annexes ...... 9\n",
             "FINAL REPORT of the water project evaluation in Chad, March 2020"),
            ("Evaluation of the Water Project\n\nEVALUATION REPORT - example.org · EVALUATION REPORT ... - The assessment of the\n\n"
                + "The evaluation reviewed the water project in Chad over three years.\n",
             "The evaluation reviewed the water project in Chad over three years."),
            ("Evaluation of the Fund\n\nThe Emergency Response Fund 3.\n\nThe fund disbursed grants to twenty agencies in 2010.\n",
             "The fund disbursed grants to twenty agencies in 2010."),
            ("Evaluation of the Aid\n\n1 Evaluation of the aid in Chad, Final Report May 2018 This report was commissioned by the Commission. "
                + "Rue de Paris 4, B-1000 Brussels (Belgium) Tel: Fax: info@example.org Web:\n",
             "Evaluation of the aid in Chad, Final Report May 2018 This report was commissioned by the Commission."),
            ("Evaluation of the Aid\n\n1 Evaluation of the aid in Chad, Final Report May 2018\n\n"
                + "5 Abstract This report evaluates the aid given in Chad between 2012 and 2017.\n",
             "This report evaluates the aid given in Chad between 2012 and 2017."),
            ("Midterm review\n\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n\nThe midterm review of the water project ran in 2019.\n",
             "The midterm review of the water project ran in 2019."),
            ("Evaluation of Health Actions in Chad\n\nSmith, A. and Jones, B. C.\nPublication language\nDate published\n01 Jan 2002\n"
                + "Evaluation reports\nHealth, Nutrition, Water\n\nThe evaluators visited every project funded in 2000 and 2001.\n",
             "The evaluators visited every project funded in 2000 and 2001."),
            ("Evaluation of the month: the synthesis\n\n03 Jan 2018\nDirector of Evaluation and Senior Evaluation Officer\n\n"
                + "The synthesis brings together findings from fifteen evaluations.\n",
             "The synthesis brings together findings from fifteen evaluations."),
            ("Evaluation of Health Actions in Chad\n\n• Interviews were held with the agency\nBrussels staff and partners.\n\n"
                + "The evaluators visited every project funded in 2000 and 2001.\n",
             "The evaluators visited every project funded in 2000 and 2001."),
            ("Management Response to the Evaluation\n\nOverall Response\n"
                + "Management welcomes the evaluation report of the cooperation agreement and its findings.\n",
             "Management welcomes the evaluation report of the cooperation agreement and its findings."),
        ]
        for (text, summary) in rows { XCTAssertEqual(try parseReport(text).summary, summary, text) }
        XCTAssertTrue(PageChrome.isHostSnippet("TITLE - example.org · TITLE ... - The text"))
        XCTAssertFalse(PageChrome.isHostSnippet("Evaluation of the programme - final report · 2019"))
    }

    /// A site's section name (`Evaluation database`, in any language) and its "we are building a new site" banner are chrome;
    /// the line under the `Evaluation report` label is the title, without the year and region's code before it.
    func testADatabasePagesSectionAndBannerAreNoTitle() throws {
        let english = try parseReport("Evaluation database\n\nEvaluation report\n\n2016 Global: Review of the Water Funds 2015\n\n"
            + "Executive summary\n\nThe review looked at how the offices used the funds in twelve countries.")
        XCTAssertEqual(english.title, "Review of the Water Funds 2015")
        let spanish = try parseReport("Estamos construyendo un nuevo\nDurante algún tiempo nuestras páginas estarán en período de "
            + "transición. Gracias.\n\nBase de datos de evaluación\n\nEvaluation report\n\n2004 CHD: Country Programme Evaluation "
            + "Government of Chad / Agency 2001-2004\n\nExecutive summary\n\nThe evaluation covered four years of work in Chad.")
        XCTAssertEqual(spanish.title, "Country Programme Evaluation Government of Chad / Agency 2001-2004")
        XCTAssertEqual(spanish.countries, ["Chad"])
        let french = try parseReport("Nous construisons un nouveau et sommes en période de transition.\nMerci pour votre patience – "
            + "revenez.\n\nBase de données d'évaluation\n\nEvaluation report\n\n2004 MLI: Country Programme Evaluation Mali\n\n"
            + "The evaluation covered four years of work.")
        XCTAssertEqual(french.title, "Country Programme Evaluation Mali")
        XCTAssertEqual(CoverTitle.droppingYearCode("2030 Agenda: Evaluation of the water work"), "2030 Agenda: Evaluation of the water work")
        XCTAssertEqual(CoverTitle.droppingYearCode("2019 ESARO: Evaluation of the water work"), "Evaluation of the water work")
    }

    /// A banner's image label (`X ASSET BANNER`), a page-kind heading (`Lessons learned`) and a status stamped alone
    /// (`DRAFT`) above the title are no title; a short line opening with a connector below the title, past a blank line,
    /// is the title's rest.
    func testABannerAStatusAndAConnectedLine() throws {
        let banner = try parseReport("ABC ASSET BANNER\n\nRepublic of Chad Country strategy and programme evaluation\n\n"
            + "13 May 2018\n\nThe evaluation reviewed the programme since 1996.")
        XCTAssertEqual(banner.title, "Republic of Chad Country strategy and programme evaluation")
        XCTAssertEqual(banner.countries, ["Chad"])
        let kind = try parseReport("Lessons learned\n\nWater for schools in the dry districts\n\nSchools kept their pumps running when "
            + "parents paid a small fee.")
        XCTAssertEqual(kind.title, "Water for schools in the dry districts")
        let draft = try parseReport("DRAFT\n\nManagement Response to the Evaluation of the Water Agreement\n\nBetween the Agency and "
            + "Chad 2012-2015\n\nOverall Response\nThe agency welcomes the evaluation of the agreement and its findings.")
        XCTAssertEqual(draft.title, "Management Response to the Evaluation of the Water Agreement Between the Agency and Chad 2012-2015")
        // A line after the blank that opens otherwise, or runs long, is no part of the title.
        let apart = try parseReport("Evaluation of the Water Agreement\n\nBetween 2012 and 2015 the agency and its partners built "
            + "forty wells in three districts of the country\n\nThe evaluation covered it.")
        XCTAssertEqual(apart.title, "Evaluation of the Water Agreement")
    }

    /// A title's label runs to its colon (`Title of the project:`): the title is what follows it, none when nothing does.
    /// A byline (`Author: X`) and a line introducing a list are never a title.
    func testALabelABylineAndAListsLeadAreNoTitle() throws {
        XCTAssertEqual(try parseReport("Title of the project: Water for schools\n\nThe project built wells.").title, "Water for schools")
        let empty = try parseReport("Title of evaluation report:\n\nOVERALL RATING: [Insert rating]\n\nSummary: Insert summary")
        XCTAssertNil(empty.title)
        let byline = try parseReport("Author: A. Person\nFebruary 2023\nThis evaluation assesses the water programme of the agency in "
            + "Chad over four years.")
        XCTAssertNil(byline.title)
        XCTAssertEqual(byline.summary?.hasPrefix("This evaluation assesses"), true)
        let above = try parseReport("Prepared by: Water Consultants Ltd\n\nFinal evaluation of the water programme\n\n"
            + "The evaluation covered four years.")
        XCTAssertEqual(above.title, "Final evaluation of the water programme")
        let list = try parseReport("Objectives of the evaluation were to:\n• Assess the results of the programme;\n"
            + "• Draw lessons for the next one.\nThe agency hired a firm to carry out the evaluation of the programme.")
        XCTAssertNil(list.title)
        // A paragraph that opens the list is the page's prose: its summary.
        let prose = try parseReport("The agency commissioned the evaluation to capture the evidence of its work in the country over "
            + "the two programme cycles, and the effect of its strategy on the national efforts of its partners. The evaluation aims to:\n• Assess the results;\n• Draw lessons.")
        XCTAssertEqual(prose.summary?.hasPrefix("The agency commissioned"), true)
    }

    /// A document host's furniture (`Category:` and the value under it, `Preview:`, `Click to see full reader`, a file's
    /// name, `Total Page:16`, `File Type:pdf, Size:…`) and a lower-case fragment ending in a dash are no title.
    func testAHostsCategoryFileNameAndFragmentAreNoTitle() throws {
        let vdoc = try parseReport("Post on 09-Aug-2020\n\n7 Views\n\nCategory:\n\nDocuments\n\n0 Downloads\n\nPreview:\n\n"
            + "Click to see full reader\n\nTRANSCRIPT\n\nEVALUATION OF THE WATER FUND SYNTHESIS REPORT\n\nThe fund was set up in 2006.")
        XCTAssertEqual(vdoc.title, "EVALUATION OF THE WATER FUND SYNTHESIS REPORT")
        let file = try parseReport("ABC 123 MTR Report 20190919 Final.Pdf\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
            + "Midterm Review of the Water Project in Chad\n\nThe review covered two years.")
        XCTAssertEqual(file.title, "Midterm Review of the Water Project in Chad")
        // The cover read as one line: its title ends before the project's identifiers.
        let flat = try parseReport("ABC 123 MTR Report Final.pdf\nTotal Page:16\nMidterm Review Report Agency Project: Water for the "
            + "Dry Districts of Chad GEF Project ID: 123 Agency Project ID: 456 Country: Chad Region: Africa Focal Area: Water and "
            + "land, with its long list of objectives and programmes that the cover sets out in full before the first chapter begins.")
        XCTAssertEqual(flat.title, "Midterm Review Report Agency Project: Water for the Dry Districts of Chad")
        let fragment = try parseReport("based based decisionmaking -\n\nFinal Evaluation of the School Meals Programme\n\n"
            + "The evaluation covered three years.")
        XCTAssertEqual(fragment.title, "Final Evaluation of the School Meals Programme")
        XCTAssertFalse(PageChrome.isFileName("The report is at www.example.org/report.pdf. Its annexes follow."))
    }

    /// A title naming only the document's kind yields to the project's name in quotes below it; a cover's date and author
    /// after the title's sentence end are the cover's.
    func testAKindTitleYieldsToTheQuotedNameAndACoversTailIsDropped() throws {
        let kind = try parseReport("Mid-Term Review FINAL Report\n\nMid-Term Review FINAL Report\n\n“Water and Forest Management in "
            + "the Mountain Areas” Chad Mid-Term Review FINAL Report Agency: Water Agency Implementing Partner: Ministry of Water")
        XCTAssertEqual(kind.title, "Water and Forest Management in the Mountain Areas")
        let tail = try parseReport("INFORME DE EVALUACIÓN “Agua para las escuelas rurales de Chad”. Enero 2010 Juan Pérez\n\n"
            + "La evaluación cubrió dos años.")
        XCTAssertEqual(tail.title, "INFORME DE EVALUACIÓN “Agua para las escuelas rurales de Chad”")
        XCTAssertEqual(try parseReport("Evaluation of the water programme, May 2015\n\nThe evaluation covered two years.").title,
                       "Evaluation of the water programme, May 2015")
    }

    /// A cover's kind label before its date is the cover's tail after a closing quote; a host's page number before the
    /// title goes; a one-sentence opening line is no title; a kind-only title yields to the name under it said again.
    func testCoverTailsSentencesAndKindTitles() throws {
        let tail = try parseReport("12\n1 Evaluation of the Agency Project “Safer Roads for Rural Schools in Chad, 2013-2015” "
            + "Evaluation Report 26 June 2015 Ana Ruiz\n\nThe evaluation covered three years of work in the region.")
        XCTAssertEqual(tail.title, "Evaluation of the Agency Project “Safer Roads for Rural Schools in Chad, 2013-2015”")
        XCTAssertEqual(CoverTitle.droppingPageNumber("1 Million Trees for Chad"), "1 Million Trees for Chad")
        let sentence = "The final evaluation has been commissioned by the Agency's Chad Country Office and covers the “School Water "
            + "and Sanitation Programme, 2014-2016”."
        let opening = try parseReport(sentence + "\n\nIt was intended for both accountability and learning.\n")
        XCTAssertNil(opening.title)
        XCTAssertEqual(opening.summary, sentence)
        XCTAssertFalse(PageChrome.isParagraph("The Water Programme in Chad."))
        let kind = try parseReport("EVALUACIÓN DE LA OPERACIÓN\n\nTranscript of EVALUACIÓN DE LA OPERACIÓN\n\nMea\n\nsuri\n\nng\n\n"
            + "resu\n\nlts,\n\n"
            + "EVALUACIÓN DE LA OPERACIÓN\n\nOperación Prolongada de Socorro – Chad 200123\n\nAgua y saneamiento para las escuelas "
            + "afectadas por\n\nsequías recurrentes en Chad (2014-2016)\n\nInforme de Evaluación\n\n[Febrero, 2016]\n\n"
            + "Equipo de evaluación: Ana Ruiz (Jefa de equipo); Juan Pérez\n\nGerente de la evaluación: Eva Gómez")
        XCTAssertEqual(kind.title, "Operación Prolongada de Socorro – Chad 200123 Agua y saneamiento para las escuelas afectadas por "
            + "sequías recurrentes en Chad (2014-2016)")
        XCTAssertNil(kind.summary)
    }

    /// A cover's credits read as one line, a photo's caption and its byline, a template's labels and bracketed instruction
    /// before the overall response, and a heading in capitals a transcription runs into the paragraph are no summary's.
    func testCoverCreditsCaptionsTemplateLabelsAndRunInHeadings() throws {
        let credits = try parseReport("Evaluation of the school meals operation in Chad\n\nMeasuring results EVALUATION OF THE "
            + "OPERATION Water for Chad Evaluation team: Ana Ruiz; Juan Pérez Evaluation manager: Eva Gómez Report number: OEV/2015/1\n\n"
            + "The evaluation covered three years of the operation.")
        XCTAssertEqual(credits.summary, "The evaluation covered three years of the operation.")
        XCTAssertEqual(credits.organizations, [])
        // A commissioning credit names the owner the title and summary do not; up to the next credit label only.
        let commissioned = try parseReport("Evaluación de la operación en Chad\n\nInforme de Evaluación Equipo de evaluación: Ana Ruiz "
            + "Comisionado por: WFP Office of Evaluation Número de informe: OEV/2015/1 UNICEF\n\nLa evaluación cubrió tres años.")
        XCTAssertEqual(commissioned.organizations, ["WFP"])
        XCTAssertEqual(ReportParser.commissioners(["Commissioned by: the Government of Chad and UNDP"]), ["UNDP"])
        XCTAssertEqual(ReportParser.commissioners(["Commissioned by: the Government of Chad", "UNDP"]), [])
        // The evaluation office that signs a cover: the organization written right before its name.
        XCTAssertEqual(ReportParser.commissioners(["1 End line evaluation of the Joint Programme EXECUTIVE SUMMARY UNFPA Evaluation Office May 2017"]),
                       ["UNFPA"])
        XCTAssertEqual(ReportParser.commissioners(["Final evaluation of the water project", "Prepared for the Evaluation Office"]), [])
        XCTAssertEqual(ReportParser.commissioners(["Évaluation finale du programme", "PAM Bureau de l’évaluation, mai 2016"]), ["WFP"])
        let caption = try parseReport("Evaluation report\n\nWater Agency Evaluation Response (2018-2021)\n\nWorkers of a water "
            + "plant in Abéché, Chad, supported by UNICEF and the EU. Source: UNICEF/Flickr\nWater Agency Management\n28 Aug 2023,\n"
            + "published in\n\nThis evaluation tracks the agency's work in Niger and Mali from 2018 to 2021.")
        XCTAssertEqual(caption.summary, "This evaluation tracks the agency's work in Niger and Mali from 2018 to 2021.")
        XCTAssertEqual(caption.organizations, [])
        XCTAssertEqual(caption.countries, ["Niger", "Mali"])
        let template = try parseReport("Management response matrix\n\n1 MANAGEMENT RESPONSE MATRIX TO: Title Evaluation of X "
            + "Reference ABC/2016/01 Overall response to the evaluation [In a couple of paragraphs please explain whether you agree] "
            + "In general, the Bureau agrees with most recommendations of the evaluation.")
        XCTAssertEqual(template.summary, "In general, the Bureau agrees with most recommendations of the evaluation.")
        XCTAssertEqual(ReportParser.afterSummaryLabel("Report Issue Year 2018 Evaluation Office April 2018 Overall assessment: The "
            + "purpose of the review was to assess the function."), "The purpose of the review was to assess the function.")
        XCTAssertEqual(ReportParser.afterSummaryLabel("The overall assessment was positive across the five criteria."),
                       "The overall assessment was positive across the five criteria.")
        let runIn = try parseReport("Evaluation of the joint water programme\n\n2 PURPOSE AND SCOPE OF THE EVALUATION The purpose of "
            + "the evaluation is to support learning. It covers the period from March 2011 to August BACKGROUND OF THE EVALUATION "
            + "In 2008, the agency and its partners began the programme.")
        XCTAssertEqual(runIn.summary, "The purpose of the evaluation is to support learning. It covers the period from March 2011 to August")
        XCTAssertEqual(ReportParser.beforeInnerHeading("The team met the partners in the capital with UNFPA, UNICEF AND WHO Country Offices."),
                       "The team met the partners in the capital with UNFPA, UNICEF AND WHO Country Offices.")
    }

    /// A board document's cover that opens with its symbol, read as one line, gives the title in capitals and is no summary;
    /// nor is its meeting's line; the heading and paragraph number before the first paragraph go.
    func testABoardCoverOpeningWithItsSymbol() throws {
        let page = "ABC/ME/C.53/02 November 20, 2017 53 rd Fund Council Meeting November 28 – 30, 2017 Washington, D.C. Agenda Item 09 "
            + "MANAGEMENT RESPONSE TO THE ANNUAL EVALUATION REPORT OF THE EVALUATION OFFICE\n\nABC/ME/C.53/02 November 20, 2017\n\n"
            + "53rd Fund Council Meeting November 28 – 30, 2017 Washington, D.C. Agenda Item 09\n\nMANAGEMENT RESPONSE TO THE ANNUAL "
            + "EVALUATION REPORT OF\n\nTHE EVALUATION OFFICE\n\n1\n\nINTRODUCTION 1. This management response focuses on the "
            + "conclusions of the report."
        let p = try parseReport(page)
        XCTAssertEqual(p.title, "MANAGEMENT RESPONSE TO THE ANNUAL EVALUATION REPORT OF THE EVALUATION OFFICE")
        XCTAssertEqual(p.summary, "This management response focuses on the conclusions of the report.")
    }

    /// A host's slug heading yields to the title the page writes below, wrapped onto a capitalized second line where the
    /// cover read as one line above writes the two together.
    func testASlugTitleWrappedOntoACapitalizedLine() throws {
        let page = "follow-up report on the evaluation of the agency's regional and\n\nApril 2016 PC 1/7 Follow-up report on the "
            + "Evaluation of the Agency's Regional and Subregional Offices for West Africa (cf. PC 1/4) Guidance sought by the "
            + "Committee The Committee may note progress.\n\nPage 1: Follow-up report on the Evaluation of the Agency's Regional and\n\n"
            + "Follow-up report on the Evaluation of the Agency's Regional and Subregional\n\nOffices for West Africa (cf. PC 1/4)\n\n"
            + "Guidance sought by the Committee\n\nThe Committee may wish to note progress on the recommendations.\n"
        XCTAssertEqual(try parseReport(page).title,
                       "Follow-up report on the Evaluation of the Agency's Regional and Subregional Offices for West Africa (cf. PC 1/4)")
    }

    /// A host's heading that turns the title about and cuts it (`B - A`), said again above the cover, yields to the cover's
    /// title; its repeats between the pages and the credits' names under their label are no summary; a masthead naming an
    /// organization alone and a country alone on a cover's line name the owner and the country.
    func testAHostsTurnedHeadingYieldsToTheCoversTitle() throws {
        let heading = "Water project in the north of Mali - Final Evaluation of the"
        let page = heading + "\n\n \nCONTINUER À LIRE\n" + heading + "\nUNITED NATIONS OFFICE ON DRUGS AND CRIME\n    Vienna\n\n"
            + "Final Evaluation of the\n\nWater project in the\nnorth of Mali\n\nEvaluators:\nAna Ruiz\nJuan Pérez\n\nMay 2018\n"
            + heading + "\nThe project brought water to forty villages over five years.\n"
        let p = try parseReport(page)
        XCTAssertEqual(p.title, "Final Evaluation of the Water project in the north of Mali")
        XCTAssertEqual(p.summary, "The project brought water to forty villages over five years.")
        XCTAssertEqual(p.organizations, ["UNODC"])
        XCTAssertEqual(p.countries, ["Mali"])
        let cover = try parseReport("UNITED NATIONS OFFICE ON DRUGS AND CRIME\nVienna\n\nFinal Evaluation of the Border Project\n\n"
            + "ABC/X12\nKyrgyzstan\n\nMay 2018\n\nThe project trained border guards in four provinces.")
        XCTAssertEqual(cover.title, "Final Evaluation of the Border Project")
        XCTAssertEqual(cover.organizations, ["UNODC"])
        XCTAssertEqual(cover.countries, ["Kyrgyzstan"])
        XCTAssertEqual(CoverTitle.masthead("Fonds des Nations Unies pour la Population"), "UNFPA")
        for line in ["UNFPA in Mali", "Who", "Evaluation of UNFPA"] { XCTAssertNil(CoverTitle.masthead(Substring(line)), line) }
    }

    /// A fund's letterhead in capitals yields to the line under it naming a management response matrix, which makes the
    /// document a management response.
    func testAFundsLetterheadYieldsToTheResponseMatrixNamedBelowIt() throws {
        let p = try parseReport("PEACEBUILDING RESPONSE FUND\n\nFund Mid-Term Review: Management Response Matrix\n\n"
            + "The review made twelve recommendations, and the secretariat answers each of them below with the agencies.")
        XCTAssertEqual(p.title, "Fund Mid-Term Review: Management Response Matrix")
        XCTAssertEqual(p.docType, .managementResponse)
    }

    /// A logo's label (`X logo`), a host's button (`Descargar para leer sin conexión`) and a logo's text in capitals cut on
    /// its joiner (`REPUBLIQUE DU`) are no title; a title in capitals ending a line on its joiner goes on with the next line
    /// in capitals; a masthead naming an organization above it is none either.
    func testALogoAndACutCapitalsLineAreNoTitle() throws {
        let logo = try parseReport("Acme Slides un servicio de Acme logo\n1 de 40\nDescargar para leer sin conexión\nEVALUATION OF THE\n"
            + "COUNTRY PROGRAMME\nFinal report\nPERU\n2010 - 2014\n\nThis report presents the evaluation of the programme in the country.")
        XCTAssertEqual(logo.title, "EVALUATION OF THE COUNTRY PROGRAMME")
        XCTAssertEqual(logo.countries, ["Peru"])
        XCTAssertTrue(PageChrome.isChrome("Download to read offline"))
        XCTAssertTrue(PageChrome.isGenericTitle("Acme logo"))
        XCTAssertFalse(PageChrome.isGenericTitle("Evaluation of the new logo"))
        let cut = try parseReport("REPUBLIQUE DU\n\nFonds des Nations Unies pour la Population\n\nEVALUATION DU 5ème PROGRAMME DE PAYS "
            + "UNFPA/MALI 2015-2019\n\nRapport final\n\nLe programme a atteint ses objectifs dans la plupart des domaines.")
        XCTAssertEqual(cut.title, "EVALUATION DU 5ème PROGRAMME DE PAYS UNFPA/MALI 2015-2019")
        XCTAssertEqual(cut.countries, ["Mali"])
        XCTAssertEqual(cut.organizations, ["UNFPA"])
    }

    /// A kind-only heading (`OPERATION EVALUATION`) yields to the name a cover read as one line writes after it, up to its date;
    /// a cover's `Project title:` names the title, and a line of the cover's labelled fields is no summary.
    func testAKindHeadingYieldsToTheOneLineCoversNameAndAProjectTitleLabel() throws {
        let kind = try parseReport("OPERATION EVALUATION\n\nSize: px\n\n1 measuring results OPERATION EVALUATION Peru: Country "
            + "Programme ( ) Mid-Term Evaluation Report June 2015 Evaluation team: Ana Ruiz Report number: OEV/2015/1\n\n"
            + "The operation reached most of the schools it planned to reach.")
        XCTAssertEqual(kind.title, "Peru: Country Programme ( ) Mid-Term Evaluation Report")
        XCTAssertEqual(kind.summary, "The operation reached most of the schools it planned to reach.")
        let labelled = try parseReport("55\nAB/X/01 Terminal Evaluation Date: May 2004 TERMINAL EVALUATION REPORT Project Number: AB/X/01 "
            + "Project title: Support to customs laboratories in West Africa Thematic area: Customs Countries: Mali and Niger\n\n"
            + "The project trained forty customs officers in two countries.")
        XCTAssertEqual(labelled.title, "Support to customs laboratories in West Africa")
        XCTAssertEqual(labelled.summary, "The project trained forty customs officers in two countries.")
    }

    /// A news item's dateline, a run of social icons' labels, and a generic label or the document's kind alone with no
    /// heading under it are no title.
    func testADatelineIconsAndAKindAloneAreNoTitle() throws {
        let dated = try parseReport("12.03.2015 - ABC Evaluation\n\nEvaluation of the Water Programme in Chad\n\n"
            + "This evaluation assesses progress towards the programme's expected outcomes.")
        XCTAssertEqual(dated.title, "Evaluation of the Water Programme in Chad")
        XCTAssertTrue(PageChrome.isDateline("12 May 2020 – News"))
        XCTAssertFalse(PageChrome.isDateline("2015 - Evaluation of the water programme"))
        let icons = try parseReport("  • Youtube Icon\n  • Twitter icon\n  • Facebook icon\n\nEvaluating the water project for "
            + "refugees in Chad\n\nThe agency works with its partners to bring water to the camps.")
        XCTAssertEqual(icons.title, "Evaluating the water project for refugees in Chad")
        XCTAssertTrue(PageChrome.isGenericTitle("Instagram icono"))
        for page in ["Evaluation Reports\n\nThe mid-term evaluation took place in October 2013 and looked at the roads.",
                     "Synthesis Report\nThe objective of the evaluation was to assess the set up and impact of the programmes."] {
            let p = try parseReport(page)
            XCTAssertNil(p.title, page)
            XCTAssertEqual(p.summary?.hasPrefix("The "), true, page)
        }
    }

    /// A cover read as one line: a kind's label and a date after the title's closing parenthesis end it, the team's names
    /// after them however many; a fund's letterhead yields to the line naming the response under it.
    func testAKindLabelEndsTheTitleAndALetterheadYields() throws {
        let cover = try parseReport("Independent Evaluation of the Water Centre (WC) Final Report May 29, 2014 Ana Ruiz, Team Leader "
            + "Juan Pérez Eva Gómez Luis Díaz Marta Soto Pablo Gil\n\nThe evaluation covered four years of the centre's work.")
        XCTAssertEqual(cover.title, "Independent Evaluation of the Water Centre (WC)")
        XCTAssertEqual(CoverTitle.droppingCoverTail("Evaluation of the Water Centre (WC) May 2014 Ana Ruiz Juan Pérez Eva Gómez"),
                       "Evaluation of the Water Centre (WC) May 2014 Ana Ruiz Juan Pérez Eva Gómez")
        let fund = try parseReport("CENTRAL WATER RESPONSE FUND\n\nCWRF Two Year Evaluation: Management Response Matrix\n\n"
            + "As requested by the Assembly, the Secretary-General commissioned a review of the fund.")
        XCTAssertEqual(fund.title, "CWRF Two Year Evaluation: Management Response Matrix")
        XCTAssertEqual(fund.docType, .managementResponse)
    }

    /// A programme's board cover (`PROGRAMME COORDINATING BOARD`, its meeting, `Provisional agenda item 3:`, the symbol and
    /// its date) run into one line or standing above the title is no title: the title follows the agenda item.
    func testAProgrammeBoardsCoverAndAOneLinePagesSection() throws {
        let run = try parseReport("PROGRAMME COORDINATING BOARD Ninth meeting Geneva, 3-4 June 2004 Provisional agenda item 3: "
            + "Evaluation of the Water Programme XYZ/PCB(9)/04.3 1 May 2004 At its fifth meeting, the Board asked for an evaluation "
            + "of the programme. The report is attached.")
        XCTAssertEqual(run.title, "Evaluation of the Water Programme")
        let lines = try parseReport("PROGRAMME COORDINATING BOARD Ninth meeting Geneva, 3-4 June 2004 Provisional agenda item 3:\n\n"
            + "Evaluation of the Water Programme\n\nXYZ/PCB(9)/04.3 1 May 2004\n\nAt its fifth meeting, the Board asked for an "
            + "evaluation of the programme. The report is attached.")
        XCTAssertEqual(lines.title, "Evaluation of the Water Programme")
        XCTAssertTrue(PageChrome.isBoardCoverLine("Thirteenth meeting"))
        XCTAssertFalse(PageChrome.isBoardCoverLine("Evaluation of the meeting"))
        XCTAssertTrue(PageChrome.isDocumentSymbol("XYZ/PCB(9)/04.3 1 May 2004"))
        // NB: a page read as one line, its title before its first section's number and heading.
        XCTAssertEqual(CoverTitle.titleBeforeSection("1 Action Record 2013 1. Overview The Fund's record tracks the council's "
            + "decisions. It serves two purposes."), "Action Record 2013")
    }

    /// A host's slug heading yields to the cover that sets its words over short lines, with the line the cover read as one
    /// line writes after them; a host's heading that mangled an apostrophe (`ACMEis`) to the cover's spelling.
    func testASlugSpelledOverLinesAndAMangledHeading() throws {
        let slug = try parseReport("independent evaluation wxyz\n\n56\nAGENCY EVALUATION GROUP Independent Evaluation WXYZ Agency "
            + "Centre for Water (WXYZ) New Delhi, India UNITED NATIONS WATER ORGANIZATION\n\nUpload: others\n\nTRANSCRIPT\n\n"
            + "Page 1: Independent Evaluation WXYZ\n\nAGENCY EVALUATION GROUP\n\nIndependent Evaluation\n\nWXYZ\n\n"
            + "Agency Centre for Water (WXYZ) New Delhi, India\n\nUNITED NATIONS\n\nWATER ORGANIZATION\n")
        XCTAssertEqual(slug.title, "Independent Evaluation WXYZ Agency Centre for Water (WXYZ) New Delhi, India")
        let mangled = try parseReport("ACMEis Global Water Function\n\nI want to sing like the birds sing. Rumi\nUploaded by Rumi\n\n"
            + "Recommend Stories\n\nIdea Transcript\n\nacme\n\nIndependent Thematic Evaluation\n\nACME’s Global Water Function\n\n"
            + "Vienna, 2013")
        XCTAssertEqual(mangled.title, "ACME’s Global Water Function")
        XCTAssertTrue(PageChrome.isChrome("Idea Transcript"))
        XCTAssertNil(PageChrome.titleSpelledBelow(["Evaluation of the Programme", "Evaluation of the Programmes"], at: 0))
        // NB: a host's heading the cover writes after its symbol is the board's name.
        let board = try parseReport("Board of the Water Entity for Rivers\n\nTranscription\n\n1 United Nations ABC/2014/CRP.10 Board of "
            + "the Water Entity for Rivers Second regular session 2014 What can we learn? A review of the entity's evaluations in 2013 "
            + "Following its evaluation plan, the office reviewed the entity's evaluations.")
        XCTAssertNil(board.title)
    }

    /// A publisher's notice in Spanish or French, its heading and a transcription's page number run into it, or saying in its
    /// first sentence that the views are not the publisher's, is no summary; nor is a page's record of its date before the
    /// text. A commissioning label alone on its line names the owner on the next.
    func testNoticesInOtherLanguagesAndADateRecordAreNoSummary() throws {
        let rows: [(String, String)] = [
            ("El análisis y las recomendaciones de este informe no reflejan necesariamente los puntos de vista del Fondo.",
             "La evaluación examinó cuatro años de trabajo en la región."),
            ("2 Exención de responsabilidad Las opiniones expresadas en este informe son las del equipo de evaluación.",
             "La evaluación examinó cuatro años de trabajo en la región."),
            ("Exception : Le contenu de ce rapport ne reflete pas nécessairement l’opinion de l’agence. Il s’agit des consultants.",
             "L’évaluation a examiné quatre années de travail dans la région."),
            ("The analysis and recommendations of this report do not necessarily reflect the views of the Fund.",
             "The evaluation looked at four years of work in the region."),
        ]
        for (notice, summary) in rows {
            XCTAssertEqual(try parseReport("Evaluation of the fisheries project\n\n" + notice + "\n\n" + summary).summary, summary, notice)
        }
        XCTAssertFalse(ReportParser.isDisclaimer("The findings do not necessarily hold elsewhere. The views expressed here are the team's."))
        let dated = try parseReport(" date 2021-11-30 Managed by the evaluation office, this evaluation was conducted by a firm. It served "
            + "learning and accountability.\n")
        XCTAssertEqual(dated.summary, "Managed by the evaluation office, this evaluation was conducted by a firm. It served learning and accountability.")
        XCTAssertEqual(ReportParser.droppingRecordDate("Date of the mission was set in 2021 by the team."), "Date of the mission was set in 2021 by the team.")
        let mandated = try parseReport("s\nt\nn\nÉvaluation à mi-parcours du programme de pays\n\nMandaté par le:\nBureau d'Evaluation du PAM\n\n"
            + "Le programme a atteint ses objectifs dans la plupart des domaines.")
        XCTAssertEqual(mandated.organizations, ["WFP"])
        XCTAssertEqual(CoverTitle.droppingYearCode("2006 Peru: Evaluación final del programa de agua"), "Peru: Evaluación final del programa de agua")
    }

    /// A board or committee document numbers every paragraph: its first, standing as a paragraph, is the summary without
    /// its number (paragraphs run together cut at the next number); a list's short item, one under a zone's heading, or
    /// one opening the page (a list saved apart from its page's header) is none.
    func testABoardDocumentsFirstNumberedParagraphIsTheSummary() throws {
        let rows: [(String, String?)] = [
            ("FUND FOR EMERGENCIES\n\nFund Two Year Evaluation: Response Matrix\n\n1. As requested by the Assembly, the "
                + "Secretary-General commissioned an independent review of the Fund in 2008. The review found it useful.\n\n"
                + "2. The report summarized the findings of the review.",
             "As requested by the Assembly, the Secretary-General commissioned an independent review of the Fund in 2008. "
                + "The review found it useful."),
            ("Progress Report on the Follow-up\n\n1. This progress report gives in a table the status of the items for which "
                + "the committee asked for follow-up action.\n\nSchedule of the Committee\n",
             "This progress report gives in a table the status of the items for which the committee asked for follow-up action."),
            ("# source: https://gate.example.org/11294\n1. Négocier avec les donateurs à l’étape de conception des projets sur la base de la Note afin d’assurer un meilleur "
                + "alignement de leurs indicateurs. 2. Renforcer les capacités des unités genre des départements ministériels et "
                + "des points focaux genre autour des procédures de gestion ; associer aux\n*Comments\n", nil),
            ("Evaluation of the water project\n\n1. Train the staff. 2. Buy the pumps that the villages asked for in the survey "
                + "of the last two years, and train the committees that keep them working.\n", nil),
            ("Evaluation of the water project\n\n1. Train staff.\n\n2. Buy pumps.\n", nil),
            ("Evaluation of the water project\n\nRecommendations\n\n1. The office should train all of its staff in the "
                + "methods of monitoring and evaluation by the end of next year.\n", nil),
        ]
        for (text, summary) in rows { XCTAssertEqual(try parseReport(text).summary, summary, text) }
    }

    /// A cover's lines run together (in capitals, title case or small caps read as text), a copyright notice, a report's
    /// standard front matter and a page's record of its dates are no summary; a cover read as one line gives the text
    /// after its symbol and date, or after its title and first section's number and heading.
    func testCoverRunsFrontMatterAndDateRecordsAreNoSummary() throws {
        let rows: [(String, String?)] = [
            ("Review of Development Effectiveness, 2012-2015\n\nuniteD nationS FunD: RevieW oF DeveloPMent eFFeCtiveneSS, "
                + "2012-2015 Final Report\n\n© United Nations Fund, New York, 2016 United Nations Fund Three United Nations Plaza "
                + "New York, New York 10017\n\nOctober 2016\n\nThe purpose of publishing evaluation reports produced by the "
                + "Evaluation Office is to fulfil a commitment to transparency.\n\nThe contents of the report do not necessarily "
                + "reflect the policies or views of the Fund.\n\nThe text has not been edited to official publication standards.",
             nil),
            ("Independent evaluation of the centre\n\nIndependent Evaluation CSSIC Centre for South-South Industrial Cooperation "
                + "(CSSIC) New Delhi, India UNITED NATIONS INDUSTRIAL DEVELOPMENT ORGANIZATION\n\nThe designations employed "
                + "and the presentation of material in this publication do not imply\n\nthe expression of any opinion on the part "
                + "of the United\n\nNations Industrial Development Organization concerning the legal status of any country.\n\n"
                + "Mention of company names and commercial products does not imply the endorsement of\n\nUNIDO.\n\n"
                + "This document has not been formally edited.\n", nil),
            ("This evaluation was performed between 09/16/2016 and 09/15/2017 and the final report was submitted on 07/28/2017."
                + "\n\nPurpose of the Evaluation\n\nThe purpose of this evaluation was to identify the strengths of the program.",
             "The purpose of this evaluation was to identify the strengths of the program."),
            ("COORDINATING BOARD Tenth meeting Geneva, 11-12 December 2002 Provisional agenda item 2: Evaluation of the Programme "
                + "XYZ/PCB(10)/02.2 11 November 2002 At its seventh meeting in 1998, the Board endorsed the plan for the "
                + "evaluation of the programme.\n",
             "At its seventh meeting in 1998, the Board endorsed the plan for the evaluation of the programme."),
            ("1 Action Record 2013 1. Overview The Action Record tracks the adoption of the council's decisions on the "
                + "evaluations.\n", "The Action Record tracks the adoption of the council's decisions on the evaluations."),
        ]
        for (text, summary) in rows { XCTAssertEqual(try parseReport(text).summary, summary, text) }
        XCTAssertFalse(ReportParser.isCoverRun("The evaluation covers the years 2012 to 2015 and was cut by the host"))
        XCTAssertFalse(ReportParser.isDateRecord("The evaluation ran from 09/16/2016 to 09/15/2017. It covered three countries."))
    }
}
