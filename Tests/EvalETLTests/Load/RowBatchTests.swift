import XCTest
@testable import EvalETL

final class RowBatchTests: XCTestCase {
    static let table = TableSchema(name: "t", columns: [
        Column("id", .string, required: true), Column("n", .int), Column("x", .double), Column("ok", .bool),
        Column("day", .date), Column("tags", .list),
    ])

    static func row(_ id: String, _ n: Int32?, tags: [String]? = ["a", "b"]) -> [Value] {
        [.string(id), n.map(Value.int) ?? .null, .double(-0.5), .bool(n.map { $0 % 2 == 0 } ?? false),
         .date(CalendarDate(year: 9999, month: 12, day: 31)!), tags.map(Value.list) ?? .null]
    }

    /// Every kind of value reads back as it went in, including the extremes of each.
    func testValuesReadBackAsLaidOut() throws {
        let rows: [[Value]] = [
            Self.row("ün", Int32.min, tags: []),
            Self.row("", Int32.max, tags: nil),
            [.string("a\u{0}b"), .null, .double(.nan), .null, .date(CalendarDate(year: 1, month: 1, day: 1)!),
             .list(["", "e\u{301}", "x,y"])],
            [.string("z"), .int(0), .double(.infinity), .bool(true), .null, .list(["only"])],
        ]
        let batch = try RowBatch(Self.table, rows: rows)
        XCTAssertEqual(batch.rowCount, 4)
        let back = batch.rows
        XCTAssertEqual(back.count, rows.count)
        // NB: NaN is not equal to itself; it stands for itself as a marker.
        func comparable(_ v: Value) -> Value {
            if case .double(let d) = v, d.isNaN { return .string("NaN") }
            return v
        }
        for (got, want) in zip(back, rows) { XCTAssertEqual(got.map(comparable), want.map(comparable)) }
    }

    /// A row of the wrong width or with a value of the wrong type is refused with the table and column named.
    func testRowsThatDoNotFitAreRefused() {
        var batch = RowBatch(Self.table)
        XCTAssertThrowsError(try batch.append([.string("a")])) {
            XCTAssertEqual(($0 as? OutputError)?.message, "table t: row of 1 values for 6 columns")
        }
        var wrong = Self.row("a", 1)
        wrong[1] = .string("1")
        XCTAssertThrowsError(try batch.append(wrong)) {
            XCTAssertEqual(($0 as? OutputError)?.message, "table t, column n (int): got string(\"1\")")
        }
        XCTAssertEqual(batch.rowCount, 0)
        XCTAssertEqual(batch, RowBatch(Self.table), "a refused row leaves nothing behind")
    }

    /// Joining batches, whole or a few rows, gives the batch the rows would have made at once.
    func testJoinedBatchesEqualOneBatchOfTheSameRows() throws {
        let first = (0..<3).map { Self.row("r\($0)", Int32($0)) }
        let second = (3..<7).map { Self.row("r\($0) é", Int32($0), tags: $0 == 4 ? [] : ["t\($0)", "u,\($0)"]) }
        var joined = try RowBatch(Self.table, rows: first)
        joined.append(contentsOf: try RowBatch(Self.table, rows: second))
        XCTAssertEqual(joined, try RowBatch(Self.table, rows: first + second))

        var picked = RowBatch(Self.table)
        let other = try RowBatch(Self.table, rows: first + second)
        picked.append(rows: 1..<2, of: other)
        picked.append(rows: 4..<6, of: other)
        picked.append(rows: 0..<0, of: other)
        XCTAssertEqual(picked, try RowBatch(Self.table, rows: [first[1], second[1], second[2]]))
    }

    /// The facts a text is laid out with are those of a scan of its bytes; a list has the union of its items'.
    func testCellsCarryTheirTextFacts() throws {
        let batch = try RowBatch(Self.table, rows: [
            [.string("a & b"), .null, .null, .null, .null, .list(["x,y", "plain", "say \"hi\""])],
            [.string("plain"), .null, .null, .null, .null, .list(["ü\nv"])],
        ])
        var seen: [(TextFacts, [TextFacts])] = []
        batch.forEachRow { row in seen.append((row[0].facts, row.items(row[5]).map(\.facts) + [row[5].facts])) }
        XCTAssertEqual(seen[0].0, TextFacts("a & b"))
        XCTAssertEqual(seen[0].1, [TextFacts("x,y"), TextFacts("plain"), TextFacts("say \"hi\""),
                                   TextFacts("x,y").union(TextFacts("say \"hi\""))])
        XCTAssertEqual(seen[1].0, [])
        XCTAssertEqual(seen[1].1, [[.newline, .nonASCII, .csvQuoted], [.newline, .nonASCII, .csvQuoted]])
        XCTAssertTrue(TextFacts("a & b").contains(.xmlEscape))
        XCTAssertEqual(TextFacts("a\u{1}"), .suspect)
    }

    /// Every byte value gives the same facts whether it falls in a block of 16 bytes or in the tail.
    func testTextFactsAgreeInBlocksAndTail() {
        for b in 0...255 {
            let byte = UInt8(b)
            let tail = [byte].withUnsafeBufferPointer { TextFacts($0) }
            let block = [UInt8](repeating: byte, count: 16).withUnsafeBufferPointer { TextFacts($0) }
            let both = ([UInt8](repeating: 0x61, count: 16) + [byte]).withUnsafeBufferPointer { TextFacts($0) }
            XCTAssertEqual(tail, block, "byte \(b)")
            XCTAssertEqual(both, tail, "byte \(b)")
        }
        XCTAssertEqual([UInt8]("plain words, then more".utf8).withUnsafeBufferPointer { TextFacts($0) }, .csvQuoted)
    }

    /// A document's rows are laid out per table as they are added, in `TableSchema.all` order;
    /// the stakeholder ids are kept for the loader, and a row that does not fit is refused.
    func testDocumentRowsLaidOutPerTable() throws {
        var doc = try DocumentRows(evaluationID: "ev-1", sourceFile: "a.txt",
                                   evaluation: [.string("ev-1"), .string("a.txt"), .string("abc")]
                                       + TableSchema.evaluations.columns.dropFirst(3).map { _ in .null })
        try doc.append([.string("ilo"), .string("ILO"), .string("un_agency")], to: .stakeholders)
        try doc.append([.string("un-women"), .string("UN Women"), .string("un_agency")], to: .stakeholders)
        XCTAssertEqual(doc.tables.map(\.table.name), TableSchema.all.map(\.name))
        XCTAssertEqual(doc.tables.map(\.rowCount), TableSchema.all.map { $0 == .evaluations ? 1 : $0 == .stakeholders ? 2 : 0 })
        XCTAssertEqual(doc.stakeholderIDs, ["ilo", "un-women"])
        XCTAssertEqual(doc.rows(for: .stakeholders)[1], [.string("un-women"), .string("UN Women"), .string("un_agency")])
        XCTAssertEqual(doc.sha256, "abc")
        XCTAssertThrowsError(try doc.append([.int(1)], to: .findings))
        XCTAssertEqual(doc.batch(.findings).rowCount, 0)
    }
}
