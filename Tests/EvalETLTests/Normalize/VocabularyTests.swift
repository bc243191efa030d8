import XCTest
@testable import EvalETL

final class VocabularyTests: XCTestCase {
    /// One row per status spelling: cell text in, canonical status and rest out.
    func testStatusMatching() {
        let cases: [(String, String?, String)] = [
            ("Completed The proposal", "Completed", "The proposal"),
            ("completed", "Completed", ""),
            ("Overdue-Not Initiated To be followed up yearly.", "Overdue-Not Initiated", "To be followed up yearly."),
            ("Overdue-Initiated", "Overdue-Initiated", ""),
            ("Over due", "Overdue", ""),
            ("Over due - initiated note", "Overdue-Initiated", "note"),
            ("OVERDUE NOT INITIATED", "Overdue-Not Initiated", ""),
            ("Not Initiated yet", "Not Initiated", "yet"),
            ("On going", "Ongoing", ""),
            ("Ongoing Efforts initiated", "Ongoing", "Efforts initiated"),
            ("No Longer Applicable", "No Longer Applicable", ""),
            ("No deadline established", "No deadline established", ""),
            ("Initiated", "Initiated", ""),
            ("Completedness", nil, ""),
            ("Delayed by months", nil, ""),
        ]
        for (text, want, rest) in cases {
            let m = StatusMatcher.match(text[...])
            XCTAssertEqual(m?.status, want, text)
            if let m { XCTAssertEqual(String(m.rest), rest, text) }
        }
    }

    /// One row per list shape.
    func testListSplitting() {
        let cases: [(String, [String])] = [
            ("Effectiveness", ["Effectiveness"]),
            ("Impact, Sustainability", ["Impact", "Sustainability"]),
            ("Oversight/governance, Capacity development, Advocacy, Evidence, Data and statistics",
             ["Oversight/governance", "Capacity development", "Advocacy", "Evidence, Data and statistics"]),
            ("Evidence, Data and statistics, Advocacy", ["Evidence, Data and statistics", "Advocacy"]),
            ("Not applicable", []),
            ("", []),
            ("Partnership, Not applicable", ["Partnership"]),
            ("Evidence, Data", ["Evidence", "Data"]),
            ("evidence, data and statistics", ["Evidence, Data and statistics"]),
            ("Evidence, Data and statisticsX, b", ["Evidence", "Data and statisticsX", "b"]),
            ("a,,b", ["a", "b"]), (" a , b ,", ["a", "b"]), ("NOT APPLICABLE, x", ["x"]), (",", []),
            ("a\tb, c", ["a b", "c"]), ("  Not  applicable ", []), ("x,Evidence, Data and statistics", ["x", "Evidence, Data and statistics"]),
            ("x, Evidence, Data and statistics,", ["x", "Evidence, Data and statistics"]), ("Not applicable, Not applicable", []),
            ("Évaluation, Not\u{A0}applicable", ["Évaluation"]), ("Égalité ,  Genre", ["Égalité", "Genre"]),
        ]
        for (text, want) in cases {
            XCTAssertEqual(Text.splitList(text), want, text)
        }
    }

