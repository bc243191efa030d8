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
        var office = "(no office)"
        doc.batch(.evaluations).forEachRow { row in
            if row[officeColumn].kind == .string { office = row.string(row[officeColumn]) }
        }
        doc.batch(.actions).forEachRow { row in
            let status = row[statusColumn]
            actionsByStatus[status.kind == .string ? row.string(status) : "(no status)", default: 0] += 1
            let overdue = row[overdueColumn]
            if overdue.kind == .bool && overdue.bool { overdueByOffice[office, default: 0] += 1 }
        }
        doc.batch(.recommendations).forEachRow { row in
            let category = row[categoryColumn]
            recommendationsByCategory[category.kind == .string ? row.string(category) : "(blank)", default: 0] += 1
        }
    }
}
