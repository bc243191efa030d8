import XCTest
@testable import EvalETL

/// One row per responsible-cell pattern (English, French, Spanish): the flattened GATE row,
/// the responsible text it must give, and each party with its kind.
final class ResponsiblePartyTests: XCTestCase {
    typealias Row = (line: String, responsible: String, parties: [String])

    static let rows: [Row] = [
        // Office codes and posts standing alone before the deadline.
        ("Develop a regional strategy on political participation in the Sahel WCA 2019/12 Not Initiated", "WCA", ["WCA unit"]),
        ("Organize consultations with national gender machineries ROAS 2020/06 Initiated", "ROAS", ["ROAS unit"]),
        ("Strengthen coordination with sub-regional partners CEESRO 2019/09 Completed", "CEESRO", ["CEESRO unit"]),
        ("Approve the revised annual workplan and budget RR 2019/03 Completed", "RR", ["RR unit"]),
        // A code and a group noun.
        ("Support the regional gender action plan SAARC Member States 2020/12 Not Initiated", "SAARC Member States",
         ["SAARC Member States group"]),
        // `Name ; role`: one person, the post as detail.
        ("Renforcer le suivi des activités dans les régions Wanalher Ag Alwaly ; Responsable de projet 2019/12 Initiated",
         "Wanalher Ag Alwaly ; Responsable de projet", ["Wanalher Ag Alwaly person (Responsable de projet)"]),
        // An office of UN Women named in Spanish (kept whole), and a network whose name holds `y`.
        ("Fortalecer las alianzas con la sociedad civil ONU Mujeres Brasil & Cono Sur y Red Mujer y Hábitat 2018/12 Completed",
         "ONU Mujeres Brasil & Cono Sur y Red Mujer y Hábitat",
         ["ONU Mujeres Brasil & Cono Sur unit", "Red Mujer y Hábitat organization"]),
        // A long office name with `for … and the …`.
        ("Develop a CEDAW reporting toolkit for national partners CEDAW Regional team, UN Women Regional Office for Asia and the Pacific 2019/06 Initiated",
         "CEDAW Regional team, UN Women Regional Office for Asia and the Pacific",
         ["CEDAW Regional team unit", "UN Women Regional Office for Asia and the Pacific unit"]),
        // A post of the organization, written before it (French).
        ("Mettre en place un système de suivi des résultats Management Projet ONU Femmes 2019/12 Initiated",
         "Management Projet ONU Femmes", ["Management Projet ONU Femmes unit"]),
        // Posts and a unit named by its field.
        ("Review the office structure and staffing Representative; Deputy Representative; Operations 2019/12 Completed",
         "Representative; Deputy Representative; Operations",
         ["Representative unit", "Deputy Representative unit", "Operations unit"]),
        ("Élaborer un plan de communication Chargée de communication 2020/03 Not Initiated",
         "Chargée de communication", ["Chargée de communication unit"]),
        ("Diseñar una estrategia de movilización de recursos Representante de País y Especialista de Programa 2020/06 Initiated",
         "Representante de País y Especialista de Programa",
         ["Representante de País unit", "Especialista de Programa unit"]),
        ("Establecer un sistema de monitoreo Especialista de Monitoreo y Evaluación 2020/06 Initiated",
         "Especialista de Monitoreo y Evaluación", ["Especialista de Monitoreo y Evaluación unit"]),
        ("Train partners on results-based management Unidad de Género 2020/06 Initiated", "Unidad de Género", ["Unidad de Género unit"]),
        ("Establish a monitoring framework for the project Programme Specialist, M&E Officer 2019/12 Initiated",
         "Programme Specialist, M&E Officer", ["Programme Specialist unit", "M&E Officer unit"]),
        ("Develop the M&E plan Monitoring and Evaluation Specialist 2019/12 Initiated",
         "Monitoring and Evaluation Specialist", ["Monitoring and Evaluation Specialist unit"]),
        // A slash written close between a party and an alias of UN Women parts them.
        ("Appui au plan national de lutte contre la traite des personnes. MJS/ONU Femmes 2018/02 Completed",
         "MJS/ONU Femmes", ["MJS organization", "UN Women organization"]),
        // An alias of the organization itself folds into its name.
        ("Assurer la coordination avec les partenaires ONU Femmes 2019/12 Completed", "ONU Femmes", ["UN Women organization"]),
        ("Organizar talleres con las contrapartes ONU Mujeres 2019/12 Completed", "ONU Mujeres", ["UN Women organization"]),
    ]

