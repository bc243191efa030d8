import Foundation
import XCTest
@testable import EvalETL

final class XMLWorkbookWriterTests: XCTestCase {
    private let table = TableSchema(name: "actions", columns: [
        Column("action_id", .string, required: true),
        Column("comments", .string),
        Column("tags", .list),
    ])

    private func run(_ writer: WorkbookWriter, _ rows: [[Value]],
                     tables: [TableSchema]? = nil) throws -> (xml: String, xmlFile: String, warnings: [WriterWarning]) {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let tables = tables ?? [table]
        let warnings = try XMLFixture.run(writer, tables: tables, rows: { _ in rows }, directory: dir)
        try XMLFixture.run(XMLWriter(), tables: tables, rows: { _ in rows }, directory: dir)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".spool") }
        XCTAssertEqual(left, [], "spools are deleted")
        return (try String(contentsOfFile: dir + "/workbook.xml", encoding: .utf8),
                try String(contentsOfFile: dir + "/xml/\(tables[0].name).xml", encoding: .utf8), warnings)
    }

    private func sheetNames(_ xml: String) -> [String] {
        xml.components(separatedBy: "<Worksheet ss:Name=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// Text over a cell's limit is cut, with a warning naming the sheet (a continued one here) and row.
    func testLongTextIsCutInTheWorkbookOnly() throws {
        let limit = Worksheet.maxCharacters
        let cases: [(length: Int, cut: Bool)] = [(limit - 1, false), (limit, false), (limit + 1, true), (40_000, true)]
        for (length, cut) in cases {
            let long = String(repeating: "x", count: length)
            let out = try run(WorkbookWriter(rowsPerSheet: 2), [[.string("A-0"), .null, .null],
                                                                 [.string("A-1"), .string(long), .list([long])]])
            let kept = String(repeating: "x", count: min(length, limit))
            XCTAssertTrue(out.xml.contains(">\(kept)</Data>"))
            XCTAssertFalse(out.xml.contains(">\(kept)x"))
            XCTAssertTrue(out.xmlFile.contains("<comments>\(long)</comments>"), "per-table XML keeps it whole")
            XCTAssertEqual(out.warnings.map(\.message), cut ? ["comments", "tags"].map {
                "workbook.xml: sheet 'actions (2)' column \($0): text cut to 32767 characters (Excel's limit per cell) "
                    + "in row 2 (A-1), of \(length) characters"
            } : [])
        }
    }

    /// Texts cut in many rows give one warning per evaluation, sheet series (`actions`, `actions (2)`) and
    /// column: the rows counted, the first named (and its line in its document: row n's is 10 + n), the longest measured.
    func testCutsGiveOneWarningPerEvaluationSheetSeriesAndColumn() throws {
        let table = TableSchema(name: "actions", columns: [
            Column("action_id", .string, required: true), Column("text", .string), Column("evaluation_id", .string),
        ])
        let prefix = "workbook.xml: sheet 'actions' column text: text cut to 32767 characters (Excel's limit per cell) in"
        let cases: [(rows: [(ev: Int, length: Int)], rowsPerSheet: Int, expected: [WriterWarning])] = [
            ([(1, 40_000)], 9, [WriterWarning("\(prefix) row 2 (A-1), of 40000 characters", evaluationID: "ev-1",
                                              line: 11)]),
            ([(1, 40_000), (1, 40_000), (1, 40_000)], 9,
             [WriterWarning("\(prefix) 3 rows, first row 2 (A-1), longest 40000 characters", evaluationID: "ev-1",
                            line: 11)]),
            ([(1, 10), (1, 32_768), (1, 40_000), (1, 10)], 9,
             [WriterWarning("\(prefix) 2 rows, first row 3 (A-2), longest 40000 characters", evaluationID: "ev-1",
                            line: 12)]),
            ([(1, 40_000), (1, 40_000), (2, 40_000), (2, 50_000), (2, 40_000)], 9, [
                WriterWarning("\(prefix) 2 rows, first row 2 (A-1), longest 40000 characters", evaluationID: "ev-1",
                              line: 11),
                WriterWarning("\(prefix) 3 rows, first row 4 (A-3), longest 50000 characters", evaluationID: "ev-2",
                              line: 13),
            ]),
            ([(1, 40_000), (1, 40_000), (1, 40_000)], 3, [WriterWarning(
                "workbook.xml: sheets 'actions' to 'actions (2)' column text: text cut to 32767 characters "
                    + "(Excel's limit per cell) in 3 rows, first row 2 (A-1), longest 40000 characters", evaluationID: "ev-1",
                line: 11)]),
        ]
        for (rows, rowsPerSheet, expected) in cases {
            let values: [[Value]] = rows.enumerated().map { n, r in
                [.string("A-\(n + 1)"), .string(String(repeating: "x", count: r.length)), .string("ev-\(r.ev)")]
            }
            let dir = try XMLFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let warnings = try XMLFixture.run(WorkbookWriter(rowsPerSheet: rowsPerSheet), table: table, rows: values,
                                              lines: values.indices.map { 11 + $0 }, directory: dir)
            XCTAssertEqual(warnings, expected, "\(rows.map(\.ev))")
        }
    }

    /// A list cell is the String cell of its `"; "`-joined text, width and style included.
    func testListCellIsItsJoinedText() throws {
        let asText = TableSchema(name: "actions", columns: [
            Column("action_id", .string, required: true), Column("comments", .string), Column("tags", .string),
        ])
        let lists: [[String]] = [
            [], [""], ["", ""], ["UN Women", "ILO"], ["a & b", "<c>"], ["\"q\""], ["Zürich", "日本"],
            ["two\nlines", "x"], ["a\u{2}b", "c"], [String(repeating: "x", count: 60)], ["x", "y\r"],
            [String(repeating: "y", count: 32_766), "z"],
        ]
        for items in lists {
            let list = try run(WorkbookWriter(), [[.string("A-1"), .null, .list(items)]])
            let text = try run(WorkbookWriter(), [[.string("A-1"), .null, .string(items.joined(separator: "; "))]],
                               tables: [asText])
            XCTAssertEqual(list.xml, text.xml, "\(items)")
            XCTAssertEqual(list.warnings, text.warnings, "\(items)")
        }
    }

    func testLongTableContinuesOnFurtherSheets() throws {
        let cases: [(rows: Int, sheets: [String])] = [
            (0, ["actions"]), (3, ["actions"]), (4, ["actions", "actions (2)"]),
            (7, ["actions", "actions (2)", "actions (3)"]),
        ]
        for (count, expected) in cases {
            let rows: [[Value]] = (0..<count).map { [.string("A-\($0)"), .null, .list([])] }
            let out = try run(WorkbookWriter(rowsPerSheet: 4), rows)
            XCTAssertEqual(sheetNames(out.xml), expected, "\(count) rows")
            for i in 0..<count { XCTAssertTrue(out.xml.contains(">A-\(i)</Data>")) }
            XCTAssertEqual(out.xml.components(separatedBy: ">action_id</Data>").count - 1, expected.count,
                           "every sheet repeats the header")
        }
    }

    func testTypedCells() throws {
        let typed = TableSchema(name: "typed", columns: [
            Column("id", .string, required: true), Column("n", .int), Column("x", .double), Column("flag", .bool),
            Column("day", .date), Column("old", .date), Column("inf", .double), Column("note", .string),
        ])
        let row: [Value] = [.string("=1+1"), .int(-5), .double(0.1), .bool(true),
                            .date(CalendarDate(year: 2021, month: 7, day: 31)!),
                            .date(CalendarDate(year: 1899, month: 12, day: 31)!), .double(.nan), .string("a\nb")]
        let out = try run(WorkbookWriter(), [row, [.string("f"), .null, .null, .bool(false), .null, .null, .null, .null]],
                          tables: [typed])
        let expected = [
            "<Data ss:Type=\"String\">=1+1</Data>",
            "<Data ss:Type=\"Number\">-5</Data>",
            "<Data ss:Type=\"Number\">0.1</Data>",
            "<Cell ss:StyleID=\"sBool\"><Data ss:Type=\"Number\">1</Data>",
            "<Cell ss:StyleID=\"sBool\"><Data ss:Type=\"Number\">0</Data>",
            "<Cell ss:StyleID=\"sDate\"><Data ss:Type=\"DateTime\">2021-07-31T00:00:00.000</Data>",
            "<Data ss:Type=\"String\">1899-12-31</Data>",
            "<Data ss:Type=\"String\">NaN</Data>",
            "<Cell ss:StyleID=\"sWrap\"><Data ss:Type=\"String\">a\nb</Data>",
            "<?mso-application progid=\"Excel.Sheet\"?>",
            "<FreezePanes/>",
            "<AutoFilter x:Range=\"R1C1:R3C8\" xmlns=\"urn:schemas-microsoft-com:office:excel\"/>",
            "<Cell/>",
        ]
        for fragment in expected {
            XCTAssertTrue(out.xml.contains(fragment), fragment)
        }
    }

    func testForbiddenCharactersWarnPerColumn() throws {
        let out = try run(WorkbookWriter(), [[.string("A\u{7}"), .string("\u{1}\u{2}"), .list(["\u{FFFF}"])]])
        XCTAssertFalse(out.xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        XCTAssertEqual(out.warnings.map(\.message), [
            "workbook.xml: actions.action_id: replaced 1 character XML 1.0 forbids with U+FFFD in 1 value",
            "workbook.xml: actions.comments: replaced 2 characters XML 1.0 forbids with U+FFFD in 1 value",
            "workbook.xml: actions.tags: replaced 1 character XML 1.0 forbids with U+FFFD in 1 value",
        ])
    }

    /// Every table of the contract, on one sheet each or split over many: the spools are
    /// joined in table order, nothing but the workbook is left, and each table but the
    /// first starts on a multiple of 4,096 bytes.
    func testSpoolsJoinIntoOneWorkbook() throws {
        let tables = TableSchema.all
        for rowsPerSheet in [2, 3, 1_048_576] {
            let dir = try XMLFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try XMLFixture.run(WorkbookWriter(rowsPerSheet: rowsPerSheet), tables: tables,
                               rows: { XMLFixture.rows(for: $0) }, directory: dir)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["workbook.xml"],
                           "nothing but the workbook is left")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/workbook.xml"))
            let xml = String(decoding: bytes, as: UTF8.self)
            XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
            XCTAssertTrue(xml.hasSuffix("</Worksheet>\n</Workbook>\n"))
            var starts: [Int] = []
            for table in tables {
                let name = Data("<Worksheet ss:Name=\"\(table.name)\"".utf8)
                let at = try XCTUnwrap(bytes.range(of: name)?.lowerBound, table.name)
                starts.append(at)
                let sheets = xml.components(separatedBy: "<Worksheet ss:Name=\"\(table.name)").count - 1
                XCTAssertEqual(sheets, rowsPerSheet == 2 ? 5 : rowsPerSheet == 3 ? 3 : 1, table.name)
            }
            XCTAssertEqual(starts, starts.sorted(), "tables in order")
            for at in starts.dropFirst() { XCTAssertEqual(at % WorkbookWriter.block, 0) }
        }
    }

    /// A head is written before its widths are known: the place kept for it is filled
    /// with the final widths, and only spaces before a line break are left over.
    func testHeadsCarryTheFinalWidthsAndPaddingIsTrailingSpace() throws {
        let short: [[Value]] = [[.string("A-1"), .string("x"), .list([])]]
        let wide: [[Value]] = short + [[.string("A-2"), .string(String(repeating: "w", count: 80)), .list(["a"])]]
        let narrow = try run(WorkbookWriter(), short).xml
        let out = try run(WorkbookWriter(), wide).xml
        XCTAssertTrue(narrow.contains("<Column ss:AutoFitWidth=\"0\" ss:Width=\"60\"/>\n"), narrow)
        XCTAssertTrue(out.contains("<Column ss:AutoFitWidth=\"0\" ss:StyleID=\"sWrap\" ss:Width=\"312\"/>\n"),
                      "comments: 50 characters at most, a long-text column")
        let lines = out.components(separatedBy: "\n")
        let headerLine = try XCTUnwrap(lines.firstIndex { $0.contains(">action_id</Data>") })
        XCTAssertTrue(lines[headerLine + 1].hasPrefix("<Row><Cell><Data ss:Type=\"String\">A-1</Data>"))
        for line in lines where line.hasSuffix(" ") {
            let kept = String(line.reversed().drop { $0 == " " }.reversed())
            XCTAssertTrue(kept.hasSuffix("</Row>") || kept.hasSuffix("</Worksheet>"), line)
        }
    }

    /// Every worksheet (every table, every part of a long one) starts its columns at 1, so
    /// LibreOffice keeps each sheet's widths; long text wraps, short text does not.
    func testEverySheetNumbersItsColumnsFromOneAndLongTextWraps() throws {
        let other = TableSchema(name: "findings", columns: [Column("finding_id", .string), Column("n", .int)])
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let long = String(repeating: "w", count: Worksheet.widthCap + 1)
        let fits = String(repeating: "f", count: Worksheet.widthCap)
        let rows: [[Value]] = [[.string("A-1"), .string(long), .list(["a", fits])],
                               [.string("A-2"), .string(fits), .list(["b"])],
                               [.string("A-3"), .string("two\nlines"), .null]]
        _ = try XMLFixture.run(WorkbookWriter(rowsPerSheet: 3), tables: [table, other],
                               rows: { $0.name == "actions" ? rows : [[.string("F-1"), .int(1)]] }, directory: dir)
        let xml = try String(contentsOfFile: dir + "/workbook.xml", encoding: .utf8)
        let sheets = xml.components(separatedBy: "<Worksheet ").dropFirst()
        XCTAssertEqual(sheets.count, 3, "actions, actions (2), findings")
        for sheet in sheets {
            let columns = sheet.components(separatedBy: "\n").filter { $0.hasPrefix("<Column ") }
            XCTAssertTrue(columns.first?.hasPrefix("<Column ss:Index=\"1\" ") == true, sheet)
            XCTAssertEqual(columns.filter { $0.contains("ss:Index") }.count, 1, sheet)
        }
        let cases: [(text: String, wraps: Bool)] = [
            (long, true), (fits, false), ("a; \(fits)", true), ("b", false), ("two\nlines", true), ("A-1", false),
        ]
        for (text, wraps) in cases {
            let cell = wraps ? "<Cell ss:StyleID=\"sWrap\"><Data ss:Type=\"String\">\(text)</Data>"
                             : "<Cell><Data ss:Type=\"String\">\(text)</Data>"
            XCTAssertTrue(xml.contains(cell), text)
        }
    }
}
