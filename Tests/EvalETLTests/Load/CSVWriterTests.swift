import XCTest
@testable import EvalETL

final class CSVWriterTests: XCTestCase {
    func cell(_ v: Value, guardFormulas: Bool = true) -> String {
        var o = PipelineConfig.CSVOptions()
        o.formulaGuard = guardFormulas
        var bytes: [UInt8] = []
        let batch = try! RowBatch(TableSchema(name: "t", columns: [Column("c", Self.type(of: v))]), rows: [[v]])
        batch.forEachRow { row in CSVWriter(options: o).appendCell(row[0], row, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A column type that takes `v`.
    static func type(of v: Value) -> ColumnType {
        switch v {
        case .null, .string: return .string
        case .int: return .int
        case .double: return .double
        case .bool: return .bool
        case .date: return .date
        case .list: return .list
        }
    }

    /// One row per value shape: value in, cell text out.
    func testCells() {
        let cases: [(Value, String)] = [
            (.null, ""),
            (.string("plain"), "plain"),
            (.string("a,b"), "\"a,b\""),
            (.string("say \"hi\""), "\"say \"\"hi\"\"\""),
            (.string("two\nlines"), "\"two\nlines\""),
            (.string(""), ""),
            (.int(-7), "-7"),
            (.double(1706485), "1706485"),
            (.double(-0.0), "-0"),
            (.double(1e21), "1e+21"),
            (.double(0.1), "0.1"),
            (.bool(true), "true"),
            (.bool(false), "false"),
            (.date(CalendarDate(year: 2021, month: 7, day: 31)!), "2021-07-31"),
            (.list(["KAZ", "TKM"]), "KAZ; TKM"),
            (.list([]), ""),
            (.string("=SUM(A1)"), "'=SUM(A1)"),
            (.string("+1"), "'+1"),
            (.string("-x"), "'-x"),
            (.string("@cmd"), "'@cmd"),
            (.string("\tx"), "'\tx"),
            (.string("=a,b"), "\"'=a,b\""),
            (.string("café 日本"), "café 日本"),
            (.string("\rx"), "\"'\rx\""),
            (.string("cr\r"), "\"cr\r\""),
            (.string("a\"b,c"), "\"a\"\"b,c\""),
            (.int(.min), "-2147483648"),
            (.int(0), "0"),
            (.date(CalendarDate(year: 999, month: 1, day: 2)!), "0999-01-02"),
        ]
        for (value, want) in cases {
            XCTAssertEqual(cell(value), want, "\(value)")
        }
        XCTAssertEqual(cell(.string("=1+1"), guardFormulas: false), "=1+1")
    }

    /// A list cell is written exactly as its `"; "`-joined string would be.
    func testListCellsMatchJoinedText() {
        let lists: [[String]] = [
            [], [""], ["", ""], ["", "=x"], ["KAZ"], ["KAZ", "TKM"], ["=SUM(A1)", "b"], ["b", "=SUM(A1)"],
            ["-x"], ["a,b", "c"], ["a", "say \"hi\""], ["two\nlines", "x"], ["\rx"], ["x", "cr\r"],
            ["café", "日本"], ["@cmd", "a\"b,c"], ["\t"],
        ]
        for items in lists {
            for guardFormulas in [true, false] {
                XCTAssertEqual(cell(.list(items), guardFormulas: guardFormulas),
                               cell(.string(items.joined(separator: "; ")), guardFormulas: guardFormulas),
                               "\(items) guard \(guardFormulas)")
            }
        }
    }

    func testFormulaStarts() {
        let starts: [UInt8] = Array("=+-@\t\r".utf8)
        for b in UInt8.min...UInt8.max {
            XCTAssertEqual(CSVWriter.isFormulaStart(b), starts.contains(b), "byte \(b)")
        }
    }

    func testWritesHeaderAndRowsWithCRLF() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csvtest-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let w = CSVWriter(options: .init())
        try w.begin(tables: [.rejects], directory: dir)
        try w.write([RejectRow(sourceFile: "a.pdf", sha256: nil, reason: "a PDF file").values], table: .rejects)
        _ = try w.finish()
        let bytes = FileManager.default.contents(atPath: dir + "/csv/rejects.csv").map(Array.init)
        XCTAssertEqual(bytes, [0xEF, 0xBB, 0xBF] + Array("source_file,source_sha256,reason\r\na.pdf,,a PDF file\r\n".utf8))
    }

    /// The word-at-a-time scan's CSV answers agree with a byte-at-a-time look.
    func testQuotingFactsMatchByteScan() {
        for text in ScanSamples.texts {
            let facts = TextFacts(text)
            let quote = text.utf8.contains(0x22)
            let quoted = quote || text.utf8.contains(where: { [0x2C, 0x0A, 0x0D].contains($0) })
            XCTAssertEqual(facts.contains(.csvQuote), quote, text.debugDescription)
            XCTAssertEqual(facts.contains(.csvQuoted), quoted, text.debugDescription)
        }
    }

    /// A batch of rows appended straight to the sink: the file and its offset agree.
    func testBatchOfRowsAndSinkOffset() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csvtest-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var o = PipelineConfig.CSVOptions()
        o.bom = false
        let w = CSVWriter(options: o)
        try w.begin(tables: [.rejects], directory: dir)
        let rows = ScanSamples.pieces.map { [Value.string("f\($0)"), .null, .string($0)] }
        try w.write(rows, table: .rejects)
        try w.write([], table: .rejects)
        _ = try w.finish()
        let text = FileManager.default.contents(atPath: dir + "/csv/rejects.csv").map { String(decoding: $0, as: UTF8.self) }
        let want = "source_file,source_sha256,reason\r\n"
            + rows.map { "\(cell($0[0])),,\(cell($0[2]))\r\n" }.joined()
        XCTAssertEqual(text, want)
    }
}
