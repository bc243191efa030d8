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
                WriterWarning("workbook.xlsx: sheet 'notes' column \(column): text cut to 32767 characters "
                              + "(Excel's limit per cell) in row 2 (N-1), of \(length) characters", evaluationID: "ev-1")
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

    /// Writes document `doc` as the loader hands it over: its evaluation, one recommendation (`Lead: Do more 1`
    /// unless given), and `actions` key actions, the first completed by 2021-07-31, the others No Longer Applicable.
    /// The rows' lines: the recommendation's `line(doc, 0)`, action `a`'s `line(doc, a)`, the evaluation's none (0).
    private func writeDocument(_ writer: XLSXWriter, _ doc: Int, title: String? = nil, office: String? = nil,
                               recommendation: String? = nil, actions: Int = 2,
                               action: (Int) -> String = { "Act \($0)" }) throws {
        func row(_ table: TableSchema, _ values: [String: Value]) -> [Value] {
            table.columns.map { values[$0.name] ?? .null }
        }
        let ev = "ev-\(doc)", rec = "\(ev)-R01"
        func write(_ table: TableSchema, _ rows: [[Value]], lines: [Int]) throws {
            var batch = RowBatch(table)
            for (r, line) in zip(rows, lines) { try batch.append(r, line: line) }
            try writer.write(batch)
        }
        try write(.evaluations, [row(.evaluations, [
            "evaluation_id": .string(ev), "source_file": .string("\(doc).txt"), "source_sha256": .string("00"),
            "doc_type": .string("management_response"), "title": .string(title ?? "Evaluation \(doc)"),
            "office": .string(office ?? "Office \(doc)"), "period_start": .int(2018), "period_end": .int(2021),
            "recommendation_count": .int(1), "action_count": .int(Int32(actions)),
        ])], lines: [0])
        try write(.recommendations, [row(.recommendations, [
            "recommendation_id": .string(rec), "evaluation_id": .string(ev), "seq": .int(1),
            "title": recommendation == nil ? .string("Lead") : .null, "text": .string(recommendation ?? "Do more \(doc)"),
            "response_category": .string("Accepted"), "action_count": .int(Int32(actions)),
        ])], lines: [line(doc, 0)])
        guard actions > 0 else { return }
        try write(.actions, (1...actions).map { (a: Int) -> [Value] in
            row(.actions, [
                "action_id": .string("\(rec)-A0\(a)"), "recommendation_id": .string(rec), "evaluation_id": .string(ev),
                "seq": .int(Int32(a)), "text": .string(action(a)),
                "status": .string(a == 1 ? "Completed" : "No Longer Applicable"), "overdue": .bool(false),
                "deadline": a == 1 ? .date(CalendarDate(year: 2021, month: 7, day: 31)!) : .null,
            ])
        }, lines: (1...actions).map { line(doc, $0) })
    }

    /// The line of document `doc`'s recommendation (`action` 0) or key action in `writeDocument`.
    private func line(_ doc: Int, _ action: Int) -> Int { 100 * doc + 2 + action }

    /// The warning for a column's texts cut in `rows` rows of one evaluation, the first being `first` (its id),
    /// from line `line` of its document.
    private func cut(_ sheet: String, _ column: String, rows: Int = 1, first: Int, _ id: String?, of ev: String,
                     source: String? = nil, line: Int = 0) -> WriterWarning {
        let row = "row \(first)" + (id.map { " (\($0))" } ?? "")
        let which = rows == 1 ? "in \(row), of 40000 characters" : "in \(rows) rows, first \(row), longest 40000 characters"
        return WriterWarning("workbook.xlsx: sheet '\(sheet)' column \(column): text cut to 32767 characters "
                             + "(Excel's limit per cell) \(which)", sourceFile: source, evaluationID: ev, line: line)
    }

    func testTrackerAndImplementationReadTheDocumentsOfTheirBatch() throws {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = XLSXWriter()
        try writer.begin(tables: TableSchema.all, directory: dir)
        let long = String(repeating: "y", count: 40_000)
        for doc in 1...2 { try writeDocument(writer, doc) { doc == 2 && $0 == 2 ? long : "Act \($0)" } }
        // NB: a key action's cut is warned at its line (204), in the tracker as in its table.
        XCTAssertEqual(try writer.finish(), [
            cut("Action tracker", "Key action", first: 5, "ev-2-R01-A02", of: "ev-2", line: line(2, 2)),
            cut("actions", "text", first: 5, "ev-2-R01-A02", of: "ev-2", line: line(2, 2)),
        ])
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

    /// A text the Action tracker repeats on every key-action row (a recommendation, an evaluation's title
    /// or office) is cut once a row but warned once per evaluation, sheet and column, the rows counted;
    /// the Implementation sheet's cuts are warned too, an office row's as its first evaluation's.
    /// A recommendation's cut is warned at its line, in the tracker too (not its first action's);
    /// an evaluation's title or office at none (evaluation rows have no line).
    func testRepeatedCutsGiveOneWarningPerEvaluationSheetAndColumn() throws {
        enum Long { case recommendation, title, office }
        /// Document `d`'s long text: 40,000 characters, its own.
        func long(_ d: Int) -> String { String(repeating: "z", count: 39_999) + "\(d)" }
        func ev(_ d: Int) -> String { "ev-\(d)" }
        /// The tracker's first row of document `d` (of `n` actions each).
        func first(_ d: Int, _ n: Int) -> Int { 2 + (d - 1) * n }
        let cases: [(long: Long, docs: Int, actions: Int, tableSheets: Bool, expected: [WriterWarning])] = [
            (.recommendation, 1, 1, true, [
                cut("recommendations", "text", first: 2, "ev-1-R01", of: "ev-1", line: line(1, 0)),
                cut("Action tracker", "Recommendation", first: 2, "ev-1-R01-A01", of: "ev-1", line: line(1, 0)),
            ]),
            (.recommendation, 1, 3, true, [
                cut("recommendations", "text", first: 2, "ev-1-R01", of: "ev-1", line: line(1, 0)),
                cut("Action tracker", "Recommendation", rows: 3, first: 2, "ev-1-R01-A01", of: "ev-1", line: line(1, 0)),
            ]),
            (.recommendation, 2, 3, false, (1...2).map {
                cut("Action tracker", "Recommendation", rows: 3, first: first($0, 3), "\(ev($0))-R01-A01", of: ev($0),
                    line: line($0, 0))
            }),
            (.recommendation, 2, 3, true, (1...2).flatMap { [
                cut("recommendations", "text", first: 1 + $0, "\(ev($0))-R01", of: ev($0), line: line($0, 0)),
                cut("Action tracker", "Recommendation", rows: 3, first: first($0, 3), "\(ev($0))-R01-A01", of: ev($0),
                    line: line($0, 0)),
            ] }),
            // NB: the Implementation sheet: notes on rows 1-6, header on row 8, all offices on 9, then offices, then evaluations.
            (.title, 1, 3, true, [cut("evaluations", "title", first: 2, "ev-1", of: "ev-1", source: "1.txt"),
                                  cut("Action tracker", "Evaluation", rows: 3, first: 2, "ev-1-R01-A01", of: "ev-1"),
                                  cut("Implementation", "Evaluation", first: 11, "ev-1", of: "ev-1")]),
            (.title, 1, 0, false, [cut("Implementation", "Evaluation", first: 11, "ev-1", of: "ev-1")]),
            (.office, 2, 2, true, (1...2).flatMap { [
                cut("evaluations", "office", first: 1 + $0, ev($0), of: ev($0), source: "\($0).txt"),
                cut("Action tracker", "Office", rows: 2, first: first($0, 2), "\(ev($0))-R01-A01", of: ev($0)),
            ] } + (1...2).map { cut("Implementation", "Office", rows: 2, first: 9 + $0, nil, of: ev($0)) }),
        ]
        for (what, docs, actions, tableSheets, expected) in cases {
            let dir = try XMLFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            var options = PipelineConfig.XLSXOptions()
            options.tableSheets = tableSheets
            let writer = XLSXWriter(options: options)
            try writer.begin(tables: TableSchema.all, directory: dir)
            for d in 1...docs {
                try writeDocument(writer, d, title: what == .title ? long(d) : nil, office: what == .office ? long(d) : nil,
                                  recommendation: what == .recommendation ? long(d) : nil, actions: actions)
            }
            XCTAssertEqual(try writer.finish(), expected, "\(what), \(docs) documents of \(actions) actions")
        }
    }

    func testFormatNames() {
        let cases: [(name: String, format: OutputFormat?)] = [
            ("xlsx", .xlsx), ("spreadsheetml", .spreadsheetml), ("workbook", .spreadsheetml), ("xls", nil),
        ]
        for (name, format) in cases { XCTAssertEqual(OutputFormat(rawValue: name), format, name) }
        XCTAssertEqual(PipelineConfig().formats, [.csv, .parquet, .xml, .xlsx])
    }
}
