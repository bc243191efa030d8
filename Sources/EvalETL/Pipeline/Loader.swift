/// The load stage: takes documents in source order and streams their rows to every writer.
///
///     begin() -> add(.rows | .reject)* -> finish()
///
/// It owns what spans documents: the `stakeholders` table (first mention wins),
/// duplicate evaluation ids (the first file keeps it, later ones become rejects),
/// and the `rejects` table.
final class Loader {
    let writers: [any FormatWriter]
    let directory: String
    private(set) var rowCounts: [String: Int] = [:]
    private(set) var rejects: [RejectRow] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var writerSeconds: [OutputFormat: Double] = [:]
    private(set) var evaluationFiles: [String] = []
    private(set) var summary = RunSummary()
    private var seenEvaluations: [String: String] = [:]
    private var seenStakeholders = Set<String>()
    private let clock = ContinuousClock()

    init(writers: [any FormatWriter], directory: String) {
        self.writers = writers
        self.directory = directory
    }

    func begin() throws(OutputError) {
        for t in TableSchema.all { rowCounts[t.name] = 0 }
        for w in writers {
            try timed(w) { () throws(OutputError) in try w.begin(tables: TableSchema.all, directory: directory) }
        }
    }

    func add(_ outcome: DocumentOutcome) throws(OutputError) {
        switch outcome {
        case .rows(let doc):
            if let first = seenEvaluations[doc.evaluationID] {
                reject(RejectRow(sourceFile: doc.sourceFile, sha256: doc.evaluation[2].stringValue,
                                 reason: "duplicate of \(first): same evaluation (title and office) as that file"))
                return
            }
            seenEvaluations[doc.evaluationID] = doc.sourceFile
            evaluationFiles.append(doc.sourceFile)
            summary.add(doc)
            diagnostics += doc.diagnostics
            let newStakeholders = doc.stakeholders.filter { seenStakeholders.insert($0[0].stringValue ?? "").inserted }
            for table in TableSchema.all {
                let rows = table == .stakeholders ? newStakeholders : doc.rows(for: table)
                if rows.isEmpty { continue }
                try write(rows, table)
            }
        case .reject(let row, let diags):
            diagnostics += diags
            reject(row)
        }
    }

    /// Writes the rejects table and completes every file.
    func finish() throws(OutputError) {
        try write(rejects.map(\.values), .rejects)
        for w in writers {
            let warnings = try timed(w) { () throws(OutputError) in try w.finish() }
            diagnostics += warnings.map { Diagnostic(file: "\(w.format.rawValue) output", line: 0, .warning, $0) }
        }
    }

    private func reject(_ row: RejectRow) {
        rejects.append(row)
        diagnostics.append(Diagnostic(file: row.sourceFile, line: 0, .error, "rejected: \(row.reason)"))
    }

    private func write(_ rows: [[Value]], _ table: TableSchema) throws(OutputError) {
        rowCounts[table.name, default: 0] += rows.count
        for w in writers {
            try timed(w) { () throws(OutputError) in try w.write(rows, table: table) }
        }
    }

    private func timed<T>(_ w: any FormatWriter, _ body: () throws(OutputError) -> T) throws(OutputError) -> T {
        let start = clock.now
        defer { writerSeconds[w.format, default: 0] += (clock.now - start).seconds }
        return try body()
    }
}

/// What the extract and normalize stages make of one input file.
enum DocumentOutcome: Sendable {
    case rows(DocumentRows)
    case reject(RejectRow, [Diagnostic])
}

extension Value {
    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
