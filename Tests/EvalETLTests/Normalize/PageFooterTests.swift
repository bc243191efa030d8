import XCTest
@testable import EvalETL

/// One row per footer shape: (line, a footer of a printed document, a footer of a GATE web page).
final class PageFooterTests: XCTestCase {
    func testFooters() {
        let rows: [(String, printed: Bool, web: Bool)] = [
            ("Page 2 of 5", true, true), ("page 3", true, true), ("PÁGINA 3 DE 5", true, true), ("page 2 sur 5", true, true),
            ("2 | Page", true, true), ("3 / 7", true, true), ("© ILO 2011", true, true), ("Copyright © 2020 UN Women", true, true),
            // A number alone numbers a page of a report, a list item of a web page.
            ("12", true, false), ("- 3 -", true, false), ("2 – 3", true, false),
            ("Pages of history", false, false), ("The report explains.", false, false), ("de 2019", false, false),
            // Years alone are no page numbers: a title wrapped before its years (`… in Ethiopia` / `2019-2019`).
            ("2014-2016", false, false), ("2019 - 2019", false, false), ("2015", false, false),
            ("1012", true, false), ("12 - 2016", true, false),
            ("12345", false, false), ("Page", false, false), ("2021/07", false, false), ("", false, false),
            ("3 -\u{301} 7", false, false), ("©\u{301} 2011", false, false), ("Copyright 2020", false, false),
            (String(repeating: "1 ", count: 41), false, false),
        ]
        for (line, printed, web) in rows {
            XCTAssertEqual(PageFooter.isFooter(line[...]), printed, line)
            XCTAssertEqual(PageFooter.isFooter(line[...], bareNumbers: false), web, line)
        }
    }

    /// Each kind reads a footer as a blank line.
    func testKindsSkipFooters() {
        XCTAssertEqual(GATELine.classify("© UN Women 2020"[...]), .blank)
        XCTAssertEqual(GATELine.classify("12"[...]), .text("12"))
        let report = "Page 1 of 3\n\nWorkshop report\n\n3 / 7\n\nUN Women ran a pilot in Nepal.\n"
        let doc = try? ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: report, kind: .report))
        XCTAssertEqual(doc?.title, "Workshop report")
        XCTAssertEqual(doc?.summary, "UN Women ran a pilot in Nepal.")
    }
}
