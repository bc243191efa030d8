import Dispatch

/// One format writer on its own serial queue, so the writers run side by side
/// and off the loading thread, each still seeing its calls in order.
///
///     let lane = WriterLane(CSVWriter(options: …))
///     try lane.submit { w throws(OutputError) in try w.write(rows, table: .actions) }   // returns at once
///     let warnings = try lane.finish()                                                 // waits for the queue
///
/// At most `backlog` calls wait in the queue; `submit` blocks beyond that, so a
/// slow writer slows the loader instead of piling rows up in memory. After a
/// writer fails, later calls are skipped and the first error is thrown by the
/// next `submit` or `wait`.
///
/// An `inline` lane (a run with `--jobs 1`) runs each call on the calling thread
/// as it is submitted: the same calls in the same order, no thread of its own.
final class WriterLane: @unchecked Sendable {
    // NB: @unchecked: `writer` is not Sendable; it is only touched by blocks on
    // `queue`, one at a time, after `begin` returned on the submitting thread.
    let writer: any FormatWriter
    private let queue: DispatchQueue
    private let room = DispatchSemaphore(value: 0)
    private let state = Locked((error: OutputError?.none, seconds: 0.0, warnings: [WriterWarning]()))
    let inline: Bool

    /// NB: calls are batches of about `Loader.batchRows` rows, so a few keep a writer busy.
    static let backlog = 8

    /// Called on the submitting thread when the backlog is full, just before `submit` waits.
    ///
    /// NB: lets a test see the bound hold at a known point instead of guessing with time.
    var onFull: (@Sendable () -> Void)?

    init(_ writer: any FormatWriter, inline: Bool = false) {
        self.writer = writer
        self.inline = inline
        queue = DispatchQueue(label: "evaletl.load.\(writer.format.rawValue)")
        // NB: created at 0 and raised by hand: libdispatch traps when a semaphore is
        // freed below its initial value.
        for _ in 0..<Self.backlog { room.signal() }
    }

    var format: OutputFormat { writer.format }

    /// Seconds the writer has spent so far (its own thread's time).
    var seconds: Double { state.withLock { $0.seconds } }

    /// Runs `begin` on the calling thread, before any queued call.
    func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        try runHere { w throws(OutputError) in try w.begin(tables: tables, directory: directory) }
    }

    /// Queues one call on the writer; throws the error of an earlier call, if any.
    func submit(_ body: @escaping @Sendable (any FormatWriter) throws(OutputError) -> Void) throws(OutputError) {
        if let error = state.withLock({ $0.error }) { throw error }
        if inline { return try runHere(body) }
        if room.wait(timeout: .now()) == .timedOut {
            onFull?()
            room.wait()
        }
        queue.async { [self] in
            defer { room.signal() }
            run(body)
        }
    }

    /// One call on the calling thread; throws its error, or an earlier call's.
    private func runHere(_ body: (any FormatWriter) throws(OutputError) -> Void) throws(OutputError) {
        run(body)
        if let error = state.withLock({ $0.error }) { throw error }
    }

    /// One call, timed; its error, if any, is kept (and later calls skipped).
    private func run(_ body: (any FormatWriter) throws(OutputError) -> Void) {
        guard state.withLock({ $0.error == nil }) else { return }
        let clock = ContinuousClock()
        let start = clock.now
        var failure: OutputError?
        do throws(OutputError) { try body(writer) } catch { failure = error }
        let took = (clock.now - start).seconds
        state.withLock {
            $0.seconds += took
            if $0.error == nil { $0.error = failure }
        }
    }

    /// Queues the writer's `finish`; `wait()` then returns its warnings.
    func submitFinish() throws(OutputError) {
        try submit { [self] w throws(OutputError) in
            let warnings = try w.finish()
            state.withLock { $0.warnings = warnings }
        }
    }

    /// Waits until every queued call has run; returns the warnings of `finish`.
    @discardableResult
    func wait() throws(OutputError) -> [WriterWarning] {
        if !inline { queue.sync {} }
        let s = state.withLock { $0 }
        if let error = s.error { throw error }
        return s.warnings
    }

    /// Skips every call still queued and waits for the one running, if any.
    func stop() {
        cancel()
        if !inline { queue.sync {} }
    }

    /// Skips every call still queued and every later one; returns at once (a running call completes).
    func cancel() {
        state.withLock { if $0.error == nil { $0.error = OutputError(path: "", "stopped") } }
    }
}