    /// Cells as GATE pages write them, each read whole after an action's text, with its parties' kinds.
    static let cells: [(cell: String, parties: [String])] = [
        ("UN Women Kenya CO", ["UN Women Kenya CO unit"]),
        ("Programme Coordinator / M&E Officer", ["Programme Coordinator unit", "M&E Officer unit"]),
        ("Oficina Regional para las Américas y el Caribe", ["Oficina Regional para las Américas y el Caribe unit"]),
        ("UN Women Regional Office for Europe and Central Asia", ["UN Women Regional Office for Europe and Central Asia unit"]),
        ("Equipe programme", ["Equipe programme unit"]),
        ("Point focal genre", ["Point focal genre unit"]),
        ("Bureau Pays", ["Bureau Pays unit"]),
        ("Directrice Régionale", ["Directrice Régionale unit"]),
        ("Especialista en Género", ["Especialista en Género unit"]),
        ("National Commission for Women", ["National Commission for Women organization"]),
        ("UNCT Gender Theme Group", ["UNCT Gender Theme Group unit"]),
        ("Sarah Douglas, Deputy Director", ["Sarah Douglas person (Deputy Director)"]),
        ("UNDP, UNFPA and UN Women", ["UNDP organization", "UNFPA organization", "UN Women organization"]),
        ("UN Women and Ministry of Women Affairs", ["UN Women organization", "Ministry of Women Affairs organization"]),
        ("Representative, Operations Manager and Programme Specialists",
         ["Representative unit", "Operations Manager unit", "Programme Specialists unit"]),
        ("ESARO", ["ESARO unit"]),
        // A team, then the office it sits in.
        ("SADC Liaison team ROSA", ["SADC Liaison team unit (ROSA)"]),
    ]

    func testCellShapes() {
        for (i, c) in Self.cells.enumerated() {
            let line = "Organize quarterly review meetings with implementing partners \(c.cell) 2019/12 Initiated"
            var recs = [Self.recommendation([line])]
            var diagnostics: [Diagnostic] = []
            ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
            XCTAssertEqual(recs[0].actions[0].responsible, c.cell, "row \(i)")
            XCTAssertEqual(recs[0].actions[0].parties.map(Self.describe), c.parties, c.cell)
            XCTAssertEqual(diagnostics, [], c.cell)
        }
    }

    func testEachPattern() {
        for row in Self.rows {
            var recs = [Self.recommendation([row.line])]
            var diagnostics: [Diagnostic] = []
            ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
            let action = recs[0].actions[0]
            XCTAssertEqual(action.responsible, row.responsible, row.line)
            XCTAssertEqual(action.parties.map(Self.describe), row.parties, row.line)
            XCTAssertTrue(row.line.hasPrefix(action.text + " " + row.responsible), row.line)
            XCTAssertEqual(diagnostics, [], row.line)
        }
    }

    /// Rows of one document share their party: an acronym no rule reads is read from the others.
    func testTheDocumentTellsTheParty() {
        var recs = [Self.recommendation([
            "Set up the steering committee with regional partners PMEU 2019/12 Initiated",
            "Review the annual workplan PMEU 2020/06 Completed",
            "Train focal points in all districts Programme Specialist, PMEU 2020/12 Initiated",
            "Publish the knowledge products online with the partners Programme Specialist 2020/11 Initiated",
        ])]
        var diagnostics: [Diagnostic] = []
        ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
        let got = recs[0].actions.map { [$0.text, $0.responsible ?? "-"] }
        XCTAssertEqual(got, [
            ["Set up the steering committee with regional partners", "PMEU"],
            ["Review the annual workplan", "PMEU"],
            ["Train focal points in all districts", "Programme Specialist, PMEU"],
            ["Publish the knowledge products online with the partners", "Programme Specialist"],
        ])
        XCTAssertEqual(diagnostics, [])
    }

    /// A party the other rows name, then a sentence's full stop and a parenthesis: the party, the parenthesis its detail.
    func testThePartyOfTheOtherRowsWithAParenthesisAfterIt() {
        var recs = [Self.recommendation([
            "Recruter un agent de suivi Management Projet ONU Femmes 2013/10 Completed",
            "Organiser des rencontres entre partenaires Management Projet ONU Femmes. (REFAMP, CMDID) 2013/12 Completed",
        ])]
        var diagnostics: [Diagnostic] = []
        ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
        let second = recs[0].actions[1]
        XCTAssertEqual(second.text, "Organiser des rencontres entre partenaires")
        XCTAssertEqual(second.responsible, "Management Projet ONU Femmes. (REFAMP, CMDID)")
        XCTAssertEqual(second.parties, [Party(name: "Management Projet ONU Femmes", kind: .unit, detail: "REFAMP, CMDID")])
        XCTAssertEqual(diagnostics, [])
    }

