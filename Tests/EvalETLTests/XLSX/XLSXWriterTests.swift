import Foundation
import XCTest
@testable import EvalETL

final class XLSXWriterTests: XCTestCase {
    private let table = TableSchema(name: "notes", columns: [
        Column("note_id", .string, required: true),
        Column("comments", .string),
        Column("tags", .list),
        Column("evaluation_id", .string),
    ])

    /// Writes `rows` of `table` (and nothing else) and returns the workbook's parts and the warnings.
    private func run(_ writer: XLSXWriter, _ rows: [[Value]], batchRows: Int = 1) throws -> (book: Unzipped, warnings: [WriterWarning]) {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try writer.begin(tables: [table], directory: dir)
        for start in stride(from: 0, to: rows.count, by: batchRows) {
            try writer.write(Array(rows[start..<min(start + batchRows, rows.count)]), table: table)
        }
        let warnings = try writer.finish()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["workbook.xlsx"], "no temporary file left")
        return (try Unzipped(dir + "/workbook.xlsx"), warnings)
    }

    /// Parts of an .xlsx read with `unzip -p` (from a copy, kept until this is freed).
    final class Unzipped {
        let path: String
        let bytes: Data

        init(_ original: String) throws {
            path = try XMLFixture.temporaryDirectory() + "/copy.xlsx"
            bytes = try Data(contentsOf: URL(fileURLWithPath: original))
            try bytes.write(to: URL(fileURLWithPath: path))
        }

        deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

        func part(_ name: String) throws -> String {
            let (status, output) = try ToolRun.run("/usr/bin/unzip", ["-p", path, name])
            XCTAssertEqual(status, 0, output)
            return output
        }

        var sheetNames: [String] {
            get throws {
                try part("xl/workbook.xml").components(separatedBy: "<sheet name=\"").dropFirst()
                    .map { String($0.prefix { $0 != "\"" }) }
            }
        }

        /// The worksheet part of sheet `n` (1-based, in workbook order).
        func sheet(_ n: Int) throws -> String { try part("xl/worksheets/sheet\(n).xml") }
    }

    func testLongTextIsCutWithAWarningNamingSheetRowColumnAndEvaluation() throws {
        let limit = Worksheet.maxCharacters
        let cases: [(length: Int, cut: Bool)] = [(limit - 1, false), (limit, false), (limit + 1, true), (40_000, true)]
        for (length, cut) in cases {
            let long = String(repeating: "x", count: length)
            let out = try run(XLSXWriter(), [[.string("N-1"), .string(long), .list([long]), .string("ev-1")]])
            let sheet = try out.book.sheet(3)
            let kept = String(repeating: "x", count: min(length, limit))
            XCTAssertTrue(sheet.contains("<t>\(kept)</t>"), "\(length)")
            XCTAssertFalse(sheet.contains("<t>\(kept)x"), "\(length)")
            XCTAssertEqual(out.warnings, cut ? ["comments", "tags"].map { column in
                WriterWarning("workbook.xlsx: sheet 'notes' row 2 (N-1), column \(column): text of \(length) characters "
                              + "cut to 32767 (Excel's limit per cell)", evaluationID: "ev-1")
            } : [], "\(length)")
        }
    }

    func testLongTableContinuesOnFurtherSheetsWithTheirOwnHeaderAndFilter() throws {
        let rows: [[Value]] = (1...5).map { [.string("N-\($0)"), .null, .list(["a", "b"]), .null] }
        let out = try run(XLSXWriter(rowsPerSheet: 3), rows, batchRows: 2)
        XCTAssertEqual(try out.book.sheetNames, ["Action tracker", "Implementation", "notes", "notes (2)", "notes (3)"])
        let cases: [(sheet: Int, ids: [String], filter: String)] = [
            (3, ["N-1", "N-2"], "A1:D3"), (4, ["N-3", "N-4"], "A1:D3"), (5, ["N-5"], "A1:D2"),
        ]
        for (n, ids, filter) in cases {
            let xml = try out.book.sheet(n)
            XCTAssertTrue(xml.contains("<t>note_id</t>"), "header on sheet \(n)")
            for id in ids { XCTAssertTrue(xml.contains("<t>\(id)</t>"), "\(id) on sheet \(n)") }
            XCTAssertTrue(xml.contains("<autoFilter ref=\"\(filter)\"/>"), xml)
            XCTAssertTrue(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
            XCTAssertTrue(xml.contains("<t>a; b</t>"), "lists joined with '; '")
        }
    }

    func testCellsAreTypedAndTheSameRowsGiveTheSameBytes() throws {
        let typed = TableSchema(name: "typed", columns: [
            Column("id", .string, required: true), Column("n", .int), Column("x", .double),
            Column("flag", .bool), Column("day", .date),
        ])
        let rows: [[Value]] = [
            [.string("T-1"), .int(7), .double(1.5), .bool(true), .date(CalendarDate(year: 2021, month: 7, day: 31)!)],
            [.string("T-2"), .null, .double(.infinity), .bool(false), .date(CalendarDate(year: 1899, month: 12, day: 31)!)],
            [.string("a\u{0}b"), .int(-1), .double(-0.25), .null, .null],
        ]
        func write() throws -> Unzipped {
            let dir = try XMLFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try XMLFixture.run(XLSXWriter(), tables: [typed], rows: { _ in rows }, directory: dir)
            return try Unzipped(dir + "/workbook.xlsx")
        }
        let book = try write()
        XCTAssertEqual(book.bytes, try write().bytes, "no timestamp: the same rows give the same file")
        let xml = try book.sheet(3)
        for cell in ["<c r=\"B2\"><v>7</v></c>", "<c r=\"C2\"><v>1.5</v></c>", "<c r=\"D2\" t=\"b\"><v>1</v></c>",
                     "<c r=\"E2\" s=\"2\"><v>44408</v></c>", "<t>inf</t>", "<t>1899-12-31</t>",
                     "<c r=\"D3\" t=\"b\"><v>0</v></c>", "<t>a\u{FFFD}b</t>"] {
            XCTAssertTrue(xml.contains(cell), cell)
        }
        XCTAssertFalse(xml.contains("r=\"B3\""), "null is no cell")
    }

    func testTrackerAndImplementationReadTheDocumentsOfTheirBatch() throws {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = XLSXWriter()
        try writer.begin(tables: TableSchema.all, directory: dir)
        func row(_ table: TableSchema, _ values: [String: Value]) -> [Value] {
            table.columns.map { values[$0.name] ?? .null }
        }
        let long = String(repeating: "y", count: 40_000)
        for doc in 1...2 {
            let ev = "ev-\(doc)", rec = "\(ev)-R01"
            try writer.write([row(.evaluations, [
                "evaluation_id": .string(ev), "source_file": .string("\(doc).txt"), "source_sha256": .string("00"),
                "doc_type": .string("management_response"), "title": .string("Evaluation \(doc)"),
                "office": .string("Office \(doc)"), "period_start": .int(2018), "period_end": .int(2021),
                "recommendation_count": .int(1), "action_count": .int(2),
            ])], table: .evaluations)
            try writer.write([row(.recommendations, [
                "recommendation_id": .string(rec), "evaluation_id": .string(ev), "seq": .int(1),
                "title": .string("Lead"), "text": .string("Do more \(doc)"), "response_category": .string("Accepted"),
                "action_count": .int(2),
            ])], table: .recommendations)
            try writer.write((1...2).map { (a: Int) -> [Value] in
                let text = doc == 2 && a == 2 ? long : "Act \(a)"
                return row(.actions, [
                    "action_id": .string("\(rec)-A0\(a)"), "recommendation_id": .string(rec), "evaluation_id": .string(ev),
                    "seq": .int(Int32(a)), "text": .string(text),
                    "status": .string(a == 1 ? "Completed" : "No Longer Applicable"), "overdue": .bool(false),
                    "deadline": a == 1 ? .date(CalendarDate(year: 2021, month: 7, day: 31)!) : .null,
                ])
            }, table: .actions)
        }
        func cut(_ sheet: String, _ column: String) -> WriterWarning {
            WriterWarning("workbook.xlsx: sheet '\(sheet)' row 5 (ev-2-R01-A02), column \(column): text of 40000 characters "
                          + "cut to 32767 (Excel's limit per cell)", evaluationID: "ev-2")
        }
        XCTAssertEqual(try writer.finish(), [cut("Action tracker", "Key action"), cut("actions", "text")])
        let book = try Unzipped(dir + "/workbook.xlsx")
        let tracker = try book.sheet(1)
        for text in ["<t>Evaluation 2</t>", "<t>Office 2</t>", "<t>2018-2021</t>", "<t>Lead: Do more 2</t>",
                     "<t>Accepted</t>", "<t>ev-2-R01-A02</t>", "<t>No Longer Applicable</t>"] {
            XCTAssertTrue(tracker.contains(text), text)
        }
        // NB: the actions table has last_updated, so the tracker shows its column (15 in all).
        XCTAssertTrue(tracker.contains("<autoFilter ref=\"A1:O5\"/>"), "four actions under the header")
        let implementation = try book.sheet(2)
        XCTAssertTrue(implementation.contains("<t>All offices</t>"))
        XCTAssertTrue(implementation.contains("<t>Office 1</t>"))
        // NB: of four actions two are No Longer Applicable: two counted, both completed.
        let total = implementation.components(separatedBy: "<t>All offices</t>")[1].components(separatedBy: "</row>")[0]
        XCTAssertEqual(total.components(separatedBy: "<v>").dropFirst().map { String($0.prefix { $0 != "<" }) },
                       ["2", "2", "0", "4", "2", "0", "0", "0", "0", "0", "0", "2", "0", "0", "0", "2", "1", "0", "2"])
    }

    func testFormatNames() {
        let cases: [(name: String, format: OutputFormat?)] = [
            ("xlsx", .xlsx), ("spreadsheetml", .spreadsheetml), ("workbook", .spreadsheetml), ("xls", nil),
        ]
        for (name, format) in cases { XCTAssertEqual(OutputFormat(rawValue: name), format, name) }
        XCTAssertEqual(PipelineConfig().formats, [.csv, .parquet, .xml, .xlsx])
    }
}
