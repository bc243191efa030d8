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

    /// The files `names`, in that order.
    static func files(_ names: [String]) -> SourceFileList {
        var list = SourceFileList(root: "")
        for name in names { list.append(relativePath: name) }
        return list
    }

    static func document(_ id: String, _ file: String) throws -> DocumentRows {
        try DocumentRows(EvaluationRow(id: id, sourceFile: file, sha256: "sha-" + file,
                                       doc: ParsedDocument(docType: .report)))
    }

    /// A writer's warning is the input file's that its row names or its evaluation came from, at its row's line
    /// when known; else the output's (no line: a line of no file means nothing).
    func testWriterWarningsNameTheInputFile() throws {
        final class Warner: FormatWriter, @unchecked Sendable {
            let format = OutputFormat.xlsx
            func begin(tables: [TableSchema], directory: String) throws(OutputError) {}
            func write(_ batch: RowBatch) throws(OutputError) {}
            func finish() throws(OutputError) -> [WriterWarning] {
                [WriterWarning("cut", evaluationID: "ev-00000000000000bb"), WriterWarning("reason", sourceFile: "c.pdf"),
                 WriterWarning("stakeholder"), WriterWarning("unknown", evaluationID: "ev-00000000000000ff"),
                 WriterWarning("cut at", evaluationID: "ev-00000000000000bb", line: 12),
                 WriterWarning("unknown at", evaluationID: "ev-00000000000000ff", line: 7)]
            }
        }
        let loader = Loader(files: Self.files(["a.txt", "sub/b.txt", "c.pdf"]), writers: [Warner()], directory: "")
        try loader.begin()
        try loader.add(.rows(try Self.document("ev-00000000000000aa", "a.txt")))
        try loader.add(.rows(try Self.document("ev-00000000000000bb", "sub/b.txt")))
        try loader.add(.reject(RejectRow(sourceFile: "c.pdf", sha256: nil, reason: "a PDF"), []))
        try loader.finish()
        XCTAssertEqual(loader.diagnostics.filter { $0.severity == .warning }.map(\.description), [
            "sub/b.txt: warning: cut", "c.pdf: warning: reason",
            "xlsx output: warning: stakeholder", "xlsx output: warning: unknown",
            "sub/b.txt:12:1: warning: cut at", "xlsx output: warning: unknown at",
        ])
    }

    /// Rows reach the writers with their lines, a document larger than a batch taken in slices included,
    /// and a warning about a row is reported at its line (`file:line:1`).
    func testRowsKeepTheirLinesThroughTheLoader() throws {
        final class LineWarner: FormatWriter, @unchecked Sendable {
            let format = OutputFormat.xlsx
            var actions = 0
            var warnings: [WriterWarning] = []
            func begin(tables: [TableSchema], directory: String) throws(OutputError) {}
            func write(_ batch: RowBatch) throws(OutputError) {
                guard batch.table.name == "actions" else { return }
                batch.forEachRow { row in
                    if [0, 2047, 2048, 2999].contains(actions) { warnings.append(WriterWarning("action", row: row, of: batch.table)) }
                    actions += 1
                }
            }
            func finish() throws(OutputError) -> [WriterWarning] { warnings }
        }
        var parsed = ParsedDocument(docType: .managementResponse)
        parsed.title = "T"
        parsed.office = "O"
        var rec = ParsedRecommendation(text: "r")
        rec.line = 3
        rec.actions = (0..<3000).map { i in
            var a = ParsedAction(text: "a\(i)")
            a.line = 10 + i
            return a
        }
        parsed.recommendations = [rec]
        let writer = LineWarner()
        let loader = Loader(files: Self.files(["big.txt"]), writers: [writer], directory: "", concurrent: false)
        try loader.begin()
        try loader.add(.rows(try RowAssembler.rows(for: parsed, sourceFile: "big.txt", sha256: "00")))
        try loader.finish()
        XCTAssertEqual(writer.actions, 3000)
        XCTAssertEqual(loader.diagnostics.map(\.description), [10, 2057, 2058, 3009].map { "big.txt:\($0):1: warning: action" })
    }

    func testLaterFilesWithTheSameEvaluationAreRejectedNamingTheFirst() throws {
        let names = ["a.txt", "sub/b.txt", "c.txt", "d-unreadable.txt", "e.txt", "f.txt"]
        let loader = Loader(files: Self.files(names), writers: [], directory: "")
        try loader.begin()
        try loader.add(.rows(try Self.document("ev-00000000000000aa", "a.txt")))
        try loader.add(.rows(try Self.document("ev-00000000000000bb", "sub/b.txt")))
        try loader.add(.rows(try Self.document("ev-00000000000000aa", "c.txt")))
        try loader.add(.reject(RejectRow(sourceFile: "d-unreadable.txt", sha256: nil, reason: "cannot be read"), []))
        try loader.add(.rows(try Self.document("ev-00000000000000bb", "e.txt")))
        try loader.add(.rows(try Self.document("ev-00000000000000aa", "f.txt")))
        try loader.finish()
        XCTAssertEqual(loader.evaluationCount, 2)
        XCTAssertEqual(loader.rejects, [
            RejectRow(sourceFile: "c.txt", sha256: "sha-c.txt",
                      reason: "duplicate of a.txt: same evaluation (title and office) as that file"),
            RejectRow(sourceFile: "d-unreadable.txt", sha256: nil, reason: "cannot be read"),
            RejectRow(sourceFile: "e.txt", sha256: "sha-e.txt",
                      reason: "duplicate of sub/b.txt: same evaluation (title and office) as that file"),
            RejectRow(sourceFile: "f.txt", sha256: "sha-f.txt",
                      reason: "duplicate of a.txt: same evaluation (title and office) as that file"),
        ])
        XCTAssertEqual(loader.diagnostics.map(\.description), [
            "c.txt: error: rejected: duplicate of a.txt: same evaluation (title and office) as that file",
            "d-unreadable.txt: error: rejected: cannot be read",
            "e.txt: error: rejected: duplicate of sub/b.txt: same evaluation (title and office) as that file",
            "f.txt: error: rejected: duplicate of a.txt: same evaluation (title and office) as that file",
        ])
    }

    /// Stakeholders are deduplicated in the loader alone: each party once in the run, at its first mention,
    /// repeats within a document included; every role row stays.
    func testEachStakeholderIsListedOnceAtItsFirstMentionInTheRun() throws {
        let recorder = CallRecorder()
        let loader = Loader(files: Self.files(["a.txt", "b.txt"]), writers: [recorder], directory: "", concurrent: false)
        try loader.begin()
        func document(_ id: String, _ file: String, _ parties: [String]) throws -> DocumentRows {
            var doc = try Self.document(id, file)
            for p in parties {
                doc.stakeholders.append(StakeholderRow(id: p.lowercased(), name: p, kind: .organization))
                try doc.stakeholderRoles.append(StakeholderRoleRow(stakeholderID: p.lowercased(), evaluationID: id,
                                                                   role: .donor))
            }
            return doc
        }
        try loader.add(.rows(try document("ev-00000000000000aa", "a.txt", ["ILO", "UNDP", "ILO"])))
        try loader.add(.rows(try document("ev-00000000000000bb", "b.txt", ["UNICEF", "UNDP", "UNICEF", "ILO"])))
        try loader.finish()
        XCTAssertEqual(recorder.calls.filter { $0.table == "stakeholders" }.flatMap(\.ids), ["ilo", "undp", "unicef"])
        XCTAssertEqual(recorder.calls.filter { $0.table == "stakeholder_roles" }.flatMap(\.ids).count, 7)
        XCTAssertEqual(loader.rowCounts["stakeholders"], 3)
    }

    /// Two documents whose ids meet but that lack a title or an office are both kept (the later
    /// one known by its bytes); equal bytes are a duplicate whatever the document holds.
    func testDocumentsWithoutTitleOrOfficeNeverCollideUnlessTheirBytesAreEqual() throws {
        func rows(_ file: String, sha: String, title: String?, office: String?) throws -> DocumentRows {
            var doc = ParsedDocument(docType: .managementResponse)
            doc.title = title
            doc.office = office
            return try RowAssembler.rows(for: doc, sourceFile: file, sha256: sha)
        }
        let loader = Loader(files: Self.files(["a", "b", "c", "d", "e"]), writers: [], directory: "")
        try loader.begin()
        try loader.add(.rows(try rows("a", sha: "1", title: "Success message", office: nil)))
        try loader.add(.rows(try rows("b", sha: "2", title: "Success message", office: nil)))
        try loader.add(.rows(try rows("c", sha: "2", title: "Success message", office: nil)))
        try loader.add(.rows(try rows("d", sha: "3", title: "T", office: "O")))
        try loader.add(.rows(try rows("e", sha: "4", title: "T", office: "O")))
        try loader.finish()
        XCTAssertEqual(loader.evaluationCount, 3)
        XCTAssertEqual(loader.rejects.map(\.sourceFile), ["c", "e"])
        XCTAssertEqual(loader.rejects.map(\.reason), ["duplicate of b: the same bytes as that file",
                                                      "duplicate of d: same evaluation (title and office) as that file"])
        let b = try rows("b", sha: "2", title: "Success message", office: nil)
        XCTAssertEqual(b.evaluationID, try rows("a", sha: "1", title: "Success message", office: nil).evaluationID)
        XCTAssertNotEqual(RowAssembler.contentID(sha256: "2"), b.evaluationID)
    }

    /// Remembers the rows of each `write` call, per table.
    final class CallRecorder: FormatWriter, @unchecked Sendable {
        let format = OutputFormat.csv
        var calls: [(table: String, ids: [String])] = []
        func begin(tables: [TableSchema], directory: String) throws(OutputError) {}
        func write(_ batch: RowBatch) throws(OutputError) {
            calls.append((batch.table.name, batch.rows.map { $0[0].stringValue ?? "" }))
        }
        func finish() throws(OutputError) -> [WriterWarning] { [] }
    }

    /// A document with more rows than a batch reaches the writers in batches of at most `batchRows`
    /// (the loader never holds all its rows twice), every row once, in order.
    func testALargeDocumentReachesTheWritersInBatches() throws {
        var parsed = ParsedDocument(docType: .managementResponse)
        parsed.title = "Large"
        parsed.office = "Office"
        var rec = ParsedRecommendation(text: "Do it")
        rec.actions = (0..<(Loader.batchRows * 2 + 100)).map { ParsedAction(text: "action \($0)") }
        parsed.recommendations = [rec]
        let doc = try RowAssembler.rows(for: parsed, sourceFile: "big.txt", sha256: "s")
        for concurrent in [false, true] {
            let recorder = CallRecorder()
            let loader = Loader(files: Self.files(["small.txt", "big.txt"]), writers: [recorder], directory: "",
                                concurrent: concurrent)
            try loader.begin()
            try loader.add(.rows(try Self.document("ev-00000000000000aa", "small.txt")))
            try loader.add(.rows(doc))
            try loader.finish()
            let sizes = recorder.calls.map(\.ids.count)
            XCTAssertTrue(sizes.allSatisfy { $0 <= Loader.batchRows }, "\(sizes)")
            let actions = recorder.calls.filter { $0.table == "actions" }.flatMap(\.ids)
            XCTAssertEqual(actions, doc.actions.rows.map { $0[0].stringValue ?? "" })
            XCTAssertEqual(loader.rowCounts["actions"], Loader.batchRows * 2 + 100)
        }
    }

    func testRowsReachTheWritersInBatchesThatFollowTheRowsNotTheThreads() throws {
        let documents = Loader.batchRows + 952
        for concurrent in [false, true] {
            let recorder = CallRecorder()
            let loader = Loader(files: Self.files((0..<documents).map { "\($0).txt" }), writers: [recorder],
                                directory: "", concurrent: concurrent)
            try loader.begin()
            for i in 0..<documents {
                try loader.add(.rows(try Self.document("ev-" + String(format: "%016x", i), "\(i).txt")))
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

private extension Value {
    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