    /// A party the other rows name opens the row's last sentences and goes on as a cell does (`et`, `en`): the cell,
    /// its parties read from its first sentence (a glossary of its codes after it is no party); never a sentence.
    func testAPartyOfTheOtherRowsOpensTheCellAfterASentence() {
        var recs = [Self.recommendation([
            "Former les élus locaux au budget sensible au genre UNW et Société civile Sénégal 2016/06 Completed",
            "Appui au ministère pour la révision du protocole. UNW et Ministère de la santé et de l’action sociale 2016/12 Initiated",
            "Plaidoyer pour le décret d’application. ONU Femmes en lien avec le MSAS et le CLVF. MSAS : Ministère de la santé CLVF : Comité de lutte contre les violences 2017/12 Initiated",
            "Finaliser le rapport. ONU Femmes va recruter une consultante 2017/12 Initiated",
        ])]
        var diagnostics: [Diagnostic] = []
        ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
        let a = recs[0].actions
        XCTAssertEqual(a[1].text, "Appui au ministère pour la révision du protocole.")
        XCTAssertEqual(a[1].responsible, "UNW et Ministère de la santé et de l’action sociale")
        XCTAssertEqual(a[1].parties.map(Self.describe), ["UN Women organization", "Ministère de la santé et de l’action sociale organization"])
        XCTAssertEqual(a[2].text, "Plaidoyer pour le décret d’application.")
        XCTAssertEqual(a[2].responsible, "ONU Femmes en lien avec le MSAS et le CLVF. MSAS : Ministère de la santé CLVF : Comité de lutte contre les violences")
        // NB: `avec` adds its parties as `with` does.
        XCTAssertEqual(a[2].parties.map(Self.describe), ["UN Women organization (en lien)", "MSAS organization", "CLVF organization"])
        XCTAssertNil(a[3].responsible)
        XCTAssertEqual(diagnostics.map(\.line), [4])
    }

    /// A cell that defines an alias (`Regional Advisers (=RA)`): the alias and its plural in every row are that party,
    /// and the definition is no detail.
    func testAnAliasTheCellDefinesFoldsIntoItsName() {
        var recs = [Self.recommendation([
            "Draft the regional strategy. Programme Officer (GBV), Regional Advisers (=RA) 2013/03 Ongoing",
            "Review the country plans RA 2013/06 Ongoing",
            "Train the partners Programme Officer, RAs 2013/09 Ongoing",
        ])]
        var diagnostics: [Diagnostic] = []
        ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
        XCTAssertEqual(recs[0].actions.map { $0.parties.map(Self.describe) }, [
            ["Programme Officer unit (GBV)", "Regional Advisers unit"],
            ["Regional Advisers unit"],
            ["Programme Officer unit", "Regional Advisers unit"],
        ])
    }

    /// A party nothing reads is a guess, said so with the row's line; no words at all: left empty, said so.
    func testAnUncertainSplitIsSaid() {
        var recs = [Self.recommendation([
            "Conduct the mid-term review of the programme XQZW 2019/12 Initiated",
            "Conduct a baseline study 2021/07 Completed",
        ])]
        var diagnostics: [Diagnostic] = []
        ResponsibleEvidence.resolve(&recs, lexicon: .shipped, diagnostics: &diagnostics)
        XCTAssertEqual(recs[0].actions[0].responsible, "XQZW")
        XCTAssertEqual(recs[0].actions[0].text, "Conduct the mid-term review of the programme")
        XCTAssertNil(recs[0].actions[1].responsible)
        XCTAssertEqual(diagnostics.map(\.line), [1, 2])
        XCTAssertEqual(diagnostics.map(\.topic), [.responsible, .responsible])
        XCTAssertTrue(diagnostics[0].message.hasPrefix("responsible party uncertain: guessed 'XQZW'"), diagnostics[0].message)
    }

    /// A user lexicon entry changes the split of a row that was ambiguous without it, and folds its alias.
    func testAUserLexiconEntrySplitsTheRow() {
        let line = "Validate the results framework with partners Comité national de pilotage 2020/03 Initiated"
        var without = [Self.recommendation([line])]
        var diagnostics: [Diagnostic] = []
        ResponsibleEvidence.resolve(&without, lexicon: .shipped, diagnostics: &diagnostics)
        XCTAssertNil(without[0].actions[0].responsible)

        let lexicon = PartyLexicon(user: [PartyName(name: "Project Steering Committee", kind: .group,
                                                    aliases: ["Comité national de pilotage"])])
        var with = [Self.recommendation([line], lexicon: lexicon)]
        diagnostics = []
        ResponsibleEvidence.resolve(&with, lexicon: lexicon, diagnostics: &diagnostics)
        XCTAssertEqual(with[0].actions[0].responsible, "Comité national de pilotage")
        XCTAssertEqual(with[0].actions[0].text, "Validate the results framework with partners")
        XCTAssertEqual(with[0].actions[0].parties, [Party(name: "Project Steering Committee", kind: .group)])
        XCTAssertEqual(diagnostics, [])
        XCTAssertNotEqual(lexicon.userKey, PartyLexicon.shipped.userKey, "the user lexicon is part of the cache key")
    }

    static func recommendation(_ lines: [String], lexicon: PartyLexicon = .shipped) -> ParsedRecommendation {
        var rec = ParsedRecommendation(text: "R")
        for (i, line) in lines.enumerated() {
            guard let row = KeyActionSplitter.split(line[...], lineNumber: i + 1, parties: lexicon) else {
                XCTFail("no row: \(line)")
                continue
            }
            rec.actions.append(row.action)
        }
        return rec
    }

    static func describe(_ p: Party) -> String {
        "\(p.name) \(p.kind.rawValue)" + (p.detail.map { " (\($0))" } ?? "")
    }
}
