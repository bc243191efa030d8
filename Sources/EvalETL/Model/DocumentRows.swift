/// The rows one document contributes to each table, in `seq` order, laid out for the writers.
///
///     var doc = try DocumentRows(evaluationID: id, sourceFile: "a.txt", evaluation: row)
///     try doc.append([.string("ev-…-R01"), …], to: .recommendations)
///     doc.batch(.recommendations)          // RowBatch: what the loader hands on
///
/// Rows are laid out (`RowBatch`) as they are added, on the worker that parsed the
/// document: the loader only copies bytes, and the strings never leave that thread.
public struct DocumentRows: Sendable, Equatable {
    public var evaluationID: String
    public var sourceFile: String
    /// One batch per table, in `TableSchema.all` order. `stakeholders` holds every party
    /// the roles name (the loader keeps each first mention); `rejects` stays empty.
    public private(set) var tables: [RowBatch] = TableSchema.all.map { RowBatch($0) }
    /// The `stakeholder_id` of each `stakeholders` row, in order: the loader's first-mention key.
    public private(set) var stakeholderIDs: [String] = []
    /// Problems met in the document.
    public var diagnostics: [Diagnostic] = []
    /// Whether the id comes from a title and an office, so that another file with the same
    /// title and office is a duplicate (CONTRACT.md: only then, or when the bytes are equal).
    public var identifiedByTitleAndOffice = false
    /// The parse, kept for a document not identified by title and office: should its id meet
    /// another document's, the loader assembles it again under an id made of its bytes.
    public var parsed: ParsedDocument?

    public init(evaluationID: String, sourceFile: String, evaluation: [Value]) throws(OutputError) {
        self.evaluationID = evaluationID
        self.sourceFile = sourceFile
        try append(evaluation, to: .evaluations)
    }

    /// Adds a row to `table`'s batch; throws when it does not fit the table (a bug upstream).
    public mutating func append(_ row: [Value], to table: TableSchema) throws(OutputError) {
        guard let t = TableSchema.all.firstIndex(where: { $0.name == table.name }) else {
            throw OutputError(path: table.name, "table \(table.name) is not in the contract")
        }
        try tables[t].append(row)
        if t == Self.stakeholdersIndex { stakeholderIDs.append(row.first?.stringValue ?? "") }
    }

    /// Where `stakeholders` is in `tables` (and in `TableSchema.all`).
    static let stakeholdersIndex = TableSchema.all.firstIndex { $0.name == TableSchema.stakeholders.name }!

    /// `table`'s rows, laid out.
    public func batch(_ table: TableSchema) -> RowBatch {
        tables.first { $0.table.name == table.name } ?? RowBatch(table)
    }

    /// `table`'s rows as values (for tests and messages).
    public func rows(for table: TableSchema) -> [[Value]] { batch(table).rows }

    /// The `evaluations` row.
    public var evaluation: [Value] { rows(for: .evaluations).first ?? [] }

    /// The file's SHA-256, as its `evaluations` row holds it.
    public var sha256: String? {
        let t = tables[0]
        guard t.rowCount > 0, let c = TableSchema.evaluations.index(of: "source_sha256") else { return nil }
        return t.value(row: 0, column: c).stringValue
    }
}

/// A file that could not be processed, and why (the `rejects` table).
public struct RejectRow: Error, Sendable, Equatable {
    public var sourceFile: String
    public var sha256: String?
    public var reason: String

    public init(sourceFile: String, sha256: String?, reason: String) {
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.reason = reason
    }

    public var values: [Value] { [.string(sourceFile), .text(sha256), .string(reason)] }
}

/// As listed in `run.json`'s `rejects`.
extension RejectRow: Codable {
    enum CodingKeys: String, CodingKey { case sourceFile = "source_file", sha256 = "source_sha256", reason }
}
