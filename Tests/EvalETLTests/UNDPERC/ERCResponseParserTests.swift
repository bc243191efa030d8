import XCTest
@testable import EvalETL

/// Whole ERC pages in each layout (plain, pipe table, the older admin one, Spanish, French) -> rows.
final class ERCResponseParserTests: XCTestCase {
    func parse(_ text: String) throws -> ParsedDocument {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: text)
        XCTAssertEqual(doc.kind.name, "undp_erc")
        return try doc.kind.parser.parse(doc)
    }

    func testAdminLayoutWithOneLineRowsAndNoSpaceAfterTheColon() throws {
        let p = try parse("""
            Commissioning Unit:Costa Rica
            Evaluation Plan: 2008-2014, Costa Rica
            Evaluation Title: GENERACION DE CAPACIDADES TERRITORIALES
            Evaluation Type: Project
            Unit Responsible for Providing Management Response: Costa Rica

            Recommendations

            1.

            Recommendation: El proyecto no fue diseñado con metas específicas.
            Management Response: Se asegurará que los proyectos nuevos tengan metas.
            Key Actions:
            Responsible DueDate Status Comments
            Los proyectos que se implementen tendrán claro los resultados. PROGRAMA 2009/10 Completed En los proyectos nuevos están claros.
            2.

            Recommendation:
            Management Response: Noted.
            """)
        XCTAssertEqual(p.office, "Costa Rica")
        XCTAssertEqual(p.title, "GENERACION DE CAPACIDADES TERRITORIALES")
        XCTAssertEqual(p.countries, ["Costa Rica"])
        XCTAssertEqual(p.periodStart, 2008)
        XCTAssertEqual(p.organizations, ["UNDP"])
        XCTAssertEqual(p.recommendations.map(\.text), ["El proyecto no fue diseñado con metas específicas.", ""])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Se asegurará que los proyectos nuevos tengan metas.", "Noted."])
        let a = try XCTUnwrap(p.recommendations.first?.actions.first)
        XCTAssertEqual(a.text, "Los proyectos que se implementen tendrán claro los resultados.")
        XCTAssertEqual(a.responsible, "PROGRAMA")
        XCTAssertEqual(a.deadline?.iso, "2009-10-31")
        XCTAssertEqual(a.status, "Completed")
        XCTAssertEqual(a.comments, "En los proyectos nuevos están claros.")
        XCTAssertNil(a.lastUpdated)
    }

    /// The admin layout's `No Key Actions added.` under `Key Actions:` says the block has none, also cut at the page's end.
    func testNoKeyActionsAddedIsNoAction() throws {
        let p = try parse("""
            Commissioning Unit: Atlantis
            Evaluation Plan: 2008-2009, Atlantis
            Evaluation Title: Evaluation of the Atlantis Framework
            Evaluation Type: Regional Programme

            Recommendations

            1.

            Recommendation: Review the objectives of the framework.
            Management Response: Agree. The next document will be aligned.
            Key Actions:

            No Key Actions added.

            2.

            Recommendation: Explore sub-regional approaches.
            Management Response: Agree.
            Key Actions:

            No Key Actions adde
            """)
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Agree. The next document will be aligned.", "Agree."])
        XCTAssertEqual(p.recommendations.map(\.actions.count), [0, 0])
        XCTAssertEqual(p.diagnostics, [])
        for (line, none) in [("No Key Actions added.", true), ("no key action added", true), ("No Key Actions adde", true),
                             ("No key", false), ("No key actions were taken yet.", false)] {
            XCTAssertEqual(ERCKeyActions.saysNone(Substring(line)), none, line)
        }
    }

    func testSpanishAndFrenchLabelsAreRowsOfTheVocabulary() throws {
        let es = try parse("""
            Evaluación final del proyecto
            Unidad comisionadora: Perú
            Plan de evaluación: 2017-2021
            Tipo de evaluación: Proyecto
            Fecha de finalización: 10/2018
            1. Recomendación: Fortalecer la coordinación: con el gobierno.
            Respuesta de la gerencia: [Añadido: 2019/01/10]
            De acuerdo
            Acciones clave:
            Acción clave Responsable Fecha de vencimiento Estado Comentarios Documentos
            Elaborar un plan
            [Añadido: 2019/01/10] [Última actualización: 2019/06/01]
            Oficina de país 2019/12 Completado Plan aprobado
            """)
        XCTAssertEqual(es.title, "Evaluación final del proyecto")
        XCTAssertEqual(es.office, "Perú")
        XCTAssertEqual(es.evaluationDate?.iso, "2018-10-31")
        XCTAssertEqual(es.evaluationType, "Proyecto")
        XCTAssertEqual(es.recommendations.first?.managementResponse, "De acuerdo")
        let a = try XCTUnwrap(es.recommendations.first?.actions.first)
        XCTAssertEqual([a.text, a.responsible, a.status, a.comments, a.lastUpdated?.iso],
                       ["Elaborar un plan", "Oficina de país", "Completed", "Plan aprobado", "2019-06-01"])

        let fr = try parse("""
            Unité de mandat : Bénin
            Plan d'évaluation : 2019-2023
            Date d'achèvement : 03/2022
            Recommandation de l'évaluation 1. Renforcer le suivi.
            Réponse de la direction : [Ajouté : 2022/04/01]
            Accepté
            Actions clés :
            Action clé | Responsable | Échéance | Statut | Commentaires | Documents |
            ---|---|---|---|---|---|
            1.1 Mettre en place un comité
            [Ajouté : 2022/04/01] |
            Bureau pays | 2022/09 | En cours | Historique | |
            """)
        XCTAssertEqual(fr.office, "Bénin")
        XCTAssertEqual(fr.evaluationDate?.iso, "2022-03-31")
        XCTAssertEqual(fr.recommendations.map(\.text), ["Renforcer le suivi."])
        let b = try XCTUnwrap(fr.recommendations.first?.actions.first)
        XCTAssertEqual([b.text, b.responsible, b.status, b.comments, b.lastUpdated?.iso],
                       ["Mettre en place un comité", "Bureau pays", "Ongoing", nil, "2022-04-01"])
    }

    /// A pipe-table page up to its first key action.
    static let pipedPage = """
        Commissioning Unit: | Ethiopia |
        Evaluation recommendation 1. Do A.
        Management Response: [Added: 2021/11/27]
        Agreed
        Key Actions:
        Key Action | Responsible | DueDate | Status | Comments | Documents |
        ---|---|---|---|---|---|

        """

    func testActionsKeepPageOrderAndRecommendationsMayHaveNoActions() throws {
        let p = try parse(Self.pipedPage + """
            1.2 Second
            [Added: 2021/11/27] |
            PMU | 2022/12 | Initiated | History | |
            1.1 First
            [Added: 2021/11/27] [Last Updated: 2022/01/02] |
            PMU | 2022/07 | Completed | Done, with a comment
            that goes on | |
            Evaluation recommendation 2. Do B.
            Management Response: [Added: 2021/11/27]
            Agreed
            """)
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.text) }, [["Second", "First"], []])
        XCTAssertEqual(p.recommendations[0].actions.map(\.comments), [nil, "Done, with a comment that goes on"])
        XCTAssertNil(p.title)
    }

    /// A page whose recommendations carry no label: each block's text (a heading over a paragraph, or a
    /// paragraph) stands above its `Management Response: [Added: …]`, the next block's below the last cells row.
    func testRecommendationsWithoutLabelsAreTheTextAboveTheirResponses() throws {
        let p = try parse("""
            Commissioning Unit: | Moldova |
            ---|---|
            Documents Related to overall Management Response: |
            |
            Key Action Update History
            Strategic stakeholder involvement
            In a changing situation, review the role of each stakeholder.
            Management Response: [Added: 2018/12/27]
            UNDP reviews its stakeholders in every design.
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            1.1 Plan mitigation measures for governance changes.
            [Added: 2018/12/27] |
            Energy and Environment Cluster | 2019/12 | Completed |
            Follow up on budget plans at the state level.
            Management Response: [Added: 2018/12/27]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.title), ["Strategic stakeholder involvement", nil])
        XCTAssertEqual(p.recommendations.map(\.text), ["In a changing situation, review the role of each stakeholder.",
                                                       "Follow up on budget plans at the state level."])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["UNDP reviews its stakeholders in every design.", "Agreed."])
        XCTAssertEqual(p.recommendations[0].actions.map(\.comments), [nil])
    }

    /// A block with no label that opens with its group's heading over an item labelled with the group's letter and
    /// its number (`A1.`): the heading is the section, the label no text (nor the next block's `A2.`).
    func testAGroupHeadingOverALetteredItemIsTheSection() throws {
        let p = try parse("""
            Commissioning Unit: | Atlantis |
            ---|---|
            Documents Related to overall Management Response: |
            |
            Key Action Update History
            Amélioration de la gestion, coordination et suivi du projet
            A1. La planification annuelle est insuffisante : il faut la revoir tous les trimestres
            Management Response: [Added: 2019/05/15]
            Recommandation acceptée
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            Révision trimestrielle du plan
            [Added: 2019/05/15] |
            Équipe-projet | 2020/03 | Completed | Fait History |
            A2. Les rencontres sont trop espacées.
            Management Response: [Added: 2019/05/15]
            Recommandation acceptée
            """)
        XCTAssertEqual(p.recommendations.map(\.section), ["Amélioration de la gestion, coordination et suivi du projet", nil])
        XCTAssertEqual(p.recommendations.map(\.text), ["La planification annuelle est insuffisante : il faut la revoir tous les trimestres",
                                                       "Les rencontres sont trop espacées."])
        XCTAssertEqual(p.recommendations.map(\.title), [nil, nil])
    }

    /// The older export parts a recommendation's list items with `;:` and a `:` line: separators, no text.
    func testOldListSeparatorsAreNoText() throws {
        let p = try parse("""
            Commissioning Unit: Atlantis
            1. Recommendation: Positioning:
             Strengthen the image of UNDP as a neutral player;:
            :
             Link projects with regional initiatives;:
            :
             Examine the premises of the programme
            Management Response: [Added: 2008/01/10]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["Strengthen the image of UNDP as a neutral player; Link projects with regional initiatives; "
                                                       + "Examine the premises of the programme"])
        XCTAssertEqual(p.recommendations.map(\.title), ["Positioning"])
    }

    /// A key action written as list items keeps the items, apart, without their marks.
    func testAnActionOfListItems() throws {
        let p = try parse("""
            Commissioning Unit: | Atlantis |
            1. Recommendation: Plan by quarter.
            Management Response: [Added: 2019/05/15]
            Accepted
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            - Quarterly review of the plan
            - Quarterly staff meeting to follow the plan
            [Added: 2019/05/15] [Last Updated: 2020/09/28] |
            Project team | 2020/03 | Completed | Done History |
            - Hire an officer.
            [Added: 2019/05/15] |
            Project team | 2020/06 | Completed | Done History |
            """)
        XCTAssertEqual(p.recommendations.first?.actions.map(\.text),
                       ["Quarterly review of the plan; Quarterly staff meeting to follow the plan", "Hire an officer."])
        XCTAssertEqual(ERCKeyActions.actionText(["Hold meetings:", "- with partners", "- with donors."]), "Hold meetings: with partners; with donors.")
        XCTAssertEqual(ERCKeyActions.actionText(["Review the plan and", "report - twice"]), "Review the plan and report - twice")
    }

    /// `Management Response:` repeated over the response's text opens no recommendation; a heading between a
    /// block's label and the label its text repeats is the block's section.
    func testRepeatedLabelsOpenNothing() throws {
        let p = try parse("""
            Commissioning Unit: Tajikistan
            1. Recommendation:
            For UNDP CO
            Recommendation 1. Meet with the mine action centre.
            Management Response: [Added: 2018/09/05]
            Management Response: The meeting will be arranged.
            Key Actions:
            Key Action Responsible DueDate Status Comments Documents
            Request the centre to organize the meeting
            [Added: 2018/09/05]
            UNDP CO 2018/12 Completed
            2. Recommendation:
            Recommendation 2. Advocate for funding.
            Management Response: [Added: 2018/09/05]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["Meet with the mine action centre.", "Advocate for funding."])
        XCTAssertEqual(p.recommendations.map(\.section), ["For UNDP CO", nil])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["The meeting will be arranged.", "Agreed."])
        XCTAssertEqual(p.recommendations.map(\.actions.count), [1, 0])
    }

    /// A recommendation written as points keeps their text, not their bullets.
    func testBulletsAreNoText() throws {
        let p = try parse("""
            Commissioning Unit: Armenia
            1. Recommendation: Lessons learned report to be published online
              • The project team is expected to publish the report.
              • The report goes to all partners.
            Management Response: [Added: 2021/11/27]
            Agreed
            """)
        XCTAssertEqual(p.recommendations.map(\.text),
                       ["Lessons learned report to be published online The project team is expected to publish the report. The report goes to all partners."])
    }

    /// An empty Responsible cell says no party: the action's text is not searched for one (even when
    /// it ends in a party another row names), and no warning says the party could not be told.
    func testAnEmptyResponsibleCellIsNoParty() throws {
        let piped = try parse(Self.pipedPage + """
            1.1 Share the plan with the PMU
            [Added: 2021/11/27] |
             | 2022/12 | Initiated | History | |
            1.2 Hold the board meeting
            [Added: 2021/11/27] |
            PMU | 2022/07 | Completed | History | |
            """)
        let plain = try parse("""
            Commissioning Unit: Ethiopia
            1. Recommendation: Do A.
            Management Response: [Added: 2021/11/27]
            Agreed
            Key Actions:
            Key Action Responsible DueDate Status Comments Documents
            Share the plan with the PMU
            [Added: 2021/11/27]
            2022/12 Initiated
            Hold the board meeting
            [Added: 2021/11/27]
            PMU 2022/07 Completed
            """)
        for p in [piped, plain] {
            XCTAssertEqual(p.recommendations[0].actions.map(\.text), ["Share the plan with the PMU", "Hold the board meeting"])
            XCTAssertEqual(p.recommendations[0].actions.map(\.responsible), [nil, "PMU"])
            XCTAssertEqual(p.recommendations[0].actions.map(\.status), ["Initiated", "Completed"])
            XCTAssertEqual(p.diagnostics.filter { $0.topic == .responsible }, [])
        }
    }

    /// A piped cells row wrapped before its last cells (`… History` / `| |`) ends there: the next action's
    /// text is not read as more of its comments.
    func testAPipedRowWrappedBeforeItsLastCellsEndsThere() throws {
        let page = Self.pipedPage + """
            2.2 REcommendation for WHO not UNDP
            [Added: 2008/10/03] [Last Updated: 2010/11/24] |
            WHO | 2010/04 | Overdue-Not Initiated | No action will be taken History ROW_END
            2.3 Undertake Participatory and Action research outputs
            [Added: 2009/11/09] [Last Updated: 2010/01/22] |
            PMU | 2008/01 | Overdue-Not Initiated |  History | |
            """
        let whole = try parse(page.replacingOccurrences(of: " ROW_END", with: " | |"))
        let wrapped = try parse(page.replacingOccurrences(of: " ROW_END", with: "\n| |"))
        XCTAssertEqual(whole.recommendations[0].actions.map(\.comments), ["No action will be taken", nil])
        for field in [\ParsedAction.text, \.responsible, \.status, \.comments] as [PartialKeyPath<ParsedAction>] {
            XCTAssertEqual(wrapped.recommendations[0].actions.map { "\($0[keyPath: field])" },
                           whole.recommendations[0].actions.map { "\($0[keyPath: field])" })
        }
        XCTAssertEqual(wrapped.recommendations[0].actions.map(\.deadline), whole.recommendations[0].actions.map(\.deadline))
    }

    /// A piped row closed after its Status cell (`RAS | 2020/06 | No Longer Applicable |`): a line ending in `|` under
    /// it is its Comments cell, never the next recommendation's text; `RAS` (rien à signaler) in the Responsible
    /// cell names no one, as `N/A` does.
    func testACommentsCellOnItsOwnLineIsTheRowsComments() throws {
        let p = try parse("""
            Commissioning Unit: | Chad |
            ---|---|
            Documents Related to overall Management Response: |
            |
            Key Action Update History
            Donner plus d'autonomie aux projets.
            Management Response: [Added: 2019/11/19]
            Non acceptée.
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            Aucune action à prendre.
            [Added: 2019/11/19] |
            RAS | 2020/06 | No Longer Applicable |
            [Justification: Un encadrement reste utile. ] RAS |
            Renforcer l'autonomie économique des femmes.
            Management Response: [Added: 2019/11/19]
            Acceptée.
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            Instruire les projets.
            [Added: 2019/11/19] |
            N/A | 2020/06 | Completed |
            Suivre les résultats.
            Management Response: [Added: 2019/11/19]
            Acceptée.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["Donner plus d'autonomie aux projets.", "Renforcer l'autonomie économique des femmes.",
                                                       "Suivre les résultats."])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.comments) }, [["[Justification: Un encadrement reste utile. ] RAS"], [nil], []])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.responsible) }, [[nil], [nil], []])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.parties) }, [[[]], [[]], []])
        XCTAssertEqual(p.recommendations[0].actions.first?.status, "No Longer Applicable")
    }

    /// A report's chapter pasted into a block: its heading (`8. Recommendations`) and the sentence that announces the
    /// list are no part of the recommendation; a short heading right over the numbered item is its section.
    func testAReportChapterAboveTheRecommendationIsDropped() throws {
        let p = try parse("""
            Mid-Term Evaluation of the Forest Programme
            Commissioning Unit: Myanmar
            Evaluation Plan: 2018-2022
            1. Recommendation:

            8. Recommendations

            The following recommendations come from the findings above.

            Outcome 1 and 2

            1: Review the membership of the task force.

            Management Response: [Added: 2019/05/08]
            Agreed.
            2. Recommendation:
            Recommendations
            Improve the monitoring as follows:
            1. Hire an officer.
            Management Response: [Added: 2019/05/08]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["Review the membership of the task force.",
                                                       "Improve the monitoring as follows: 1. Hire an officer."])
        XCTAssertEqual(p.recommendations.map(\.section), ["Outcome 1 and 2", nil])
    }

    /// A report's chapter heading that qualifies its recommendations (`1.2 Key Recommendations`) is dropped as
    /// `Recommendations` is; a short line that only ends in the word is the text.
    func testAQualifiedRecommendationsHeadingIsDropped() throws {
        let p = try parse("""
            Commissioning Unit: Atlantis
            1. Recommendation:

            1.2 Key Recommendations

            • The 2030 Agenda makes it urgent to move beyond business as usual.

            Management Response: [Added: 2018/12/09]
            Agreed.
            2. Recommendation:
            Summary of recommendations
            Strengthen the office.
            Management Response: [Added: 2018/12/09]
            Agreed.
            3. Recommendation:
            Implement the recommendations
            The office should act on the audit.
            Management Response: [Added: 2018/12/09]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["The 2030 Agenda makes it urgent to move beyond business as usual.",
                                                       "Strengthen the office.",
                                                       "Implement the recommendations The office should act on the audit."])
        XCTAssertTrue(ERCResponseParser.namesRecommendations("Recomendaciones principales"))
        XCTAssertFalse(ERCResponseParser.namesRecommendations("Recommendations for UNDP"))
    }

    /// A chapter numbered with parts (`4.2 Recommendations`) is dropped as `8. Recommendations` is; a sub-section under
    /// it (`4.2.1 Field recommendations`) is the section, the short line below it the title.
    func testAChapterNumberedWithPartsAndItsSubSection() throws {
        let p = try parse("""
            Mid-Term Evaluation of the Forest Programme
            Commissioning Unit: Myanmar
            Evaluation Plan: 2018-2022
            1. Recommendation:

            4.2 Recommendations

            The recommendations in this part guide the next phase.

            4.2.1 Field recommendations

            Closer follow-up of the districts.

            District teams need a visit each quarter to keep the work going.

            Management Response: [Added: 2019/05/08]
            Agreed.
            2. Recommendation:
            4.3 Recommendations
            The recommendations below guide the board.
            5.1 Budget lines
            Keep the budget lines apart.
            Management Response: [Added: 2019/05/08]
            Agreed.
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["District teams need a visit each quarter to keep the work going.",
                                                       "Budget lines Keep the budget lines apart."])
        XCTAssertEqual(p.recommendations.map(\.section), ["Field recommendations", nil])
        XCTAssertEqual(p.recommendations.map(\.title), ["Closer follow-up of the districts", nil])
    }

    /// Stamps after an action's text: the line below them is its cells row, never its text; one that cannot be read
    /// (the page cut mid-row) leaves the action without cells, with a warning; one wrapped over two lines reads whole.
    func testTheLineAfterAnActionsStampsIsNoText() throws {
        let p = try parse("""
            Final Evaluation of the Water Project
            Commissioning Unit: Costa Rica
            Evaluation Plan: 2018-2022
            1. Recommendation: Improve the meetings.
            Management Response: [Added: 2018/06/21]
            Agreed.
            Key Actions:
            Key Action Responsible DueDate Status Comments Documents
            Hold the partner meetings.
            [Added: 2018/06/22] [Last Updated: 2019/01/15]
            Project Officer in coordination
            with the Ministry 2018/12 Completed
            Share the minutes.
            [Added: 2018/06/22] [Last Updated: 2019/01/15]
            Project Officer with the Ministry 2
            """)
        let actions = p.recommendations.flatMap(\.actions)
        XCTAssertEqual(actions.map(\.text), ["Hold the partner meetings.", "Share the minutes."])
        XCTAssertEqual(actions.map(\.responsible), ["Project Officer in coordination with the Ministry", nil])
        XCTAssertEqual(actions.map(\.status), ["Completed", nil])
        XCTAssertTrue(p.diagnostics.contains { $0.message.contains("cannot be read") })
        // NB: a row missing: the line below the stamps opens the next action's text, as more lines follow it.
        let missing = try parse("""
            Final Evaluation of the Water Project
            Commissioning Unit: Costa Rica
            Evaluation Plan: 2018-2022
            1. Recommendation: Improve the meetings.
            Management Response: [Added: 2018/06/21]
            Agreed.
            Key Actions:
            Hold the partner meetings.
            [Added: 2018/06/22]
            Draft the plan
            with the partners.
            [Added: 2018/06/22]
            Project Officer 2019/01 Completed
            """).recommendations.flatMap(\.actions)
        XCTAssertEqual(missing.map(\.text), ["Hold the partner meetings.", "Draft the plan with the partners."])
        XCTAssertEqual(missing.map(\.responsible), [nil, "Project Officer"])
    }

    /// A key-action table header wrapped over two lines, plain or piped, is header: its tail is no action's text.
    func testAHeaderWrappedOverTwoLinesIsHeader() throws {
        let page = """
            Mid Term Evaluation of Early Recovery Programme
            Commissioning Unit: Uganda
            Evaluation Plan: 2006-2010
            1. Recommendation: Strengthen linkages.
            Management Response: [Added: 2011/12/30]
            Agreed
            Key Actions:
            HEADER
            Programme staff attend PRDP meetings
            [Added: 2011/12/30] [Last Updated: 2014/07/16]
            Programme Officer 2014/12 Completed Team Leader attends the meetings
            """
        for header in ["Key Action Responsible DueDate Status\nComments Documents", "Key Action Responsible DueDate Status Comments\nDocuments",
                       "Key Action | Responsible | DueDate | Status | Comments |\nDocuments |"] {
            let p = try parse(page.replacingOccurrences(of: "HEADER", with: header))
            XCTAssertEqual(p.recommendations.flatMap { $0.actions.map(\.text) }, ["Programme staff attend PRDP meetings"], header)
        }
        XCTAssertTrue(ERCLine.isHeaderTail("Due Date | Status"))
        XCTAssertFalse(ERCLine.isHeaderTail("Comments on the plan"))
        XCTAssertFalse(ERCLine.isHeaderTail(" | "))
    }

    /// An ERC page saved as HTML (fields and key actions in tables, the stamps after a `<br>` in the
    /// action's cell) reads as the page's text does: each row one line of `|`-closed cells.
    func testAPageSavedAsHTML() throws {
        let html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Management Response | UNDP ERC</title>
            <script>var x = "<td>not text</td>";</script></head>
            <body><div class="header">Success message</div>
            <h2>Mid Term Evaluation of Early Recovery Programme</h2>
            <table><tr><td>Commissioning Unit:</td><td>Uganda</td></tr>
            <tr><td>Evaluation Plan:</td><td>2006-2010</td></tr></table>
            <p>1. Recommendation: a) Strengthening linkages and synergies: There is need to strengthen linkages.</p>
            <p>Management Response: [Added: 2011/12/30]</p><p>Partners to implement the lessons learnt.</p>
            <p>Key Actions:</p>
            <table><tr><th>Key Action</th><th>Responsible</th><th>DueDate</th><th>Status</th><th>Comments</th><th>Documents</th></tr>
            <tr><td>Programme staff attend PRDP meetings<br>[Added: 2011/12/30] [Last Updated: 2014/07/16]</td>
            <td>Programme Officer-NUER project</td><td>2014/12</td><td>Completed</td><td>Team Leader attends the meetings</td><td></td></tr>
            </table></body></html>
            """
        guard case let .text(text, warnings) = TextDecoder.decode(Array(html.utf8)) else { return XCTFail("not read as text") }
        XCTAssertEqual(warnings, [])
        XCTAssertFalse(text.contains("not text"))
        let p = try parse(text)
        XCTAssertEqual(p.title, "Mid Term Evaluation of Early Recovery Programme")
        XCTAssertEqual(p.office, "Uganda")
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Partners to implement the lessons learnt."])
        let a = try XCTUnwrap(p.recommendations.first?.actions.first)
        XCTAssertEqual([a.text, a.responsible, a.status, a.comments], ["Programme staff attend PRDP meetings", "Programme Officer-NUER project", "Completed", "Team Leader attends the meetings"])
        XCTAssertEqual(a.deadline, CalendarDate(year: 2014, month: 12, day: 31))
        XCTAssertEqual(a.lastUpdated, CalendarDate(year: 2014, month: 7, day: 16))
    }

    func testAListingOfEvaluationsIsRejected() {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: """
            Commissioning Unit: Fiji
            Evaluation Plan: 2008-2012
            Commissioning Unit: Samoa
            Evaluation Plan: 2010-2014
            Commissioning Unit: Tonga
            """)
        XCTAssertThrowsError(try doc.kind.parser.parse(doc)) { error in
            XCTAssertEqual((error as? ParseError)?.message, "not an evaluation document: a listing of 3 evaluations")
        }
    }

    /// The countries are the commissioning unit's; an evaluation the IEO commissions names its country in the unit that responds.
    func testCountriesOfTheUnitThatResponds() throws {
        let page = """
            Independent Country Programme Evaluation
            Commissioning Unit: UNIT
            Unit Responsible for providing Management Response: Georgia
            1. Recommendation: Do A.
            Management Response: [Added: 2021/11/27]
            Agreed
            """
        XCTAssertEqual(try parse(page.replacingOccurrences(of: "UNIT", with: "Independent Evaluation Office")).countries, ["Georgia"])
        XCTAssertEqual(try parse(page.replacingOccurrences(of: "UNIT", with: "Armenia")).countries, ["Armenia"])
    }

    /// `Recommendation No. 1: Revitalize the Project Board` over its paragraph: the heading after the label is the
    /// title; `Management Response 1:` over the response is its label, not its text.
    func testLabelledHeadingAndNumberedResponseLabel() throws {
        let p = try parse("""
            Project Evaluation
            Commissioning Unit: Somalia
            1. Recommendation:
            Recommendation No. 1: Revitalize the Project Board
            UNDP should put significant effort into the Board.
            Management Response: [Added: 2017/12/10]
            Management Response 1: Agreed, the Board meets again.
            2. Recommendation:
            Recommendation No. 2: Keep the Board
            meeting every quarter.
            Management Response: [Added: 2017/12/10]
            Agreed
            """)
        XCTAssertEqual(p.recommendations.map(\.title), ["Revitalize the Project Board", nil])
        XCTAssertEqual(p.recommendations.map(\.text), ["UNDP should put significant effort into the Board.", "Keep the Board meeting every quarter."])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Agreed, the Board meets again.", "Agreed"])
    }

    /// The label a page writes before an action's number (`R1.1:`, `KA 1.1`, `Key Action 1.1 –`) goes with the number;
    /// a word that only looks like one stays (`Action plan`, `R 2.5 million`).
    func testActionLabelsGoWithTheirNumbers() {
        let rows: [(String, String)] = [
            ("R1.1: Review the indicators.", "Review the indicators."), ("KA 1.1 Review the indicators.", "Review the indicators."),
            ("Key Action 1.1 – Review the indicators.", "Review the indicators."), ("Action 2.3: Train staff.", "Train staff."),
            ("1.1 - Review the indicators.", "Review the indicators."), ("1.1 Review the indicators.", "Review the indicators."),
            ("Action plan to be drafted.", "Action plan to be drafted."), ("R 2.5 million raised.", "R 2.5 million raised."),
            ("Review - then report.", "Review - then report."),
        ]
        for (line, text) in rows { XCTAssertEqual(ERCKeyActions.actionText([line[...]]), text, line) }
    }

    /// An action that lists its points `1) … 2) …` keeps its `1)`: the number is the first point's, not the action's;
    /// a `1)` alone, or with no `2)` after it, is the action's number.
    func testAnActionListingPointsKeepsItsFirstNumber() {
        let rows: [(String, String)] = [
            ("1) Hold partner meetings. 2) Update the plan. 3) Report.", "1) Hold partner meetings. 2) Update the plan. 3) Report."),
            ("1) Hold partner meetings.", "Hold partner meetings."), ("2) Hold partner meetings for 4) topics.", "Hold partner meetings for 4) topics."),
            ("12) Hold meetings 13) twice.", "12) Hold meetings 13) twice."),
        ]
        for (line, text) in rows { XCTAssertEqual(ERCKeyActions.actionText([line[...]]), text, line) }
        XCTAssertTrue(ERCKeyActions.listsPoints("1) A. 2) B."))
        XCTAssertFalse(ERCKeyActions.listsPoints("1.1) A. 2) B."))
    }

    /// A country the title names counts beside the commissioning unit's (a multi-country office's project in one country).
    func testCountriesTheTitleNames() throws {
        let p = try parse("""
            Terminal Evaluation of the Parliament Strengthening Project (Solomon Islands)
            Commissioning Unit: Fiji
            1. Recommendation: Do A.
            Management Response: [Added: 2021/11/27]
            Agreed
            """)
        XCTAssertEqual(p.countries, ["Fiji", "Solomon Islands"])
    }

    /// A unit's evaluation plan lists the evaluations it plans: a reject. Its empty `Commissioning Unit:` takes no
    /// `Period :` label as its value (on a page that is an evaluation, too).
    func testAnEvaluationPlanIsRejected() throws {
        let plan = """
            Evaluation Plan of 2020-2024
            Plan Detail (2020-2024)
            Commissioning Unit:
            Period :
            Comments :
            The plan of the country office, with 6 evaluations.

            Evaluations Commissioned by Zambia
            SN Title Type Planned End Date Status
            1. Final evaluation of the energy access project Project Jun 2021 Planned
            2. Mid-term evaluation of the country programme Outcome Mar 2022 Planned
            """
        let doc = Document(sourceFile: "t.txt", sha256: "", text: plan)
        XCTAssertThrowsError(try doc.kind.parser.parse(doc)) { error in
            XCTAssertEqual((error as? ParseError)?.message,
                           "not an evaluation document: an evaluation plan: a listing of the evaluations a unit plans")
        }
        let page = try parse("""
            Final evaluation of the energy access project
            Commissioning Unit:
            Period :
            Evaluation Type: Project
            1. Recommendation: Do A.
            Management Response: [Added: 2021/11/27]
            Agreed
            """)
        XCTAssertNil(page.office)
        XCTAssertEqual(page.evaluationType, "Project")
    }

    /// A page whose recommendation labels are missing: each `Management Response: [Added: …]` opens a
    /// recommendation of no text (with a warning), and no key action is lost.
    func testResponsesWithoutRecommendationLabelsAreRecommendationsOfNoText() throws {
        let p = try parse("""
            Commissioning Unit: | Congo DRC |
            ---|---|
            Evaluation Plan: | 2008-2012 |
            Key Action Update History
            Management Response: [Added: 2012/12/23] [Last Updated: 2012/12/25]
            recommandation acceptée
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            1.1 : Faire approuver le plan des activités prioritaires.
            [Added: 2012/12/25] |
            Conseiller au Programme | 2012/07 | Completed |
            Management Response: [Added: 2012/12/23]
            recommandation rejetée
            Key Actions:
            Management Response: [Added: 2012/12/23]
            recommandation acceptée
            Key Actions:
            Key Action | Responsible | DueDate | Status | Comments | Documents |
            ---|---|---|---|---|---|
            3.1 : Préparer une note d'orientation
            [Added: 2012/12/26] |
            Conseiller Technique Principal du projet | 2013/02 | Completed | |
            """)
        XCTAssertEqual(p.recommendations.map(\.text), ["", "", ""])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["recommandation acceptée", "recommandation rejetée", "recommandation acceptée"])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.text) },
                       [["Faire approuver le plan des activités prioritaires."], [], ["Préparer une note d'orientation"]])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.responsible) }, [["Conseiller au Programme"], [], ["Conseiller Technique Principal du projet"]])
        XCTAssertEqual(p.diagnostics.filter { $0.message == "recommendation has no text" }.count, 3)
        XCTAssertEqual(p.office, "Congo DRC")
        XCTAssertEqual(p.countries, ["Congo DRC"])
    }

    /// A block label over the text's own label (`1. Recommendation:` / `Recommendation 1. UNDP should …`) is one
    /// recommendation; `Recommendation #2:` is a label too.
    func testALabelRepeatedOverTheTextOpensOneRecommendation() throws {
        let p = try parse("""
            Success message
            Independent Country Programme Evaluation of Nepal
            Commissioning Unit: Nepal
            Evaluation Plan: 2018-2021
            1. Recommendation:

            Recommendation 1. UNDP should sharpen its programme focus.

            Management Response: [Added: 2022/01/20]
            UNDP agrees.
            Key Actions:
            Key Action Responsible DueDate Status Comments Documents
            1.1 Consolidate the portfolio.
            [Added: 2022/01/20]
            Country Office 2022/12 Completed
            2. Recommendation:

            Recommendation #2: Strengthen partnerships with provinces.

            Management Response: [Added: 2022/01/20]
            Agreed.
            3. Recommendation:
            4. Recommendation: Publish the data.
            """)
        // A label of another number opens its own recommendation, even under one left empty.
        XCTAssertEqual(p.recommendations.map(\.text), [
            "UNDP should sharpen its programme focus.", "Strengthen partnerships with provinces.", "", "Publish the data.",
        ])
        XCTAssertEqual(p.recommendations.map(\.title), [nil, nil, nil, nil])
        XCTAssertEqual(p.recommendations.map { $0.actions.map(\.text) }, [["Consolidate the portfolio."], [], [], []])
    }

    /// A page cut inside the key action table's header (`Key Ac`) ends with the header, no action nor response text.
    func testAHeaderCutWhereThePageEndsIsHeader() throws {
        let head = """
            Final Evaluation of the Water Project
            Commissioning Unit: Costa Rica
            Evaluation Plan: 2018-2022
            1. Recommendation: Improve the meetings.
            Management Response: [Added: 2018/06/21]
            Agreed.

            """
        let underKeyActions = try parse(head + "Key Actions:\n\nKey Ac\n")
        XCTAssertEqual(underKeyActions.recommendations.map(\.actions.count), [0])
        let inResponse = try parse(head + "Key Action Respo")
        XCTAssertEqual(inResponse.recommendations.map(\.managementResponse), ["Agreed."])
        XCTAssertTrue(ERCLine.isCutTableHeader("key ac"))
        XCTAssertFalse(ERCLine.isCutTableHeader("Key"))
        XCTAssertFalse(ERCLine.isCutTableHeader("Key actions were agreed"))
    }

    /// A cells row ends with its `History` link: a line after it with no stamps nor cells is the next action's text
    /// (kept with a warning), never more of the row's comments.
    func testALineAfterARowsHistoryLinkIsNoComment() throws {
        let p = try parse("""
            Final Evaluation of the Water Project
            Commissioning Unit: Costa Rica
            Evaluation Plan: 2018-2022
            1. Recommendation: Improve the meetings.
            Management Response: [Added: 2018/06/21]
            Agreed.
            Key Actions:
            Key Action Responsible DueDate Status Comments Documents
            Hold the partner meetings.
            [Added: 2018/06/22] [Last Updated: 2019/01/15]
            Project Team 2018/12 Completed Minutes sent to the Minister History
            2.1 Draft the plan with the partners and the
            """)
        let actions = p.recommendations.flatMap(\.actions)
        XCTAssertEqual(actions.map(\.text), ["Hold the partner meetings.", "Draft the plan with the partners and the"])
        XCTAssertEqual(actions.map(\.comments), ["Minutes sent to the Minister", nil])
        XCTAssertTrue(p.diagnostics.contains { $0.message.contains("kept as text") })
        XCTAssertTrue(ERCCells.endsWithLinks("PMU 2022/12 Completed Done History |"))
        XCTAssertFalse(ERCCells.endsWithLinks("PMU 2022/12 Completed Done"))
    }
}
