import Dispatch
import Foundation

/// The whole run: scan → (extract → normalize) on Dispatch workers → load in source order.
/// With `jobs` 1 the run is sequential: one thread extracts, normalizes and writes.
///
///     files ──▶ worker 1: extract, normalize ─┐
///           ──▶ worker 2: extract, normalize ─┼─▶ slots[i] ──▶ loader (i = 0, 1, 2 …) ──▶ writers
///           ──▶ worker N: …                  ─┘
///
/// Workers take chunks of 16 consecutive documents and fill result slots by input index (a ring
/// of `4 × jobs` chunks); the loader takes slot 0, 1, 2 … as each becomes ready,
/// so writers always see rows in `source_file` order and the
/// output is byte-identical for any number of jobs. Workers run at most a window
/// of documents ahead of the loader, which keeps memory flat.
public struct Pipeline: Sendable {
    public var config: PipelineConfig
    /// Checked between documents; set by a signal handler to stop the run.
    public var isCancelled: @Sendable () -> Bool
    /// The shipped party vocabulary with the user's lexicon (`config.parties`), built once a run.
    let parties: PartyLexicon

    public init(config: PipelineConfig, isCancelled: @escaping @Sendable () -> Bool = { false },
                onProgress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.config = config
        parties = config.parties.isEmpty ? .shipped : PartyLexicon(user: config.parties)
        self.isCancelled = isCancelled
        self.onProgress = onProgress
    }

    public var jobs: Int {
        config.jobs > 0 ? config.jobs : max(1, System.coreCount)
    }

    /// Called on the loading thread after each document: (documents done, total).
    public var onProgress: (@Sendable (Int, Int) -> Void)?

    /// Runs the pipeline and swaps the new output in; throws when nothing was written.
    ///
    /// When no input file, no setting and not the evaletl build changed since the
    /// output was written, nothing is read or rewritten: the report says `up_to_date`.
    public func run() throws(RunError) -> RunReport {
        let clock = ContinuousClock()
        let started = clock.now
        // NB: the page says when it was made; nothing else the run writes depends on the date.
        let madeAt = Date()
        let output: OutputDirectory
        do { try PathPlacement.check(config) } catch { throw .usage(error.description) }
        do { output = try OutputDirectory(path: config.output, input: config.input) } catch { throw .output(error) }
        // NB: held until this function returns: the up-to-date check, the cache, staging and the swap.
        let lock: OutputLock
        do {
            lock = try OutputLock.acquire(path: output.lockFile, wait: config.waitForLock, isCancelled: isCancelled)
        } catch .cancelled {
            throw .cancelled
        } catch .unusable(let path, let why) {
            throw .output(OutputError(path: path, why))
        } catch {
            throw .busy(error.description)
        }
        defer { lock.release() }
        let files: SourceFileList
        do { files = try SourceScanner.scan(root: config.input) } catch { throw .input(error.description) }
        // NB: an empty input is more often a share that failed to mount than a dataset
        // that ended: publishing it would replace yesterday's tables with nothing.
        if files.isEmpty && !config.allowEmpty {
            throw .input("input folder \(config.input) holds no files; the previous output is kept (--allow-empty publishes empty tables)")
        }
        let cache = makeCache(output)
        let fingerprint = cache.flatMap { inputFingerprint(files, cache: $0) }
        if let fingerprint, var previous = RunReport.read(from: output.path + "/run.json"),
           previous.inputFingerprint == fingerprint, outputsComplete(output.path) {
            previous.upToDate = true
            return previous
        }

        do { try output.beginStaging() } catch { throw .output(error) }
        let loader = Loader(files: files, writers: makeWriters(), directory: output.staging, concurrent: jobs > 1)
        let stageTimes = StageTimes()
        do {
            try loader.begin()
            try process(files, into: loader, cache: cache, times: stageTimes)
            if isCancelled() { throw RunError.cancelled }
            try loader.finish()
        } catch let e as RunError {
            loader.stop()
            output.abandon()
            throw e
        } catch let e as OutputError {
            loader.stop()
            output.abandon()
            throw .output(e)
        } catch {
            loader.stop()
            output.abandon()
            throw .output(OutputError(path: output.staging, "\(error)"))
        }
        // NB: before the report, so a cache that cannot be saved (a full disk) is a warning in it.
        cache?.save(files: files)
        var report = RunReport(config: config, jobs: jobs, files: files, loader: loader, times: stageTimes.snapshot())
        report.seconds["total"] = (clock.now - started).seconds
        if let cache {
            (report.documentsReused, report.documentsParsed) = cache.reusedAndParsed
            // NB: only when there are some: appending even nothing copies the list the loader shares.
            if !cache.diagnostics.isEmpty { report.warnings += cache.diagnostics }
            report.inputFingerprint = inputFingerprint(files, cache: cache)
        }
        do {
            try report.write(to: output.staging + "/run.json")
            let page = try FileSink(path: output.staging + "/report.html")
            try ReportPage.write(report: report, summary: loader.summary, madeAt: madeAt) { (part) throws(OutputError) in
                try page.append { $0.append(contentsOf: part.utf8) }
            }
            try page.close()
            try output.commit()
        } catch {
            output.abandon()
            throw .output(error)
        }
        return report
    }

