import Dispatch
import Foundation

/// The whole run: scan → (extract → normalize) on Dispatch workers → load in source order.
/// With `jobs` 1 the run is sequential: one thread extracts, normalizes and writes.
///
///     files ──▶ worker 1: extract, normalize ─┐
///           ──▶ worker 2: extract, normalize ─┼─▶ slots[i] ──▶ loader (i = 0, 1, 2 …) ──▶ writers
///           ──▶ worker N: …                  ─┘
///
/// Workers fill result slots by input index and the loader takes slot 0, 1, 2 … as each
/// becomes ready, so the output is byte-identical for any number of jobs (`process`).
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
        do { output = try OutputDirectory(path: config.output) } catch { throw .output(error) }
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
        let stageTimes = StageTimes((0, 0))
        do {
            try loader.begin()
            try process(files, into: loader, cache: cache, times: stageTimes)
            if isCancelled() { throw RunError.cancelled }
            try loader.finish()
        } catch {
            loader.stop()
            output.abandon()
            if let e = error as? RunError { throw e }
            throw .output(error as? OutputError ?? OutputError(path: output.staging, "\(error)"))
        }
        // NB: before the report, so a cache that cannot be saved (a full disk) is a warning in it.
        cache?.save(files: files)
        var report = RunReport(config: config, jobs: jobs, files: files, loader: loader, times: stageTimes.withLock { $0 })
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
        let times = StageTimes((0, 0))
        do {
            try loader.begin()
            try process(files, into: loader, cache: nil, times: times)
            try loader.finish()
        } catch {
            throw .output(OutputError(path: "", "\(error)"))
        }
        return RunReport(config: config, jobs: jobs, files: files, loader: loader, times: times.withLock { $0 })
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
                     "\(config.csv)", "\(config.parquet)", "\(config.xlsx)", "\(config.limits)"]
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
        // NB: a worker takes a chunk of up to `chunkDocuments` consecutive documents at a time and
        // wakes the loader once a chunk: a hand-off per document cost more than it carried.
        // At most `aheadChunks` chunks are taken and not yet loaded (the window
        // semaphore's permits), so slot `index % slots.count` is free when a worker
        // fills it; and at most `bytesInFlight` bytes of input (`takeable`).
        let chunks = Self.chunkEnds(files)
        let aheadChunks = jobs * 4
        let state = Locked(WorkState(slots: Array(repeating: nil, count: aheadChunks * Self.chunkDocuments)))
        let ready = DispatchSemaphore(value: 0)
        // NB: created at 0 and raised by hand: libdispatch traps when a semaphore is
        // freed below its initial value, which a run stopped midway would leave.
        let window = DispatchSemaphore(value: 0)
        for _ in 0..<aheadChunks { window.signal() }
        // Raised when bytes are freed while a worker waits for them (`WorkState.waiting`): it looks again.
        let freed = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "evaletl.work", attributes: .concurrent)
        let cancelled = isCancelled
        for _ in 0..<min(jobs, max(count, 1)) {
            queue.async(group: group) {
                while true {
                    window.wait()
                    var take = state.withLock { $0.take(chunks, of: files, cancelled: cancelled()) }
                    while case .wait = take {
                        freed.wait()
                        take = state.withLock { s in
                            s.waiting -= 1
                            return s.take(chunks, of: files, cancelled: cancelled())
                        }
                    }
                    guard case .chunk(let range, let wake) = take else { window.signal(); freed.signal(); return }
                    if wake { freed.signal() }
                    for index in range {
                        let outcome = Self.handle(files[index], extractor: extractor, cache: cache, parties: parties, times: times)
                        state.withLock { $0.slots[index % $0.slots.count] = outcome }
                    }
                    ready.signal()
                }
            }
        }
        defer {
            // Let workers that wait for the window or for bytes see the end, even when the loader threw.
            state.withLock { $0.stopped = true }
            for _ in 0..<jobs { window.signal(); freed.signal() }
            group.wait()
        }
        var next = 0
        var chunk = 0
        while next < count {
            if cancelled() { break }
            let size = max(0, files.size(next))
            guard let (outcome, wake) = state.withLock({ s -> (DocumentOutcome, Bool)? in
                guard let o = s.slots[next % s.slots.count] else { return nil }
                s.slots[next % s.slots.count] = nil
                // NB: freed as the loader takes it, so the next large document is parsed while
                // this one is written, and only one such document's rows are in the loader.
                s.bytesInFlight -= size
                return (o, s.waiting > 0)
            }) else {
                ready.wait()
                continue
            }
            if wake { freed.signal() }
            try loader.add(outcome)
            next += 1
            if next == chunks[chunk] {
                chunk += 1
                window.signal()
            }
            onProgress?(next, count)
        }
    }

    /// Bytes of input in documents that workers have taken and the loader has not, at most (`--jobs` 2 or more).
    ///
    ///     31 MB pages, 32 MB:  page 2 is parsed while page 1 is written, page 3 while page 2 is written, …
    ///     10 KB documents:     the count window (`4 × jobs` chunks of 16) binds first
    ///
    /// A chunk larger than this is taken alone, once nothing else is in flight. The loader
    /// holds one more document: the one it is writing (its rows reach the writers in
    /// batches of `Loader.batchRows`).
    ///
    /// NB: a document's rows and parse take several times its bytes, so a bound by count
    /// alone let a few large pages take gigabytes. 32 MB is one file of the default `max_file_mb`.
    static let bytesInFlight = 32 << 20

    /// A chunk of `bytes` can be taken with `inFlight` bytes taken and not loaded.
    static func takeable(_ bytes: Int, inFlight: Int) -> Bool {
        inFlight == 0 || inFlight + bytes <= bytesInFlight
    }

    /// Where each chunk of documents ends (exclusive): at `chunkDocuments` documents,
    /// or before the document that would take it over `chunkBytes` bytes.
    ///
    ///     sizes [10 KB × 40]          -> [16, 32, 40]
    ///     sizes [31 MB, 31 MB, 1 KB]  -> [1, 2, 3]
    static func chunkEnds(_ files: SourceFileList) -> [Int] {
        var ends: [Int] = []
        var first = 0, bytes = 0
        for i in 0..<files.count {
            let size = max(0, files.size(i))
            if i > first && (i - first == chunkDocuments || bytes + size > chunkBytes) {
                ends.append(i)
                first = i
                bytes = 0
            }
            bytes += size
        }
        if files.count > first { ends.append(files.count) }
        return ends
    }

    /// Bytes of input a chunk of documents may hold before it ends (one larger document is a chunk alone).
    ///
    /// NB: a quarter of `bytesInFlight`, so a chunk of middling files does not hold the other workers back.
    static let chunkBytes = bytesInFlight / 4

    static func bytes(_ files: SourceFileList, _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + max(0, files.size($1)) }
    }

    /// Documents a worker takes at once (consecutive, so the loader finds them in order).
    static let chunkDocuments = 16

    /// One file through extract and normalize, or from the cache when its bytes were parsed before:
    /// `cache.lookup(sha256) ?? normalize(extract(file))`, then assembled into rows.
    static func handle(_ file: SourceFile, extractor: Extractor, cache: DocumentCache?, parties: PartyLexicon,
                       times: StageTimes) -> DocumentOutcome {
        let name = file.relativePath
        // NB: a file whose size and mtime are unchanged is not even read.
        let known = cache?.knownSHA(file)
        if let known, var hit = cache?.lookup(sha256: known) {
            return Normalizer.assemble(taking: &hit, sourceFile: name, sha256: known)
        }
        // NB: in a function of its own, so the file's bytes and decoded text are let go
        // before its rows are laid out.
        var normalized: NormalizedDocument
        let sha: String
        do throws(RejectRow) {
            (normalized, sha) = try parse(file, known: known, extractor: extractor, cache: cache, parties: parties, times: times)
        } catch {
            return .reject(error, [])
        }
        let clock = ContinuousClock()
        let t = clock.now
        // NB: `normalized` is the parse's only holder here, so assembling lets it go as the rows grow.
        let outcome = Normalizer.assemble(taking: &normalized, sourceFile: name, sha256: sha)
        if file.size >= trimAfterBytes { System.releaseFreedMemory() }
        times.withLock { $0.normalize += (clock.now - t).seconds }
        return outcome
    }

    /// A document of at least this many bytes gives its parse's memory back once its rows are laid out.
    static let trimAfterBytes = 4 << 20

    /// Reads, decodes and normalizes `file` (or finds its bytes' parse in the cache): its parse to
    /// assemble and its SHA-256, or the reject.
    static func parse(_ file: SourceFile, known: String?, extractor: Extractor, cache: DocumentCache?,
                      parties: PartyLexicon, times: StageTimes) throws(RejectRow) -> (NormalizedDocument, String) {
        let clock = ContinuousClock()
        let t0 = clock.now
        let bytes: [UInt8]
        do throws(RejectRow) { bytes = try extractor.readBytes(file).get() } catch {
            times.withLock { $0.extract += (clock.now - t0).seconds }
            throw error
        }
        let sha = Extractor.sha256Hex(bytes)
        cache?.remember(file, sha256: sha)
        // NB: a file whose SHA-256 was already known was looked up above; once is enough.
        if sha != known, let hit = cache?.lookup(sha256: sha) { return (hit, sha) }
        let extracted = extractor.decode(file, bytes, sha256: sha)
        let t1 = clock.now
        times.withLock { $0.extract += (t1 - t0).seconds }
        let normalized = Normalizer.normalize(try extracted.get(), parties: parties)
        cache?.store(normalized, sha256: sha)
        times.withLock { $0.normalize += (clock.now - t1).seconds }
        return (normalized, sha)
    }

    func makeWriters() -> [any FormatWriter] {
        config.formats.map { format -> any FormatWriter in
            switch format {
            case .csv: return CSVWriter(options: config.csv)
            case .xml: return XMLWriter()
            case .xlsx: return XLSXWriter(options: config.xlsx)
            case .spreadsheetml: return WorkbookWriter()
            case .parquet: return ParquetWriter(options: config.parquet)
            }
        }
    }
}

