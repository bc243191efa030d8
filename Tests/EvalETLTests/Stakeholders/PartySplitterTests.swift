import XCTest
@testable import EvalETL

/// One row per responsible text: the parties it splits into (name, kind, detail).
final class PartySplitterTests: XCTestCase {
    typealias P = (String, StakeholderKind, String?)

    static let rows: [(String, [P])] = [
        ("UN Women", [("UN Women", .organization, nil)]),
        ("UNW", [("UN Women", .organization, nil)]),
        ("UN-Women and UNICEF", [("UN Women", .organization, nil), ("UNICEF", .organization, nil)]),
        ("UN Women with the leadership of the WEE Unit", [("UN Women", .organization, nil), ("WEE Unit", .unit, nil)]),
        ("UN Women and responsible party", [("UN Women", .organization, nil), ("responsible party", .organization, nil)]),
        ("UN Women, beneficiaries and responsible party",
         [("UN Women", .organization, nil), ("beneficiaries", .group, nil), ("responsible party", .organization, nil)]),
        ("UN Women (WEE/SL Unit, Balochistan Sub Office)",
         [("UN Women", .organization, "WEE/SL Unit, Balochistan Sub Office")]),
        ("UN Women and LHRD Sindh", [("UN Women", .organization, nil), ("LHRD Sindh", .organization, nil)]),
        ("Inkeri von Hase Michael Stewart-Evans", [("Inkeri von Hase", .person, nil), ("Michael Stewart-Evans", .person, nil)]),
        ("Niaz Murtaza (Team Leader) and Rehana Shaikh",
         [("Niaz Murtaza", .person, "Team Leader"), ("Rehana Shaikh", .person, nil)]),
        ("MCO Representative", [("MCO Representative", .unit, nil)]),
        ("MCO Kazakhstan Representative, MCO and KAZ Programme Specialists",
         [("MCO Kazakhstan Representative", .unit, nil), ("MCO Programme Specialists", .unit, nil),
          ("KAZ Programme Specialists", .unit, nil)]),
        ("MCO and TKM Programme Specialists", [("MCO Programme Specialists", .unit, nil), ("TKM Programme Specialists", .unit, nil)]),
        ("KAZ/TKM Programme Specialists", [("KAZ/TKM Programme Specialists", .unit, nil)]),
        ("MCO, KAZ and TKM Programme Specialists",
         [("MCO Programme Specialists", .unit, nil), ("KAZ Programme Specialists", .unit, nil), ("TKM Programme Specialists", .unit, nil)]),
        ("Comms/Advocacy Specialist with Programme Specialists",
         [("Comms/Advocacy Specialist", .unit, nil), ("Programme Specialists", .unit, nil)]),
        ("MCO Programme Specialists (all)", [("MCO Programme Specialists", .unit, "all")]),
        ("MCO Kazakhstan programme staff", [("MCO Kazakhstan programme staff", .unit, nil)]),
        ("MCO Kazakhstan, IEO", [("MCO Kazakhstan", .unit, nil), ("IEO", .unit, nil)]),
        ("MCO Programme Specialists and Project Managers",
         [("MCO Programme Specialists", .unit, nil), ("Project Managers", .unit, nil)]),
        ("RO; HQ & IEO", [("RO", .unit, nil), ("HQ", .unit, nil), ("IEO", .unit, nil)]),
        ("ILO Regional Office for Asia and the Pacific (ILO RO-Bangkok)",
         [("ILO Regional Office for Asia and the Pacific", .unit, "ILO RO-Bangkok")]),
        ("ILO Country Office (CO) Pakistan", [("ILO Country Office (CO) Pakistan", .unit, nil)]),
        ("Tahmina Mahmud", [("Tahmina Mahmud", .person, nil)]),
        ("communities and beneficiaries", [("communities", .group, nil), ("beneficiaries", .group, nil)]),
        ("Head of Office", [("Head of Office", .unit, nil)]),
        ("Monitoring and Evaluation Specialist", [("Monitoring and Evaluation Specialist", .unit, nil)]),
        ("UN Women Pakistan and Ministry of Finance",
         [("UN Women Pakistan", .unit, nil), ("Ministry of Finance", .organization, nil)]),
        ("Programme Specialist - EVAW", [("Programme Specialist - EVAW", .unit, nil)]),
        ("Rehana Shaikh and Niaz Murtaza", [("Rehana Shaikh", .person, nil), ("Niaz Murtaza", .person, nil)]),
        ("Especialista de Monitoreo y Evaluación", [("Especialista de Monitoreo y Evaluación", .unit, nil)]),
        ("ONU Mujeres y socios", [("UN Women", .organization, nil), ("socios", .organization, nil)]),
        ("Ministerio de Trabajo", [("Ministerio de Trabajo", .organization, nil)]),
        ("M&E Officer", [("M&E Officer", .unit, nil)]),
        ("UN Women and the Government", [("UN Women", .organization, nil), ("Government", .organization, nil)]),
        ("EVAW and WEE Programme Specialists", [("EVAW Programme Specialists", .unit, nil), ("WEE Programme Specialists", .unit, nil)]),
        ("All programme staff", [("All programme staff", .unit, nil)]),
        ("Dr. Jane Doe and Mr. John Smith", [("Jane Doe", .person, nil), ("John Smith", .person, nil)]),
        ("MCO Programme Specialist(s)", [("MCO Programme Specialist(s)", .unit, nil)]),
        ("", []),
        ("NA", []), ("N/A", []),
        ("PNUD", [("UNDP", .organization, nil)]),
        ("ONU Mujeres y PNUD", [("UN Women", .organization, nil), ("UNDP", .organization, nil)]),
        ("All Programme Portfolios and the Development Impact Advisory Team (DIAT)",
         [("All Programme Portfolios", .unit, nil), ("Development Impact Advisory Team", .unit, "DIAT")]),
        ("Regional Service Centre", [("Regional Service Centre", .unit, nil)]),
        ("Service Centre, supported by Resilience Project Teams",
         [("Service Centre", .unit, nil), ("Resilience Project Teams", .unit, nil)]),
        ("UN Women, technical staff", [("UN Women", .organization, nil), ("technical staff", .unit, nil)]),
        ("? Unidad de Género ? Directora regional ? BPPS",
         [("Unidad de Género", .unit, nil), ("Directora regional", .unit, nil), ("BPPS", .unit, nil)]),
        ("• Unidad de Género • BPPS", [("Unidad de Género", .unit, nil), ("BPPS", .unit, nil)]),
        ("Energy and Environment Cluster Lead and Analyst",
         [("Energy and Environment Cluster Lead", .unit, nil), ("Energy and Environment Cluster Analyst", .unit, nil)]),
        // A programme's field is no person's name: a pillar is a unit, a ministry's fields stay in its name.
        ("Governance Pillar", [("Governance Pillar", .unit, nil)]),
        ("Inclusive Growth", [("Inclusive Growth", .organization, nil)]),
        ("Ministry of Lands and Natural Resources", [("Ministry of Lands and Natural Resources", .organization, nil)]),
        ("Especialista en Alianzas y Movilización de Recursos", [("Especialista en Alianzas y Movilización de Recursos", .unit, nil)]),
        // Two fields of one unit's name; a party before `and` still cuts.
        ("Youth and Gender Unit", [("Youth and Gender Unit", .unit, nil)]),
        ("Governance and Capacity building unit", [("Governance and Capacity building unit", .unit, nil)]),
        ("UNDP and Gender Unit", [("UNDP", .organization, nil), ("Gender Unit", .unit, nil)]),
        ("Programme Specialist, Energy and Environment Unit", [("Programme Specialist", .unit, nil), ("Energy and Environment Unit", .unit, nil)]),
        // The cell's full stop ends no name.
        ("PMU.", [("PMU", .unit, nil)]),
        ("Programme Specialist.", [("Programme Specialist", .unit, nil)]),
        ("ECORYS Consulting Ltd.", [("ECORYS Consulting Ltd.", .organization, nil)]),
        // Every trailing parenthesis is detail; equal ones once.
        ("Programme Officer (VAW) (VAW), Country Programme Managers (=CPM)",
         [("Programme Officer", .unit, "VAW"), ("Country Programme Managers", .unit, "=CPM")]),
        ("Gender Specialist (GBV) (Dakar)", [("Gender Specialist", .unit, "GBV; Dakar")]),
        // French and Spanish names: a ministry's object after `de la`, civil society of a country,
        // a collective, an office named by a lowercase post after the organization.
        ("UNW et Ministère de la Jeunesse et des Sports en Guinée",
         [("UN Women", .organization, nil), ("Ministère de la Jeunesse et des Sports en Guinée", .organization, nil)]),
        ("ONU Femmes et Société civile Sénégal", [("UN Women", .organization, nil), ("Société civile Sénégal", .organization, nil)]),
        ("UNW Maroc et Collectif Égalité de Genre", [("UNW Maroc", .unit, nil), ("Collectif Égalité de Genre", .organization, nil)]),
        ("ONU Mujeres oficina regional", [("ONU Mujeres oficina regional", .unit, nil)]),
        // A slash a space follows parts two parties; written close it joins one name.
        ("MCO/ Programme Specialist", [("MCO", .unit, nil), ("Programme Specialist", .unit, nil)]),
        ("PMU /Project Manager", [("PMU", .unit, nil), ("Project Manager", .unit, nil)]),
        ("KAZ/TKM Programme Specialists", [("KAZ/TKM Programme Specialists", .unit, nil)]),
        // Written close, it parts two parties when one side is an organization the lexicon knows (its alias folded).
        ("MJS/ONU Femmes", [("MJS", .organization, nil), ("UN Women", .organization, nil)]),
        ("ONU Femmes/DGPL", [("UN Women", .organization, nil), ("DGPL", .organization, nil)]),
        ("UNW/Ministry of Labour", [("UN Women", .organization, nil), ("Ministry of Labour", .organization, nil)]),
        // Posts' codes (`RR`, `DRR`, `ARR`) are units, joined by a slash too; beside one Title-case word standing
        // as a party they part from it.
        ("RR/DRR", [("RR/DRR", .unit, nil)]),
        ("ARR", [("ARR", .unit, nil)]),
        ("Energy/RR/DRR", [("Energy", .organization, nil), ("RR/DRR", .unit, nil)]),
        ("PMU, Energy/ARR", [("PMU", .unit, nil), ("Energy", .organization, nil), ("ARR", .unit, nil)]),
        ("Energy/RR Specialist", [("Energy/RR Specialist", .unit, nil)]),
        // Written close between a code and a post named by its words alone, or two such posts, too.
        ("PMU/Oficial de Programa", [("PMU", .unit, nil), ("Oficial de Programa", .unit, nil)]),
        ("Programme Analyst/Project Manager", [("Programme Analyst", .unit, nil), ("Project Manager", .unit, nil)]),
        ("Comms/Advocacy Specialist", [("Comms/Advocacy Specialist", .unit, nil)]),
        ("WEE/SL Unit", [("WEE/SL Unit", .unit, nil)]),
        ("UNW (RR/DRR)", [("UN Women", .organization, "RR/DRR")]),
        // A parenthesis written against the name is its detail as a spaced one is; a plural mark stays in its word.
        ("UN Women(Gender Unit), Ministry of Finance(Budget Office)",
         [("UN Women", .organization, "Gender Unit"), ("Ministry of Finance", .organization, "Budget Office")]),
        ("PMU(Finance), Programme Officer(s)", [("PMU", .unit, "Finance"), ("Programme Officer(s)", .unit, nil)]),
        // A remark after a name, opened by a lowercase preposition, is the detail; a preposition inside a name stays.
        ("NSO for data collection; PMU & UNDP on policy & planning",
         [("NSO", .organization, "for data collection"), ("PMU", .unit, nil), ("UNDP", .organization, "on policy & planning")]),
        ("UNDP (Gender Unit) for follow up", [("UNDP", .organization, "Gender Unit; for follow up")]),
        ("Ministry for Women", [("Ministry for Women", .organization, nil)]),
        ("Commission on the Status of Women", [("Commission on the Status of Women", .organization, nil)]),
        ("Office for the Coordination of Humanitarian Affairs and UNDP", [("OCHA", .organization, nil), ("UNDP", .organization, nil)]),
        // French elides the article onto a name: `et l’UNICEF` parts as `et UNICEF` does (`l?` where an export lost `’`).
        ("Spécialiste genre et l’UNICEF", [("Spécialiste genre", .unit, nil), ("UNICEF", .organization, nil)]),
        ("Spécialiste genre et l'UNICEF", [("Spécialiste genre", .unit, nil), ("UNICEF", .organization, nil)]),
        ("Spécialiste genre, l?UNICEF", [("Spécialiste genre", .unit, nil), ("UNICEF", .organization, nil)]),
        ("ONU Femmes Bureau pour l'Afrique", [("ONU Femmes Bureau pour l'Afrique", .unit, nil)]),
        // An article opening a party is no part of its name.
        ("PNUD, le Chef de projet", [("UNDP", .organization, nil), ("Chef de projet", .unit, nil)]),
        ("la Coordonnatrice du projet", [("Coordonnatrice du projet", .unit, nil)]),
        ("UNICEF et la Directrice de Programme", [("UNICEF", .organization, nil), ("Directrice de Programme", .unit, nil)]),
        ("PNUD y los Especialistas de Programa", [("UNDP", .organization, nil), ("Especialistas de Programa", .unit, nil)]),
        ("Ministère de la Jeunesse et la Culture", [("Ministère de la Jeunesse et la Culture", .organization, nil)]),
        // `avec`, `con` add a party as `with` does.
        ("ONU Femmes en partenariat avec le MEF, MSISF et MNTRA",
         [("UN Women", .organization, "en partenariat"), ("MEF", .organization, nil), ("MSISF", .organization, nil),
          ("MNTRA", .organization, nil)]),
        ("ONU Mujeres con el INMUJERES", [("UN Women", .organization, nil), ("INMUJERES", .organization, nil)]),
        // A quantified phrase after `and`: the party its words name, else the detail of the party before it.
        ("UNDP and all units", [("UNDP", .organization, "all units")]),
        ("UNDP and all its units", [("UNDP", .organization, "all its units")]),
        ("UN Women and other UN Agencies", [("UN Women", .organization, nil), ("UN Agencies", .organization, nil)]),
        ("RR and all programme staff", [("RR", .unit, "all programme staff")]),
    ]

