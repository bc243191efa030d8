import XCTest
@testable import EvalETL

/// i-eval lessons: lists (lessons under their evaluation's title) and single `key:` / value records.
final class ILOLessonsParserTests: XCTestCase {
    func parse(_ text: String) throws -> ParsedDocument {
        let doc = Document(sourceFile: "l.txt", sha256: "", text: text)
        XCTAssertEqual(doc.kind.name, "ilo_lessons", text)
        return try doc.kind.parser.parse(doc)
    }

    func testSingleRecordOfKeyValueLines() throws {
        let p = try parse("""
            Lesson learned
            Lesson learned title: Coordinated communication
            Evaluation title:
            Final evaluation of the Decent Work project in Zambia
            Country: Zambia
            Administrative Office: CO-Lusaka
            Lesson learned: Early joint planning with partners
            saves time later.
            """)
        XCTAssertEqual(p.title, "Final evaluation of the Decent Work project in Zambia")
        XCTAssertEqual(p.office, "CO-Lusaka")
        XCTAssertEqual(p.countries, ["Zambia"])
        XCTAssertEqual(p.organizations, ["ILO"])
        XCTAssertEqual(p.findings, [ParsedFinding(kind: .lessonLearned, title: "Coordinated communication",
                                                  text: "Early joint planning with partners saves time later.")])
    }

    /// i-eval Discovery's own export: each field name on a line of its own (`eval_title:`), its value on the
    /// lines after it, perhaps every line a `- ` item; the page's heading above the fields names the evaluation.
    func testIEvalExportOfFieldNamesOnLinesOfTheirOwn() throws {
        let record = """
            Go to ILO main website
            Back to index
            Decent Work for Fishers in Ghana - Final evaluation

            eval_number:
            1234
            eval_url:
            https://example.org/eval/1234
            lessons_learned:
            themes:
            theme:
            Social dialogue
            comments:
            Project staff
            description:
            Joint planning with the fishers' unions
            made the training last.
            url:
            https://example.org/lessons/99
            location:
            country:
            Ghana
            eval_title:
            Phase 2: Decent Work for Fishers in Ghana - Final evaluation
            Skip to top
            """
        let plain = try parse(record)
        XCTAssertEqual(plain.docType, .evaluationSummary)
        XCTAssertEqual(plain.title, "Phase 2: Decent Work for Fishers in Ghana - Final evaluation")
        XCTAssertEqual(plain.countries, ["Ghana"])
        XCTAssertEqual(plain.findings, [ParsedFinding(kind: .lessonLearned, text: "Joint planning with the fishers' unions made the training last.")])

        // Cut before `eval_title:`, as items: the heading is the title.
        let lines = record.split(separator: "\n", omittingEmptySubsequences: false)
        let items = try parse((lines[..<3] + lines[4..<20].map { "- " + $0 }).joined(separator: "\n"))
        XCTAssertEqual(items.title, "Decent Work for Fishers in Ghana - Final evaluation")
        XCTAssertEqual(items.findings, plain.findings)

        let practice = try parse(record.replacingOccurrences(of: "lessons_learned:", with: "good_practices:"))
        XCTAssertEqual(practice.findings.map(\.kind), [.goodPractice])

        // Cut before `description:` (the export's long fields come first): the evaluation, and no lesson
        // made of field names, URLs and comments.
        let cut = try parse((lines[..<3] + lines[4..<14].map { "- " + $0 }).joined(separator: "\n"))
        XCTAssertEqual(cut.title, "Decent Work for Fishers in Ghana - Final evaluation")
        XCTAssertEqual(cut.findings, [])
    }

