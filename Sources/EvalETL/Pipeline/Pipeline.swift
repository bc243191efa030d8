import Dispatch
import Synchronization

/// The whole run: scan → (extract → normalize) on Dispatch workers → load in source order.
///
///     files ──▶ worker 1: extract, normalize ─┐
///           ──▶ worker 2: extract, normalize ─┼─▶ slots[i] ──▶ loader (i = 0, 1, 2 …) ──▶ writers
///           ──▶ worker N: …                  ─┘
///
/// Workers fill result slots by input index; the loader takes slot 0, 1, 2 … as
/// each becomes ready, so writers always see rows in `source_file` order and the
/// output is byte-identical for any number of jobs. Workers run at most a window
/// of documents ahead of the loader, which keeps memory flat.
public struct Pipeline: Sendable {
    public var config: PipelineConfig
    /// Checked between documents; set by a signal handler to stop the run.
    public var isCancelled: @Sendable () -> Bool

    public init(config: PipelineConfig, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.config = config
        self.isCancelled = isCancelled
    }

    public var jobs: Int {
        config.jobs > 0 ? config.jobs : max(1, System.coreCount)
    }

    /// Runs the pipeline and swaps the new output in; throws when nothing was written.
    public func run() throws(RunError) -> RunReport {
        let clock = ContinuousClock()
        let started = clock.now
        let output: OutputDirectory
        do { output = try OutputDirectory(path: config.output, input: config.input) } catch { throw .output(error) }
        let files: [SourceFile]
        do { files = try SourceScanner.scan(root: config.input) } catch { throw .input(error.description) }

        do { try output.beginStaging() } catch { throw .output(error) }
        let loader = Loader(writers: makeWriters(), directory: output.staging)
        let stageTimes = StageTimes()
        do {
            try loader.begin()
            try process(files, into: loader, times: stageTimes)
            if isCancelled() { output.abandon(); throw RunError.cancelled }
            try loader.finish()
        } catch let e as RunError {
            output.abandon()
            throw e
        } catch let e as OutputError {
            output.abandon()
            throw .output(e)
        } catch {
            output.abandon()
            throw .output(OutputError(path: output.staging, "\(error)"))
        }
        var report = RunReport(config: config, jobs: jobs, files: files, loader: loader, times: stageTimes.snapshot())
        report.seconds["total"] = (clock.now - started).seconds
        do {
            try report.write(to: output.staging + "/run.json")
            try output.commit()
        } catch {
            output.abandon()
            throw .output(error)
        }
        return report
    }

    /// Extract and normalize `files` concurrently, handing outcomes to `loader` in order.
    func process(_ files: [SourceFile], into loader: Loader, times: StageTimes) throws {
        let count = files.count
        let state = Mutex(WorkState(slots: Array(repeating: nil, count: count)))
        let ready = DispatchSemaphore(value: 0)
        let window = DispatchSemaphore(value: jobs * 8)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "evaletl.work", attributes: .concurrent)
        let extractor = Extractor(maxFileMB: config.limits.maxFileMB)
        let cancelled = isCancelled
        for _ in 0..<min(jobs, max(count, 1)) {
            queue.async(group: group) {
                while true {
                    window.wait()
                    let index = state.withLock { s -> Int in
                        defer { s.next += 1 }
                        return s.next
                    }
                    if index >= count || cancelled() { window.signal(); return }
                    let outcome = Self.handle(files[index], extractor: extractor, times: times)
                    state.withLock { $0.slots[index] = outcome }
                    ready.signal()
                }
            }
        }
        var next = 0
        while next < count {
            if cancelled() { break }
            guard let outcome = state.withLock({ s -> DocumentOutcome? in
                let o = s.slots[next]
                s.slots[next] = nil
                return o
            }) else {
                ready.wait()
                continue
            }
            try loader.add(outcome)
            window.signal()
            next += 1
        }
        // Let workers that are waiting for the window see the end.
        for _ in 0..<jobs { window.signal() }
        group.wait()
    }

    /// One file through extract and normalize.
    static func handle(_ file: SourceFile, extractor: Extractor, times: StageTimes) -> DocumentOutcome {
        let clock = ContinuousClock()
        let t0 = clock.now
        let extracted = extractor.extract(file)
        let t1 = clock.now
        times.add(extract: (t1 - t0).seconds)
        switch extracted {
        case .reject(let row):
            return .reject(row, [])
        case .document(let document):
            defer { times.add(normalize: (clock.now - t1).seconds) }
            return Normalizer.normalize(document)
        }
    }

    func makeWriters() -> [any FormatWriter] {
        config.formats.compactMap { format -> (any FormatWriter)? in
            switch format {
            case .csv: return CSVWriter(options: config.csv)
            case .xml: return XMLWriter()
            case .workbook: return WorkbookWriter()
            // TODO: the Parquet writer lands from its own branch.
            case .parquet: return nil
            }
        }
    }
}

struct WorkState: ~Copyable {
    var slots: [DocumentOutcome?]
    var next = 0
}

/// Seconds spent in each stage, summed over workers.
final class StageTimes: Sendable {
    private let state = Mutex((extract: 0.0, normalize: 0.0))

    func add(extract: Double = 0, normalize: Double = 0) {
        state.withLock {
            $0.extract += extract
            $0.normalize += normalize
        }
    }

    func snapshot() -> (extract: Double, normalize: Double) { state.withLock { $0 } }
}

/// Why a run wrote nothing; the previous output is untouched.
public enum RunError: Error, Sendable, CustomStringConvertible {
    case input(String)
    case output(OutputError)
    case cancelled

    public var description: String {
        switch self {
        case .input(let s): return s
        case .output(let e): return "cannot write output: \(e)"
        case .cancelled: return "run interrupted; previous output kept"
        }
    }
}
