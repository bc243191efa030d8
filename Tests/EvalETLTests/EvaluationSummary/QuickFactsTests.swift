import XCTest
@testable import EvalETL

final class QuickFactsTests: XCTestCase {
    func testDates() {
        let rows: [(String, String?)] = [
            ("15 November 2023", "2023-11-15"), ("November 15, 2023", "2023-11-15"),
            ("November 2023", "2023-11-01"), ("2023-11-15", "2023-11-15"), ("15/11/2023", "2023-11-15"),
            ("11/25/2023", "2023-11-25"), ("15.11.2023", "2023-11-15"), ("15 novembre 2023", "2023-11-15"),
            ("1er février 2022", "2022-02-01"), ("15 de noviembre de 2023", "2023-11-15"),
            ("15th Nov 2023", "2023-11-15"), ("31 February 2023", nil), ("soon", nil), ("", nil),
            // NB: numbers are ASCII digits: other digits make no number, a digit a mark joins ends one.
            ("١٥ November 2023", "2023-11-01"), ("2023\u{301}-11-15", nil), ("15 Nove\u{301}mber 2023", nil),
            ("15 février 2022", "2022-02-15"), ("15 Février 2022", "2022-02-15"), ("1, 2, 3, 4, 5, 6, 7 2023", nil),
        ]
        for (text, want) in rows { XCTAssertEqual(DateText.parse(text)?.iso, want, text) }
        // A fieldwork period is dated by its end, a month's range too (its last month's last day: as a day range,
        // the evaluation ran until then); a month alone by its first day.
        let periods: [(String, String?)] = [
            ("5 August 2013 – 30 April 2014", "2014-04-30"), ("5 August 2013 30 April 2014", "2014-04-30"),
            ("March 3, 2019 - May 9, 2019", "2019-05-09"), ("August–September 2020", "2020-09-30"),
            ("5 August 2013", "2013-08-05"), ("30 April 2014 – 5 August 2013", "2014-04-30"),
            ("Febrero – Marzo 2012", "2012-03-31"), ("January – April 2017.", "2017-04-30"),
            ("October 2013 – June 2017", "2017-06-30"), ("August 2020", "2020-08-01"),
            ("5 August 2013 – June 2014", "2013-08-05"), ("Summer – April 2017", "2017-04-01"),
        ]
        for (text, want) in periods {
            var doc = ParsedDocument(docType: .evaluationSummary)
            QuickFacts.apply(.evaluationDate, value: text, line: 1, to: &doc, parties: .shipped)
            XCTAssertEqual(doc.evaluationDate?.iso, want, text)
        }
    }

    func testMoney() {
        let rows: [(String, Double?, String?)] = [
            ("\\$1,706,485", 1706485, "USD"), ("US$ 2.5 million", 2_500_000, "USD"),
            ("USD 300,000", 300_000, "USD"), ("€ 1.200.000", 1_200_000, "EUR"), ("1,000,000 EUR", 1_000_000, "EUR"),
            ("CHF 450'000", 450_000, "CHF"), ("£12,000.50", 12000.5, "GBP"), ("GBP 3m", 3_000_000, "GBP"),
            ("1,706,485", 1706485, nil), ("no amount", nil, nil), ("US$ 1’200’000", 1_200_000, "USD"),
            ("2 millones de USD", 2_000_000, "USD"), ("USD 1,000\u{301}", 1, "USD"), ("USD ١٢٣", nil, nil),
        ]
        for (text, amount, currency) in rows {
            let m = Money.parse(text)
            XCTAssertEqual(m?.amount, amount, text)
            XCTAssertEqual(m?.currency, currency, text)
        }
    }

    func testKeys() {
        let rows: [(String, QuickFacts.Fact?)] = [
            ("Countries", .countries), ("Country", .countries), ("Evaluation Manager", .evaluationManager),
            ("Evaluation consultant(s)", .evaluators), ("Donor(s) & budget", .donorsAndBudget),
            ("Donor", .donorsAndBudget), ("DC Symbol", .projectCode), ("Key Words", .keywords),
            ("**Evaluation date**", .evaluationDate), ("Favourite colour", nil),
            // The older cover sheet's `Administrative information:`.
            ("TC Project Code", .projectCode), ("ILO Administrative Unit", .administrativeOffice),
            ("ILO Technical Unit", .technicalOffice), ("Consultants team", .evaluators), ("Donors", .donorsAndBudget),
            ("Total approved budget", .donorsAndBudget), ("Geographic Coverage", .countries),
            ("Evaluation Duration", .evaluationDate),
        ]
        for (key, want) in rows { XCTAssertEqual(QuickFacts.fact(forKey: key.utf8), want, key) }
        XCTAssertEqual(QuickFacts.fact(forKey: "ILO Donor(s) & Budget".utf8), .donorsAndBudget)
        XCTAssertNil(QuickFacts.fact(forKey: "The evaluation found that the project reached most of its targets".utf8))
    }