    /// A multi-country record repeats `country:` (each with its `region:`) under `location:`: every country, in order,
    /// once; a region is none.
    func testIEvalRecordOfSeveralCountriesKeepsThemAll() throws {
        let record = """
            Back to index
            Decent work for migrant fishers - Final evaluation
            eval_number:
            81
            lessons_learned:
            description:
            Regional work should follow national results.
            location:
            country:
            Kenya
            region:
            Africa
            country:
            Jordan
            region:
            Arab States
            country:
            Kenya
            region:
            Africa
            country:
            Occupied Palestinian Territory
            region:
            Arab States
            eval_title:
            Decent work for migrant fishers - Final evaluation
            """
        XCTAssertEqual(try parse(record).countries, ["Kenya", "Jordan", "Occupied Palestinian Territory"])
        let items = record.split(separator: "\n").enumerated().map { $0.offset < 2 ? String($0.element) : "- " + $0.element }
        XCTAssertEqual(try parse(items.joined(separator: "\n")).countries, ["Kenya", "Jordan", "Occupied Palestinian Territory"])
    }

    /// An evaluation its title calls joint is owned by the other organizations the title names too; a title naming
    /// one otherwise (a partner, a donor) keeps the ILO alone.
    func testAJointEvaluationsOtherOwnersFromItsTitle() throws {
        func owners(_ title: String) throws -> [String] {
            try parse("Back to index\n\(title)\neval_number:\n82\neval_url:\nhttps://example.org/eval/82\nlessons_learned:\n"
                + "description:\nPlan early.\n").organizations
        }
        XCTAssertEqual(try owners("Equal pay means good business (in co-delegation with UN WOMEN) - Midterm joint evaluation"),
                       ["ILO", "UN Women"])
        XCTAssertEqual(try owners("Youth skills in Kenya with UNDP - Final evaluation"), ["ILO"])
    }

    /// In i-eval's export only its own field names are keys: a heading holding `: ` names the evaluation,
    /// and a one-line field's value (`eval_title:`) ends with its line, before a page cut in its chrome (`Skip to t`).
    func testIEvalExportHeadingWithColonAndOneLineFields() throws {
        let headed = try parse("""
            Back to index
            Fair wages at sea: A pilot for fishers - Final evaluation
            - eval_number:
            - 77
            - eval_url:
            - https://example.org/eval/77
            - lessons_learned:
            - description:
            - Unions trained early kept the method: it lasted.
            """)
        XCTAssertEqual(headed.title, "Fair wages at sea: A pilot for fishers - Final evaluation")
        XCTAssertEqual(headed.findings.map(\.text), ["Unions trained early kept the method: it lasted."])

        let cut = try parse("""
            Back to index

            Fishers' Rights - Phase II - Final evaluation

            eval_number:
            78
            lessons_learned:
            description:
            Plan the exit early.
            Note: small countries need more time.
            eval_title:
            Fishers' Rights - Phase II - Final evaluation
            Skip to t
            """)
        XCTAssertEqual(cut.title, "Fishers' Rights - Phase II - Final evaluation")
        XCTAssertEqual(cut.findings.map(\.text), ["Plan the exit early. Note: small countries need more time."])

        let endsInLesson = try parse("""
            Fishers' Rights - Final evaluation
            eval_number:
            79
            eval_url:
            https://example.org/eval/79
            lessons_learned:
            description:
            Plan the exit early.
            Skip to t
            """)
        XCTAssertEqual(endsInLesson.findings.map(\.text), ["Plan the exit early."])
    }

    /// The heading above an i-eval record names the evaluation with its timing; its `eval_title:` field, when it
    /// opens the heading (the timing left out, or a page cut inside it), gives way to the heading.
    func testTheHeadingWinsOverAnEvalTitleItOpens() throws {
        func record(heading: String, evalTitle: String) throws -> ParsedDocument {
            try parse("""
                Back to index
                \(heading)
                - eval_number:
                - 80
                - lessons_learned:
                - description:
                - Plan the exit early.
                - eval_title:
                - \(evalTitle)
                """)
        }
        XCTAssertEqual(try record(heading: "Skills for fishers in Ghana - Final Evaluation", evalTitle: "Skills for fishers in Ghana").title,
                       "Skills for fishers in Ghana - Final Evaluation")
        XCTAssertEqual(try record(heading: "Skills for fishers in Ghana - Final Evaluation", evalTitle: "Skills for fishers in Gh").title,
                       "Skills for fishers in Ghana - Final Evaluation")
        // NB: a field that says something else than the heading is the field.
        XCTAssertEqual(try record(heading: "Fishers - Final Evaluation", evalTitle: "Skills for fishers in Ghana").title,
                       "Skills for fishers in Ghana")
        XCTAssertEqual(ILOLessonsParser.title(field: "Skills", heading: nil), "Skills")
        XCTAssertEqual(ILOLessonsParser.title(field: nil, heading: "Skills - Final"), "Skills - Final")
    }