struct WorkState {
    var slots: [DocumentOutcome?]
    /// The next chunk a worker takes.
    var nextChunk = 0
    /// Input bytes of the documents taken by workers and not yet by the loader.
    var bytesInFlight = 0
    /// Workers waiting for `bytesInFlight` to fall.
    var waiting = 0
    /// The loader has stopped (done, cancelled, or failed): workers take no more.
    var stopped = false

    /// The next chunk of documents (`chunks`: where each ends) for a worker, or `.wait` (counted in
    /// `waiting`) while its bytes would take `bytesInFlight` past `Pipeline.bytesInFlight`.
    mutating func take(_ chunks: [Int], of files: SourceFileList, cancelled: Bool) -> Take {
        if stopped || nextChunk >= chunks.count || cancelled { return .end }
        let range = nextChunk == 0 ? 0..<chunks[0] : chunks[nextChunk - 1]..<chunks[nextChunk]
        let bytes = Pipeline.bytes(files, range)
        guard Pipeline.takeable(bytes, inFlight: bytesInFlight) else {
            waiting += 1
            return .wait
        }
        nextChunk += 1
        bytesInFlight += bytes
        // NB: another worker may wait for bytes this chunk left.
        return .chunk(range, wake: waiting > 0 && bytesInFlight < Pipeline.bytesInFlight)
    }
}

/// What a worker gets when it asks for the next chunk.
enum Take {
    /// The documents to handle; `wake`: another worker waits and bytes are left.
    case chunk(Range<Int>, wake: Bool)
    case wait
    case end
}

/// Seconds spent in each stage, summed over workers.
typealias StageTimes = Locked<(extract: Double, normalize: Double)>

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
        case .input(let s), .busy(let s), .usage(let s): return s
        case .output(let e): return "cannot write output: \(e)"
        case .cancelled: return "run interrupted; previous output kept"
        }
    }
}
