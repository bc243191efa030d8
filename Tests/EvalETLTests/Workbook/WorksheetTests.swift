import XCTest
@testable import EvalETL

/// The rules both workbooks follow: sheet names, continuation, the cell limit, list joining, date serials.
final class WorksheetTests: XCTestCase {
    func testSheetNamesAreValidUniqueAndKeepTheirSuffixWithinExcelsLimit() {
        var used = Set<String>()
        let cases: [(table: String, part: Int, name: String)] = [
            ("actions", 1, "actions"),
            ("actions", 2, "actions (2)"),
            ("stakeholder_roles", 12, "stakeholder_roles (12)"),
            ("Action tracker", 2, "Action tracker (2)"),
            (String(repeating: "a", count: 40), 1, String(repeating: "a", count: 31)),
            (String(repeating: "t", count: 40), 2, String(repeating: "t", count: 27) + " (2)"),
            ("a:b/c?d*e[f]g\\", 1, "a_b_c_d_e_f_g_"),
            ("History", 1, "_History"),
            ("'quoted'", 1, "quoted"),
            ("A_B_C_D_E_F_G_", 1, "A_B_C_D_E_F_G_ (2)"),     // taken, case aside
        ]
        for (table, part, name) in cases { XCTAssertEqual(Worksheet.name(table, part: part, used: &used), name, table) }
    }

    func testRowsContinueOnANewSheetWhenOneIsFull() {
        let cases: [(rowsPerSheet: Int, header: Int, rows: [Int], newSheetAt: [Int])] = [
            (3, 0, [1, 2, 1, 2, 1], [2, 4]),   // the third row starts sheet 2, as row 1 under its header
            (4, 0, [1, 2, 3, 1], [3]),
            (12, 8, [9, 10, 11, 1, 2], [3]),   // notes above the first sheet's header
        ]
        for (perSheet, header, want, newSheetAt) in cases {
            var rows = SheetRows(rowsPerSheet: perSheet, header: header)
            var got: [Int] = [], started: [Int] = []
            for i in want.indices {
                if rows.next() { started.append(i) }
                got.append(rows.last)
            }
            XCTAssertEqual(got, want, "\(perSheet)")
            XCTAssertEqual(started, newSheetAt, "\(perSheet)")
        }
    }

    func testCutCountsUTF16UnitsAndNeverSplitsACharacter() {
        let cases: [(text: String, limit: Int, kept: String?)] = [
            ("abc", 3, nil),
            ("abcd", 3, "abc"),
            ("ab😀", 3, "ab"),          // the emoji is two UTF-16 units
            ("a😀b", 3, "a😀"),
            ("xxxx😀", 5, "xxxx"),
            ("xxxx😀", 6, nil),
            ("ééé", 2, "éé"),           // two UTF-8 bytes, one unit each
            ("éé", 2, nil),
        ]
        for (text, limit, kept) in cases {
            var s = text
            let cut = s.withUTF8 { Worksheet.cut($0, limit: limit) }
            XCTAssertEqual(cut.map { String(decoding: Array(text.utf8)[..<$0.keep], as: UTF8.self) }, kept, text)
            if let cut { XCTAssertEqual(cut.characters, text.utf16.count, text) }
        }
        XCTAssertEqual(Worksheet.maxCharacters, 32_767)
    }

    func testListsAreJoinedWithASemicolonAndASpace() throws {
        let table = TableSchema(name: "t", columns: [Column("tags", .list)])
        let cases: [(items: [String], joined: String)] = [
            ([], ""), ([""], ""), (["", ""], "; "), (["UN Women", "ILO"], "UN Women; ILO"), (["a; b", "日本"], "a; b; 日本"),
        ]
        for (items, joined) in cases {
            let batch = try RowBatch(table, rows: [[.list(items)]])
            var bytes: [UInt8] = [1, 2, 3]
            batch.forEachRow { Worksheet.join($0[0], of: $0, into: &bytes) }
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), joined, "\(items)")
        }
    }

    func testDatesHaveASerialFrom1900March1() {
        let cases: [(y: Int, m: Int, d: Int, serial: Bool)] = [
            (1899, 12, 31, false), (1900, 2, 28, false), (1900, 3, 1, true), (2021, 7, 31, true),
        ]
        for (y, m, d, serial) in cases {
            XCTAssertEqual(Worksheet.hasSerial(CalendarDate(year: y, month: m, day: d)!), serial, "\(y)-\(m)-\(d)")
        }
    }

    /// However many rows are cut, a tally keeps one entry per evaluation, sheet series and column.
    func testCutTallyWarnsOncePerEvaluationSeriesAndColumn() {
        var cuts = CutTally(file: "workbook.xlsx")
        for r in 0..<200_000 {
            let sheet = r < 100_000 ? "actions" : "actions (2)"
            cuts.add(series: "actions", sheet: sheet, row: r % 100_000 + 2, column: "text", characters: 32_768 + r % 7,
                     id: "A-\(r)", evaluationID: "ev-\(r % 2)")
        }
        cuts.add(series: "Action tracker", sheet: "Action tracker", row: 9, column: "Recommendation", characters: 40_000,
                 id: nil, sourceFile: "a.txt", evaluationID: nil)
        XCTAssertEqual(cuts.warnings, [
            WriterWarning("workbook.xlsx: sheets 'actions' to 'actions (2)' column text: text cut to 32767 characters "
                          + "(Excel's limit per cell) in 100000 rows, first row 2 (A-0), longest 32774 characters",
                          evaluationID: "ev-0"),
            WriterWarning("workbook.xlsx: sheets 'actions' to 'actions (2)' column text: text cut to 32767 characters "
                          + "(Excel's limit per cell) in 100000 rows, first row 3 (A-1), longest 32774 characters",
                          evaluationID: "ev-1"),
            WriterWarning("workbook.xlsx: sheet 'Action tracker' column Recommendation: text cut to 32767 characters "
                          + "(Excel's limit per cell) in row 9, of 40000 characters", sourceFile: "a.txt"),
        ])
    }
}