    func testNormalizedKey() {
        let rows: [(String, String)] = [
            ("Donor(s) & budget", "donor and budget"), ("**Countries**", "countries"), ("ILO TC/SYMBOL", "tc symbol"),
            ("Evaluation consultant(s)", "evaluation consultant"), ("Countr(ies)", "countr"), ("((s)es)", ""),
            ("  Key   Words ", "key words"), ("ILO", "ilo"), ("Donor(s) & budget é", "donor and budget é"), ("ÉVALUATION", "évaluation"),
        ]
        for (key, want) in rows { XCTAssertEqual(QuickFacts.normalizedKey(ByteText.Bytes(key.utf8)), want, key) }
    }

    func testMayBeKey() {
        let rows: [(String, Bool)] = [
            ("Evaluation consultant and team", true), ("ILO Evaluation consultant(s) and team(s)", true),
            ("The evaluation found that the project reached most of its targets", false),
        ]
        for (key, want) in rows { XCTAssertEqual(QuickFacts.mayBeKey(key.utf8), want, key) }
    }

    func testCurrency() {
        let rows: [(String, String?)] = [
            ("\\$1,706,485", "USD"), ("US$ 2.5 million", "USD"), ("1.200.000 EUR", "EUR"), ("CHF 450'000", "CHF"),
            ("Government of Italy", nil), ("usd 5", "USD"), ("eurostat 5", nil), ("5 euros", "EUR"), ("AUD and CAD", "AUD"),
            ("xUSD 3", nil), ("USDx", nil), ("USDé 4", nil), ("sek", "SEK"), ("$", "USD"), ("€5 or 6 USD", "EUR"),
        ]
        for (text, want) in rows { XCTAssertEqual(Money.currency(in: text), want, text) }
    }

    func testDonorsAndBudget() {
        let rows: [(String, [String], Double?, String?)] = [
            ("Ministry of Foreign Affairs and International Cooperation Government of Italy; \\$1,706,485",
             ["Ministry of Foreign Affairs and International Cooperation Government of Italy"], 1706485, "USD"),
            ("European Union (USD 2 million)", ["European Union"], 2_000_000, "USD"),
            ("Sweden, Norway; US$ 500,000", ["Sweden", "Norway"], 500_000, "USD"),
            ("UN-Women", ["UN Women"], nil, nil),
            ("USD 1,000", [], 1000, "USD"),
            // The template's label words after the colon, its `US$` and colon among them, are no donor's.
            ("country and budget US$: Finland; US$ 1,200,000", ["Finland"], 1_200_000, "USD"),
            ("country and budget US$ European Commission; 4 199 997 Euros", ["European Commission"], 4_199_997, "EUR"),
            // Amounts parted by place are no one budget: the donors before them, no budget.
            ("RBSA fund USD 120,448(Kenya) and 92,896 (Uganda)", ["RBSA fund"], nil, nil),
        ]
        for (value, donors, budget, currency) in rows {
            var doc = ParsedDocument(docType: .evaluationSummary)
            QuickFacts.apply(.donorsAndBudget, value: value, line: 3, to: &doc, parties: .shipped)
            XCTAssertEqual(doc.donors, donors, value)
            XCTAssertEqual(doc.budget, budget, value)
            XCTAssertEqual(doc.budgetCurrency, currency, value)
            XCTAssertEqual(doc.roles.map(\.party.name), donors, value)
        }
        // A donor a line under `Donors: Name : amount`, its share added; a label that is no donor's is no share.
        var doc = ParsedDocument(docType: .evaluationSummary)
        QuickFacts.apply(.donorsAndBudget, value: "The Netherlands : US$ 1.5 million", line: 3, to: &doc, parties: .shipped)
        XCTAssertTrue(QuickFacts.donorShare("Canada", "US$ 0.5 million", to: &doc))
        XCTAssertFalse(QuickFacts.donorShare("Evaluation Budget", "US$ 20,000", to: &doc))
        XCTAssertFalse(QuickFacts.donorShare("Canada, Norway", "US$ 20,000", to: &doc))
        XCTAssertFalse(QuickFacts.donorShare("Norway", "soon", to: &doc))
        XCTAssertEqual(doc.donors, ["The Netherlands", "Canada"])
        XCTAssertEqual(doc.budget, 2_000_000)
    }

