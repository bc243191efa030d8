import Foundation
import XCTest
@testable import EvalETL

/// Byte layout of small files and the level streams of each column shape (FORMATS.md §1.5, §1.10).
final class ParquetFileLayoutTests: XCTestCase {
    func testRequiredInt32FileMatchesAnnotatedLayout() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evaletl-parquet-layout")
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = TableSchema(name: "x", columns: [Column("x", .int, required: true)])
        var options = PipelineConfig.ParquetOptions()
        options.compression = .none
        let writer = ParquetWriter(options: options)
        try writer.begin(tables: [schema], directory: dir.path)
        try writer.write([1, 2, 3, -7, Int32.max].map { [.int($0)] }, table: schema)
        _ = try writer.finish()
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("parquet/x.parquet")))

        let pageHeader: [UInt8] = [0x15, 0x00, 0x15, 0x28, 0x15, 0x28, 0x2c,
                                   0x15, 0x0a, 0x15, 0x00, 0x15, 0x06, 0x15, 0x06, 0x00, 0x00]
        let values: [UInt8] = [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0xf9, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]
        XCTAssertEqual(Array(bytes[0..<4]), Array("PAR1".utf8))
        XCTAssertEqual(Array(bytes[4..<21]), pageHeader)
        XCTAssertEqual(Array(bytes[21..<41]), values)
        let n = bytes.count
        let footerLength = Int(bytes[n - 8]) | Int(bytes[n - 7]) << 8 | Int(bytes[n - 6]) << 16 | Int(bytes[n - 5]) << 24
        XCTAssertEqual(41 + footerLength + 8, n)
        XCTAssertEqual(Array(bytes[41..<43]), [0x15, 0x02], "FileMetaData starts with version 1")
        XCTAssertEqual(Array(bytes[(n - 4)...]), Array("PAR1".utf8))
    }

    func testLevelsPerColumnShape() throws {
        let cases: [(Column, [Value], rep: [UInt8], def: [UInt8], nulls: Int)] = [
            (Column("s", .string, required: true), [.string("a"), .string("")], [], [], 0),
            (Column("s", .string), [.string("a"), .null, .string("")], [], [1, 0, 1], 1),
            (Column("l", .list), [.null, .list([]), .list(["a", "b"]), .list([""])],
             [0, 0, 0, 1, 0], [0, 1, 2, 2, 2], 2),
            (Column("l", .list, required: true), [.list([]), .list(["a", "b"])], [0, 0, 1], [0, 1, 1], 1),
        ]
        for (column, values, rep, def, nulls) in cases {
            var w = ColumnChunkWriter(ColumnDescriptor(column), path: "t")
            try Self.append(values, column, to: &w)
            XCTAssertEqual(w.repetitionLevels, rep, "\(column)")
            XCTAssertEqual(w.definitionLevels, def, "\(column)")
            XCTAssertEqual(w.statistics().nullCount, Int64(nulls), "\(column)")
        }
    }

    func testStringStatisticsCompareUTF8Bytes() throws {
        var w = ColumnChunkWriter(ColumnDescriptor(Column("s", .string)), path: "t")
        // NB: "e\u{301}" == "é" for Swift's String ==, yet they are different bytes and both stay.
        let values: [Value] = ["zürich", "é", "e\u{301}", "Z", "zz", "\u{10FFFF}"].map(Value.string)
        try Self.append(values, Column("s", .string), to: &w)
        XCTAssertEqual(w.dictionary.count, 6)
        let stats = w.statistics()
        XCTAssertEqual(stats.minValue, Array("Z".utf8))
        XCTAssertEqual(stats.maxValue, Array("\u{10FFFF}".utf8))
    }

    /// `values` as one column's cells, laid out as the loader hands them over.
    static func append(_ values: [Value], _ column: Column, to w: inout ColumnChunkWriter) throws {
        let batch = try RowBatch(TableSchema(name: "t", columns: [column]), rows: values.map { [$0] })
        try w.append(batch, 0..<batch.rowCount, column: 0)
    }
}
