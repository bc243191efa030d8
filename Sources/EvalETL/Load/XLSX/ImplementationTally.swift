/// The implementation measures of the workbook's "Implementation" sheet, counted while rows stream.
///
///     var tally = ImplementationTally()
///     let e = tally.add(.init(id: "ev-1", title: "Mid-term review", office: "MCO Kazakhstan", period: "2018-2021"))
///     tally.recommendation(of: e, actions: 2)                 // or (of: e, row): a `recommendations` row
///     tally.action(of: e, status: "Completed", overdue: false, hasDeadline: true)   // or (of: e, row)
///     tally.rows    // "All offices", one row per office, one per evaluation
///     tally.totals  // "All offices" and one row per office (report.html reads `evaluations` itself)
///
/// Only evaluations with at least one recommendation are counted (nothing to implement
/// otherwise). Key actions are counted by status; `No Longer Applicable` ones are
/// counted apart and left out of the denominator of the shares, as UNDP's
/// management-response indicators do; overdue is the status the document gives
/// (never recomputed against today's date: the same input gives the same workbook).
struct ImplementationTally {
    /// Counts for an evaluation, an office or all of them.
    struct Counts: Equatable {
        var evaluations = 0
        var recommendations = 0
        var recommendationsWithoutActions = 0
        var actions = 0
        /// Per `ImplementationTally.statusColumns`: the canonical statuses, then other, then none.
        var byStatus = [Int](repeating: 0, count: ImplementationTally.statusColumns.count)
        var overdue = 0
        var withoutDeadline = 0

        /// Key actions the shares are taken of: all but those No Longer Applicable.
        var denominator: Int { actions - byStatus[ImplementationTally.noLongerApplicable] }
        var completed: Int { byStatus[ImplementationTally.completed] }

        /// Completed ÷ denominator; nil when nothing is counted.
        var shareCompleted: Double? { denominator > 0 ? Double(completed) / Double(denominator) : nil }
        /// Overdue ÷ denominator; nil when nothing is counted.
        var shareOverdue: Double? { denominator > 0 ? Double(overdue) / Double(denominator) : nil }

        mutating func add(_ o: Counts) {
            evaluations += o.evaluations
            recommendations += o.recommendations
            recommendationsWithoutActions += o.recommendationsWithoutActions
            actions += o.actions
            for i in byStatus.indices { byStatus[i] += o.byStatus[i] }
            overdue += o.overdue
            withoutDeadline += o.withoutDeadline
        }
    }

    /// One evaluation, as a row of the sheet.
    struct Evaluation {
        let id: String
        let title: String?
        let office: String?
        /// `2018-2021`, `2018`, or the evaluation date's year.
        let period: String?
        /// The document it came from (`report.html` names it; the sheet does not).
        var source: String? = nil
        var counts = Counts()
    }

    /// A row of the sheet: the whole, an office, or an evaluation.
    struct Row: Equatable {
        enum Level: String { case all = "All offices", office = "Office", evaluation = "Evaluation" }
        let level: Level
        let office: String?
        let title: String?
        let period: String?
        let evaluationID: String?
        let counts: Counts
    }

    /// Status columns: the canonical statuses, a status outside them, no status.
    static let statusColumns = Vocabulary.actionStatuses + ["Other status", "No status"]
    static let completed = statusColumns.firstIndex(of: "Completed")!
    static let noLongerApplicable = statusColumns.firstIndex(of: "No Longer Applicable")!
    static let otherStatus = Vocabulary.actionStatuses.count
    static let noStatus = otherStatus + 1
    private static let statusIndex = Dictionary(uniqueKeysWithValues: Vocabulary.actionStatuses.enumerated().map { ($1, $0) })

    /// Evaluations with at least one recommendation, in source order (the first `keep`, once their documents are done).
    private(set) var evaluations: [Evaluation] = []
    /// Evaluations listed one by one at most; the counts of later ones, once their document is done,
    /// are kept by office alone (`report.html` lists 2,000; the sheet lists them all).
    let keep: Int
    /// The counts of the evaluations past `keep`, by office.
    private var folded: [String?: Counts] = [:]
    /// Evaluations seen whose first recommendation has not come yet.
    private var waiting: [Int: Evaluation] = [:]
    private var nextHandle = 0
    /// Handle → index in `evaluations`.
    private var counted: [Int: Int] = [:]

    init(keep: Int = .max) { self.keep = keep }