    /// i-eval's recommendation record: its `title:` is the recommendation, `action_plan:` management's response,
    /// `project_symbols:` the project code, `admin_units:` the office; no lesson. Its `management_response:` is where the
    /// follow-up stands, which an officer tracks: one key action carries it (`ILOLessonsParser.followUp`), a status the
    /// contract's vocabulary lacks (`Partially Completed`) kept as written with a warning.
    func testIEvalRecommendationRecord() throws {
        let p = try parse("""
            Back to index
            Decent Work for Fishers in Ghana - Final evaluation
            eval_number:
            1234
            eval_url:
            https://example.org/eval/1234
            eval_title:
            Decent Work for Fishers in Ghana - Final evaluation
            recommendations:
            action_plan:
            Partially accepted. The office will train its staff.
            management_response:
            Partially Completed
            admin_units:
            FPRW
            title:
            Strengthen the gender component of the project.
            project_symbols:
            GHA/18/01/USA
            Skip to top
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["Strengthen the gender component of the project."])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Partially accepted. The office will train its staff."])
        XCTAssertEqual(p.recommendations.map(\.responseCategory), [nil])
        XCTAssertEqual(p.findings, [])
        XCTAssertEqual(p.projectCode, "GHA/18/01/USA")
        XCTAssertEqual(p.office, "FPRW")
        XCTAssertEqual(p.title, "Decent Work for Fishers in Ghana - Final evaluation")
        var action = ParsedAction(text: "Partially accepted. The office will train its staff.", responsible: "FPRW", status: "Partially Completed")
        action.parties = [Party(name: "FPRW", kind: .unit)]
        action.line = 1
        XCTAssertEqual(p.recommendations.map(\.actions), [[action]])
        XCTAssertEqual(p.diagnostics.map(\.message), ["unknown action status 'Partially Completed', kept as written"])
    }

    /// The layout the ILO's newer records take: `comments:` (progress noted) beside `action_plan:`; `management_response:`
    /// a status of the contract's vocabulary; `progress:` in the comments unless it says the status again.
    func testIEvalRecommendationRecordFollowUp() throws {
        func record(_ status: String, progress: String) throws -> ParsedAction? {
            try parse("""
                Back to index
                Decent Work for Fishers in Ghana - Final evaluation
                eval_number:
                1234
                eval_url:
                https://example.org/eval/1234
                eval_title:
                Decent Work for Fishers in Ghana - Final evaluation
                recommendations:
                comments:
                The donor agreed to extend the project in May
                action_plan:
                Ask the donor for a no-cost extension.
                management_response:
                \(status)
                progress:
                \(progress)
                admin_units:
                CO-Accra
                title:
                Request a no-cost extension of the project.
                """).recommendations.first?.actions.first
        }
        let done = try record("Completed", progress: "Achieved")
        XCTAssertEqual(done?.text, "Ask the donor for a no-cost extension.")
        XCTAssertEqual(done?.status, "Completed")
        XCTAssertEqual(done?.responsible, "CO-Accra")
        XCTAssertEqual(done?.comments, "The donor agreed to extend the project in May. Progress: Achieved")
        XCTAssertNil(done?.deadline)
        XCTAssertEqual(try record("completed", progress: "Completed")?.comments, "The donor agreed to extend the project in May")
    }

    /// A newer recommendation record: management's text under `comments:` (no `action_plan:`), its
    /// `management_response:` a status (`Action not yet taken`: `Not Initiated`), the key action's with the `progress:`;
    /// `admin_units:` read as a Quick Facts `Administrative Office`.
    func testIEvalRecommendationRecordWithComments() throws {
        let p = try parse("""
            Back to index
            Decent Work for Fishers in Ghana - Final evaluation
            eval_number:
            1234
            eval_url:
            https://example.org/eval/1234
            eval_title:
            Decent Work for Fishers in Ghana - Final evaluation
            recommendations:
            comments:
            Working groups were set up; a steering committee was not.
            management_response:
            Action not yet taken
            progress:
            No implementation
            admin_units:
            RO-Africa
            title:
            Set up a steering committee with the donor.
            Skip to top
            """)
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Working groups were set up; a steering committee was not."])
        XCTAssertEqual(p.recommendations.map(\.responseCategory), [nil])
        XCTAssertEqual(p.office, "RO-Africa")
        XCTAssertEqual(p.officeType, "RO")
        XCTAssertEqual(p.roles, [ParsedRole(.administrativeOffice, Party(name: "RO-Africa", kind: .unit))])
        let action = p.recommendations.first?.actions.first
        XCTAssertEqual(action?.text, "Working groups were set up; a steering committee was not.")
        XCTAssertEqual(action?.status, "Not Initiated")
        XCTAssertEqual(action?.comments, "Progress: No implementation")
        XCTAssertEqual(action?.responsible, "RO-Africa")
        XCTAssertEqual(p.diagnostics, [])
    }

    /// i-eval's good practices come in the same two shapes; their items are good practices.
    func testGoodPracticesListAndRecord() throws {
        for heading in ["Emerging good practices", "Good Practices", "Buenas prácticas"] {
            let p = try parse("\(heading)\n-\nFinal evaluation of X in Kenya\nTripartite committees met monthly.\n-\nFinal evaluation of X in Kenya\nPractice two.")
            XCTAssertEqual(p.title, "Final evaluation of X in Kenya", heading)
            XCTAssertEqual(p.findings.map(\.kind), [.goodPractice, .goodPractice], heading)
            XCTAssertEqual(p.findings.map(\.text), ["Tripartite committees met monthly.", "Practice two."], heading)
        }
        let record = try parse("""
            Good practice
            Good practice title: Tripartite committees
            Evaluation title: Final evaluation of the Decent Work project in Zambia
            Good practice: Committees met monthly.
            """)
        XCTAssertEqual(record.findings, [ParsedFinding(kind: .goodPractice, title: "Tripartite committees", text: "Committees met monthly.")])
        XCTAssertEqual(record.title, "Final evaluation of the Decent Work project in Zambia")
    }

    /// ilo.org's page of an evaluation's good practices: heading, the evaluation's title, a description label,
    /// then the practices, each opened by its numbering label (dropped; a bad practice is a lesson) or a paragraph each.
    func testDescribedGoodPracticePage() throws {
        let fr = try parse("""
            Good Practice

            Emplois verts pour les jeunes au Bénin - Évaluation finale

            Description de la bonne pratique

            Bonne pratique 1: Les appels d'offres ont bien marché.
            Mauvaise pratique 1: Mauvaise pratique 1: Les coûts de personnel
            sont élevés.
            Mauvaise pratique 2: Le temps sur le terrain était court.
            """)
        XCTAssertEqual(fr.docType, .evaluationSummary)
        XCTAssertEqual(fr.organizations, ["ILO"])
        XCTAssertEqual(fr.title, "Emplois verts pour les jeunes au Bénin - Évaluation finale")
        XCTAssertEqual(fr.countries, ["Bénin"])
        XCTAssertNil(fr.summary)
        XCTAssertEqual(fr.findings, [
            ParsedFinding(kind: .goodPractice, text: "Les appels d'offres ont bien marché."),
            ParsedFinding(kind: .lessonLearned, text: "Les coûts de personnel sont élevés."),
            ParsedFinding(kind: .lessonLearned, text: "Le temps sur le terrain était court."),
        ])
        let es = try parse("""
            Good Practice
            Piso de protección social en la región andina - Evaluación final
            Buena práctica descripción

            Los espacios tripartitos sirvieron al proyecto.

            La coordinación subregional es eficiente
            y efectiva.
            """)
        XCTAssertEqual(es.title, "Piso de protección social en la región andina - Evaluación final")
        XCTAssertEqual(es.findings, [
            ParsedFinding(kind: .goodPractice, text: "Los espacios tripartitos sirvieron al proyecto."),
            ParsedFinding(kind: .goodPractice, text: "La coordinación subregional es eficiente y efectiva."),
        ])
        // A paragraph's lead-in before its colon is its title (`RecommendationFields.titleLeadIn`).
        let led = try parse("""
            Good Practice

            Travail des enfants au Togo - Évaluation finale

            Description de la bonne pratique

            L'appui aux ménages: Une aide ciblée a réduit le travail des enfants.

            Synergie entre les projets de l'OIT: L'équipe a travaillé avec le
            projet voisin.
            """)
        XCTAssertEqual(led.findings, [
            ParsedFinding(kind: .goodPractice, title: "L'appui aux ménages", text: "Une aide ciblée a réduit le travail des enfants."),
            ParsedFinding(kind: .goodPractice, title: "Synergie entre les projets de l'OIT", text: "L'équipe a travaillé avec le projet voisin."),
        ])
        let en = try parse("Lesson Learned\nSkills for Fishers in Ghana - Final evaluation\nLesson learned description\nPlan early with partners.")
        XCTAssertEqual(en.findings, [ParsedFinding(kind: .lessonLearned, text: "Plan early with partners.")])
    }

    /// ILO's lesson learned and emerging good practice templates, their element tables flattened:
    /// the project's title and code, the evaluator, and the lesson's (practice's) brief description.
    func testTemplates() throws {
        let head = """
            Project Title: Promoting Decent Work in the Garment Sector of Ethiopia
            Project TC/SYMBOL: ETH/19/02/NLD
            Name of Evaluator: Jane Roe
            Date: 15 March 2023
            The following has been identified during the course of the evaluation.

            """
        let lesson = try parse("ILO Lesson Learned Template\n" + head + """
            LL Element Text
            Brief description of lesson learned (link to specific action or task) Early joint planning
            shortened the work.
            Context and any related preconditions The federation had its own staff.
            """)
        let practice = try parse("ILO Emerging Good Practice Template\n" + head + """
            GP Element Text
            Brief summary of the good practice (link to project goal or specific deliverable, background, purpose, etc.)
            Committees met monthly.
            Relevant conditions and Context: limitations or advice in terms of applicability and replicability Trained representatives.
            """)
        XCTAssertEqual(lesson.findings, [ParsedFinding(kind: .lessonLearned, text: "Early joint planning shortened the work.")])
        XCTAssertEqual(practice.findings, [ParsedFinding(kind: .goodPractice, text: "Committees met monthly.")])
        for p in [lesson, practice] {
            XCTAssertEqual(p.title, "Promoting Decent Work in the Garment Sector of Ethiopia")
            XCTAssertEqual(p.projectCode, "ETH/19/02/NLD")
            XCTAssertEqual(p.countries, ["Ethiopia"])
            XCTAssertEqual(p.roles.map(\.party.name), ["Jane Roe"])
            XCTAssertEqual(p.roles.map(\.role), [.evaluator])
        }
    }

    func testListRows() throws {
        let rows: [(String, title: String?, lessons: Int)] = [
            ("Lessons learned\n-\nFinal evaluation of X in Kenya\nLesson one.\n-\nFinal evaluation of X in Kenya\nLesson two.", "Final evaluation of X in Kenya", 2),
            ("Lessons Learned\n---\nMid-term evaluation of Y\nOnly lesson,\nin two lines.", "Mid-term evaluation of Y", 1),
        ]
        for (text, title, lessons) in rows {
            let p = try parse(text)
            XCTAssertEqual(p.title, title)
            XCTAssertEqual(p.findings.count, lessons)
            XCTAssertTrue(p.findings.allSatisfy { $0.kind == .lessonLearned })
        }
    }

    /// A lessons list saved as an HTML page (a `<ul>` whose items hold the title and the lesson as blocks)
    /// reads as the list does: each item is `-`, then its title and lesson (`HTMLFragment.pageText`).
    func testAListSavedAsHTML() throws {
        let html = "<!DOCTYPE html><html><body><h2>Lessons learned</h2><ul>"
            + "<li><div><a href=\"#\">Final evaluation of X in Kenya</a></div><div>Lesson one.</div></li>"
            + "<li><div><a href=\"#\">Final evaluation of X in Kenya</a></div><div>Lesson two.</div></li></ul></body></html>"
        guard case let .text(text, _) = TextDecoder.decode(Array(html.utf8)) else { return XCTFail("not read as text") }
        let p = try parse(text)
        XCTAssertEqual(p.title, "Final evaluation of X in Kenya")
        XCTAssertEqual(p.findings.map(\.text), ["Lesson one.", "Lesson two."])
    }

    /// The site's chrome above the heading and a printed page's footer between the lines are no text.
    func testChromeAndPageFootersAreNoText() throws {
        let p = try parse("""
            Home
            Skip to main content
            Search

            Lessons learned
            -
            Final evaluation of X in Kenya
            Lesson one goes
            Page 1 of 2
            on to the next page.
            -
            Final evaluation of X in Kenya
            Lesson two.

            Page 2 of 2
            """)
        XCTAssertEqual(p.title, "Final evaluation of X in Kenya")
        XCTAssertEqual(p.findings.map(\.text), ["Lesson one goes on to the next page.", "Lesson two."])
    }

    /// Separator lines, and the lines a record reads as `key: value` (a label that starts with a letter).
    func testSeparatorsAndKeyLines() {
        let separators: [(Substring, Bool)] = [
            ("-", true), ("---", true), ("—", true), ("–*–", true), ("", false), ("- -", false), ("-\u{301}", false), ("-x", false),
        ]
        for (line, want) in separators { XCTAssertEqual(ILOLessonsParser.isSeparator(line), want, line.debugDescription) }
        let keys: [(Substring, Bool)] = [
            ("Country: Peru", true), ("Évaluation finale: x", true), ("1 Country: Peru", false), ("\u{301}Country: Peru", false),
            ("(Country): Peru", false), ("A very long label of seven words here: x", false),
        ]
        for (line, want) in keys { XCTAssertEqual(ILOLessonRecord.keyLine(line) != nil, want, line.debugDescription) }
    }

    func testLessonsOfSeveralEvaluationsAreAListingNotAnEvaluation() {
        let doc = Document(sourceFile: "l.txt", sha256: "", text: "Lessons learned\n-\nEvaluation A\nLesson.\n-\nEvaluation B\nLesson.\n-\nEvaluation C\nLesson.")
        XCTAssertThrowsError(try doc.kind.parser.parse(doc)) { error in
            XCTAssertEqual((error as? ParseError)?.message, "not an evaluation document: a listing of lessons from 3 evaluations")
        }
    }

    /// Most lessons under one evaluation and one under another is still a listing: no lesson is credited to an
    /// evaluation it is not under. A title mistyped once is the same evaluation's.
    func testALessonUnderAnotherEvaluationMakesAListing() throws {
        let one = "Final evaluation of the Decent Work project in Zambia"
        let doc = Document(sourceFile: "l.txt", sha256: "", text: """
            Good practices
            -
            \(one)
            Practice one.
            -
            \(one)
            Practice two.
            -
            \(one)
            Practice three.
            -
            Advancing Social Protection in Cambodia - Midterm evaluation
            Practice four.
            """)
        XCTAssertThrowsError(try doc.kind.parser.parse(doc)) { error in
            XCTAssertEqual((error as? ParseError)?.message, "not an evaluation document: a listing of good practices from 2 evaluations")
        }
        let mistyped = try parse("Lessons learned\n-\n\(one)\nLesson one.\n-\n\(one.replacingOccurrences(of: "evaluation", with: "evalution"))\nLesson two.")
        XCTAssertEqual(mistyped.title, one)
        XCTAssertEqual(mistyped.findings.count, 2)
        let qatar = "Technical Cooperation Project for the State of Qatar – Phase 2 - Final evaluation"
        let garbled = try parse("Lessons learned\n-\n\(qatar)\nLesson one.\n-\n\(qatar)\nLesson two.\n-\n"
            + "Techønical Cooperﬁat ion ProjecΩt for the State of Qata—r – PhasÉe 2 - FiÅnal evaluation\nLesson three.")
        XCTAssertEqual(garbled.title, qatar)
        XCTAssertEqual(garbled.findings.count, 3)
    }
}