    func testCountries() {
        XCTAssertEqual(Text.countries(in: "Multi-Country Office for Central Asia (Kazakhstan)"), ["Kazakhstan"])
        XCTAssertEqual(Text.countries(in: "Pakistan, Italy"), ["Pakistan", "Italy"])
        XCTAssertEqual(Text.countries(in: "Nigeria"), ["Nigeria"])
        XCTAssertEqual(Text.countries(in: "Policy Division"), [])
        // GATE's and ERC's own spellings of their units, each as written.
        XCTAssertEqual(Text.countries(in: "Bosnia Herzegovina (CO)"), ["Bosnia Herzegovina"])
        XCTAssertEqual(Text.countries(in: "Bosnia and Hercegovina"), ["Bosnia and Hercegovina"])
        XCTAssertEqual(Text.countries(in: "Guinea Bissau"), ["Guinea Bissau"])
        XCTAssertEqual(Text.countries(in: "Korea DPR"), ["Korea DPR"])
        XCTAssertEqual(Text.countries(in: "Trinidad & Tobago, St. Kitts-Nevis"), ["Trinidad & Tobago", "St. Kitts-Nevis"])
        XCTAssertEqual(Text.countries(in: "UNICEF Côte d’Ivoire"), ["Côte d’Ivoire"])
        XCTAssertEqual(Text.countries(in: "Timor Leste (CO)"), ["Timor Leste"])
        // A country once, as first written, whichever spellings follow.
        XCTAssertEqual(Text.countries(in: "Viet Nam and Kenya; Vietnam"), ["Viet Nam", "Kenya"])
        var list = ["Timor-Leste"]
        Text.addCountries(["Timor Leste", "Fiji"], to: &list)
        XCTAssertEqual(list, ["Timor-Leste", "Fiji"])
        // Spanish and French spellings are the country's.
        XCTAssertEqual(Text.countries(in: "Sénégal, Tchad, Haïti, Guinée, Mauritanie, Camerún, Bénin"),
                       ["Sénégal", "Tchad", "Haïti", "Guinée", "Mauritanie", "Camerún", "Bénin"])
        XCTAssertEqual(Text.countries(in: "Brasil, México y Perú; Brazil, Mexico, Peru"), ["Brasil", "México", "Perú"])
        XCTAssertEqual(Text.countries(in: "Camerun y Guinee"), ["Camerun", "Guinee"])
        XCTAssertEqual(Text.countries(in: "Guinée équatoriale"), ["Guinée équatoriale"])
        // A `Countries:` fact's list: parted at `and` / `y` / `et`, one country's name whole, `Global` none.
        XCTAssertEqual(Text.countryItems("Argentina, Ecuador, Mexico and Peru."), ["Argentina", "Ecuador", "Mexico", "Peru"])
        XCTAssertEqual(Text.countryItems("Chile, México y Perú"), ["Chile", "México", "Perú"])
        XCTAssertEqual(Text.countryItems("Tchad et Niger"), ["Tchad", "Niger"])
        XCTAssertEqual(Text.countryItems("SAO TOME AND PRINCIPE, Trinidad and Tobago"), ["SAO TOME AND PRINCIPE", "Trinidad and Tobago"])
        XCTAssertEqual(Text.countryItems("Latin America and the Caribbean"), ["Latin America and the Caribbean"])
        XCTAssertEqual(Text.countryItems("Global"), [])
        // A footnote's number after a country's name is none of it; a region's number stays.
        XCTAssertEqual(Text.countryItems("Peru, Ukraine, Zambia 1"), ["Peru", "Ukraine", "Zambia"])
        XCTAssertEqual(Text.countryItems("Niger, Zambia1"), ["Niger", "Zambia"])
        XCTAssertEqual(Text.countryItems("Region 2"), ["Region 2"])
        XCTAssertEqual(Text.countryItems("United Republic of Tanzania and Zambia"), ["United Republic of Tanzania", "Zambia"])
        // Names run together: cut at the vocabulary's names, longest first, only when they consume the whole value.
        let runTogether: [(String, [String]?)] = [
            ("KENYAUGANDASOUTH AFRICAZAMBIA", ["Kenya", "Uganda", "South Africa", "Zambia"]),
            ("NIGERIANIGER", ["Nigeria", "Niger"]), ("NIGERIRAQ", ["Niger", "Iraq"]),
            ("DOMINICAN REPUBLICDOMINICA", ["Dominican Republic", "Dominica"]), ("DOMINICACUBA", ["Dominica", "Cuba"]),
            ("SOUTH SUDANSUDAN", ["South Sudan", "Sudan"]), ("SUDANSOUTH SUDAN", ["Sudan", "South Sudan"]),
            ("LIBYAOCCUPIED PALESTINIAN TERRITORIESYEMEN", ["Libya", "Occupied Palestinian Territories", "Yemen"]),
            ("KENYA", nil), ("SOUTH AFRICA", nil), ("KENYAATLANTIS", nil), ("KENYA, UGANDA", nil),
        ]
        for (value, want) in runTogether { XCTAssertEqual(Text.countriesRunTogether(value), want, value) }
        // A possessive names its country; older names are the country's.
        XCTAssertEqual(Text.countries(in: "programmes suited to Vietnam's economy"), ["Vietnam"])
        XCTAssertEqual(Text.countries(in: "Kenya’s counties"), ["Kenya"])
        // NB: a name holding a possessive reads the same with either apostrophe, never as the name it ends with.
        XCTAssertEqual(Text.countries(in: "Audit of the Democratic People’s Republic of Korea Office"), ["Democratic People's Republic of Korea"])
        XCTAssertEqual(Text.countries(in: "Lao People’s Democratic Republic’s plan"), ["Lao People's Democratic Republic"])
        XCTAssertEqual(Text.countries(in: "en Côte d’Ivoire et au Niger’s"), ["Côte d’Ivoire", "Niger"])
        XCTAssertEqual(Text.countries(in: "Lao People's Democratic Republic"), ["Lao People's Democratic Republic"])
        XCTAssertEqual(Text.countries(in: "Training in East Timor (TESP); Timor-Leste"), ["East Timor"])
        XCTAssertEqual(Text.countries(in: "Burma"), ["Burma"])
        // A country that funds the work is no place of it; `Government of` alone is no funder.
        let funded: [(String, [String])] = [
            ("Final Evaluation of the project 'Safe Towns' in Ukraine, funded by the Government of Sweden", ["Ukraine"]),
            ("Programme in Ukraine, funded by the Government of Norway AND Mid-term Review, funded by the Government of Denmark)", ["Ukraine"]),
            ("Women's leadership in Kenya funded by Sweden", ["Kenya"]),
            ("Women's leadership in Kenya with Japan support", ["Kenya"]),
            ("Women's leadership in Kenya (donor: Government of Denmark)", ["Kenya"]),
            ("Projet au Mali financé par le Luxembourg", ["Mali"]),
            ("Norway-funded programme in Kenya and Uganda", ["Kenya", "Uganda"]),
            ("Joint programme with the Royal Government of Cambodia", ["Cambodia"]),
            ("Funded by Sweden. Women's leadership in Kenya and Sweden", ["Kenya", "Sweden"]),
        ]
        for (text, want) in funded { XCTAssertEqual(Text.countries(in: text), want, text) }
        // A country in the postal address before a contact label is no place of the evaluation.
        XCTAssertEqual(Text.countries(in: "Evaluation in India and Nepal. Avenue Louise 54 B-1050 Brussels (Belgium) Tel: Fax: x@y.be"),
                       ["India", "Nepal"])
        XCTAssertEqual(Text.countries(in: "Office in Nairobi, Kenya. Tel: 123"), ["Kenya"])
        // Every spelling of a variant group is a country the vocabulary knows.
        for name in Vocabulary.countryVariants.joined() { XCTAssertTrue(Vocabulary.countrySet.contains(name), name) }
    }