    /// Registers an evaluation; its handle is what its recommendations and actions are counted against.
    mutating func add(_ evaluation: Evaluation) -> Int {
        let handle = nextHandle
        nextHandle += 1
        waiting[handle] = evaluation
        return handle
    }

    /// Forgets the evaluations that got no recommendation (their documents are done), and keeps
    /// the counts alone of those past `keep`.
    mutating func forgetWaiting() {
        waiting.removeAll(keepingCapacity: true)
        counted.removeAll(keepingCapacity: true)
        while evaluations.count > keep {
            let e = evaluations.removeLast()
            folded[e.office, default: Counts()].add(e.counts)
        }
    }

    mutating func recommendation(of handle: Int, actions: Int) {
        let i: Int
        if let c = counted[handle] {
            i = c
        } else {
            guard var e = waiting.removeValue(forKey: handle) else { return }
            e.counts.evaluations = 1
            i = evaluations.count
            evaluations.append(e)
            counted[handle] = i
        }
        evaluations[i].counts.recommendations += 1
        if actions == 0 { evaluations[i].counts.recommendationsWithoutActions += 1 }
    }

    /// Counts a `recommendations` row.
    mutating func recommendation(of handle: Int, _ row: RowBatch.Row) {
        recommendation(of: handle, actions: Int(row.cell(RecommendationColumn.actionCount, .int)?.int ?? 0))
    }

    mutating func action(of handle: Int, status: String?, overdue: Bool, hasDeadline: Bool) {
        guard let i = counted[handle] else { return }
        let column = status.map { Self.statusIndex[$0] ?? Self.otherStatus } ?? Self.noStatus
        evaluations[i].counts.actions += 1
        evaluations[i].counts.byStatus[column] += 1
        if overdue { evaluations[i].counts.overdue += 1 }
        if !hasDeadline { evaluations[i].counts.withoutDeadline += 1 }
    }

    /// Counts an `actions` row.
    mutating func action(of handle: Int, _ row: RowBatch.Row) {
        action(of: handle, status: row.string(ActionColumn.status), overdue: row.cell(ActionColumn.overdue, .bool)?.bool == true,
               hasDeadline: row.cell(ActionColumn.deadline, .date) != nil)
    }

    /// The sheet's rows: all offices, each office (by name; no office last), each evaluation (source order).
    var rows: [Row] {
        totals + evaluations.map {
            Row(level: .evaluation, office: $0.office, title: $0.title, period: $0.period, evaluationID: $0.id, counts: $0.counts)
        }
    }

    /// The first rows alone: all offices, then each office (by name; no office last).
    var totals: [Row] {
        var total = Counts()
        var offices = folded
        for c in folded.values { total.add(c) }
        for e in evaluations {
            total.add(e.counts)
            offices[e.office, default: Counts()].add(e.counts)
        }
        let names: [String?] = offices.keys.compactMap { $0 }.sorted() + (offices.keys.contains(nil) ? [nil] : [])
        return [Row(level: .all, office: nil, title: nil, period: nil, evaluationID: nil, counts: total)] + names.map {
            Row(level: .office, office: $0, title: nil, period: nil, evaluationID: nil, counts: offices[$0]!)
        }
    }
}

extension ImplementationTally.Evaluation {
    /// The evaluation of an `evaluations` row; nil without an id.
    init?(_ row: RowBatch.Row, source: String? = nil) {
        guard let id = row.string(EvaluationColumn.evaluationID) else { return nil }
        let period: String?
        switch (row.cell(EvaluationColumn.periodStart, .int)?.int, row.cell(EvaluationColumn.periodEnd, .int)?.int) {
        case let (s?, e?): period = s == e ? String(s) : "\(s)-\(e)"
        case let (s?, nil): period = String(s)
        case let (nil, e?): period = String(e)
        default: period = row.cell(EvaluationColumn.evaluationDate, .date).map { String($0.date.year) }
        }
        self.init(id: id, title: row.string(EvaluationColumn.title), office: row.string(EvaluationColumn.office),
                  period: period, source: source)
    }
}

extension RowBatch.Row {
    /// Column `column`'s cell, when it holds a value of `kind`.
    func cell<C: TableColumns>(_ column: C, _ kind: RowBatch.Cell.Kind) -> RowBatch.Cell? {
        let c = self[column.rawValue]
        return c.kind == kind ? c : nil
    }

    /// Column `column`'s text, when it holds one.
    func string<C: TableColumns>(_ column: C) -> String? {
        cell(column, .string).map(string)
    }
}
