/// What `report.html` shows of the rows, counted as each document passes the loader (no row is kept).
///
///     var summary = RunSummary()
///     summary.add(doc)                        // per document, in source order
///     summary.implementation.rows             // the workbook's Implementation measures (`ImplementationTally`)
///     summary.categories                      // ["Accepted": 7, "(no category given)": 7, …]
///     summary.withoutCategoryField            // [.evaluationSummary: 13]
///
/// Keeps counts, never a row: a record for each of the first 2,000 evaluations with a
/// recommendation (the page's table), then counts per office.
struct RunSummary: Sendable {
    /// The implementation measures, counted the way the xlsx writer counts them; the page lists
    /// `maxEvaluations`, the others are kept as their office's counts alone.
    var implementation = ImplementationTally(keep: ReportPage.maxEvaluations)
    /// Recommendations of documents that have a response-category field, by category.
    var categories: [String: Int] = [:]
    /// Recommendations of documents whose kind has no response-category field at all, by kind.
    var withoutCategoryField: [DocType: Int] = [:]

    /// What a recommendation of a management response without a category is counted as.
    static let noCategory = "(no category given)"

    mutating func add(_ doc: DocumentRows) {
        implementation.forgetWaiting()
        var handle: Int?
        var kind: DocType?
        doc.evaluations.forEachRow { row in
            kind = row.string(EvaluationColumn.docType).flatMap(DocType.init(rawValue:))
            handle = ImplementationTally.Evaluation(row, source: doc.sourceFile).map { implementation.add($0) }
        }
        guard let handle else { return }
        // NB: only management responses (GATE, UNDP ERC) have a response-category field; ILO summaries and
        // reports never say how management responded, so theirs are counted apart, not as blank categories.
        let hasField = kind == .managementResponse
        doc.recommendations.forEachRow { row in
            implementation.recommendation(of: handle, row)
            if hasField {
                categories[row.string(RecommendationColumn.responseCategory) ?? Self.noCategory, default: 0] += 1
            } else {
                withoutCategoryField[kind ?? .report, default: 0] += 1
            }
        }
        doc.actions.forEachRow { row in implementation.action(of: handle, row) }
    }
}
