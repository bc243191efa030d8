/// The workbook's first sheet: one row per key action with what an officer reads without lookups.
///
///     Evaluation | Office | Period or year | Rec. no. | Recommendation | Response category | Action no. |
///     Key action | Responsible | Deadline | Status | Overdue | [Last updated] | Comments | Action ID
///
/// Action rows carry only ids; the evaluation and recommendation fields come from
/// the rows of the same documents, which the loader hands over first (evaluations,
/// recommendations, then actions, in each batch). The tracker keeps those of the
/// current batch's documents by id (`remember`), and forgets them when the next
/// batch's evaluations arrive (`forget`), so it holds a batch's worth, never the run's.
struct ActionTracker {
    /// What an action row reads from its evaluation.
    struct Evaluation {
        let title: String?
        let office: String?
        let period: String?
        /// The evaluation's handle in `ImplementationTally`.
        let tally: Int
    }

    /// What an action row reads from its recommendation.
    struct Recommendation {
        let seq: Int32?
        /// `title: text`, or the text alone.
        let text: String?
        let category: String?
    }

    enum Field: CaseIterable {
        case evaluation, office, period, recommendationSeq, recommendation, category, actionSeq
        case action, responsible, deadline, status, overdue, lastUpdated, comments, actionID

        var title: String {
            switch self {
            case .evaluation: return "Evaluation"
            case .office: return "Office"
            case .period: return "Period or year"
            case .recommendationSeq: return "Rec. no."
            case .recommendation: return "Recommendation"
            case .category: return "Response category"
            case .actionSeq: return "Action no."
            case .action: return "Key action"
            case .responsible: return "Responsible"
            case .deadline: return "Deadline"
            case .status: return "Status"
            case .overdue: return "Overdue"
            case .lastUpdated: return "Last updated"
            case .comments: return "Comments"
            case .actionID: return "Action ID"
            }
        }

        var width: Double {
            switch self {
            case .evaluation: return 40
            case .office: return 24
            case .period: return 12
            case .recommendationSeq, .actionSeq: return 9
            case .recommendation, .action: return 60
            case .category: return 18
            case .responsible: return 28
            case .deadline, .lastUpdated: return 13
            case .status: return 22
            case .overdue: return 10
            case .comments: return 50
            case .actionID: return 28
            }
        }

        /// Long text, wrapped within the column.
        var wraps: Bool {
            switch self {
            case .evaluation, .recommendation, .action, .responsible, .comments: return true
            default: return false
            }
        }
    }

    static let name = "Action tracker"

    /// The columns, without `Last updated` while the actions table has no `last_updated`.
    let fields: [Field]
    var series: SheetSeries
    private var evaluations: [String: Evaluation] = [:]
    private var recommendations: [String: Recommendation] = [:]

    init(actions: TableSchema, rowsPerSheet: Int) {
        let hasLastUpdated = actions.index(of: "last_updated") != nil
        fields = Field.allCases.filter { $0 != .lastUpdated || hasLastUpdated }
        series = SheetSeries(name: Self.name, header: fields.map(\.title), rowsPerSheet: rowsPerSheet,
                             fixedWidths: fields.map(\.width))
    }

    /// The column of `field`, if the tracker has it.
    func column(_ field: Field) -> Int? { fields.firstIndex(of: field) }

    /// Forgets the documents of the batch before.
    mutating func forget() {
        evaluations.removeAll(keepingCapacity: true)
        recommendations.removeAll(keepingCapacity: true)
    }

    mutating func remember(evaluation id: String, _ e: Evaluation) { evaluations[id] = e }
    mutating func remember(recommendation id: String, _ r: Recommendation) { recommendations[id] = r }

    func evaluation(_ id: String) -> Evaluation? { evaluations[id] }
    func recommendation(_ id: String) -> Recommendation? { recommendations[id] }

    /// `2018-2021`, `2018`, or the evaluation date's year.
    static func period(start: Int32?, end: Int32?, date: CalendarDate?) -> String? {
        switch (start, end) {
        case let (s?, e?): return s == e ? String(s) : "\(s)-\(e)"
        case let (s?, nil): return String(s)
        case let (nil, e?): return String(e)
        default: return date.map { String($0.year) }
        }
    }
}
