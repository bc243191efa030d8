import Foundation
import XCTest
@testable import EvalETL

final class LoaderTests: XCTestCase {
    func testEvaluationIdKeys() {
        XCTAssertEqual(Loader.idKey("ev-0123456789abcdef"), 0x0123_4567_89ab_cdef)
        XCTAssertEqual(Loader.idKey("ev-ffffffffffffffff"), UInt64.max)
        XCTAssertNotEqual(Loader.idKey("ev-0000000000000001"), Loader.idKey("ev-0000000000000002"))
        // Not an evaluation id: still a stable key.
        XCTAssertEqual(Loader.idKey("something else"), Loader.idKey("something else"))
    }

    func testSecondFileWithTheSameEvaluationIsRejected() throws {
        let loader = Loader(writers: [], directory: "")
        try loader.begin()
        var first = DocumentRows(evaluationID: "ev-00000000000000aa", sourceFile: "a.txt",
                                 evaluation: Array(repeating: .null, count: TableSchema.evaluations.columns.count))
        first.evaluation[2] = .string("sha-a")
        var second = first
        second.sourceFile = "b.txt"
        try loader.add(.rows(first))
        try loader.add(.rows(second))
        try loader.finish()
        XCTAssertEqual(loader.evaluationCount, 1)
        XCTAssertEqual(loader.rejects.map(\.sourceFile), ["b.txt"])
        XCTAssertTrue(loader.rejects[0].reason.hasPrefix("duplicate of a.txt"), loader.rejects[0].reason)
    }

    /// Remembers the rows of each `write` call, per table.
    final class CallRecorder: FormatWriter, @unchecked Sendable {
        let format = OutputFormat.csv
        var calls: [(table: String, ids: [String])] = []
        func begin(tables: [TableSchema], directory: String) throws(OutputError) {}
        func write(_ rows: [[Value]], table: TableSchema) throws(OutputError) {
            calls.append((table.name, rows.map { $0[0].stringValue ?? "" }))
        }
        func finish() throws(OutputError) -> [String] { [] }
    }

    func testRowsReachTheWritersInBatchesThatFollowTheRowsNotTheThreads() throws {
        let documents = Loader.batchRows + 952
        for concurrent in [false, true] {
            let recorder = CallRecorder()
            let loader = Loader(writers: [recorder], directory: "", concurrent: concurrent)
            try loader.begin()
            for i in 0..<documents {
                let id = "ev-" + String(format: "%016x", i)
                var doc = DocumentRows(evaluationID: id, sourceFile: "\(i).txt",
                                       evaluation: Array(repeating: .null, count: TableSchema.evaluations.columns.count))
                doc.evaluation[0] = .string(id)
                try loader.add(.rows(doc))
            }
            try loader.finish()
            let evaluationCalls = recorder.calls.filter { $0.table == "evaluations" }
            // One call per batch, not per document; the rest at the end; every row once, in order.
            XCTAssertEqual(evaluationCalls.map(\.ids.count), [Loader.batchRows, 952], "concurrent: \(concurrent)")
            XCTAssertEqual(evaluationCalls.flatMap(\.ids), (0..<documents).map { "ev-" + String(format: "%016x", $0) })
            XCTAssertEqual(loader.rowCounts["evaluations"], documents)
        }
    }
}