    /// Organizations' names and acronyms in every language the vocabulary keeps fold into one name.
    func testOrganizations() {
        for (name, want) in [("OCHA", "OCHA"), ("UNOCHA", "OCHA"), ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
                             ("Bureau de la coordination des affaires humanitaires", "OCHA"),
                             ("Oficina de Coordinación de Asuntos Humanitarios", "OCHA")] {
            XCTAssertEqual(Vocabulary.canonicalOrganization(name), want, name)
        }
        XCTAssertEqual(OrganizationMentions.find(in: "OCHA's response to the United Nations Office for the Coordination of Humanitarian Affairs review"),
                       ["OCHA"])
        XCTAssertEqual(OrganizationMentions.find(in: "with UNDP and the Office for the Coordination of Humanitarian Affairs"), ["UNDP", "OCHA"])
        // A funder is no owner.
        XCTAssertEqual(OrganizationMentions.find(in: "one of the largest UN Women projects, finance by the EU."), ["UN Women"])
        XCTAssertEqual(OrganizationMentions.find(in: "a UN Women project which was funded by the EU and Sweden"), ["UN Women"])
        // NB: who commissions the evaluation and funds it owns it.
        XCTAssertEqual(OrganizationMentions.find(in: "An evaluation commissioned and funded by UN Women in Kenya"), ["UN Women"])
        XCTAssertEqual(OrganizationMentions.find(in: "UNDP implemented it with the financial support of USAID and the World Bank"), ["UNDP"])
        XCTAssertEqual(OrganizationMentions.find(in: "un programa de apoyo financiero de la Agencia Sueca de Cooperación (SIDA) a la OIT"), ["ILO"])
        XCTAssertEqual(OrganizationMentions.find(in: "grâce à un appui financier de la Suède (SIDA) au BIT"), ["ILO"])
    }

