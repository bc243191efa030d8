/// The rows one document contributes to each table, in `seq` order, ready to load.
///
/// Each row is `[Value]` in its `TableSchema`'s column order.
public struct DocumentRows: Sendable, Equatable {
    public var evaluationID: String
    public var sourceFile: String
    public var evaluation: [Value]
    public var recommendations: [[Value]] = []
    public var actions: [[Value]] = []
    public var stakeholderRoles: [[Value]] = []
    public var findings: [[Value]] = []
    /// Every party the roles name, for the `stakeholders` table (first mention wins).
    public var stakeholders: [[Value]] = []
    /// Problems met in the document.
    public var diagnostics: [Diagnostic] = []
    /// The rows laid out for the writers, one batch per table in `TableSchema.all` order
    /// (`layOut`): done by the worker that parsed the document, so the loader only copies bytes.
    public var laidOut: [RowBatch]?

    public init(evaluationID: String, sourceFile: String, evaluation: [Value]) {
        self.evaluationID = evaluationID
        self.sourceFile = sourceFile
        self.evaluation = evaluation
    }

    /// Rows per table (rejects are the loader's; of the stakeholders, it keeps each first mention).
    public func rows(for table: TableSchema) -> [[Value]] {
        switch table.name {
        case TableSchema.evaluations.name: return [evaluation]
        case TableSchema.recommendations.name: return recommendations
        case TableSchema.actions.name: return actions
        case TableSchema.stakeholderRoles.name: return stakeholderRoles
        case TableSchema.findings.name: return findings
        case TableSchema.stakeholders.name: return stakeholders
        default: return []
        }
    }

    /// Every table's rows as `RowBatch`es, in `TableSchema.all` order (`rejects` empty).
    ///
    /// Throws when a row does not fit its table, which is a bug upstream.
    public func layOut() throws(OutputError) -> [RowBatch] {
        var batches: [RowBatch] = []
        for table in TableSchema.all { batches.append(try RowBatch(table, rows: rows(for: table))) }
        return batches
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
