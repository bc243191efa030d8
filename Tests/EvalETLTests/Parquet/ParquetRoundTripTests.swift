import Foundation
import XCTest
@testable import EvalETL

/// Writes many deterministic random tables with `ParquetWriter`, then asks the real
/// readers (pyarrow, DuckDB, polars) through `scripts/parquet/verify_roundtrip.py`
/// whether every schema, value, statistic and row group came back as written.
///
///     <tmp>/parquet/<table>.parquet   written by ParquetWriter
///     <tmp>/<table>.json              columns, expected rows, row group size, codec
///
/// Skipped unless `EVALETL_PYTHON` names a Python with pyarrow (the Makefile sets it).
final class ParquetRoundTripTests: XCTestCase {
    struct Case {
        var schema: TableSchema
        var rows: [[Value]]
        var rowGroupRows: Int
        var compression: PipelineConfig.ParquetOptions.Compression
    }

    func testRoundTripThroughPyarrowDuckDBPolars() throws {
        guard let python = ProcessInfo.processInfo.environment["EVALETL_PYTHON"], !python.isEmpty else {
            throw XCTSkip("EVALETL_PYTHON not set")
        }
        // NB: EVALETL_PARQUET_KEEP=DIR keeps the files there for debugging with other readers.
        let keep = ProcessInfo.processInfo.environment["EVALETL_PARQUET_KEEP"]
        let dir = keep.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("evaletl-parquet-roundtrip-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }

        for c in RoundTripCases.all() {
            // NB: several write calls, as the pipeline streams a document at a time.
            _ = try Self.write(c, in: dir) { 7 + $0 % 13 }
            let json = try JSONSerialization.data(withJSONObject: Self.expectation(c), options: [.sortedKeys])
            try json.write(to: dir.appendingPathComponent("\(c.schema.name).json"))
        }

        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let (status, text) = try ToolRun.run(python, [root.appendingPathComponent("scripts/parquet/verify_roundtrip.py").path, dir.path])
        XCTAssertEqual(status, 0, text)
        print(text, terminator: "")
    }

    func testSameInputGivesIdenticalBytes() throws {
        let c = RoundTripCases.all()[1]
        var files: [Data] = []
        for run in 0..<2 {
            let dir = FileManager.default.temporaryDirectory
                .appendingPathComponent("evaletl-parquet-determinism-\(ProcessInfo.processInfo.processIdentifier)-\(run)")
            try? FileManager.default.removeItem(at: dir)
            defer { try? FileManager.default.removeItem(at: dir) }
            files.append(try Self.write(c, in: dir) { _ in c.rows.count })
        }
        XCTAssertEqual(files[0], files[1])
        XCTAssertEqual(Array(files[0].prefix(4)), Array("PAR1".utf8))
        XCTAssertEqual(Array(files[0].suffix(4)), Array("PAR1".utf8))
    }

    /// Rows are buffered column by column a batch at a time; how rows are batched
    /// must not move a row group boundary or change a byte.
    func testBatchingDoesNotChangeBytes() throws {
        for c in RoundTripCases.all().prefix(4) {
            var files: [Data] = []
            for batch in [c.rows.count, 1, 7] {
                let dir = FileManager.default.temporaryDirectory
                    .appendingPathComponent("evaletl-parquet-batch-\(ProcessInfo.processInfo.processIdentifier)-\(batch)")
                try? FileManager.default.removeItem(at: dir)
                defer { try? FileManager.default.removeItem(at: dir) }
                files.append(try Self.write(c, in: dir) { _ in batch })
            }
            XCTAssertEqual(files[0], files[1], c.schema.name)
            XCTAssertEqual(files[0], files[2], c.schema.name)
        }
    }

    /// Writes case `c` into `dir` with its row-group size and codec, handing the writer
    /// `batch(start)` rows per call from row `start` on; returns the file's bytes.
    static func write(_ c: Case, in dir: URL, batch: (Int) -> Int) throws -> Data {
        var options = PipelineConfig.ParquetOptions()
        options.rowGroupRows = c.rowGroupRows
        options.compression = c.compression
        let writer = ParquetWriter(options: options)
        try writer.begin(tables: [c.schema], directory: dir.path)
        var start = 0
        while start < c.rows.count {
            let end = min(c.rows.count, start + max(batch(start), 1))
            try writer.write(Array(c.rows[start..<end]), table: c.schema)
            start = end
        }
        _ = try writer.finish()
        return try Data(contentsOf: dir.appendingPathComponent("parquet/\(c.schema.name).parquet"))
    }

    func testNullInRequiredColumnIsAnError() throws {
        let schema = TableSchema(name: "bad", columns: [Column("id", .string, required: true)])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evaletl-parquet-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = ParquetWriter(options: PipelineConfig.ParquetOptions())
        try writer.begin(tables: [schema], directory: dir.path)
        XCTAssertThrowsError(try writer.write([[.null]], table: schema))
        XCTAssertThrowsError(try writer.write([[.int(1)]], table: schema))
        XCTAssertThrowsError(try writer.write([[.string("a"), .string("b")]], table: schema))
    }

    /// The JSON the python side compares against: doubles as IEEE bit patterns, dates as days.
    static func expectation(_ c: Case) -> [String: Any] {
        func json(_ v: Value) -> Any {
            switch v {
            case .null: return NSNull()
            case .string(let s): return s
            case .int(let i): return Int(i)
            case .double(let d): return String(d.bitPattern, radix: 16)
            case .bool(let b): return b
            case .date(let d): return Int(d.daysSinceEpoch)
            case .list(let items): return items
            }
        }
        return [
            "columns": c.schema.columns.map { ["name": $0.name, "type": $0.type.rawValue, "required": $0.required] },
            "rows": c.rows.map { $0.map(json) },
            "row_group_rows": c.rowGroupRows,
            "codec": c.compression == .gzip ? "GZIP" : "UNCOMPRESSED",
        ]
    }
}