    /// Parses every input and reports, writing nothing: `evaletl check`.
    public func check() throws(RunError) -> RunReport {
        let files: SourceFileList
        do { files = try SourceScanner.scan(root: config.input) } catch { throw .input(error.description) }
        let loader = Loader(files: files, writers: [], directory: "")
        let times = StageTimes()
        do {
            try loader.begin()
            try process(files, into: loader, cache: nil, times: times)
            try loader.finish()
        } catch {
            throw .output(OutputError(path: "", "\(error)"))
        }
        return RunReport(config: config, jobs: jobs, files: files, loader: loader, times: times.snapshot())
    }

    /// The cache folder in use, or nil when `cache: off`.
    func makeCache(_ output: OutputDirectory) -> DocumentCache? {
        if config.cache == "off" { return nil }
        let dir = config.cache ?? output.defaultCacheFolder
        // NB: the settings that decide what a document parses to are part of the key.
        return DocumentCache(directory: dir, parserKey: DocumentCache.buildKey() + " \(config.limits) \(parties.userKey)")
    }

    /// What the outputs depend on: the settings that shape them, the evaletl build,
    /// and every input file's path and SHA-256; nil when a file changed since the
    /// last run (its SHA-256 is not known without reading it).
    func inputFingerprint(_ files: SourceFileList, cache: DocumentCache) -> String? {
        var parts = [cache.parserKey, config.input, config.formats.map(\.rawValue).joined(separator: ","),
                     "\(config.csv)", "\(config.parquet)", "\(config.limits)"]
        for f in files {
            if let problem = f.problem {
                parts.append("\(f.relativePath)\t\(problem)")
            } else if let sha = cache.knownSHA(f) {
                parts.append("\(f.relativePath)\t\(sha)")
            } else {
                return nil
            }
        }
        return Extractor.sha256Hex(Array(parts.joined(separator: "\n").utf8))
    }

    /// Every file a run with these settings writes is present.
    func outputsComplete(_ dir: String) -> Bool {
        var paths = ["run.json", "report.html"]
        for f in config.formats {
            switch f {
            case .csv: paths += TableSchema.all.map { "csv/\($0.name).csv" }
            case .parquet: paths += TableSchema.all.map { "parquet/\($0.name).parquet" }
            case .xml: paths += TableSchema.all.map { "xml/\($0.name).xml" } + ["xml/schema.xsd"]
            case .xlsx: paths.append("workbook.xlsx")
            case .spreadsheetml: paths.append("workbook.xml")
            }
        }
        return paths.allSatisfy { OutputDirectory.exists(dir + "/" + $0) }
    }

