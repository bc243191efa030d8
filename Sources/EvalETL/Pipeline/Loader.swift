/// The load stage: takes documents in source order and streams their rows to every writer.
///
///     begin() -> add(.rows | .reject)* -> finish()      (or stop() to abandon)
///
/// `add` takes one outcome per file of `files`, in their order.
///
/// Each writer runs on its own `WriterLane`, so the formats are written side by
/// side while the loader goes on with the next document (unless the run is
/// sequential: `--jobs 1`). Rows go to the writers in batches of about
/// `batchRows` rows, several documents at a time (or a large document's rows in
/// slices), one call per writer a batch: a call per document cost more in hand-offs than the writing.
/// It owns what spans documents: the `stakeholders` table (first mention wins),
/// duplicate evaluation ids (the first file keeps it, later ones become rejects),
/// and the `rejects` table.
final class Loader {
    let files: SourceFileList
    let lanes: [WriterLane]
    let directory: String
    private(set) var rowCounts: [String: Int] = [:]
    private(set) var rejects: [RejectRow] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var evaluationCount = 0
    private(set) var summary = RunSummary()
    /// The file that first gave each evaluation id (its index in `files`), by the id's 64 bits (its 16 hex digits).
    ///
    /// NB: 12 bytes a slot, not a path string: the map holds one entry per document.
    /// The high bit of a value says the first file was identified by its title and office.
    private var seenEvaluations: [UInt64: UInt32] = [:]
    private static let titleAndOfficeBit: UInt32 = 0x8000_0000
    /// The file that first gave each content id, for documents not identified by title and office.
    private var seenContents: [UInt64: UInt32] = [:]
    /// Outcomes added so far: the index in `files` of the next one.
    private var added = 0
    private var seenStakeholders = Set<String>()
    /// Rows loaded and not yet handed to the writers, per table in `TableSchema.all` order.
    private var pending: [RowBatch] = TableSchema.all.map { RowBatch($0) }
    private var pendingRows: Int { pending.reduce(0) { $0 + $1.rowCount } }

    /// A batch is handed to the writers once it holds this many rows (and at the end).
    ///
    /// NB: the batch boundaries follow the rows alone, never timing, so every
    /// writer sees the same calls for any number of jobs.
    static let batchRows = 2048

    /// `concurrent`: each writer on its own thread; otherwise every call runs on the loading thread.
    init(files: SourceFileList, writers: [any FormatWriter], directory: String, concurrent: Bool = true) {
        self.files = files
        lanes = writers.map { WriterLane($0, inline: !concurrent) }
        self.directory = directory
    }

    /// Seconds each writer spent (on its own thread).
    var writerSeconds: [OutputFormat: Double] {
        Dictionary(lanes.map { ($0.format, $0.seconds) }, uniquingKeysWith: +)
    }

    func begin() throws(OutputError) {
        // NB: sized once, before the writers' buffers: a late doubling held the old and new tables at once.
        seenEvaluations.reserveCapacity(files.count)
        for t in TableSchema.all { rowCounts[t.name] = 0 }
        for lane in lanes { try lane.begin(tables: TableSchema.all, directory: directory) }
    }

    func add(_ outcome: DocumentOutcome) throws(OutputError) {
        let index = added
        added += 1
        switch outcome {
        case .rows(var doc):
            assert(doc.sourceFile == files.relativePath(index), "outcomes come one per file, in order")
            var key = Self.idKey(doc.evaluationID)
            if !doc.identifiedByTitleAndOffice {
                let sha = doc.sha256
                let content = Self.idKey(RowAssembler.contentID(sha256: sha))
                if let first = seenContents[content] {
                    reject(RejectRow(sourceFile: doc.sourceFile, sha256: sha,
                                     reason: "duplicate of \(files.relativePath(Int(first))): the same bytes as that file"))
                    return
                }
                seenContents[content] = UInt32(index)
            }
            if let first = seenEvaluations[key] {
                let firstByTitleAndOffice = first & Self.titleAndOfficeBit != 0
                // NB: a document whose title or office could not be read never collides with
                // another (CONTRACT.md): it is known by its bytes instead.
                guard !(doc.identifiedByTitleAndOffice && firstByTitleAndOffice), let parsed = doc.parsed,
                      var again = try? RowAssembler.rows(for: parsed, sourceFile: doc.sourceFile, sha256: doc.sha256,
                                                         evaluationID: RowAssembler.contentID(sha256: doc.sha256)) else {
                    reject(RejectRow(sourceFile: doc.sourceFile, sha256: doc.sha256,
                                     reason: "duplicate of \(files.relativePath(Int(first & ~Self.titleAndOfficeBit))): same evaluation (title and office) as that file"))
                    return
                }
                again.diagnostics = doc.diagnostics
                doc = again
                key = Self.idKey(doc.evaluationID)
            }
            seenEvaluations[key] = UInt32(index) | (doc.identifiedByTitleAndOffice ? Self.titleAndOfficeBit : 0)
            evaluationCount += 1
            summary.add(doc)
            diagnostics += doc.diagnostics
            for batch in doc.batches where !batch.isEmpty { try take(batch) }
            // NB: the one place stakeholders are deduplicated: a party's first mention in the run.
            for s in doc.stakeholders where seenStakeholders.insert(s.id).inserted {
                do { try pending[Self.stakeholders].append(s) } catch { throw OutputError(error) }
            }
            if pendingRows >= Self.batchRows { try flush() }
        case .reject(let row, let diags):
            diagnostics += diags
            reject(row)
        }
    }