    func testSplit() {
        for (text, want) in Self.rows {
            let got = PartySplitter.split(text, lexicon: .shipped)
            XCTAssertEqual(got.map(\.name), want.map(\.0), text)
            XCTAssertEqual(got.map(\.kind), want.map(\.1), text)
            XCTAssertEqual(got.map(\.detail), want.map(\.2), text)
        }
    }

    /// Suffixes the responsible grammar must refuse (they belong to the description).
    func testStrictGrammarRefuses() {
        let refused = [
            "UNCT TKM Programme Specialist", "UNDP MCO Kazakhstan Representative", "EVAW TAJ Programme Specialist",
            "UNCT MCO Representative", "WWD UN Women", "SN with recommendations factored in MCO Kazakhstan",
            "agencies (WHO, UNISDR) MCO Kazakhstan Representative", "2019. Inkeri von Hase",
            "implementation MCO Kazakhstan programme staff", "beneficiaries and UN Women", "KAZ",
            "with Project Managers", "UN Women and",
        ]
        for text in refused {
            XCTAssertNil(PartySplitter.parse(PartyWords(text[...], lexicon: .shipped), from: 0, strict: true), text)
        }
    }

    func testClassifier() {
        let cases: [(String, StakeholderKind)] = [
            ("UN Women", .organization), ("MCO Representative", .unit), ("beneficiaries", .group),
            ("Rehana Shaikh", .person), ("IEO", .unit), ("responsible party", .organization),
            ("Balochistan Sub Office", .unit), ("Ministry of Finance", .organization),
        ]
        for (name, kind) in cases { XCTAssertEqual(PartySplitter.kind(of: name, lexicon: .shipped), kind, name) }
    }
}
