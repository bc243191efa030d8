import Foundation
import XCTest
@testable import EvalETL

/// Runs `scripts/parquet/check_tables.py` on contract tables written here (Parquet by
/// `ParquetWriter`, CSV by a minimal RFC 4180 writer with the formula guard), so the
/// script is known to pass good output and to fail on a changed cell.
///
/// Skipped unless `EVALETL_PYTHON` is set.
final class CheckTablesScriptTests: XCTestCase {
    func testAcceptsMatchingTablesAndRejectsAChangedCell() throws {
        guard let python = ProcessInfo.processInfo.environment["EVALETL_PYTHON"], !python.isEmpty else {
            throw XCTSkip("EVALETL_PYTHON not set")
        }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("evaletl-parquet-check-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("csv"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        var rng = SplitMix64(seed: 9)
        var options = PipelineConfig.ParquetOptions()
        options.rowGroupRows = 50
        let writer = ParquetWriter(options: options)
        try writer.begin(tables: TableSchema.all, directory: dir.path)
        var csvs: [String: String] = [:]
        for table in TableSchema.all {
            let rows = (0..<120).map { _ in RoundTripCases.row(table, &rng) }
            try writer.write(rows, table: table)
            csvs[table.name] = Self.csv(table, rows)
        }
        _ = try writer.finish()
        for (name, text) in csvs {
            try Data(text.utf8).write(to: dir.appendingPathComponent("csv/\(name).csv"))
        }
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/parquet/check_tables.py").path

        let (ok, okText) = try ToolRun.run(python, [script, dir.path])
        XCTAssertEqual(ok, 0, okText)

        let changed = csvs["actions"]!.replacingOccurrences(of: "\ntrue", with: "\nfalse")
            .replacingOccurrences(of: ",true", with: ",false")
        try Data(changed.utf8).write(to: dir.appendingPathComponent("csv/actions.csv"))
        let (bad, badText) = try ToolRun.run(python, [script, dir.path])
        XCTAssertEqual(bad, 1, badText)
        XCTAssertTrue(badText.contains("actions: row"), badText)
    }


    /// The CSV the contract describes: header, RFC 4180 quoting, lists joined with "; ".
    static func csv(_ table: TableSchema, _ rows: [[Value]]) -> String {
        func cell(_ v: Value) -> String {
            var s: String
            switch v {
            case .null: return ""
            case .string(let t): s = t
            case .int(let i): return String(i)
            case .double(let d): return d.description
            case .bool(let b): return b ? "true" : "false"
            case .date(let d): return d.iso
            case .list(let items): s = items.joined(separator: "; ")
            }
            if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { s = "'" + s }
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                s = "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        var out = table.columns.map(\.name).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(cell).joined(separator: ",") + "\r\n" }
        return out
    }
}
