import Foundation
import XCTest
@testable import EvalETL

/// Rows for any table, generated from its schema, covering nulls, empty lists,
/// unicode, markup, control characters, special numbers and text longer than a
/// workbook cell holds; and helpers to write them.
///
///     let rows = XMLFixture.rows(for: .actions)   // 5 rows
enum XMLFixture {
    static func rows(for table: TableSchema) -> [[Value]] {
        (0..<5).map { r in
            table.columns.enumerated().map { c, column in value(row: r, column: c, column) }
        }
    }

    private static func value(row r: Int, column c: Int, _ column: Column) -> Value {
        if r == 1 && !column.required { return .null }
        switch column.type {
        case .string where r == 4 && c > 0:
            return .string(String(repeating: "long text ", count: 3_300) + "😀 end")
        case .string:
            let texts = ["\(column.name)-\(r)", "Zürich & <co> \"q\" 'a' ]]> 😀",
                         "ctl\u{1}\u{B}\u{1F}\u{FFFE}end\ttab\r\nline2", "=SUM(A1) -1 +x @y", ""]
            return c == 0 ? .string("\(column.name)-\(r)") : .string(texts[(r + c) % texts.count])
        case .int:
            return .int([1, 2_147_483_647, -2_147_483_648, 0][(r + c) % 4])
        case .double:
            return .double([1e21, -0.0, 0.1, 1234.5][(r + c) % 4])
        case .bool:
            return .bool((r + c) % 2 == 0)
        case .date:
            return .date([CalendarDate(year: 2021, month: 7, day: 31)!, CalendarDate(year: 1899, month: 12, day: 31)!,
                          CalendarDate(year: 2024, month: 2, day: 29)!, CalendarDate(year: 9999, month: 12, day: 31)!][(r + c) % 4])
        case .list:
            return .list([["UN Women", "ILO"], [], ["a\u{2}b", "Ünïcode & <x>"], ["one"]][(r + c) % 4])
        }
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evaletl-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Runs a writer through its lifecycle, returning `finish()`'s warnings.
    @discardableResult
    static func run(_ writer: FormatWriter, tables: [TableSchema], rows: (TableSchema) -> [[Value]],
                    directory: String) throws -> [WriterWarning] {
        try writer.begin(tables: tables, directory: directory)
        for table in tables {
            for row in rows(table) { try writer.write([row], table: table) }
        }
        return try writer.finish()
    }

    /// The same for one table whose rows come from lines `lines` of their documents (`RowBatch.lines`), a batch a row.
    static func run(_ writer: FormatWriter, table: TableSchema, rows: [[Value]], lines: [Int],
                    directory: String) throws -> [WriterWarning] {
        try writer.begin(tables: [table], directory: directory)
        for (row, line) in zip(rows, lines) {
            var batch = RowBatch(table)
            try batch.append(row, line: line)
            try writer.write(batch)
        }
        return try writer.finish()
    }

    /// `csv/<table>.csv` as the contract spells CSV, so `scripts/xml/check_workbook.py` has a reference.
    static func writeCSV(tables: [TableSchema], rows: (TableSchema) -> [[Value]], directory: String) throws {
        let folder = (directory as NSString).appendingPathComponent("csv")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for table in tables {
            var out = table.columns.map(\.name).joined(separator: ",") + "\r\n"
            for row in rows(table) {
                out += row.map { csvField($0) }.joined(separator: ",") + "\r\n"
            }
            try out.write(toFile: (folder as NSString).appendingPathComponent("\(table.name).csv"),
                          atomically: true, encoding: .utf8)
        }
    }

    private static func csvField(_ value: Value) -> String {
        var s: String
        switch value {
        case .null: return ""
        case .string(let t): s = t
        case .int(let i): s = String(i)
        case .double(let d): s = d.shortestDecimal
        case .bool(let b): s = b ? "true" : "false"
        case .date(let d): s = d.iso
        case .list(let items): s = items.joined(separator: "; ")
        }
        if let first = s.first, "=+-@".contains(first), case .string = value { s = "'" + s }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            s = "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
