/// The workbook's first sheet: one row per key action with what an officer reads without lookups.
///
///     Evaluation | Office | Period or year | Rec. no. | Recommendation | Response category | Action no. |
///     Key action | Responsible | Deadline | Status | Overdue | Last updated | Comments | Action ID
///
/// Action rows carry only ids; the evaluation and recommendation fields come from
/// the rows of the same documents, which the loader hands over first (evaluations,
/// recommendations, then actions, in each batch). The tracker keeps those of the
/// current batch's documents by id (`evaluations`, `recommendations`), and forgets them when the next
/// batch's evaluations arrive (`forget`), so it holds a batch's worth, never the run's.
struct ActionTracker {
    /// What an action row reads from its evaluation.
    struct Evaluation {
        let title: String?
        let office: String?
        let period: String?
        /// The evaluation's handle in `ImplementationTally`.
        let tally: Int
        /// Its row's line in its document (`RowBatch.lines`): where a cut title is warned.
        var line = 0
    }

    /// What an action row reads from its recommendation.
    struct Recommendation {
        let seq: Int32?
        /// `title: text`, or the text alone.
        let text: String?
        let category: String?
        /// Its row's line in its document (`RowBatch.lines`): where a cut text is warned, not the action's line.
        var line = 0
    }

    /// Where a column's cells come from: a column of the action row, or its evaluation's or recommendation's field.
    enum Source { case action(ActionColumn), title, office, period, recommendationSeq, recommendation, category }

    /// The sheet's columns: title, width in characters, whether long text wraps within the column, source.
    static let columns: [(title: String, width: Double, wraps: Bool, source: Source)] = [
        ("Evaluation", 40, true, .title),
        ("Office", 24, false, .office),
        ("Period or year", 12, false, .period),
        ("Rec. no.", 9, false, .recommendationSeq),
        ("Recommendation", 60, true, .recommendation),
        ("Response category", 18, false, .category),
        ("Action no.", 9, false, .action(.seq)),
        ("Key action", 60, true, .action(.text)),
        ("Responsible", 28, true, .action(.responsible)),
        ("Deadline", 13, false, .action(.deadline)),
        ("Status", 22, false, .action(.status)),
        ("Overdue", 10, false, .action(.overdue)),
        ("Last updated", 13, false, .action(.lastUpdated)),
        ("Comments", 50, true, .action(.comments)),
        ("Action ID", 28, false, .action(.actionID)),
    ]

    static let name = "Action tracker"

    var series: SheetSeries
    /// The current batch's evaluations and recommendations, by id.
    var evaluations: [String: Evaluation] = [:]
    var recommendations: [String: Recommendation] = [:]

    init(rowsPerSheet: Int, in book: XLSXBook) throws(OutputError) {
        series = try SheetSeries(name: Self.name, header: Self.columns.map(\.title), rowsPerSheet: rowsPerSheet,
                                 fixedWidths: Self.columns.map(\.width), in: book)
    }

    /// Forgets the documents of the batch before.
    mutating func forget() {
        evaluations.removeAll(keepingCapacity: true)
        recommendations.removeAll(keepingCapacity: true)
    }
}
