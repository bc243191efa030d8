import Foundation
import XCTest
@testable import EvalETL

/// Pages that are no evaluation document, each with the reason its reject gives; evaluations in prose pass.
final class NotAnEvaluationTests: XCTestCase {
    func testReasons() {
        let rows: [(String, String?)] = [
            ("Home\nAbout us\nEvaluations\nSearch\nContact\nResources", "only site navigation"),
            ("Success message\nerror message\nShare", "only page chrome, no content"),
            // A saved site's menus, its chrome beside them: office names run to a dozen words, no sentence ends.
            ("Search\nLogin\nToggle navigation\nEvaluations by Regions\nRegional Office for East and Southern Africa (Kenya)\n(RO)\n"
                + "Multi-Country Office for India, Bhutan, Maldives, and Sri Lanka\n(MCO)\nKenya\n(CO)", "only site navigation"),
            ("Search\nRegional Office for East and Southern Africa (Kenya)\nThe office closed the evaluation in 2019.\nKenya", nil),
            ("Hello world", "prose that names no evaluation"),
            ("Frequently Asked Questions\n\nAccess to ERC\n\n1. Do I need a password to view an evaluation report?\n"
                + "2. What is an evaluation plan?", "a page of the site (Frequently Asked Questions), no evaluation"),
            ("Hello world. This page has nothing to say about anything at all, really nothing.", "prose that names no evaluation"),
            ("Evaluations\nFinal evaluation of the water project, Kenya\nMid-term review of the justice programme\n"
                + "Evaluation of the UNDAF 2012-2016, Fiji\nTerminal evaluation of the GEF forest project", "a listing of 4 evaluations"),
            // A listing that credits each evaluation's consultants on a line of its own counts the evaluations, not the lines.
            ("Evaluation reports\n1. Decent jobs in the garment sector (Final Evaluation Summary)\n14 April 2016\n"
                + "Project: GLO/14/27/NET - Evaluation Consultant: Maria Lopez\n2. Thematic Funding for 2014-2015 (Final Evaluation Summary)\n"
                + "01 March 2016\nProject: GLO/14/67/SID - Evaluation Consultant: Peter Novak\n"
                + "3. Rural roads maintenance - (Midterm Evaluation Summary)\n18 February 2016\n"
                + "Project TIM/11/01/EEC - Evaluation consultants: Ian Mercer (Team Leader)\n4. Gender Action Plan 2010-15 (Full Report)\n"
                + "09 February 2016\nEvaluation consultant: Ana Ruiz", "a listing of 4 evaluations"),
            // A listing with a paragraph under each title dates each one.
            ("Evaluation reports\n\n2020\n\n1. High-level independent evaluation of the Decent Work Programme in the Andean countries\n\n"
                + "29 October 2020\n\nThe purpose of the evaluation is to determine how well the Andean countries achieved the outcomes "
                + "laid out in their action programmes, how the work was organized, and what it left behind for the countries.\n\n"
                + "2. High-level independent evaluation of research and knowledge management, 2010-2019\n\n22 October 2020\n\n"
                + "This report presents the findings of the high-level evaluation of the strategies and approaches to research in the office.\n\n"
                + "3. Annual evaluation report 2019-20\n\n20 October 2020\n\nThis year in review reflects on the progress made in the "
                + "evaluation strategy, and on what the evaluations of the year found about the office's work and results.", "a listing of 3 evaluations"),
            ("Management response template\nEvaluation title:\nRecommendation 1: [Insert recommendation]\n"
                + "Management response: [Insert response]\nKey action:\nResponsible unit:\nTimeframe:", "an empty template"),
            (String(repeating: "Ã¿Ð\u{A4}ö¤Â\u{80}Ÿ«»±", count: 20), "no readable text (random bytes?)"),
            ("Report on the field monitoring mission: women's shelters\n\nThe mission visited four shelters in Sindh "
                + "and met their staff and residents over two weeks.", nil),
            ("Final evaluation of the project\nThe evaluation found that the project met most of its targets.", nil),
            // NB: exports that write NBSP for every space are still prose, not a menu or random bytes.
            (("Report on the workshop\n\nThe workshop met in Sialkot to share what the pilot learned over two years.\n"
                + "Partners spoke about their work.\nThe report closes with lessons.").replacingOccurrences(of: " ", with: "\u{A0}"), nil),
        ]
        for (text, want) in rows {
            XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text)
        }
    }

    /// A governing body's meeting document is no evaluation unless it is one evaluation's report or the response to one;
    /// a host's `Similar documents` list under a title and records of labelled fields under each title are listings.
    func testBoardDocumentsAndListings() {
        let rows: [(String, String?)] = [
            ("Budget Section\n\nSummary findings of the independent evaluation of the office\n\nIn this document, the Governing Body "
                + "is provided with the findings of the evaluation of the office. See the draft decision in paragraph 12.\n\n"
                + "Meeting document | 1 March 2020",
             "a governing body's meeting document about evaluation (no evaluation's report), no evaluation"),
            ("E Executive Board Session Rome Agenda item 7 Distribution: GENERAL ABC/EB.A/2020/4-C SUMMARY EVALUATION REPORT—X PORTFOLIO "
                + "For consideration\n\nThe evaluation assessed the portfolio's relevance and results over four years.", nil),
            ("Executive Board Second Session Distribution: GENERAL ORIGINAL: ENGLISH\n\nABC/EB.2/2009/6-C/Add.1\n\nThis document is "
                + "submitted to the Executive Board for consideration.\n\nThe Secretariat invites members of the Board to ask.\n\nA\n\nB\n\n"
                + "C\n\nD\n\nE\n\nF\n\nG\n\nH\n\nI\n\nThis document presents the Secretariat's response to the recommendations "
                + "of the evaluation of X.", nil),
            ("Evaluation of X\n\nThe evaluation of X found that the programme was relevant, and its "
                + "report goes to the Executive Board for consideration.", nil),
            ("Management response to the evaluation of X\n\nSimilar documents\nREPORTS. Agenda item 6\nUPDATE ON THE ROAD MAP\n"
                + "TERMS OF REFERENCE EVALUATION OF Y\nFinancial Framework Review\nPolicy on Country Plans\nBUDGET INCREASE TO Z",
             "a listing of 6 documents (a document host's similar documents)"),
            ("Audit of the office in X\n\nProgramme evaluation of Y (2020-2022)\n\nDocument date: 2022\n\nEvaluation type: Country\n\n"
                + "Region: East Africa\n\nThis evaluation assesses the programme and what it left behind for the next cycle.\n\n"
                + "Formative evaluation of Z\n\nDocument date: 2024\n\nEvaluation type: Global\n\nRegion: n/a\n\n"
                + "The formative evaluation of Z assesses the performance of the office in the crisis.",
             "a listing of 2 evaluations"),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        XCTAssertNil(NotAnEvaluation.recordListing(["Evaluation date: 2019", "Evaluation type: Final", "Region: Asia"]))
    }

    /// A table of contents' dot leaders, `____` rules and `----` lines are no random bytes: a run of one
    /// repeated mark counts as no character at all.
    func testLeadersAndRulesAreNoRandomBytes() {
        let leader = String(repeating: ".", count: 90)
        let toc = "Final evaluation of the school meals programme\n\nTable of Contents\n"
            + "1. Background \(leader) 1\n1.1. Introduction \(leader) 1\n1.2. Context \(leader) 2\n"
            + "2. Reason for the Evaluation \(leader) 5\n" + String(repeating: "_", count: 80) + "\n"
            + String(repeating: "-", count: 80) + "\n3. Scope \(leader) 7\n"
            + "The evaluation found that the programme reached most schools in the four districts it served, "
            + "and that attendance rose where the meals came every day."
        XCTAssertNil(NotAnEvaluation.reason(Document.splitLines(toc)))
        // Random bytes stay random, leaders among them or not.
        XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(String(repeating: "Ã¿Ð\u{A4}ö¤Â\u{80}Ÿ«»±....", count: 20))),
                       "no readable text (random bytes?)")
        let rows: [(String, Int, Int?)] = [
            ("Background ..... 1", 11, 5), ("e.g. x", 1, nil), ("x ___ y", 2, 3), ("a……… b", 1, 9), ("aaaa", 0, nil), ("-- x", 0, nil),
        ]
        for (line, at, want) in rows {
            let got = Array(line.utf8).withUnsafeBufferPointer { NotAnEvaluation.leaderRun($0, at: at, width: Scalars.decode($0, at: at).width) }
            XCTAssertEqual(got, want, line)
        }
    }

    /// A job advertisement or an evaluator's terms of reference (two job cues, or a title that says so) and an
    /// evaluation office's annual report are no evaluation; a report that names its own terms of reference is one.
    func testJobAdvertisementsTermsOfReferenceAndOfficeReports() {
        let job = "a job advertisement or terms of reference for an evaluator, no evaluation"
        let office = "an evaluation office's annual report, no evaluation"
        let rows: [(String, String?)] = [
            ("International Consultant for Final Evaluation of the Country Office Strategic Note\nAdvertised on behalf of :\n"
                + "Location : Home based\nApplication Deadline :07-Nov-21\nType of Contract :Individual Contract\n"
                + "Post Level :International Consultant\n\nThe consultant will conduct the final evaluation of the programme.", job),
            ("International Evaluator - Terminal Evaluation for a GEF project\nThis opening expired 2 years ago. Do not try to "
                + "apply for this job.\nApplication deadline 2 years ago: Sunday 20 Feb 2022\nBackground\n"
                + "The project was designed to support the government in its climate policy.", job),
            ("These terms of reference guide the services sought by the Independent Evaluation Service for a national "
                + "evaluation consultant.\n\nThe purpose of this evaluation is threefold.", job),
            ("# Terms of Reference: final evaluation of the water project\n\nThe evaluation will assess the project's results.", job),
            ("International Labour Organization\nConsultancy: Independent Mid-term Evaluation of the Migration Programme\n"
                + "The office is looking for a team of evaluators to conduct the mid-term evaluation.", job),
            ("Home\nSTRATEGIC EVALUATION OF\nEVALUATION QUALITY ASSURANCE SYSTEM Office of Evaluation TERMS OF REFERENCE "
                + "STRATEGIC EVALUATION OF SCHOOL FEEDING 1 Table of Contents 1. Background ........ 1", job),
            // A report names its terms of reference (in its contents, as an annex, in its methodology) and stays one.
            ("Final evaluation of the water project\n\nTable of contents\n1. Introduction ........ 1\n"
                + "Annex 1. TERMS OF REFERENCE\nTerms of reference ........ 46\n\n"
                + "The evaluation followed its terms of reference and visited each duty station of the project.", nil),
            ("Mid-term review of the justice programme\n\nMethodology\nIn line with the terms of reference, the team "
                + "interviewed 40 people. The terms of reference asked for a review of the programme's annual reports.", nil),
            ("2012 Biennial Report on Evaluation\nResource date: 2012\nThe purpose of the biennial report on evaluation is "
                + "to assess the performance of the evaluation function.", office),
            ("UNHCR Evaluation Office\nAnnual Report 2022\nEvaluating what works\n19 evaluations completed, a record high since 2018.", office),
            ("Foreword\nThis 2019 Annual Evaluation Report, the fourth produced under the policy, highlights the steps taken.", office),
            ("Executive Board Annual session 2017 Item 7 Annual report for 2016 on the evaluation function in UNICEF. Summary: "
                + "the present report documents evaluation activities.", office),
            ("Final evaluation of the project\nThe evaluation reviewed the programme's annual reports and the minutes of its board.", nil),
            ("Date: 5 May 2020\nForeword\nIt is in times of crisis that evaluation matters.\nAs the response grows, so does the need.\n"
                + "This 2019 Annual Evaluation Report, the fourth under the policy, highlights the steps taken.", office),
            // A page that says where an evaluation office reports names the annual report; it is not one.
            ("Final evaluation of the country programme\nPreface\nEvaluation serves accountability and learning.\n"
                + "The Evaluation Office was set up in 2013. It reports directly to the Executive Board, including through the "
                + "Annual Report on Evaluation, and keeps every evaluation public.", nil),
        ]
        for (text, want) in rows {
            XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text)
        }
    }

    /// Procurement notices, evaluation policies, plans of evaluations, and terms of reference and annual reports in
    /// Spanish and French say what they are in their opening lines; a report that names one stays a report.
    func testNoticesPoliciesPlansAndOtherLanguages() {
        let rows: [(String, String?)] = [
            ("View Notice\nRFP - Request for proposal Consultancy for the evaluation of the health programme\n"
                + "Procurement Process :RFP - Request for proposal\nDeadline :27-Sep-19\nThe consultancy will evaluate the project.",
             "a procurement notice (a request for proposals), no evaluation"),
            ("Country programme evaluation 2018-2022 Request for proposal\nReference: 91\nDeadline on: 26-Jul-2021 00:00\n"
                + "The present terms describe the evaluation of the programme.", "a procurement notice (a request for proposals), no evaluation"),
            ("Search Documents\nAgency Evaluation Policy (2018)\nThe revised evaluation policy presents the purpose of evaluation.",
             "an evaluation policy, no evaluation"),
            ("Programme committee session\nÉvaluations 2019-2021 – plan de travail indicatif à horizon mobile\n"
                + "Le présent document propose un plan de travail pour les évaluations.", "a plan of evaluations, no evaluation"),
            ("Términos de Referencia para la evaluación final del programma\nLa evaluación examinará los resultados del programa.",
             "a job advertisement or terms of reference for an evaluator, no evaluation"),
            ("Rapport annuel 2020 sur la fonction d’évaluation\nLe présent rapport présente les évaluations de l'année.",
             "an evaluation office's annual report, no evaluation"),
            // Reports that name a policy, a procurement or a plan stay reports.
            ("Evaluation of the Agency Evaluation Policy\nThe evaluation of the policy looked at how it is applied.", nil),
            ("Agency test page\nEvaluation at the agency serves accountability.\nThe office prepares a biennial evaluation work "
                + "plan and budget, approved by the board.", nil),
            ("Final evaluation of the water project\nThe evaluation was procured through a request for proposal in 2019, "
                + "in line with the evaluation policy.\nThe project brought water to twelve villages.", nil),
        ]
        for (text, want) in rows {
            XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text)
        }
    }

    /// Pages about evaluations that are none: a board's decision, a guide to management responses, a news item, a Word
    /// file's bytes read as text; a short report that tells its workshop or who took part (one news phrase), and an
    /// evaluation of guidance, stay reports.
    func testDecisionsGuidanceNewsAndWordFiles() {
        let board = "a governing body's meeting document about evaluation (no evaluation's report), no evaluation"
        let guidance = "guidance on evaluations or their management responses (a handbook, a procedure), no evaluation"
        let news = "a news item about an evaluation (an event told in the past), no evaluation"
        let rows: [(String, String?)] = [
            ("Board Decisions\n\nApproved by the Board on: 1 May 2010\n\nMid-term review\n\nThe Board approves the review plan "
                + "and its budget, as presented by the evaluation group.", board),
            ("B.10/02: Budgets of the units for 2020\n\nThe Board, having considered document X/B.10/4 on the evaluation unit's "
                + "work plan:\n\n1. Approves the budget;\n\n2. Notes that the unit may present a request for consideration at its next meeting.",
             board),
            ("Agency Handbook\n\nIV. Management Response\n\nThe management response is the written response of management "
                + "to the evaluation and its recommendations.", guidance),
            ("Roles and Responsibilities\n\nManagement response to evaluations\n\nThe management response should be prepared "
                + "within four weeks of the evaluation report.", guidance),
            ("2.1 Preparation of the management response\n\nEvery evaluation should be followed by a management response.", guidance),
            ("Le ministère fait le point sur la stratégie\n\nL'atelier de validation du rapport d'évaluation s'est tenu le "
                + "mardi 3 mai 2022 à Bamako et a vu la participation des partenaires.", news),
            ("L'atelier s'est tenu le 3 mai 2022. Plusieurs acteurs ont pris part aux échanges.\nLe rapport sera publié.", news),
            // One such phrase is an evaluation's own: who took part, when its workshop was held.
            ("Plusieurs acteurs ont pris part aux échanges.\nCette évaluation a permis de mesurer les résultats du projet.", nil),
            ("Final evaluation of the literacy project\n\nSixty teachers took part in the interviews. The project met its "
                + "targets in four districts.", nil),
            ("\u{0871}> Y ;hbjbj h h Nkbkb^E b#b#$$$ Recommendation No. 1. The evaluation recommends that the plan be revised.",
             "a Word (.doc) file's bytes read as text: save it as text or PDF first"),
            ("Evaluation of the agency's guidance on child protection\n\nThe evaluation found the guidance clear and used.", nil),
            ("Final evaluation of the water project\n\n" + String(repeating: "The project brought water to twelve villages and "
                + "trained their committees. ", count: 50) + "A validation workshop was held on 3 May 2019.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
    }

    /// A report's prose wrapped a line at a time (a PDF's text) names evaluations on many lines; those lines run on from
    /// one another and are no listing's items. A listing's titles stand whole, a line each.
    func testWrappedProseIsNoListing() {
        let wrapped = "Final Evaluation of the Water Project in Kenya\n\n"
            + "The evaluation looked at the water project that the ministry ran in\n"
            + "four counties of Kenya from 2016 to 2020. The evaluation team visited\n"
            + "twelve villages and met their water committees. The review found that\n"
            + "most schemes still work and that the committees collect their fees. The\n"
            + "assessment of the committees recommends more training for them."
        let rows: [(String, String?)] = [
            (wrapped, nil),
            (wrapped.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "Kenya  ", with: "Kenya\n\n"), nil),
            // A cover's running head cut on `of`, and a paragraph whose lines end open or run on in lower case.
            ("Support to the Justice Programme - Final Independent Project Evaluation of\n\nAGENCY OFFICE IN VIENNA\n\n"
                + "Final Independent Project Evaluation of the\nSupport to the Justice Programme\n\n"
                + "Support to the Justice Programme - Final Independent Project Evaluation of\n"
                + "The Independent Evaluation Unit (IEU) of the agency provides tools, guidelines and\n"
                + "Templates to be used in the evaluation process of projects. The evaluation of\n"
                + "Independent Project Evaluations is one of quality assurance and review for\n"
                + "Programme managers, who schedule and manage the evaluation.", nil),
            // A listing's titles, blank lines between or none, stay a listing.
            ("Evaluations\n\nFinal evaluation of the water project, Kenya\n\nMid-term review of the justice programme\n\n"
                + "Evaluation of the UNDAF 2012-2016, Fiji", "a listing of 3 evaluations"),
            // A title's date below it may open in lower case (`juin 2018`); a paragraph under each.
            ("Country programme evaluation of Kenya\n\njuin 2018\n\nThe evaluation reviewed how the programme grew since the "
                + "fund started its work in 1996.\n\nCountry programme evaluation of Chad\n\navril 2018\n\nThis is the first "
                + "evaluation of the programme in Chad and it covers the whole partnership.\n\nCountry programme evaluation of Mali"
                + "\n\nmars 2018\n\nThe evaluation covers ten years of the partnership between the government and the fund.",
             "a listing of 3 evaluations"),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        let lines: [Substring] = ["Final evaluation of X", "Mid-term review of Y", "The evaluation team visited four",
                                  "districts. The review found that", "Quality assurance review of Z", "is one of"]
        XCTAssertEqual(lines.indices.map { NotAnEvaluation.isItemShaped(lines, at: $0) }, [true, true, false, false, false, false])
    }

    /// A job board's advertisement (`Full Time`, `Posted 2 years ago`), terms of reference that call themselves so in
    /// their first paragraph, and a site's search results are no evaluation; a report that worked full time or followed
    /// its terms of reference, or shows a count of its own, stays one.
    func testJobBoardsTermsThatSaySoAndSearchResults() {
        let job = "a job advertisement or terms of reference for an evaluator, no evaluation"
        let rows: [(String, String?)] = [
            ("National Evaluation Specialist (Consultant) – Home-based\n\nFull Time\nPosted 3 days ago\n\nBackground\n\n"
                + "The agency's country office runs a programme on water and asks for its final evaluation.", job),
            ("Final evaluation of the water project\n\nFull Time\n\nThe coordinator worked on the evaluation of the project.", nil),
            ("Background\n\nIntroduction\n\nAll projects of the fund undergo a Terminal Evaluation at their end.  This Terms of "
                + "Reference (ToR) sets out the expectations for the evaluation of the wind project.", job),
            ("Final evaluation of the wind project\n\nThe evaluation followed these terms of reference and visited the site.", nil),
            // A procurement notice quotes the terms of reference it buys: it is the notice.
            ("Country programme evaluation Request for proposal\nReference: 91\nDeadline on: 26-Jul-2021 00:00\n\nIntroduction\n\n"
                + "Les présents termes de référence de l'évaluation du programme ont été élaborés selon la politique.",
             "a procurement notice (a request for proposals), no evaluation"),
            ("The office publishes what evaluations learned.\nFilters\nEvaluation Learnings Search Results\n"
                + "Showing 11 - 20 of 1,204Project Title | Evaluation Type |\nWater for schools Learning Description The project "
                + "learned that committees need training.", "a listing of a site's search results (11 - 20 of 1,204)"),
            ("Final evaluation of the water project\n\nShowing the results of 12 evaluations of the fund, the review found gaps.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
    }

    /// A site's listing of blurbs under dates or under titles its list marks stand above, a search's `N results found`,
    /// a call for a consultant, a newsletter's issue, management's response to an office's annual report and a section's
    /// page that names no evaluation are no evaluation; a report's headings over paragraphs and one document's page stay one.
    func testBlurbListingsSearchCountsCallsNewslettersAndSectionPages() {
        let entries = "a listing of 3 entries (a blurb under each date or title)"
        let rows: [(String, String?)] = [
            ("Evaluation at ACME\n\nCompleted evaluations\n\n03/04/2024\n\nThe evaluation found the dairy project relevant to "
                + "farmers but weak on its exit strategy.\n\n03/04/2024\n\nThe project met its seed targets and its training reached "
                + "women in two provinces.\n\n12/03/2024\n\nThe evaluation makes five recommendations on water governance, among them "
                + "a shared data platform.", entries),
            ("Evaluation Unit (EU)\n-\nMid-term evaluation of the fisheries programme (2019-23)\nThis evaluation looks at the "
                + "relevance and results of the fisheries programme in three provinces.\n-\nFinal evaluation of the school meals project\n"
                + "The purpose of the evaluation is to learn what the school meals project left in the districts.\n-\n"
                + "Annual evaluation report 2022-23\nThis year's report gives a status update on the strategy and on the "
                + "evaluations completed.", entries),
            ("Final evaluation of the school project\n\nPurpose of the evaluation\n\nThe evaluation assesses the relevance of the "
                + "project and what it left in the districts it served.\n\nScope of the evaluation\n\nThe evaluation covers the years "
                + "2018 to 2022 and the four districts where it worked.\n\nMethods of the evaluation\n\nThe evaluation team "
                + "interviewed fifty people and visited twelve schools.", nil),
            ("Final evaluation of the school project\n•\nStrengthen the monitoring\nThe evaluation recommends that the office "
                + "track attendance each term in every school.\n•\nShare the data\nThe evaluation recommends that districts see the "
                + "figures each month and act on them.\n•\nKeep the meals\nThe evaluation recommends that meals go on in the dry "
                + "season when attendance falls.", nil),
            ("104\nresults found\nDate:\nThe evaluation assessed the relevance of the office's policy advocacy work.\nDate:\n"
                + "This meta-synthesis collates what the office's evaluations found.", "a listing of a site's search results (104 results found)"),
            ("Key results found\n\nThe evaluation found that the project reached most of its targets in the districts.", nil),
            ("Terminal Evaluation Expert: Lake project\n\nInterested parties are invited to apply for the terminal evaluation.\n\n"
                + "1. Letter of Confirmation of Interest and Availability\n2. Personal History Form (P11 form)",
             "a job advertisement or terms of reference for an evaluator, no evaluation"),
            ("Evaluation Matters\n\nACME Evaluation News: Issue 4, May 2024\n\nThis issue looks at how evaluation shapes the "
                + "agency's strategies, with findings from recent evaluations.", "a newsletter's issue (news of evaluations), no evaluation"),
            ("Subscribe to our newsletter\nFinal evaluation of the water project\nThe evaluation found that the project met its "
                + "targets in issue 2 of its plan.", nil),
            ("Management response to the annual report for 2020 on the evaluation function\n\nI. Introduction\n\n1. Management "
                + "welcomes the annual report and its account of the office's year.",
             "a management response to an evaluation office's annual report, no evaluation"),
            ("Agreements at Completion Point\n\nAfter each independent evaluation, the office and the managers agree an "
                + "action-oriented document on its recommendations.\n\nWest Africa\n\nEast Africa\n\nAsia",
             "a page of the site (Agreements at Completion Point), no evaluation"),
            ("Agreements at Completion Point\n\nRepublic of X: Country strategy and programme evaluation\n\nThe agreement "
                + "at completion point records the recommendations the partners accept.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        for (line, want) in [("18/02/2025", true), ("2025-02-18", true), ("2014-2016", false), ("31/02/2025", false), ("4 May 2012", true)] {
            XCTAssertEqual(NotAnEvaluation.isDateLine(line[...]), want, line)
        }
    }

    /// Spanish and French board documents, a board's cover over its title, a one-line cover's plan, a host heading's policy,
    /// a listing of teasers and a report on the follow-up of many evaluations are no evaluation; an evaluation a board
    /// document presents, and reports that name a plan or a follow-up, stay reports.
    func testBoardCoversTeasersAndFollowUpReports() {
        let board = "a governing body's meeting document about evaluation (no evaluation's report), no evaluation"
        let office = "an evaluation office's annual report, no evaluation"
        let rows: [(String, String?)] = [
            ("Consejo de Administración\nGB.999/PFA/9\nEvaluaciones de alto nivel de las estrategias\nEn este documento se presenta "
                + "un resumen de tres evaluaciones. Se invita al Consejo de Administración a que apruebe las recomendaciones (véase "
                + "el proyecto de decisión en el párrafo 20).", board),
            ("Conseil d’administration\nÉvaluations de haut niveau\nLe présent document résume trois évaluations. Le Conseil "
                + "d’administration est invité à approuver les recommandations (voir le projet de décision au paragraphe 20).", board),
            // The board's document that is one evaluation's report sets its title alone on a line below the header.
            ("United Nations DP/2030/4\nDistr.: General\nOriginal: English\nItem 4 of the provisional agenda\nEvaluation\n"
                + "Evaluation of the agency's support to rural roads in small islands\nThe evaluation office assessed the support "
                + "in nine islands and found the roads well built.", nil),
            ("Naciones Unidas E/ICEF/2030/9\nConsejo Económico y Social Distr. general\n12 de abril de 2030\nEspañol\n"
                + "Original: inglés\nAdopción de decisiones\nFondo de las Naciones Unidas\nJunta Ejecutiva\nPeríodo de sesiones anual\n"
                + "11 a 13 de junio de 2030\nTema 8 del programa provisional\nResumen del documento\nInforme anual de 2029 sobre la "
                + "función de evaluación\nEn el presente informe se ofrece un panorama de las evaluaciones del año.", office),
            ("Conseil économique et social - Fonds\n←\n→\nNations Unies E/ICEF/2030/19 Distr. générale Conseil d’administration "
                + "Point 8 de l’ordre du jour provisoire * Réponse de l’administration au rapport annuel de 2029 sur la fonction "
                + "d’évaluation à l’UNICEF Résumé L’administration soumet sa réponse au rapport annuel.",
             "a management response to an evaluation office's annual report, no evaluation"),
            ("comité du programme · 2030 · 2 pc 999/6\n10\nOctobre 2030 PC 999/6 Le code QR peut être utilisé pour télécharger le "
                + "présent document. F COMITÉ DU PROGRAMME Rome (Italie), 4-8 novembre 2030 Évaluations 2031-2033 – Plan de travail "
                + "indicatif à horizon mobile Résumé Le présent document donne des informations sur les évaluations prévues.",
             "a plan of evaluations, no evaluation"),
            ("Final evaluation of the water project. The evaluation was part of the office's evaluation work plan for 2030. "
                + "Summary The evaluation found that the project brought water to twelve villages.", nil),
            ("Home > Documents > The ABC Evaluation Policy · Independent Evaluation Office to the Council for decision after "
                + "consultation\nABC/C.56/02 Agenda Item 11 The ABC Evaluation Policy (Prepared by the Independent Evaluation Office)\n"
                + "The policy sets out the principles of evaluation at ABC, for decision.", "an evaluation policy, no evaluation"),
            ("ABC Independent Evaluation Office Evaluation Policy 2030\nThis policy sets out the principles of evaluation at ABC.",
             "an evaluation policy, no evaluation"),
            ("Our office evaluates its work to learn what works, for whom and why, and to account for its results to the board.\n"
                + "All Evaluation Reports\nMid-Term Evaluation of the Strategic Plan 2030-2035 (2/2031)\nThe evaluation assesses the "
                + "progress towards the plan's result, the extent to which the reforms of the system affected the plan, and how well the "
                + "office carried it out in its regions and in its many programmes at…\n+ Read now\nEvaluation of "
                + "the Regional Office for the Islands (3/2030)\nThe report provides information about the growth of the office and "
                + "the value it has added for the partners in the region in its short time, and it notes the effectiveness of the "
                + "office in the\n+ Read now\nEvaluation of the Cooperation Agreement with Norway "
                + "(2/2030)\nThis evaluation of the agreement was welcomed by the donor for its assessment of the results achieved and of the "
                + "performance of the 19 projects it funded over the four years…",
             "a listing of 3 entries (a blurb under each date or title)"),
            ("Final evaluation of the school project\nEvaluation of relevance and design\nThe evaluation found the programme "
                + "relevant to national priorities and well designed for its aims.\nAssessment of effectiveness and results\nThe "
                + "programme reached most of its targets in the four districts it served.\nReview of efficiency and management\nThe "
                + "office managed the funds well and reported on time to the donors.", nil),
            ("Informe del Presidente sobre el estado de aplicación de las recomendaciones de evaluación y las medidas adoptadas\n"
                + "El presente informe da cuenta del seguimiento de las recomendaciones de cuarenta evaluaciones.",
             NotAnEvaluation.followUpReport),
            ("Evaluation of the implementation status of evaluation recommendations\nThe evaluation found that the office "
                + "follows up most recommendations within two years.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        for (text, want) in [("Independent Evaluation Office", false), ("Evaluation of the policy", true),
                             ("Evaluación del programa", true), ("re-evaluation office", false)] {
            XCTAssertEqual(NotAnEvaluation.namesReview(text[...]), want, text)
        }
        for (line, want) in [("Evaluation of UNDP support to rural roads", true), ("Formative evaluation of the X programme", true),
                             ("Summary findings of the independent evaluation of X", false),
                             ("High-level evaluations of strategies and programmes", false)] {
            XCTAssertEqual(NotAnEvaluation.titlesOneEvaluation(line[...], words: NotAnEvaluation.wordCount(line[...])), want, line)
        }
    }

    /// Guidance on management responses and recommendations in general (rules said twice, or a `How to` title) is no
    /// evaluation; a response that says once how it should be read, or whose title names its evaluation, stays one.
    func testGuidanceThatPrescribes() {
        let guidance = "guidance on evaluations or their management responses (a handbook, a procedure), no evaluation"
        let rows: [(String, String?)] = [
            ("Recommendation follow-up\n\nRecommendations should be drawn from the conclusions of an evaluation. They must be "
                + "feasible.\n\nRecommendations should name who acts on them.", guidance),
            ("Step 2: Use the evaluation\n\nA follow-up plan lists the actions agreed.\n\nThe management response should state "
                + "whether management agrees. This response should be published.", guidance),
            ("Sign in\n\nHow to write a Management Response to an Evaluation Report\n\nUnit of Evaluations\n\n"
                + "The report is complete when the committee approves it.", guidance),
            ("Management response to the evaluation of the water project\n\nThe management response should be read with the "
                + "report. Recommendations should be implemented by 2021.", nil),
            ("Final evaluation of the water project\n\nRecommendations should be read with the findings. The project met its targets.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
    }

    /// An internal audit's report, a board's decision (numbered operative clauses under `The Executive Board`), a plan of
    /// evaluations titled with its years, and a quality assessment of one evaluation's report are no evaluation; an
    /// evaluation of an audit function, a response with a proposed decision on its cover, a meta-evaluation stay reports.
    func testAuditsDecisionsPlansAndQualityReviews() {
        let audit = "an internal audit report, no evaluation"
        let board = "a governing body's meeting document about evaluation (no evaluation's report), no evaluation"
        let review = "a quality assessment of an evaluation's report (a review of the report), no evaluation"
        let response = "Management response to the evaluation of the water programme\n\nRecommended decision\n\nThe Board, having "
            + "reviewed the document:\n\n1. Takes note of the management response;\n\n2. Requests the secretariat to act on it.\n\n"
            + String(repeating: "The management accepts the recommendation and will train the committees in each district. ", count: 8)
        let rows: [(String, String?)] = [
            ("REPORT 2020/045 INTERNAL AUDIT DIVISION. Audit of fleet management at the mission in Xland\n\nThe Office conducted "
                + "an audit of fleet management. The audit found that controls were partly adequate.", audit),
            ("Internal Audit of the Country Office in Yland\n\nMarch 2019\n\nOffice of Internal Audit and Investigations\n\n"
                + "Summary The office conducted an audit of the country office and of its programme.", audit),
            ("Joint evaluation of the internal audit function\n\nThe evaluation found that the audit of each office is timely.", nil),
            ("Evaluation (Agency)\n\nThe Executive Board\n\n1. Takes note of the annual report on evaluation (XX/2010/3);\n\n"
                + "2. Welcomes the efforts of the agency to meet its evaluation standards;\n\n3. Looks forward to reviewing the "
                + "standards at its next session.\n\n5 May 2010", board),
            ("Framework: Evaluation Unit recommendations to improve the framework, including the Secretariat management response"
                + "\n\nDecision code\nB.10/05\nDecision type\nIn-session\n\nThe Board, having considered document X/B.10/03:\n\n"
                + "1. Takes note of the findings and recommendations of the unit's report;\n\n2. Also takes note of the Secretariat "
                + "management response to the report; and\n\n3. Requests the Secretariat to report back at its next meeting.", board),
            (response, nil),
            ("Transitional budgeted evaluation plan, 2016-2017\n\nResource date: 2016\n\nThe plan is aligned with the evaluation "
                + "policy and covers corporate and programme evaluations.", "a plan of evaluations, no evaluation"),
            ("Evaluation of the budgeted evaluation plan, 2016-2017\n\nThe evaluation found that the plan covered most outcomes.", nil),
            ("Agency Global Evaluation Report Oversight System (GEROS) Review Template - Real Time Evaluation of the Response to "
                + "the Floods\n\nDate published\n08 Apr 2012\n\nThe system gives managers an independent assessment of the quality "
                + "of evaluation reports.\n\nThis GEROS examines the evaluation of the response to the floods.", review),
            ("Evaluation report\n\n2015 Global: GEROS - Global Meta-Evaluation Report 2014\n\nThe purpose of the system is to "
                + "ensure that evaluations meet their standards. In total, 69 reports were analysed.", nil),
            ("Evaluation of the data quality assessment tools\n\nThe evaluation found the tools used in most offices.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        XCTAssertEqual(["1. Takes note of X;", "2) welcomes Y", "1. The evaluation notes that", "Takes note of Z"]
            .map { NotAnEvaluation.isOperativeClause($0) }, [true, true, false, false])
    }

    /// A management response to a semi-annual evaluation report is no office's annual report; an empty quality-assessment
    /// form with its instructions in sentences is a template; guidance on an inception report's format, a news item of an
    /// evaluation's workshop, a short evaluation page with a field and a sentence, and a Danish summary are what they are.
    func testResponsesFormsGuidanceNewsAndShortPages() {
        let guidance = "guidance on evaluations or their management responses (a handbook, a procedure), no evaluation"
        let news = "a news item about an evaluation (an event told in the past), no evaluation"
        let rows: [(String, String?)] = [
            ("Council Meeting Agenda Item 9 MANAGEMENT RESPONSE TO THE SEMI-ANNUAL EVALUATION REPORT OF THE EVALUATION OFFICE"
                + "\n\nINTRODUCTION 1. This management response addresses the conclusions of the Comprehensive Evaluation of the "
                + "Facility.", nil),
            ("Management response to the Annual Evaluation Report 2019\n\nThe response addresses the recommendations of the "
                + "evaluation of the country programmes.", nil),
            ("Title of evaluation report:\n\nOVERALL RATING: [Insert overall level]\n\nSummary: Insert summary of the assessment "
                + "(ten lines at most)\n\nCriteria / Levels\n\n1. Structure of the report\nTo ensure the report is clear, complete, "
                + "well structured and written to the standards of the agency.\nChecklist of content:\n/ Please insert the level "
                + "followed by your comments.\n2. Executive summary\nTo give an overview of the evaluation, written as a section of "
                + "its own with the main results.", "an empty template"),
            ("Final evaluation of the water project\nDate: [date]\nManager: [name]\nThe evaluation found that the project brought "
                + "water to twelve villages and trained their committees.\nThe committees collect fees.", nil),
            ("Format for an 'Evaluation Inception Report' Version 2.\n\nBackground For most evaluations the terms of reference "
                + "ask for an inception report. It should give the manager a view of the tasks.\n\nSuggested list of contents", guidance),
            ("Inception phase\n\nThe Inception Report should set out the method in full. The ToR should be annexed to it.", guidance),
            ("Final evaluation of the water project\n\nThe report should be read with its annexes. The project met its targets.", nil),
            ("Country Programme Evaluation – National Workshop\nA national workshop for the Country Programme Evaluation took "
                + "place in the capital on 5 May, as the last step of the evaluation.\nThe workshop was co-organized by the ministry "
                + "and the evaluation office. Some 40 participants attended, from government and partners.", news),
            ("Final evaluation of the water project\n\nThe field mission took place in May 2019. The project met its targets.", nil),
            ("Final Evaluation of the Water Project in Kenya\nEvaluation Manager: Jane Doe\nThe evaluation assessed the project's "
                + "results.", nil),
            ("Mid-term Review: Justice Sector Support\nFinal Evaluation: Water Project in the North\n"
                + "Terminal Evaluation: Forest Project in the South", "a listing of 3 evaluations"),
            ("EVALUERING\nRESUMÉ\nEvaluering af dansk støtte\ntil civilsamfundet\nEvalueringen omfatter den bistand, Danmark "
                + "giver til organisationer.", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        XCTAssertFalse(NotAnEvaluation.namesOfficeReport(Array("the semi-annual evaluation report".utf8)))
        XCTAssertFalse(NotAnEvaluation.namesOfficeReport(Array("bi-annual report on evaluation".utf8)))
        XCTAssertTrue(NotAnEvaluation.namesOfficeReport(Array("2019 annual report on evaluation".utf8)))
    }

    /// English host furniture (`Download as pdf or txt`, `You are on page 1of 9`, `Page content transcription`) hides no
    /// cover; a board paper `Evaluation: annual report`, a year `in review` counting its evaluations, a plan titled `work
    /// programme`, a guide that says what it is, a profile of an evaluation function, a listing that dates and credits each
    /// title on one line, and trackers of many recommendations (a committee's cover, an action record, auditors') are no
    /// evaluation; a report on a year's floods, a follow-up to one evaluation and a report quoting a guide stay reports.
    func testHostChromeTrackersYearReviewsAndProfiles() {
        let office = "an evaluation office's annual report, no evaluation"
        let guidance = "guidance on evaluations or their management responses (a handbook, a procedure), no evaluation"
        let perspective = "a management response to an evaluation office's annual report, no evaluation"
        let rows: [(String, String?)] = [
            ("Download as pdf or txt\nDownload as pdf or txt\nYou are on page 1of 9\n\n2030\n\nANNUAL\nEVALUATION\nREPORT\n"
                + "Central Evaluation Unit\n\nForeword\nThe unit completed eleven evaluations in the year.", office),
            ("Evaluation: annual report\n\n1 GOVERNING BOARD GB9/9 9th session Provisional agenda item 7 Evaluation: annual report "
                + "1. The present report gives the progress made in the evaluation of the organization's work.", office),
            ("2030 in review\n- Completed 9 independent evaluations\n- Started 4 new evaluations\nIntroduction\nThe service "
                + "adapted its methods over the year.", office),
            ("2030 in review\nThe year saw floods in three provinces and the evaluation of the response began.", nil),
            ("Page content transcription\nIf your browser does not render page correctly, please read the page content below\n"
                + "March 2030 2030-2031 EVALUATION WORK PROGRAMME Evaluation Unit\nThe unit plans six evaluations.",
             "a plan of evaluations, no evaluation"),
            ("Terminal Evaluations 2030\nEvaluation Report:\nThe policy requires agencies to evaluate projects at completion. The "
                + "purpose of these guidelines is to support agencies in conducting terminal evaluations. These guidelines replace "
                + "the guidance of 2020.", guidance),
            ("Final evaluation of the forest project\nThe project followed the agency's procedures. These guidelines were issued "
                + "in 2019 and the project met its targets.", nil),
            ("Institution Background\nEvaluation Function\nThe office's evaluation function was created in 2001. It conducts "
                + "internal and joint evaluations, and takes part in the system's inter-agency evaluations.",
             "a page of the site (Institution Background), no evaluation"),
            ("Evaluation reports\nEvaluation report on the water project in Xland.pdf\nEvaluation report on the water project in "
                + "Xland.pdf\n2030  |  Author(s): Independent Evaluation Unit\nThe project brought water to twelve villages in the "
                + "north of the country, trained their committees and left them the tools to keep the pumps.\nEvaluation report "
                + "on the forest project in Yland.pdf\n"
                + "Evaluation report on the forest project in Yland.pdf\n2030  |  Author(s): Independent Evaluation Unit\nThe "
                + "project planted trees on four hills and paid the villages that kept them, so that the forest grew back over "
                + "the ten years the project ran.", "a listing of 2 evaluations"),
            ("PC 99/INF/3\nProgramme Committee\nHundredth Session\nRome, 9 – 13 May 2030\nProgress Report on the Follow-up to Past\n"
                + "Committee Recommendations\n1. This report gives the status of the items the Committee asked to follow up.",
             NotAnEvaluation.followUpReport),
            ("PC 99/5\nProgramme Committee\nHundredth Session\nRome, 9 – 13 May 2030\nProgress Report on the Follow-up to the\n"
                + "Evaluation of the Regional Offices\n1. This report gives the status of the evaluation's recommendations.", nil),
            ("management action record 2030 · overview the record tracks the level...\n1 Management Action Record 2030 1. Overview "
                + "The record tracks the adoption of the council's decisions made on the evaluation office's recommendations.",
             NotAnEvaluation.followUpReport),
            ("FINANCE COMMITTEE\nReport on the implementation of the External Auditor recommendations\nThis report gives the "
                + "progress made in implementing the recommendations made by the External Auditor.", NotAnEvaluation.followUpReport),
            ("Executive Board Annual session 2030 Item 7 of the provisional agenda Management perspective on the annual report for "
                + "2029 on the evaluation function 1. The present note gives management's perspective on the annual report.",
             perspective),
        ]
        for (text, want) in rows { XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text) }
        for (line, chrome) in [("Download as pdf or txt", true), ("You are on page 1of 21", true), ("Page content transcription", true),
                               ("If your browser does not render page correctly, please read the page content below", true),
                               ("You are on page two of the report", true), ("Download as part of the toolkit", false)] {
            XCTAssertEqual(PageChrome.isChrome(line), chrome, line)
        }
    }

    /// A report page its parser reads nothing from (a page's numbered list saved apart from its header) is a reject that says
    /// so; a page with a title or a summary is a report.
    func testReportReadingNothingIsAReject() throws {
        let parser = ScreenedParser(ReportParser())
        let fragment = Document(sourceFile: "f.txt", sha256: "", text: "1. Négocier avec les partenaires un meilleur alignement "
            + "des indicateurs. 2. Renforcer le suivi-évaluation des unités genre. 3. Mieux inclure les partenaires dans la note.\n*Comments")
        XCTAssertThrowsError(try parser.parse(fragment, parties: PartyLexicon.shipped)) { error in
            XCTAssertTrue("\(error)".contains("nothing read"), "\(error)")
        }
        let report = Document(sourceFile: "r.txt", sha256: "", text: "Final evaluation of the water project\n\nThe evaluation "
            + "found that the project brought water to twelve villages in the north.")
        XCTAssertEqual(try parser.parse(report, parties: PartyLexicon.shipped).title, "Final evaluation of the water project")
    }

    /// Words split at any space: ASCII spaces and tabs, and the NBSP and other spaces exports write.
    func testWordCount() {
        let rows: [(Substring, Int)] = [
            ("", 0), ("Home", 1), ("Home  About us", 3), ("a\tb c", 3), ("Home\u{A0}About\u{A0}us", 3),
            ("\u{3000}x\u{2003}y ", 2), ("évaluation réussie", 2), ("x\u{301} y", 2),
        ]
        for (line, words) in rows { XCTAssertEqual(NotAnEvaluation.wordCount(line), words, line.debugDescription) }
    }

    func testChromeIsNeverATitle() {
        let rows: [(String, Bool)] = [
            ("Success message", true), ("error message", true), ("warn message", true), ("Report Cover Image", true),
            ("Share", true), ("Download document TOR.pdf", true), ("# source: https://x", true),
            ("Go to ILO main website", true), ("Joint UNDAF Evaluation", false), ("Sharing lessons", false), ("", false),
        ]
        for (line, chrome) in rows { XCTAssertEqual(PageChrome.isChrome(line), chrome, line) }
        let doc = Document(sourceFile: "r.txt", sha256: "", text: "Success message\nShare\nReport on the evaluation of X\n\n"
                           + "The evaluation of X looked at the work done in the last five years across the region.")
        XCTAssertEqual(try ReportParser().parse(doc).title, "Report on the evaluation of X")
    }

    /// The title line of an ILO summary or a report: the first that is no chrome, footer or masthead.
    func testTitleIndex() {
        let rows: [(String, Int?)] = [
            ("Share\nPage 1 of 3\nILO EVALUATION\nFinal evaluation of X", 3),
            ("12\n\nReport on X", 2), ("**EVALUATION SUMMARY**\nReport on X", 1), ("ILO evaluation of X", 0),
            ("", nil), ("Success message\n\n© ILO 2011", nil),
        ]
        for (text, want) in rows {
            XCTAssertEqual(PageChrome.titleIndex(text.split(separator: "\n", omittingEmptySubsequences: false)), want, text)
        }
        for text in ["Page 1 of 3\nFinal evaluation of X\n\nThe evaluation of X looked at the work of five years.",
                     "ILO EVALUATION\nFinal evaluation of X\n\nThe evaluation of X looked at the work of five years."] {
            let report = try? ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: text))
            let summary = try? EvaluationSummaryParser().parse(Document(sourceFile: "s.txt", sha256: "", text: text))
            XCTAssertEqual(report?.title, "Final evaluation of X", text)
            XCTAssertEqual(summary?.title, "Final evaluation of X", text)
        }
    }
}
