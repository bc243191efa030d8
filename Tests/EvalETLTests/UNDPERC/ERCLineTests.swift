import XCTest
@testable import EvalETL

/// One row per line class of an ERC page, in each layout and language.
final class ERCLineTests: XCTestCase {
    func testLineClasses() {
        let d = CalendarDate(year: 2012, month: 10, day: 7)
        let rows: [(String, ERCLine)] = [
            ("", .blank), ("   ", .blank), ("|", .blank), (" | ", .blank),
            // The older export's separator between a list's items: a `:` alone, or after the item's `;`.
            (":", .blank), (" : ", .blank), ("Strengthen the networks;:", .text("Strengthen the networks;")),
            ("Do as follows:", .text("Do as follows:")),
            ("Success message", .chrome), ("warn message", .chrome), ("Report Cover Image", .chrome), ("Share", .chrome),
            ("Download document TOR.pdf tor English 308.12 KB Posted 7", .chrome), ("# source: https://erc.undp.org/x", .chrome),
            ("Commissioning Unit: Fiji", .field(.commissioningUnit, "Fiji")),
            ("Commissioning Unit:Costa Rica", .field(.commissioningUnit, "Costa Rica")),
            ("Commissioning Unit: | Ethiopia |", .field(.commissioningUnit, "Ethiopia")),
            ("**Commissioning Unit:** Fiji", .field(.commissioningUnit, "Fiji")),
            ("**Commissioning Unit:** | Ethiopia |", .field(.commissioningUnit, "Ethiopia")),
            ("**1. Recommendation:** UNDAF should act", .recommendation(1, "UNDAF should act")),
            ("Unidad comisionadora: Perú", .field(.commissioningUnit, "Perú")),
            ("Unité de mandat : Bénin", .field(.commissioningUnit, "Bénin")),
            ("Evaluation Plan:", .field(.evaluationPlan, nil)),
            ("Evaluation Plan: 2017-2020, Bangladesh", .field(.evaluationPlan, "2017-2020, Bangladesh")),
            ("Completion Date: | 11/2021 |", .field(.completionDate, "11/2021")),
            ("Evaluation Budget(US $): 29,000", .field(.budget, "29,000")),
            ("Evaluation Title: GENERACION DE CAPACIDADES", .field(.evaluationTitle, "GENERACION DE CAPACIDADES")),
            ("Documents Related to overall Management Response: |", .field(.documentsRelated, nil)),
            ("1. Recommendation: UNDAF should act", .recommendation(1, "UNDAF should act")),
            ("12. Recommendation:", .recommendation(12, "")),
            // However long its text runs on the line.
            ("2. Recommendation: " + Self.longText, .recommendation(2, Self.longText[...])),
            ("Evaluation recommendation 2. Capture, communicate", .recommendation(2, "Capture, communicate")),
            ("Recommendation: En primer lugar", .recommendation(nil, "En primer lugar")),
            ("Recommendation #2: Strengthen partnerships", .recommendation(2, "Strengthen partnerships")),
            ("Recommandation 1 : Renforcer les capacités", .recommendation(1, "Renforcer les capacités")),
            ("3. Recomendación: Fortalecer", .recommendation(3, "Fortalecer")),
            ("Recommandation de l’évaluation 4. Renforcer", .recommendation(4, "Renforcer")),
            ("2. Recommandation : Renforcer", .recommendation(2, "Renforcer")),
            ("Recommendation noted for WHO programme", .text("Recommendation noted for WHO programme")),
            ("REcommendation for WHO not UNDP", .text("REcommendation for WHO not UNDP")),
            ("8. Recommendations", .text("8. Recommendations")),
            ("Recommendations", .furniture), ("Key Action Update History", .furniture),
            // Link labels alone (a cells row's last cells wrapped) are no text; in a sentence they are.
            ("History", .furniture), ("History Documents", .furniture), ("Historial", .furniture),
            ("History of the project", .text("History of the project")),
            // The site's footer ends the page.
            ("Latest Evaluations", .siteFooter), ("Contact us", .siteFooter),
            ("2.", .number(2)), ("1", .number(1)),
            ("Management Response: [Added: 2012/10/07]", .field(.managementResponse, "[Added: 2012/10/07]")),
            ("Respuesta de la gerencia: Se asegurará", .field(.managementResponse, "Se asegurará")),
            ("Key Actions:", .field(.keyActions, nil)), ("Acciones clave:", .field(.keyActions, nil)),
            ("Key Action Responsible DueDate Status Comments Documents", .tableHeader),
            ("Key Action | Responsible | DueDate | Status | Comments | Documents |", .tableHeader),
            ("---|---|---|---|---|---|", .tableHeader), ("Responsible DueDate Status Comments", .tableHeader),
            // A justified line is the same line.
            ("Evaluation  recommendation 2.  Capture,  communicate", .recommendation(2, "Capture, communicate")),
            ("Key  Actions:", .field(.keyActions, nil)),
            // A justified or `&nbsp;` header is the same header.
            ("Key  Action Responsible  DueDate   Status Comments", .tableHeader),
            ("Key\u{A0}Action | Responsible |\u{A0}DueDate | Status |", .tableHeader),
            // A piped header wrapped over two lines: each part is header.
            ("Key Action | Responsible |", .tableHeader), ("Status | Comments | Documents |", .tableHeader),
            ("Documents  |", .tableHeader), ("Documentos |", .tableHeader), ("Documents", .furniture),
            ("PMU | Status |", .text("PMU | Status |")),
            // A printed page's footer reads as a blank line; a number alone stays a number.
            ("Page 2 of 5", .blank), ("© UNDP 2020", .blank), ("  page 3  ", .blank),
            ("[Added: 2012/10/07]", .stamps(ERCStamps(added: d, before: "", after: ""))),
            ("PMU | 2022/12 | Initiated | History | |", .text("PMU | 2022/12 | Initiated | History | |")),
        ]
        for (line, want) in rows {
            XCTAssertEqual(ERCLine.classify(line[...]), want, line)
        }
    }

