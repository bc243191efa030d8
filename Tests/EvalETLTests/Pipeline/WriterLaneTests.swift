import XCTest
@testable import EvalETL

final class WriterLaneTests: XCTestCase {
    /// Records what reaches it; fails on the `failAt`-th write when set.
    final class Recorder: FormatWriter, @unchecked Sendable {
        let format = OutputFormat.csv
        var seen: [Int32] = []
        var finished = false
        let failAt: Int?

        init(failAt: Int? = nil) { self.failAt = failAt }

        func begin(tables: [TableSchema], directory: String) throws(OutputError) {}

        func write(_ batch: RowBatch) throws(OutputError) {
            if let failAt, seen.count == failAt { throw OutputError(path: "rec", "disk full") }
            for row in batch.rows { if case .int(let i) = row[0] { seen.append(i) } }
        }

        func finish() throws(OutputError) -> [String] {
            finished = true
            return ["\(seen.count) rows"]
        }
    }

    static let numbers = TableSchema(name: "numbers", columns: [Column("n", .int)])

    func testCallsRunInOrderAndFinishReturnsWarnings() throws {
        let writer = Recorder()
        let lane = WriterLane(writer)
        try lane.begin(tables: TableSchema.all, directory: "")
        // More calls than the backlog holds: submit must wait, never drop or reorder.
        for i in 0..<(WriterLane.backlog * 3) {
            try lane.submit { w throws(OutputError) in try w.write([[.int(Int32(i))]], table: Self.numbers) }
        }
        try lane.submitFinish()
        let warnings = try lane.wait()
        XCTAssertEqual(writer.seen, (0..<Int32(WriterLane.backlog * 3)).map { $0 })
        XCTAssertTrue(writer.finished)
        XCTAssertEqual(warnings, ["\(WriterLane.backlog * 3) rows"])
    }

    func testFirstErrorStopsTheLaneAndIsThrownLater() {
        let writer = Recorder(failAt: 5)
        let lane = WriterLane(writer)
        var thrown: OutputError?
        for i in 0..<100 {
            do throws(OutputError) {
                try lane.submit { w throws(OutputError) in try w.write([[.int(Int32(i))]], table: Self.numbers) }
            } catch {
                thrown = error
                break
            }
        }
        do throws(OutputError) {
            try lane.submitFinish()
            try lane.wait()
        } catch {
            thrown = thrown ?? error
        }
        XCTAssertEqual(thrown?.description, "rec: disk full")
        XCTAssertEqual(writer.seen, [0, 1, 2, 3, 4], "nothing after the failing call is written")
        XCTAssertFalse(writer.finished, "a failed writer is not finished")
    }

    func testStopDropsQueuedCalls() throws {
        let writer = Recorder()
        let lane = WriterLane(writer)
        for i in 0..<50 {
            try lane.submit { w throws(OutputError) in try w.write([[.int(Int32(i))]], table: Self.numbers) }
        }
        lane.stop()
        let count = writer.seen.count
        XCTAssertLessThanOrEqual(count, 50)
        XCTAssertThrowsError(try lane.submit { w throws(OutputError) in try w.write([[.int(99)]], table: Self.numbers) })
        XCTAssertEqual(writer.seen.count, count, "nothing runs after stop()")
    }
}
