import Dispatch
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

        func finish() throws(OutputError) -> [WriterWarning] {
            finished = true
            return [WriterWarning("\(seen.count) rows")]
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
        XCTAssertEqual(warnings.map(\.message), ["\(WriterLane.backlog * 3) rows"])
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

    /// Blocks in every `write` until `gate` lets it through; signals `entered` as each begins.
    final class Gated: FormatWriter, @unchecked Sendable {
        let format = OutputFormat.csv
        let gate = DispatchSemaphore(value: 0)
        let entered = DispatchSemaphore(value: 0)
        let seen = Locked<[Int32]>([])

        func begin(tables: [TableSchema], directory: String) throws(OutputError) {}

        func write(_ batch: RowBatch) throws(OutputError) {
            entered.signal()
            gate.wait()
            for row in batch.rows { if case .int(let i) = row[0] { seen.withLock { $0.append(i) } } }
        }

        func finish() throws(OutputError) -> [WriterWarning] { [] }
    }

    /// With the writer stuck, `submit` takes exactly `backlog` calls, then holds the producer
    /// until a call completes; each call completed lets exactly one more in.
    func testASlowWriterHoldsTheProducerOnceBacklogCallsArePending() throws {
        let writer = Gated()
        let lane = WriterLane(writer)
        let held = DispatchSemaphore(value: 0)
        lane.onFull = { held.signal() }
        let total = WriterLane.backlog + 2
        let submitted = Locked(0)
        DispatchQueue.global().async {
            for i in 0..<total {
                try? lane.submit { w throws(OutputError) in try w.write([[.int(Int32(i))]], table: Self.numbers) }
                submitted.withLock { $0 += 1 }
            }
            held.signal()   // NB: a lane that never held the producer wakes the test too, and fails it.
        }
        // NB: each step waits for the producer to be held (or done), never for time; a lane
        // that did not hold it fails here, and the rest is let through instead of hanging.
        held.wait()
        let first = submitted.withLock { $0 }
        if first == WriterLane.backlog {
            writer.gate.signal()    // the first call completes: room for exactly one more
            held.wait()
            XCTAssertEqual(submitted.withLock { $0 }, WriterLane.backlog + 1, "one call done, one more taken")
        } else {
            XCTFail("\(first) calls taken while the writer was stuck; the backlog is \(WriterLane.backlog)")
        }
        for _ in 0..<total { writer.gate.signal() }
        while submitted.withLock({ $0 }) < total { held.wait() }
        try lane.submitFinish()
        try lane.wait()
        XCTAssertEqual(writer.seen.withLock { $0 }, (0..<Int32(total)).map { $0 })
    }

    /// Calls queued behind the running one are dropped by `stop()`, and later submits are refused.
    func testStopDropsQueuedCalls() throws {
        let writer = Gated()
        let lane = WriterLane(writer)
        for i in 0..<5 {
            try lane.submit { w throws(OutputError) in try w.write([[.int(Int32(i))]], table: Self.numbers) }
        }
        writer.entered.wait()   // call 0 is running, 1...4 wait behind it
        lane.cancel()
        writer.gate.signal()
        lane.stop()
        XCTAssertEqual(writer.seen.withLock { $0 }, [0], "the running call completes, the queued ones are dropped")
        XCTAssertThrowsError(try lane.submit { w throws(OutputError) in try w.write([[.int(99)]], table: Self.numbers) })
        XCTAssertEqual(writer.seen.withLock { $0 }, [0], "nothing runs after stop()")
    }
}