    /// A text of 450 characters and more.
    static let longText = String(repeating: "Il est important de prendre la mesure des lacunes, ", count: 9) + "enfin."

    func testStamps() {
        let rows: [(String, added: String?, updated: String?, before: String, after: String)] = [
            ("[Added: 2021/11/27] [Last Updated: 2022/04/15] |", "2021-11-27", "2022-04-15", "", "|"),
            ("1.1 Do X [Added: 2021/11/27]", "2021-11-27", nil, "1.1 Do X", ""),
            ("[Añadido: 2019/05/08] [Última actualización: 2020/12/09]", "2019-05-08", "2020-12-09", "", ""),
            ("[Ajouté : 2019/05/08] [Dernière mise à jour : 2020/12/09]", "2019-05-08", "2020-12-09", "", ""),
            // Read with white space folded: runs of spaces, tabs, no-break spaces.
            ("[Added:  2021/11/27] [Last\u{A0}Updated:\u{A0}2022/04/15]", "2021-11-27", "2022-04-15", "", ""),
            ("[ Added:\t2021/11/27 ]", "2021-11-27", nil, "", ""),
        ]
        for (line, added, updated, before, after) in rows {
            let s = ERCStamps.find(in: line[...])
            XCTAssertEqual(s?.added?.iso, added, line)
            XCTAssertEqual(s?.lastUpdated?.iso, updated, line)
            XCTAssertEqual(s.map { String($0.before) }, before, line)
            XCTAssertEqual(s.map { String($0.after) }, after, line)
        }
        XCTAssertNil(ERCStamps.find(in: "[see annex] text"))
        XCTAssertNil(ERCStamps.find(in: "[Added: 2021/13/27]"))
        XCTAssertEqual(ERCStamps.removing(from: "[Added: 2011/12/30] Partners to act"), "Partners to act")
    }

    func testCells() {
        let rows: [(String, resp: String?, deadline: String?, status: String?, comments: String?)] = [
            ("UN Agencies and UNDAF ME TWG No due date No deadline established A consideration during UNDAF",
             "UN Agencies and UNDAF ME TWG", nil, "No deadline established", "A consideration during UNDAF"),
            ("CPG 2010/12 Completed", "CPG", "2010-12-31", "Completed", nil),
            ("WHO 2011/12 No Longer Applicable No action will be taken", "WHO", "2011-12-31", "No Longer Applicable", "No action will be taken"),
            ("Project Team 2020/10 Completed The Task Force", "Project Team", "2020-10-31", "Completed", "The Task Force"),
            ("PMU | 2022/12 | Initiated | History | |", "PMU", "2022-12-31", "Initiated", nil),
            ("PMU and UNDP | 2021/12 | Completed | Action completed History |", "PMU and UNDP", "2021-12-31", "Completed", "Action completed"),
            ("PMU | No due date | Overdue-Not Initiated | Waiting | |", "PMU", nil, "Overdue-Not Initiated", "Waiting"),
            ("Oficina de país Sin fecha de vencimiento En curso", "Oficina de país", nil, "Ongoing", nil),
            // A justified line: the phrase is found with its spaces folded.
            ("UN Agencies  No due  date No deadline established", "UN Agencies", nil, "No deadline established", nil),
            ("PMU 2022/02 Delayed by rains", "PMU", "2022-02-28", "Delayed", "by rains"),
            // NB: a mark after the space does not glue the next word to the status (`StatusMatcher.leading`).
            ("PMU 2022/02 Ongoing \u{301}n-house talks", "PMU", "2022-02-28", "Ongoing", "\u{301}n-house talks"),
        ]
        for (line, resp, deadline, status, comments) in rows {
            let c = ERCCells.parse(line[...])
            XCTAssertNotNil(c, line)
            XCTAssertEqual(c?.responsible, resp, line)
            XCTAssertEqual(c?.deadline?.iso, deadline, line)
            XCTAssertEqual(c?.status, status, line)
            XCTAssertEqual(c?.comments, comments, line)
        }
        XCTAssertNil(ERCCells.parse("Consider inclusion of specific regional results for next cycle"))
    }

