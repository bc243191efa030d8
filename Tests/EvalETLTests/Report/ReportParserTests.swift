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
            ("One-UN Project", []),
        ]
        for (text, want) in rows { XCTAssertEqual(OrganizationMentions.find(in: text), want, text) }
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
}
