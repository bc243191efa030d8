import XCTest
@testable import EvalETL

/// One row per flattened key-action row shape: (line, scope, text, responsible, deadline, status, comments).
final class KeyActionSplitterTests: XCTestCase {
    typealias Row = (line: String, scope: String?, text: String, responsible: String?, deadline: String?,
                     status: String?, comments: String?)

    static let rows: [Row] = [
        ("1. Develop concept notes in a timely manner. UN Women with the leadership of the WEE Unit 2021/07 Completed The proposal was approved.",
         nil, "Develop concept notes in a timely manner.", "UN Women with the leadership of the WEE Unit", "2021-07-31", "Completed", "The proposal was approved."),
        ("2. Allocate resources through the implementing partner of the target audience. UN Women and responsible party 2021/09 Ongoing Efforts initiated.",
         nil, "Allocate resources through the implementing partner of the target audience.", "UN Women and responsible party", "2021-09-30", "Ongoing", "Efforts initiated."),
        ("1. This can be achieved through dialogues and regular meetings UN Women (WEE/SL Unit, Balochistan Sub Office) 2021/06 Completed Meeting held.",
         nil, "This can be achieved through dialogues and regular meetings", "UN Women (WEE/SL Unit, Balochistan Sub Office)", "2021-06-30", "Completed", "Meeting held."),
        ("2. Increased collaboration to work on issues concerning WWD UN Women 2021/08 Ongoing",
         nil, "Increased collaboration to work on issues concerning WWD", "UN Women", "2021-08-31", "Ongoing", nil),
        ("3.Through our Provincial office in Sindh, UN Women will initiate benefits. UN Women and LHRD Sindh 2021/09 Completed Done.",
         nil, "Through our Provincial office in Sindh, UN Women will initiate benefits.", "UN Women and LHRD Sindh", "2021-09-30", "Completed", "Done."),
        ("4. Feedback directly from our beneficiaries. UN Women, beneficiaries and responsible party 2021/07 Completed",
         nil, "Feedback directly from our beneficiaries.", "UN Women, beneficiaries and responsible party", "2021-07-31", "Completed", nil),
        ("KAZ: Engage the new RC to lead on gender in the UNCT MCO Representative 2016/12 Overdue-Initiated",
         "KAZ", "Engage the new RC to lead on gender in the UNCT", "MCO Representative", "2016-12-31", "Overdue-Initiated", nil),
        ("TKM: Take the Chair of the HRGTG if requested by UNCT TKM Programme Specialist 2016/12 Overdue-Not Initiated",
         "TKM", "Take the Chair of the HRGTG if requested by UNCT", "TKM Programme Specialist", "2016-12-31", "Overdue-Not Initiated", nil),
        ("KAZ: Lead the GTG with specific focus on relationship with UNDP MCO Kazakhstan Representative, MCO and KAZ Programme Specialists 2016/12 Overdue-Initiated",
         "KAZ", "Lead the GTG with specific focus on relationship with UNDP", "MCO Kazakhstan Representative, MCO and KAZ Programme Specialists", "2016-12-31", "Overdue-Initiated", nil),
        ("KAZ: Expand partnership with other agencies (WHO, UNISDR) MCO Kazakhstan Representative, MCO and KAZ Programme Specialists 2016/04 Overdue-Initiated",
         "KAZ", "Expand partnership with other agencies (WHO, UNISDR)", "MCO Kazakhstan Representative, MCO and KAZ Programme Specialists", "2016-04-30", "Overdue-Initiated", nil),
        ("TAJ: Implement AWP with focus on cultural aspects of EVAW TAJ Programme Specialist 2016/12 Overdue-Not Initiated",
         "TAJ", "Implement AWP with focus on cultural aspects of EVAW", "TAJ Programme Specialist", "2016-12-31", "Overdue-Not Initiated", nil),
        ("KAZ/TKM: Work with government ministries on planning KAZ/TKM Programme Specialists 2016/04 Overdue-Initiated",
         "KAZ/TKM", "Work with government ministries on planning", "KAZ/TKM Programme Specialists", "2016-04-30", "Overdue-Initiated", nil),
        ("ALL MCO: Develop advocacy campaign on gender stereotypes Comms/Advocacy Specialist with Programme Specialists 2016/07 Overdue-Not Initiated",
         "ALL MCO", "Develop advocacy campaign on gender stereotypes", "Comms/Advocacy Specialist with Programme Specialists", "2016-07-31", "Overdue-Not Initiated", nil),
        ("ALL MCO: Address common gaps (labour migration; DRR response; etc.) Programme Specialists 2016/12 Overdue-Not Initiated",
         "ALL MCO", "Address common gaps (labour migration; DRR response; etc.)", "Programme Specialists", "2016-12-31", "Overdue-Not Initiated", nil),
        ("MCO: Prepare SN with recommendations factored in MCO Kazakhstan 2016/01 Completed",
         "MCO", "Prepare SN with recommendations factored in", "MCO Kazakhstan", "2016-01-31", "Completed", nil),
        ("Dialogue around CSW on SDG targets and B+20 implementation MCO Kazakhstan programme staff 2016/04 Overdue-Initiated",
         nil, "Dialogue around CSW on SDG targets and B+20 implementation", "MCO Kazakhstan programme staff", "2016-04-30", "Overdue-Initiated", nil),
        ("Step up HeForShe campaign Comms/Advocacy Specialist with Project Managers 2016/12 Overdue-Not Initiated",
         nil, "Step up HeForShe campaign", "Comms/Advocacy Specialist with Project Managers", "2016-12-31", "Overdue-Not Initiated", nil),
        ("Survey of key actors will be conducted MCO Programme Specialists (all) 2016/05 Overdue-Not Initiated To be followed up yearly.",
         nil, "Survey of key actors will be conducted", "MCO Programme Specialists (all)", "2016-05-31", "Overdue-Not Initiated", "To be followed up yearly."),
        ("Increase exchanges and joint events with KYR CO. MCO Programme Specialist 2016/12 Overdue-Not Initiated",
         nil, "Increase exchanges and joint events with KYR CO.", "MCO Programme Specialist", "2016-12-31", "Overdue-Not Initiated", nil),
        ("Make concrete proposals to evaluation team. MCO Kazakhstan, IEO 2016/07 Overdue-Initiated",
         nil, "Make concrete proposals to evaluation team.", "MCO Kazakhstan, IEO", "2016-07-31", "Overdue-Initiated", nil),
        ("Mobilise resources to commence by the start of 2019. Inkeri von Hase Michael Stewart-Evans 2019/01 Overdue-Initiated",
         nil, "Mobilise resources to commence by the start of 2019.", "Inkeri von Hase Michael Stewart-Evans", "2019-01-31", "Overdue-Initiated", nil),
        // Invented shapes.
        ("1.1. Elaborar un plan de acción con las contrapartes ONU Mujeres 2022-03 En curso",
         nil, "Elaborar un plan de acción con las contrapartes", "ONU Mujeres", "2022-03-31", "Ongoing", nil),
        ("2.3. Train focal points in all districts Gender Focal Point 03/2022 completed",
         nil, "Train focal points in all districts", "Gender Focal Point", "2022-03-31", "Completed", nil),
        ("Hold the annual review with partners UN Women Ongoing Started in May.",
         nil, "Hold the annual review with partners", "UN Women", nil, "Ongoing", "Started in May."),
        ("Publish the knowledge products online RO 2020/11 Delayed Waiting for translation.",
         nil, "Publish the knowledge products online", "RO", "2020-11-30", "Delayed", "Waiting for translation."),
        ("Renforcer les capacités des partenaires. ONU Femmes 2021/12 Over due",
         nil, "Renforcer les capacités des partenaires.", "ONU Femmes", "2021-12-31", "Overdue", nil),
        ("Share the results with the donors UNW and UNICEF 2020/02 overdue-not initiated",
         nil, "Share the results with the donors", "UNW and UNICEF", "2020-02-29", "Overdue-Not Initiated", nil),
        ("1.1 Train staff on the new guidance. Monitoring and Evaluation Specialist 2022/06 Not Initiated",
         nil, "Train staff on the new guidance.", "Monitoring and Evaluation Specialist", "2022-06-30", "Not Initiated", nil),
        ("Draft the annual plan UN Women CO 2022/01 Completed", nil, "Draft the annual plan", "UN Women CO", "2022-01-31", "Completed", nil),
        // An office named by the organization, a place code and its office code; or by an acronym of the organization.
        ("Hold quarterly meetings with the provincial governments. UN Women PNG CO 2024/06 Ongoing Two held.",
         nil, "Hold quarterly meetings with the provincial governments.", "UN Women PNG CO", "2024-06-30", "Ongoing", "Two held."),
        ("Organize a workshop on the results in the UNCT. UNW CO 2024/06 Ongoing",
         nil, "Organize a workshop on the results in the UNCT.", "UNW CO", "2024-06-30", "Ongoing", nil),
        // Numbers ended by a colon, with or without a space before it (ERC pages in French).
        ("1.1 : Train staff on the new guidance. Monitoring and Evaluation Specialist 2022/06 Not Initiated",
         nil, "Train staff on the new guidance.", "Monitoring and Evaluation Specialist", "2022-06-30", "Not Initiated", nil),
        ("2: Draft the annual plan UN Women CO 2022/01 Completed", nil, "Draft the annual plan", "UN Women CO", "2022-01-31", "Completed", nil),
        ("3 : Former les agents ONU Femmes 2022/01 Completed", nil, "Former les agents", "ONU Femmes", "2022-01-31", "Completed", nil),
        ("Advocate for gender-responsive budgeting UN Women Pakistan and Ministry of Finance 2022/12 Ongoing",
         nil, "Advocate for gender-responsive budgeting", "UN Women Pakistan and Ministry of Finance", "2022-12-31", "Ongoing", nil),
        ("Roll out the EVAW training Programme Specialist - EVAW 2023/03 Initiated",
         nil, "Roll out the EVAW training", "Programme Specialist - EVAW", "2023-03-31", "Initiated", nil),
        ("Prepare the donor report Head of Programmes, M&E Officer 2023/05 No Longer Applicable Donor withdrew.",
         nil, "Prepare the donor report", "Head of Programmes, M&E Officer", "2023-05-31", "No Longer Applicable", "Donor withdrew."),
        ("Organize the validation workshop with stakeholders. Country Representative 2022/02 Completed",
         nil, "Organize the validation workshop with stakeholders.", "Country Representative", "2022-02-28", "Completed", nil),
        ("Develop the WPS strategy WPS team and implementing partners 2022/04 Ongoing",
         nil, "Develop the WPS strategy", "WPS team and implementing partners", "2022-04-30", "Ongoing", nil),
        ("Share the findings with the country team Deputy Representative 2022/04 Ongoing",
         nil, "Share the findings with the country team", "Deputy Representative", "2022-04-30", "Ongoing", nil),
        ("Strengthen the gender focal point network CO 2022/04 Overdue",
         nil, "Strengthen the gender focal point network", "CO", "2022-04-30", "Overdue", nil),
        ("Apoyar al mecanismo nacional de la mujer. ONU Mujeres y socios 2021/10 Completado",
         nil, "Apoyar al mecanismo nacional de la mujer.", "ONU Mujeres y socios", "2021-10-31", "Completed", nil),
        ("Finalize the costed plan UN Women, 2021/07 Ongoing",
         nil, "Finalize the costed plan", "UN Women", "2021-07-31", "Ongoing", nil),
        ("Prepare quarterly donor updates for Norway and Sweden Partnerships Specialist 2019/12 Completed All sent",
         nil, "Prepare quarterly donor updates for Norway and Sweden", "Partnerships Specialist", "2019-12-31", "Completed", "All sent"),
        ("2. Hire a knowledge management analyst Regional Director and HR 2019-06 Overdue - Not initiated delayed by a freeze",
         nil, "Hire a knowledge management analyst", "Regional Director and HR", "2019-06-30", "Overdue-Not Initiated", "delayed by a freeze"),
        ("Present the results at the Regional Forum, Programme Specialist 2021/07 Completed",
         nil, "Present the results at the Regional Forum,", "Programme Specialist", "2021-07-31", "Completed", nil),
        ("Register home-based workers with the department. LHRD 2021/09 Ongoing",
         nil, "Register home-based workers with the department.", "LHRD", "2021-09-30", "Ongoing", nil),
        ("Conduct a baseline study in target districts 2021/07 Completed",
         nil, "Conduct a baseline study in target districts", nil, "2021-07-31", "Completed", nil),
        ("1- Share the findings with the country team Deputy Representative 2022/04 Ongoing",
         nil, "Share the findings with the country team", "Deputy Representative", "2022-04-30", "Ongoing", nil),
        // A Responsible cell that repeats the action's text names no one.
        ("2.1. Hold the planning meeting with partners 2.1. Hold the planning meeting with partners 2011/01 Completed Held in May.",
         nil, "Hold the planning meeting with partners", nil, "2011-01-31", "Completed", "Held in May."),
        ("Hold the planning meeting with partners Hold the planning meeting with partners 2011/01 Completed",
         nil, "Hold the planning meeting with partners", nil, "2011-01-31", "Completed", nil),
        // French and Spanish cells whose names hold lowercase words.
        ("Appuyer la réforme du code de la famille. UNW et Ministère de la Jeunesse et des Sports en Guinée 2016/06 Completed",
         nil, "Appuyer la réforme du code de la famille.", "UNW et Ministère de la Jeunesse et des Sports en Guinée", "2016-06-30", "Completed", nil),
        ("Appuyer les réseaux de femmes au Sénégal ONU Femmes et Société civile Sénégal 2016/06 Completed",
         nil, "Appuyer les réseaux de femmes au Sénégal", "ONU Femmes et Société civile Sénégal", "2016-06-30", "Completed", nil),
        ("Preparar una guía regional de indicadores. ONU Mujeres oficina regional, 2018/03 Completed",
         nil, "Preparar una guía regional de indicadores.", "ONU Mujeres oficina regional", "2018-03-31", "Completed", nil),
        // A ministry named in lower case is the description's.
        ("Former les agents du Ministère de la santé 2021/06 Completed",
         nil, "Former les agents du Ministère de la santé", nil, "2021-06-30", "Completed", nil),
        // No deadline: the status anchors the row, never one inside parentheses.
        ("Hold the dialogue (then UN Women Completed it) UN Women Ongoing",
         nil, "Hold the dialogue (then UN Women Completed it)", "UN Women", nil, "Ongoing", nil),
    ]