    func testPeople() {
        let rows: [(String, [Party])] = [
            ("Niaz Murtaza (Team Leader) and Rehana Shaikh", [Party(name: "Niaz Murtaza", kind: .person, detail: "Team Leader"),
                                                             Party(name: "Rehana Shaikh", kind: .person)]),
            ("Jane Doe, Team Leader; John Roe", [Party(name: "Jane Doe", kind: .person, detail: "Team Leader"),
                                                 Party(name: "John Roe", kind: .person)]),
            ("Tahmina Mahmud, ILO Evaluation Office", [Party(name: "Tahmina Mahmud", kind: .person, detail: "ILO Evaluation Office")]),
            ("Madonna", [Party(name: "Madonna", kind: .person)]),
            // An organization's office named by its place is the detail too; a person's name is no office.
            ("Neetu Lamba, ILO Geneva", [Party(name: "Neetu Lamba", kind: .person, detail: "ILO Geneva")]),
            ("Ann Roe, Pam Smith", [Party(name: "Ann Roe", kind: .person), Party(name: "Pam Smith", kind: .person)]),
            // A detail's parenthesis closes a person that a capital's name follows, no comma between.
            ("ANN ROE (Team Leader) BO LIND (National consultant)", [Party(name: "ANN ROE", kind: .person, detail: "Team Leader"),
                                                                     Party(name: "BO LIND", kind: .person, detail: "National consultant")]),
            ("XYZ Consulting Ltd", [Party(name: "XYZ Consulting Ltd", kind: .organization)]),
        ]
        for (value, want) in rows { XCTAssertEqual(QuickFacts.people(value, .shipped), want, value) }
    }

    func testOffices() {
        var doc = ParsedDocument(docType: .evaluationSummary)
        QuickFacts.apply(.administrativeOffice, value: "ILO Country Office (CO) Pakistan", line: 1, to: &doc, parties: .shipped)
        QuickFacts.apply(.technicalOffice, value: "ILO Regional Office for Asia and the Pacific (ILO RO-Bangkok)", line: 2, to: &doc, parties: .shipped)
        XCTAssertEqual(doc.office, "ILO Country Office (CO) Pakistan")
        XCTAssertEqual(doc.officeType, "CO")
        XCTAssertEqual(doc.roles, [
            ParsedRole(.administrativeOffice, Party(name: "ILO Country Office (CO) Pakistan", kind: .unit)),
            ParsedRole(.technicalOffice, Party(name: "ILO Regional Office for Asia and the Pacific", kind: .unit,
                                               detail: "ILO RO-Bangkok")),
        ])
        XCTAssertEqual(QuickFacts.officeType(of: "ILO Decent Work Team for Central America"), nil)
        XCTAssertEqual(QuickFacts.officeType(of: "ILO Regional Office for Africa"), "RO")
        XCTAssertEqual(QuickFacts.officeType(of: "ILO DWT/CO-New Delhi"), "CO")
        XCTAssertEqual(QuickFacts.officeType(of: "ILO CO\u{301} Lima"), nil)
    }

    func testListsAndAmountStart() {
        let lists: [(String, [String])] = [
            ("Italy; Spain (Madrid, Seville),", ["Italy", "Spain (Madrid, Seville)"]), ("", []), (" ;\u{A0}, ", []),
            ("a,\u{301} b; c", ["a,\u{301} b", "c"]), ("Côte d’Ivoire, Mali.", ["Côte d’Ivoire", "Mali"]),
            ("Fund 1,200 and 3,400, Kenya,5", ["Fund 1,200 and 3,400", "Kenya", "5"]),
        ]
        for (value, want) in lists { XCTAssertEqual(Text.items(value), want, value) }
        let starts: [(String, String?)] = [
            ("Government of Italy – USD 5,000", "USD 5,000"), ("USDOL, US$ 5,000,000", "US$ 5,000,000"),
            ("Italy (\u{A0}USD 2 million)", "USD 2 million)"), ("Government of Italy", nil), ("Italy;\u{301} 5,000", nil),
        ]
        for (value, want) in starts { XCTAssertEqual(QuickFacts.amountStart(value).map { String(value[$0...]) }, want, value) }
    }
}