    /// Text left after a row goes on with its comments, without the pipes and blanks of its cells (`ByteText.isPipeOrBlank`).
    func testTextAfterARow() {
        let rows: [(String, String)] = [("More words |", "More words"), ("More words |\t|", "More words"), ("| More | words |", "More | words")]
        for (line, comments) in rows {
            var actions = ERCKeyActions(parties: .shipped)
            actions.take(.text("PMU 2022/02 Completed"[...]), at: 1)
            actions.take(.text(line[...]), at: 2)
            actions.close()
            XCTAssertEqual(actions.actions.map(\.comments), [comments], line)
        }
    }

    func testSentenceTails() {
        let rows: [(String, String?, String?)] = [
            ("Medir el avance. PROGRAMA 2009/10", "Medir el avance.", "PROGRAMA 2009/10"),
            ("Medir el avance. Équipe PNUD", "Medir el avance.", "Équipe PNUD"), ("Medir el avance. équipe", nil, nil),
            ("Medir. el avance", nil, nil), ("Medir.\u{301} PNUD", nil, nil), ("Una. Dos. A B C D E F G", nil, nil),
        ]
        for (s, text, who) in rows {
            let got = ERCKeyActions.sentenceTail(s)
            XCTAssertEqual(got?.0, text, s)
            XCTAssertEqual(got?.1, who, s)
        }
    }

    func testTeamMembers() {
        let rows: [(String, String, String?)] = [
            ("David A. LaRoche Team leader", "David A. LaRoche", "Team leader"),
            ("Joshua Brann Mr. brann.evaluation@gmail.com", "Joshua Brann", nil),
            ("Grace Banda Prof. Team Leader", "Grace Banda", "Team Leader"), ("Ana Ruiz Sra.", "Ana Ruiz", nil),
            ("Tianhan Gui Research Consultant", "Tianhan Gui", "Research Consultant"),
            ("Cecile Collin Outcome Evaluator cc@example.org", "Cecile Collin", "Outcome Evaluator"),
            ("Marissa Remy Consultora PERU", "Marissa Remy", "Consultora"),
            ("Mirjana Strugar Mirjana Strugar mstrugar@gmail.com SERBIA", "Mirjana Strugar", nil),
            ("Manfred Stockmayer manfred.stockmayer@gmail.com", "Manfred Stockmayer", nil),
            ("Jane Roe | Evaluator | jane@x.org | KENYA |", "Jane Roe", "Evaluator"),
            ("Mercedes Gochez Rebollo Consultant", "Mercedes Gochez Rebollo", "Consultant"),
            ("Ana Pérez Consultora PERÚ", "Ana Pérez", "Consultora"), ("Ana Pérez Consultora PERU\u{301}", "Ana Pérez", "Consultora"),
            // A field or acronym before the title word, a title joined by `and`, a profession.
            ("Mariangela Pensa DRR Expert", "Mariangela Pensa", "DRR Expert"), ("Ana Ruiz M&E Specialist", "Ana Ruiz", "M&E Specialist"),
            ("Maria del Carmen Lopez Gender Specialist", "Maria del Carmen Lopez", "Gender Specialist"),
            ("Irene Among Agriculture and Gender", "Irene Among", "Agriculture and Gender"),
            ("Ana Ruiz Roads Expert", "Ana Ruiz", "Roads Expert"), ("Tim Roe MSME Expert", "Tim Roe", "MSME Expert"),
            ("Tim Roe Transport", "Tim Roe", "Transport"), ("Ana Maria Ruiz", "Ana Maria Ruiz", nil),
            ("Ahmed Ali Khan Economist", "Ahmed Ali Khan", "Economist"),
            ("John SMITH Consultant", "John SMITH", "Consultant"),
            ("Papa Demba SECK Consultant International", "Papa Demba SECK", "Consultant International"),
            // Capitals before an email are the title's; without one, none after a comma or a joining word.
            ("Ana Roe Chief CD and QA ana.roe@x.org", "Ana Roe", "Chief CD and QA"),
            ("Tim Lee Evaluation Manager, UNDP IEO tim.lee@x.org", "Tim Lee", "Evaluation Manager, UNDP IEO"),
            ("Tim Lee Evaluation Manager, UNDP IEO tim.lee@x.org EL SALVADOR", "Tim Lee", "Evaluation Manager, UNDP IEO"),
            ("Ana Roe Chief CD and QA", "Ana Roe", "Chief CD and QA"), ("Tim Lee Evaluation Manager, UNDP IEO", "Tim Lee", "Evaluation Manager, UNDP IEO"),
            ("Ana Roe Consultant EL SALVADOR", "Ana Roe", "Consultant"),
        ]
        for (line, name, title) in rows {
            XCTAssertEqual(ERCTeamMember.parse(line[...]), ERCTeamMember(name: name, title: title), line)
        }
        for header in ["Name Title Email Nationality", "Name Title Nationality", "Name | Title | Email | Nationality |", "Nombre Título Correo",
                       "Team Leader", "International Consultant"] {
            XCTAssertNil(ERCTeamMember.parse(header[...]), header)
        }
    }
}
