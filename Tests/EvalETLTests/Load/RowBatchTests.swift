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

    /// Rows taken in slices (after rows already there) read back as the same rows taken whole.
    func testSlicesOfABatchJoinAsTheWholeDoes() throws {
        var rows: [[Value]] = []
        for i in 0..<7 {
            let n: Int32? = i % 3 == 0 ? nil : Int32(i)
            let tags: [String]? = i % 2 == 0 ? ["t\(i)", "u"] : nil
            rows.append(Self.row("r\(i)", n, tags: tags))
        }
        var source = RowBatch(Self.table)
        for (i, row) in rows.enumerated() { try source.append(row, line: i == 4 ? 0 : 10 + i) }
        let before = try RowBatch(Self.table, rows: [Self.row("first", 1, tags: ["x"])])
        var whole = before
        whole.append(contentsOf: source)
        XCTAssertEqual(whole.lines, [0, 10, 11, 12, 13, 0, 15, 16], "each row's line, 0 where unknown")
        for cuts in [[0, 7], [0, 1, 7], [0, 3, 4, 7], Array(0...7)] {
            var sliced = before
            for (a, b) in zip(cuts, cuts.dropFirst()) { sliced.append(contentsOf: source, rows: a..<b) }
            XCTAssertEqual(sliced.rowCount, whole.rowCount, "cuts \(cuts)")
            XCTAssertEqual(sliced.rows, whole.rows, "cuts \(cuts)")
            XCTAssertEqual(sliced.lines, whole.lines, "cuts \(cuts)")
            XCTAssertEqual(sliced, whole, "cuts \(cuts)")
            var seen: [UInt32] = []
            sliced.forEachRow(in: 2..<5) { seen.append($0.line) }
            XCTAssertEqual(seen, [11, 12, 13], "cuts \(cuts): a row reads its line")
        }
        var room = RowBatch(roomOf: whole)
        XCTAssertEqual(room.lines, [], "a batch made with room for another's rows starts empty")
        room.append(contentsOf: whole, rows: 1..<3)
        XCTAssertEqual(room.lines, [10, 11])
    }

    /// Lines take part in `==`: the same rows from other lines are other rows.
    func testBatchesDifferingOnlyInLinesDiffer() throws {
        let row = Self.row("a", 1)
        var at12 = RowBatch(Self.table), at13 = RowBatch(Self.table)
        try at12.append(row, line: 12)
        try at13.append(row, line: 13)
        XCTAssertEqual(at12.rows, at13.rows)
        XCTAssertNotEqual(at12, at13)
        XCTAssertEqual(try RowBatch(Self.table, rows: [row]).lines, [0], "rows of values: line unknown")
        var refused = at12
        XCTAssertThrowsError(try refused.append([.string("short")], line: 40))
        XCTAssertEqual(refused, at12, "a refused row leaves no line behind")
    }

    /// A row of the wrong width or with a value of the wrong type is refused with the table and column named.
    func testRowsThatDoNotFitAreRefused() {
        var batch = RowBatch(Self.table)
        XCTAssertThrowsError(try batch.append([.string("a")])) {
            XCTAssertEqual(($0 as? RowMismatch)?.message, "table t: row of 1 values for 6 columns")
        }
        var wrong = Self.row("a", 1)
        wrong[1] = .string("1")
        XCTAssertThrowsError(try batch.append(wrong)) {
            XCTAssertEqual(($0 as? RowMismatch)?.message, "table t, column n (int): got string(\"1\")")
        }
        XCTAssertEqual(batch.rowCount, 0)
        XCTAssertEqual(batch, RowBatch(Self.table), "a refused row leaves nothing behind")
    }

    /// Joining batches gives the batch the rows would have made at once.
    func testJoinedBatchesEqualOneBatchOfTheSameRows() throws {
        let first = (0..<3).map { Self.row("r\($0)", Int32($0)) }
        let second = (3..<7).map { Self.row("r\($0) é", Int32($0), tags: $0 == 4 ? [] : ["t\($0)", "u,\($0)"]) }
        var joined = try RowBatch(Self.table, rows: first)
        joined.append(contentsOf: try RowBatch(Self.table, rows: second))
        XCTAssertEqual(joined, try RowBatch(Self.table, rows: first + second))
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

    /// A typed row is laid out as its values would be; one that does not fit is refused and leaves nothing behind.
    func testTypedRowsLayOutTheirValues() throws {
        let finding = ParsedFinding(kind: .lessonLearned, title: "Ownership", text: "Partners, early.")
        let row = FindingRow(id: "ev-1-F01", evaluationID: "ev-1", seq: 1, finding: finding)
        XCTAssertEqual(row.values, [.string("ev-1-F01"), .string("ev-1"), .int(1), .string("lesson_learned"),
                                    .null, .string("Ownership"), .string("Partners, early.")])
        var typed = RowBatch(.findings)
        try typed.append(row)
        XCTAssertEqual(typed, try RowBatch(.findings, rows: [row.values]))

        let before = typed
        XCTAssertThrowsError(try typed.append(Misfit(text: "x"))) {
            XCTAssertEqual(($0 as? RowMismatch)?.message, "table findings, column seq (int): got string(\"x\")")
        }
        XCTAssertEqual(typed, before, "a refused row leaves nothing behind")
    }

    /// A findings row that answers `seq` with a string: a bug `RowCheck` stops.
    struct Misfit: TableRow {
        var text: String
        func value(_ column: FindingColumn) -> Value {
            switch column {
            case .findingID, .evaluationID, .seq, .kind, .text: .string(text)
            case .section, .title: .null
            }
        }
    }

    /// Every table's columns, from its `TableColumns` enum: names, types and order as the contract has them.
    func testSchemasAreBuiltFromTheirColumnEnums() {
        XCTAssertEqual(TableSchema.all.map(\.name), ["evaluations", "recommendations", "actions", "stakeholders",
                                                    "stakeholder_roles", "findings", "rejects"])
        XCTAssertEqual(TableSchema.actions.columns.map(\.name), [
            "action_id", "recommendation_id", "evaluation_id", "seq", "scope", "text", "responsible", "deadline",
            "status", "overdue", "comments", "last_updated",
        ])
        let overdue = TableSchema.actions.columns[ActionColumn.overdue.rawValue]
        XCTAssertEqual([overdue.name, overdue.type.rawValue, overdue.meaning], ["overdue", "bool", "status begins with `Overdue`"])
        let lastUpdated = TableSchema.actions.columns[ActionColumn.lastUpdated.rawValue]
        XCTAssertEqual([lastUpdated.name, lastUpdated.type.rawValue], ["last_updated", "date"])
        XCTAssertEqual(TableSchema.actions.columns[ActionColumn.status.rawValue].values, Vocabulary.actionStatuses)
        XCTAssertEqual(TableSchema.evaluations.columns.count, 23)
        XCTAssertEqual(TableSchema.rejects.columns.filter(\.required).map(\.name), ["source_file", "reason"])
    }

    /// A document's rows are laid out per table as they are added; its parties are kept, repeats included, for the loader.
    func testDocumentRowsLaidOutPerTable() throws {
        var parsed = ParsedDocument(docType: .managementResponse)
        parsed.title = "T"
        var doc = try DocumentRows(EvaluationRow(id: "ev-1", sourceFile: "a.txt", sha256: "abc", doc: parsed))
        try doc.findings.append(FindingRow(id: "ev-1-F01", evaluationID: "ev-1", seq: 1,
                                           finding: ParsedFinding(kind: .finding, text: "x")))
        XCTAssertEqual(doc.batches.map(\.table.name), ["evaluations", "recommendations", "actions",
                                                      "stakeholder_roles", "findings"])
        XCTAssertEqual(doc.batches.map(\.rowCount), [1, 0, 0, 0, 1])
        XCTAssertEqual(doc.rows(for: .evaluations)[0].prefix(6),
                       [.string("ev-1"), .string("a.txt"), .string("abc"), .string("management_response"), .list([]),
                        .string("T")])
        XCTAssertEqual(doc.rows(for: .stakeholders), [])
        XCTAssertEqual(doc.sha256, "abc")
    }

    /// Recommendation and action rows carry their lines in the document; a key action's responsible roles its line;
    /// the evaluation, findings and evaluation-level roles none (0).
    func testAssembledRowsCarryTheirSourceLines() throws {
        var parsed = ParsedDocument(docType: .managementResponse)
        parsed.title = "T"
        parsed.office = "O"
        parsed.roles = [ParsedRole(.evaluationManager, Party(name: "UN Women", kind: .organization))]
        parsed.findings = [ParsedFinding(kind: .finding, text: "f")]
        var r1 = ParsedRecommendation(text: "one"), r2 = ParsedRecommendation(text: "two")
        r1.line = 12
        r2.line = 30
        var a1 = ParsedAction(text: "a1"), a2 = ParsedAction(text: "a2")
        a1.line = 14
        a1.parties = [Party(name: "MCO", kind: .unit), Party(name: "ILO", kind: .organization)]
        a2.line = 15
        r1.actions = [a1, a2]
        parsed.recommendations = [r1, r2]
        let rows = try RowAssembler.rows(for: parsed, sourceFile: "a.txt", sha256: "abc")
        let cases: [(RowBatch, [UInt32])] = [
            (rows.evaluations, [0]), (rows.recommendations, [12, 30]), (rows.actions, [14, 15]),
            (rows.stakeholderRoles, [0, 14, 14]), (rows.findings, [0]),
        ]
        for (batch, lines) in cases { XCTAssertEqual(batch.lines, lines, batch.table.name) }
    }
}
