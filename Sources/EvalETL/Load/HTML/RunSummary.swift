/// Counts a person reads the morning after, gathered as rows stream through the loader.
///
///     actions by status, overdue actions by office, recommendations by response category
struct RunSummary: Sendable {
    var actionsByStatus: [String: Int] = [:]
    var overdueByOffice: [String: Int] = [:]
    var recommendationsByCategory: [String: Int] = [:]

    mutating func add(_ doc: DocumentRows) {
        let statusColumn = TableSchema.actions.index(of: "status")!
        let overdueColumn = TableSchema.actions.index(of: "overdue")!
        let officeColumn = TableSchema.evaluations.index(of: "office")!
        let categoryColumn = TableSchema.recommendations.index(of: "response_category")!
        let office = doc.evaluation[officeColumn].stringValue ?? "(no office)"
        for action in doc.actions {
            actionsByStatus[action[statusColumn].stringValue ?? "(no status)", default: 0] += 1
            if action[overdueColumn] == .bool(true) { overdueByOffice[office, default: 0] += 1 }
        }
        for rec in doc.recommendations {
            recommendationsByCategory[rec[categoryColumn].stringValue ?? "(blank)", default: 0] += 1
        }
    }
}