    func testSlugs() {
        XCTAssertEqual(RowAssembler.slug("UN Women"), "un-women")
        XCTAssertEqual(RowAssembler.slug("LHRD Sindh"), "lhrd-sindh")
        XCTAssertEqual(RowAssembler.slug("Comms/Advocacy Specialist"), "comms-advocacy-specialist")
    }

    /// One row per word list its rules compare with lower-cased text: every word is written
    /// lower-case (a capital would never match), and the chrome words open with an ASCII byte (`PageChrome.firstBytes`
    /// rules out a line on it; the rest is compared lower-cased in full: `continuer à lire`, `página creada`).
    func testListsRulesLowerCaseAreLowerCase() {
        let lists: [(String, [String], ascii: Bool)] = [
            ("moneyWords", Array(Vocabulary.moneyWords) + Array(Vocabulary.moneyMultipliers.keys), false),
            ("partnerConnectors", Vocabulary.partnerConnectors, false),
            ("party words", Vocabulary.partyJoiners + Vocabulary.partyArticles + Vocabulary.partyWithWords, false),
            ("teamTitleWords", Array(ERCVocabulary.teamTitleWords), false),
            ("lessons", SummaryVocabulary.listHeadings.map(\.heading) + Array(SummaryVocabulary.lessonRecordKeys.keys), false),
            ("chrome", Array(PageVocabulary.chromeLines) + PageVocabulary.chromePrefixes, true),
            ("page words", Array(PageVocabulary.mastheadWords) + PageVocabulary.copyrightMarks
                + PageVocabulary.footerWords.map(\.word) + PageVocabulary.evaluationWords
                + PageVocabulary.titleWords + PageVocabulary.placeholders, false),
            ("what pages that are no evaluation say", PageVocabulary.boardCues + PageVocabulary.decisionOpenings
                + PageVocabulary.decisionClauses + PageVocabulary.datedPlanTitles + PageVocabulary.auditTitles
                + PageVocabulary.qualityReviewTitles + PageVocabulary.metaEvaluationWords + PageVocabulary.responseTitles
                + PageVocabulary.guidanceTitles + PageVocabulary.guidanceCues + PageVocabulary.newsCues
                + PageVocabulary.placeholderOpenings + Array(PageVocabulary.sentenceOpeners), false),
        ]
        for (name, words, ascii) in lists {
            for w in words {
                XCTAssertEqual(w, w.lowercased(), "\(name): \(w)")
                if ascii { XCTAssertTrue(w.utf8.prefix(1).allSatisfy { $0 < 0x80 }, "\(name): \(w)") }
            }
        }
    }
}

final class TextFoldTests: XCTestCase {
    /// One row per whitespace shape: text in, folded text out.
    func testFold() {
        let cases: [(String, String)] = [
            ("  a \n b ", "a b"),
            ("a\t\tb\r\nc", "a b c"),
            ("no-break\u{00A0}space", "no-break space"),
            ("em\u{2003}space and\u{3000}ideographic", "em space and ideographic"),
            ("\u{2028}line\u{2029}sep\u{0085}", "line sep"),
            ("café — “quoted” 日本", "café — “quoted” 日本"),
            ("", ""),
            ("   ", ""),
        ]
        for (text, want) in cases { XCTAssertEqual(Text.fold(text), want, text) }
    }
}
