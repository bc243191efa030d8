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
}
