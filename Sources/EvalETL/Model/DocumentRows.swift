/// The rows one document contributes to each table, in `seq` order, laid out for the writers.
///
///     var doc = try DocumentRows(EvaluationRow(id: id, sourceFile: "a.txt", sha256: sha, doc: parsed))
///     try doc.recommendations.append(RecommendationRow(…))
///     doc.stakeholders.append(StakeholderRow(id: "un-women", name: "UN Women", kind: .organization))
///     doc.batches                              // [RowBatch]: what the loader hands on
///
/// Rows are laid out (`RowBatch`) as they are added, on the worker that parsed the
/// document: the loader only copies bytes, and the strings never leave that thread.
public struct DocumentRows: Sendable, Equatable {
    public var evaluationID: String
    public var sourceFile: String
    /// The file's SHA-256, as its `evaluations` row holds it.
    public var sha256: String
    public internal(set) var evaluations = RowBatch(.evaluations)
    public internal(set) var recommendations = RowBatch(.recommendations)
    public internal(set) var actions = RowBatch(.actions)
    public internal(set) var stakeholderRoles = RowBatch(.stakeholderRoles)
    public internal(set) var findings = RowBatch(.findings)
    /// Every party the roles name, once each, in order of first mention.
    ///
    /// NB: not laid out here: the `stakeholders` table lists each party once in the
    /// whole run, at its first mention, and only the loader sees the whole run (`Loader.add`).
    public internal(set) var stakeholders: [StakeholderRow] = []
    /// Problems met in the document.
    public var diagnostics: [Diagnostic] = []
    /// Whether the id comes from a title and an office, so that another file with the same
    /// title and office is a duplicate (CONTRACT.md: only then, or when the bytes are equal).
    public var identifiedByTitleAndOffice = false
    /// The parse, kept for a document not identified by title and office: should its id meet
    /// another document's, the loader assembles it again under an id made of its bytes.
    public var parsed: ParsedDocument?

    public init(_ evaluation: EvaluationRow) throws(RowMismatch) {
        evaluationID = evaluation.id
        sourceFile = evaluation.sourceFile
        sha256 = evaluation.sha256
        try evaluations.append(evaluation)
    }

    /// The document's batches: `evaluations`, `recommendations`, `actions`, `stakeholder_roles`, `findings`.
    public var batches: [RowBatch] { [evaluations, recommendations, actions, stakeholderRoles, findings] }

    /// `table`'s rows as values (for tests and messages; none for `stakeholders` and `rejects`: the loader makes those).
    public func rows(for table: TableSchema) -> [[Value]] { batches.first { $0.table == table }?.rows ?? [] }
}