    /// Extract and normalize `files` concurrently, handing outcomes to `loader` in order.
    func process(_ files: SourceFileList, into loader: Loader, cache: DocumentCache?, times: StageTimes) throws {
        let count = files.count
        let extractor = Extractor(maxFileMB: config.limits.maxFileMB)
        if jobs == 1 {
            // NB: one job is one thread: the baseline a parallel run is measured against,
            // and what a shared machine's cron job asks for.
            for (i, file) in files.enumerated() {
                if isCancelled() { break }
                try loader.add(Self.handle(file, extractor: extractor, cache: cache, parties: parties, times: times))
                onProgress?(i + 1, count)
            }
            return
        }
        // NB: a worker takes a chunk of `chunk` consecutive documents at a time and wakes
        // the loader once a chunk: a hand-off per document woke the loading thread
        // 20,000 times in a 20,000-document run, and those switches cost more than they carried.
        // At most `aheadChunks` chunks are taken and not yet loaded (the window
        // semaphore's permits), so slot `index % slots.count` is free when a worker
        // fills it and memory does not grow with the number of files.
        let chunk = Self.chunkDocuments
        let aheadChunks = jobs * 4
        let state = Locked(WorkState(slots: Array(repeating: nil, count: aheadChunks * chunk)))
        let ready = DispatchSemaphore(value: 0)
        // NB: created at 0 and raised by hand: libdispatch traps when a semaphore is
        // freed below its initial value, which a run stopped midway would leave.
        let window = DispatchSemaphore(value: 0)
        for _ in 0..<aheadChunks { window.signal() }
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "evaletl.work", attributes: .concurrent)
        let cancelled = isCancelled
        for _ in 0..<min(jobs, max(count, 1)) {
            queue.async(group: group) {
                while true {
                    window.wait()
                    let first = state.withLock { s -> Int in
                        defer { s.next += chunk }
                        return s.next
                    }
                    if first >= count || cancelled() { window.signal(); return }
                    for index in first..<min(first + chunk, count) {
                        let outcome = Self.handle(files[index], extractor: extractor, cache: cache, parties: parties, times: times)
                        state.withLock { $0.slots[index % $0.slots.count] = outcome }
                    }
                    ready.signal()
                }
            }
        }
        var next = 0
        while next < count {
            if cancelled() { break }
            guard let outcome = state.withLock({ s -> DocumentOutcome? in
                let o = s.slots[next % s.slots.count]
                s.slots[next % s.slots.count] = nil
                return o
            }) else {
                ready.wait()
                continue
            }
            try loader.add(outcome)
            next += 1
            if next % chunk == 0 || next == count { window.signal() }
            onProgress?(next, count)
        }
        // Let workers that are waiting for the window see the end.
        for _ in 0..<jobs { window.signal() }
        group.wait()
    }

    /// Documents a worker takes at once (consecutive, so the loader finds them in order).
    static let chunkDocuments = 16

    /// One file through extract and normalize, or from the cache when its bytes were parsed before:
    /// `cache.lookup(sha256) ?? normalize(extract(file))`, then assembled into rows.
    static func handle(_ file: SourceFile, extractor: Extractor, cache: DocumentCache?, parties: PartyLexicon,
                       times: StageTimes) -> DocumentOutcome {
        let clock = ContinuousClock()
        let t0 = clock.now
        let name = file.relativePath
        // NB: a file whose size and mtime are unchanged is not even read.
        let known = cache?.knownSHA(file)
        if let known, let hit = cache?.lookup(sha256: known) {
            return Normalizer.assemble(hit, sourceFile: name, sha256: known)
        }
        let bytes: [UInt8]
        switch extractor.readBytes(file) {
        case .failure(let reject):
            times.add(extract: (clock.now - t0).seconds)
            return .reject(reject, [])
        case .success(let b):
            bytes = b
        }
        let sha = Extractor.sha256Hex(bytes)
        cache?.remember(file, sha256: sha)
        // NB: a file whose SHA-256 was already known was looked up above; once is enough.
        if sha != known, let hit = cache?.lookup(sha256: sha) {
            return Normalizer.assemble(hit, sourceFile: name, sha256: sha)
        }
        let extracted = extractor.decode(file, bytes, sha256: sha)
        let t1 = clock.now
        times.add(extract: (t1 - t0).seconds)
        let document: Document
        switch extracted {
        case .reject(let row): return .reject(row, [])
        case .document(let d): document = d
        }
        let normalized = Normalizer.normalize(document, parties: parties)
        cache?.store(normalized, sha256: sha)
        let outcome = Normalizer.assemble(normalized, sourceFile: name, sha256: sha)
        times.add(normalize: (clock.now - t1).seconds)
        return outcome
    }

    func makeWriters() -> [any FormatWriter] {
        config.formats.map { format -> any FormatWriter in
            switch format {
            case .csv: return CSVWriter(options: config.csv)
            case .xml: return XMLWriter()
            case .xlsx: return XLSXWriter()
            case .spreadsheetml: return WorkbookWriter()
            case .parquet: return ParquetWriter(options: config.parquet)
            }
        }
    }
}

struct WorkState {
    var slots: [DocumentOutcome?]
    var next = 0
}

/// Seconds spent in each stage, summed over workers.
final class StageTimes: Sendable {
    private let state = Locked((extract: 0.0, normalize: 0.0))

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
    /// The run's folders overlap (`PathPlacement`): bad usage, nothing was read.
    case usage(String)
    /// Another run holds the output folder and `waitForLock` is false, or its lock cannot be had.
    case busy(String)

    public var description: String {
        switch self {
        case .input(let s): return s
        case .output(let e): return "cannot write output: \(e)"
        case .cancelled: return "run interrupted; previous output kept"
        case .busy(let s): return s
        case .usage(let s): return s
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