    /// Writes the rejects table and completes every file, the writers side by side.
    func finish() throws(OutputError) {
        for r in rejects {
            do { try pending[Self.position(.rejects)].append(r) } catch { throw OutputError(error) }
        }
        try flush()
        for lane in lanes { try lane.submitFinish() }
        for lane in lanes {
            diagnostics += try lane.wait().map { w in
                let input = file(of: w)
                return Diagnostic(file: input ?? "\(lane.format.rawValue) output", line: input == nil ? 0 : w.line,
                                  .warning, w.message)
            }
        }
    }

    /// The input file a writer's warning is about: the one its row names, or the one that gave its evaluation.
    ///
    /// The diagnostic's line is the warning's: its row's line in that file (`RowBatch.lines`), or 0 (the whole
    /// file) for a row without one (an evaluation, a finding, a reject).
    private func file(of warning: WriterWarning) -> String? {
        if let file = warning.sourceFile { return file }
        guard let id = warning.evaluationID, let first = seenEvaluations[Self.idKey(id)] else { return nil }
        return files.relativePath(Int(first & ~Self.titleAndOfficeBit))
    }

    /// Abandons the run: queued rows are dropped, and no writer is busy when this returns.
    func stop() {
        // NB: every lane told first, so none goes on writing while another drains.
        for lane in lanes { lane.cancel() }
        for lane in lanes { lane.stop() }
    }

    /// Where `table` is in `pending` (and in `TableSchema.all`).
    static func position(_ table: TableSchema) -> Int {
        TableSchema.all.firstIndex { $0.name == table.name }!
    }

    static let stakeholders = position(.stakeholders)

    /// `ev-0123456789abcdef` -> 0x0123456789abcdef.
    ///
    /// NB: 8 bytes a key instead of a 19-byte heap string: the map holds one entry per document.
    static func idKey(_ id: String) -> UInt64 {
        guard id.hasPrefix("ev-"), let n = UInt64(id.dropFirst(3), radix: 16) else {
            // NB: ids are always `ev-` and 16 hex digits (RowAssembler); any other string still gets a stable key.
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
        return n
    }

    private func reject(_ row: RejectRow) {
        rejects.append(row)
        diagnostics.append(Diagnostic(file: row.sourceFile, line: 0, .error, "rejected: \(row.reason)"))
    }

    /// Adds a document's rows of one table to the pending rows.
    ///
    /// A batch of up to `batchRows` rows joins whole; a larger one (a page of 272,000
    /// key actions) goes in slices, each handed on as soon as the pending rows fill a batch.
    ///
    /// NB: so the rows in flight between the loader and the writers stay about
    /// `batchRows` (times `WriterLane.backlog`) whatever a document's size.
    private func take(_ batch: RowBatch) throws(OutputError) {
        let p = Self.position(batch.table)
        guard batch.rowCount > Self.batchRows else { return pending[p].append(contentsOf: batch) }
        var start = 0
        while start < batch.rowCount {
            let end = min(batch.rowCount, start + max(1, Self.batchRows - pendingRows))
            pending[p].append(contentsOf: batch, rows: start..<end)
            start = end
            if pendingRows >= Self.batchRows { try flush() }
        }
    }

    /// Hands the pending rows to every writer: one call a writer, its tables in `TableSchema.all` order.
    private func flush() throws(OutputError) {
        let batch = pending.filter { !$0.isEmpty }
        pending = pending.map { RowBatch(roomOf: $0) }
        if batch.isEmpty { return }
        for b in batch { rowCounts[b.table.name, default: 0] += b.rowCount }
        for lane in lanes {
            try lane.submit { w throws(OutputError) in
                for b in batch { try w.write(b) }
            }
        }
    }
}

/// What the extract and normalize stages make of one input file.
enum DocumentOutcome: Sendable {
    case rows(DocumentRows)
    case reject(RejectRow, [Diagnostic])
}

extension Duration {
    var seconds: Double { self / .seconds(1) }
}