    func testRows() {
        for row in Self.rows {
            guard let got = KeyActionSplitter.split(row.line[...], lineNumber: 7, parties: .shipped) else {
                XCTFail("no row: \(row.line)"); continue
            }
            let a = got.action
            XCTAssertEqual(a.scope, row.scope, row.line)
            XCTAssertEqual(a.text, row.text, row.line)
            XCTAssertEqual(a.responsible, row.responsible, row.line)
            XCTAssertEqual(a.deadline?.iso, row.deadline, row.line)
            XCTAssertEqual(a.status, row.status, row.line)
            XCTAssertEqual(a.comments, row.comments, row.line)
        }
    }

    /// The text written twice, perhaps with its number between: the first copy; anything else: nil.
    func testRepeatedText() {
        let rows: [(String, String?)] = [
            ("Hold the forum 1.1. Hold the forum ", "Hold the forum"), ("Hold the forum Hold the forum", "Hold the forum"),
            ("Hold the forum 12.10.3. Hold the forum", "Hold the forum"), ("Hold the forum x Hold the forum", nil),
            ("Hold the forum UN Women", nil), ("Tenir le forum Tenir le forum", "Tenir le forum"), ("ab ab", nil), ("", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(KeyActionSplitter.repeatedText(text[...]).map(String.init), want, text) }
    }

    /// A description never ends in a `,` or an `and`/`or`: the parties listed before the cell join it,
    /// the first of them though it be one that never opens a cell alone (an acronym's plural, `X or Y`);
    /// a region code written apart from its office code (`CEE SRO`, `CEESRO`) is one office.
    func testPartiesListedBeforeTheCellJoinIt() {
        let rows: [(line: String, text: String, responsible: String, parties: [Party])] = [
            ("1.2. Draft a plan for the sustainability of results CPMs, Programme Officer (GBV) 2012/05 Over due Started",
             "Draft a plan for the sustainability of results", "CPMs, Programme Officer (GBV)",
             [Party(name: "CPMs", kind: .unit), Party(name: "Programme Officer", kind: .unit, detail: "GBV")]),
            ("1.1. Align the country strategies. [TO BE CONFIRMED BY RPD] RPD or Officer-in-Charge (OIC), Country Programme Managers 2012/05 Over due",
             "Align the country strategies. [TO BE CONFIRMED BY RPD]", "RPD or Officer-in-Charge (OIC), Country Programme Managers",
             [Party(name: "RPD", kind: .unit), Party(name: "Officer-in-Charge", kind: .unit, detail: "OIC"),
              Party(name: "Country Programme Managers", kind: .unit)]),
            ("Request formal approval from the donor CEE SRO 2013/02 Completed Approved.",
             "Request formal approval from the donor", "CEE SRO", [Party(name: "CEE SRO", kind: .unit)]),
        ]
        for row in rows {
            let a = KeyActionSplitter.split(row.line[...], lineNumber: 1, parties: .shipped)?.action
            XCTAssertEqual(a?.text, row.text, row.line)
            XCTAssertEqual(a?.responsible, row.responsible, row.line)
            XCTAssertEqual(a?.parties, row.parties, row.line)
        }
    }

    /// A text never ends in a connector waiting for its object (`including`, `to`): the cell's first party is that
    /// object when a `,` parts it from the rest; a cell of one party stays, with a warning.
    func testATextEndingInAConnectorTakesTheCellsFirstParty() {
        let moved = KeyActionSplitter.split("1.2. Plan the outreach of the programme including MCO Communication Officer, Programme Specialist 2014/03 Ongoing"[...],
                                            lineNumber: 4, parties: .shipped)
        XCTAssertEqual(moved?.action.text, "Plan the outreach of the programme including MCO Communication Officer")
        XCTAssertEqual(moved?.action.responsible, "Programme Specialist")
        XCTAssertEqual(moved?.diagnostics, [])
        let kept = KeyActionSplitter.split("1.3. Give technical support to MCO Representative 2014/03 Ongoing"[...], lineNumber: 5, parties: .shipped)
        XCTAssertEqual(kept?.action.text, "Give technical support to")
        XCTAssertEqual(kept?.action.responsible, "MCO Representative")
        XCTAssertEqual(kept?.diagnostics.map(\.topic), [.responsible])
        XCTAssertEqual(kept?.diagnostics.map(\.line), [5])
    }

    /// A list marker opening a row is dropped as a number is; it does not make a line a row.
    func testAListMarkerIsNoPartOfTheText() {
        let rows: [(String, String)] = [
            ("- FGE to explore the value of longer grants. - In addition, review the cycle. FGE 2019/12 Ongoing",
             "FGE to explore the value of longer grants. - In addition, review the cycle."),
            ("• Hold quarterly meetings with ministries. UN Women 2021/06 Completed", "Hold quarterly meetings with ministries."),
            ("– 1.2. Hold quarterly meetings with ministries. UN Women 2021/06 Completed", "Hold quarterly meetings with ministries."),
        ]
        for (line, text) in rows {
            XCTAssertEqual(KeyActionSplitter.split(line[...], lineNumber: 1, parties: .shipped)?.action.text, text, line)
        }
        XCTAssertNil(KeyActionSplitter.split("- In addition, review the cycle"[...], lineNumber: 1, parties: .shipped))
    }

    /// An unknown status is the first word after the deadline; a stray mark after its space starts the comment.
    func testUnknownStatus() {
        let rows: [(String, status: String, comments: String?)] = [
            ("1. Publish online RO 2020/11 Delayed by rains", "Delayed", "by rains"),
            ("1. Publish online RO 2020/11 Ongoing \u{301}n-house talks", "Ongoing", "\u{301}n-house talks"),
            ("1. Publish online RO 2020/11 Pending", "Pending", nil),
        ]
        for (line, status, comments) in rows {
            let got = KeyActionSplitter.split(line[...], lineNumber: 3, parties: .shipped)
            XCTAssertEqual(got?.action.status, status, line)
            XCTAssertEqual(got?.action.comments, comments, line)
            XCTAssertEqual(got?.diagnostics.map(\.message), ["unknown action status '\(status)', kept as written"], line)
        }
    }

    func testWarningsNameTheLine() {
        let unknown = KeyActionSplitter.split("Publish online RO 2020/11 Delayed"[...], lineNumber: 41, parties: .shipped)
        XCTAssertEqual(unknown?.diagnostics.first?.line, 41)
        XCTAssertTrue(unknown?.diagnostics.first?.message.contains("'Delayed'") ?? false)
        let noCell = KeyActionSplitter.split("Conduct a baseline study 2021/07 Completed"[...], lineNumber: 12, parties: .shipped)
        // NB: a row whose cell does not read is said by `ResponsibleEvidence`, with the whole document.
        XCTAssertEqual(noCell?.diagnostics.map(\.line), [])
        XCTAssertNil(noCell?.action.responsible)
    }

    func testContinuationLinesAreNoRows() {
        for line in ["Dec 2022 Update: To be completed in 2023.", "and the activity was completed as planned"] {
            XCTAssertNil(KeyActionSplitter.split(line[...], lineNumber: 1, parties: .shipped), line)
        }
    }

    func testDeadlineShapes() {
        let cases: [(String, String?)] = [
            ("2021/07", "2021-07-31"), ("2021-07", "2021-07-31"), ("07/2021", "2021-07-31"),
            ("2024/2", "2024-02-29"), ("2021-07-15", "2021-07-15"), ("15/07/2021", "2021-07-15"), ("2021-02-30", nil), ("2021/13", nil), ("2020-21", nil), ("2016-2020", nil), ("abc", nil),
        ]
        for (word, want) in cases { XCTAssertEqual(DateText.deadline(word[...])?.iso, want, word) }
    }

    /// Dates are every word but the first that reads as a deadline, found on bytes.
    func testDatedWords() {
        let rows: [(String, [String])] = [
            ("Do X UN Women 2021/07 Ongoing", ["2021/07"]), ("2021/07 Do X 2022-01, Completed 07/2023", ["2022-01,", "07/2023"]),
            ("Côte d'Ivoire 2021/07 Terminé", ["2021/07"]), ("a 2021/07/15/1 2021-07-15", ["2021-07-15"]),
            ("x 12345678901 2021/0\u{301}7 2021/07", ["2021/07"]), ("", []), ("no dates here", []),
        ]
        for (text, want) in rows {
            XCTAssertEqual(KeyActionSplitter.datedWords(text[...]).map { String(text[$0.0]) }, want, text)
        }
    }

    /// `deadline` on bytes against the split-and-map reading it replaced, on every word of
    /// digits, `/`, `-` and trailing `,;.` shapes up to ten bytes (a generated sample).
    func testDeadlineMatchesSplitReading() {
        var rng = SplitMix64(seed: 7)
        let alphabet: [Character] = ["0", "1", "2", "9", "/", "-", ".", ",", ";", "x"]
        var words = ["2021/07", "2021-07", "07/2021", "7/2021", "2021/7", "2021/07/15", "15-07-2021", "2021//07",
                     "2021/07/", "1899/12", "2201/01", "2200/12", "12/2200", "2021/00", "2021/13", "2021-07-15-1", "2021/07.,;"]
        for _ in 0..<20_000 {
            words.append(String((0..<Int.random(in: 1...11, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
            words.append(String(Int.random(in: 1...3000, using: &rng)) + ["/", "-"].randomElement(using: &rng)!
                         + String(Int.random(in: 0...3000, using: &rng)))
        }
        for w in words { XCTAssertEqual(DateText.deadline(w[...]), Self.splitReading(w[...]), w) }
    }

    /// The reading `deadline` had before it went to bytes.
    static func splitReading(_ word: Substring) -> CalendarDate? {
        guard word.utf8.count <= 10, let f = word.utf8.first, f >= 0x30, f <= 0x39, word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var w = word.utf8[...]
        while let l = w.last, l == UInt8(ascii: ",") || l == UInt8(ascii: ";") || l == UInt8(ascii: ".") { w = w.dropLast() }
        guard w.count >= 6, w.count <= 10 else { return nil }
        let parts = w.split(omittingEmptySubsequences: false, whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") })
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(ByteText.isDigit) }) else { return nil }
        let n = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        if parts.count == 3 {
            if parts[0].count == 4 { return CalendarDate(year: n[0], month: n[1], day: n[2]) }
            if parts[2].count == 4 { return CalendarDate(year: n[2], month: n[1], day: n[0]) }
            return nil
        }
        guard parts.count == 2 else { return nil }
        if parts[0].count == 4, (1...2).contains(parts[1].count), (1900...2200).contains(n[0]) {
            return CalendarDate.endOfMonth(year: n[0], month: n[1])
        }
        if parts[1].count == 4, (1...2).contains(parts[0].count), w.contains(UInt8(ascii: "/")), (1900...2200).contains(n[1]) {
            return CalendarDate.endOfMonth(year: n[1], month: n[0])
        }
        return nil
    }
}
