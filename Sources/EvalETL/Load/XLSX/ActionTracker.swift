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

    enum Field: CaseIterable {
        case evaluation, office, period, recommendationSeq, recommendation, category, actionSeq
        case action, responsible, deadline, status, overdue, lastUpdated, comments, actionID

        /// The column's title, its width in characters, whether its long text wraps within
        /// the column, and the `actions` column it copies (nil: from the evaluation or recommendation).
        var layout: (title: String, width: Double, wraps: Bool, source: ActionColumn?) {
            switch self {
            case .evaluation: return ("Evaluation", 40, true, nil)
            case .office: return ("Office", 24, false, nil)
            case .period: return ("Period or year", 12, false, nil)
            case .recommendationSeq: return ("Rec. no.", 9, false, nil)
            case .recommendation: return ("Recommendation", 60, true, nil)
            case .category: return ("Response category", 18, false, nil)
            case .actionSeq: return ("Action no.", 9, false, .seq)
            case .action: return ("Key action", 60, true, .text)
            case .responsible: return ("Responsible", 28, true, .responsible)
            case .deadline: return ("Deadline", 13, false, .deadline)
            case .status: return ("Status", 22, false, .status)
            case .overdue: return ("Overdue", 10, false, .overdue)
            case .lastUpdated: return ("Last updated", 13, false, .lastUpdated)
            case .comments: return ("Comments", 50, true, .comments)
            case .actionID: return ("Action ID", 28, false, .actionID)
            }
        }
    }

    static let name = "Action tracker"

    var series: SheetSeries
    /// The current batch's evaluations and recommendations, by id.
    var evaluations: [String: Evaluation] = [:]
    var recommendations: [String: Recommendation] = [:]

    init(rowsPerSheet: Int, in book: XLSXBook) throws(OutputError) {
        series = try SheetSeries(name: Self.name, header: Field.allCases.map(\.layout.title), rowsPerSheet: rowsPerSheet,
                                 fixedWidths: Field.allCases.map(\.layout.width), in: book)
    }

    /// Forgets the documents of the batch before.
    mutating func forget() {
        evaluations.removeAll(keepingCapacity: true)
        recommendations.removeAll(keepingCapacity: true)
    }
}
