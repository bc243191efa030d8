/// The contract's column types (CONTRACT.md "Types").
public enum ColumnType: String, Sendable, CaseIterable {
    case string, int, double, bool, date, list
}

/// One column of a table: name, type, and whether the contract marks it required.
public struct Column: Sendable, Equatable {
    public let name: String
    public let type: ColumnType
    public let required: Bool

    public init(_ name: String, _ type: ColumnType, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }
}

/// A table of the contract: its name and its columns in contract order.
///
/// Every writer (CSV, Parquet, XML, XSD, workbook) reads these statics, so the
/// formats cannot drift apart.
public struct TableSchema: Sendable, Equatable {
    public let name: String
    public let columns: [Column]

    public init(name: String, columns: [Column]) {
        self.name = name
        self.columns = columns
    }

    /// Index of a column by name.
    public func index(of column: String) -> Int? { columns.firstIndex { $0.name == column } }
}

extension TableSchema {
    public static let evaluations = TableSchema(name: "evaluations", columns: [
        Column("evaluation_id", .string, required: true),
        Column("source_file", .string, required: true),
        Column("source_sha256", .string, required: true),
        Column("doc_type", .string, required: true),
        Column("organizations", .list),
        Column("title", .string),
        Column("office", .string),
        Column("office_type", .string),
        Column("period_start", .int),
        Column("period_end", .int),
        Column("countries", .list),
        Column("evaluation_date", .date),
        Column("evaluation_type", .string),
        Column("evaluation_timing", .string),
        Column("approval_status", .string),
        Column("project_code", .string),
        Column("donors", .list),
        Column("budget", .double),
        Column("budget_currency", .string),
        Column("keywords", .list),
        Column("summary", .string),
        Column("recommendation_count", .int, required: true),
        Column("action_count", .int, required: true),
    ])

    public static let recommendations = TableSchema(name: "recommendations", columns: [
        Column("recommendation_id", .string, required: true),
        Column("evaluation_id", .string, required: true),
        Column("seq", .int, required: true),
        Column("section", .string),
        Column("title", .string),
        Column("text", .string, required: true),
        Column("management_response", .string),
        Column("response_category", .string),
        Column("thematic_areas", .list),
        Column("operating_principles", .list),
        Column("organizational_priorities", .list),
        Column("uneg_criteria", .list),
        Column("action_count", .int, required: true),
    ])

    public static let actions = TableSchema(name: "actions", columns: [
        Column("action_id", .string, required: true),
        Column("recommendation_id", .string, required: true),
        Column("evaluation_id", .string, required: true),
        Column("seq", .int, required: true),
        Column("scope", .string),
        Column("text", .string, required: true),
        Column("responsible", .string),
        Column("deadline", .date),
        Column("status", .string),
        Column("overdue", .bool),
        Column("comments", .string),
        Column("last_updated", .date),
    ])

    public static let stakeholders = TableSchema(name: "stakeholders", columns: [
        Column("stakeholder_id", .string, required: true),
        Column("name", .string, required: true),
        Column("kind", .string, required: true),
    ])

    public static let stakeholderRoles = TableSchema(name: "stakeholder_roles", columns: [
        Column("stakeholder_id", .string, required: true),
        Column("evaluation_id", .string, required: true),
        Column("recommendation_id", .string),
        Column("action_id", .string),
        Column("role", .string, required: true),
        Column("detail", .string),
    ])

    public static let findings = TableSchema(name: "findings", columns: [
        Column("finding_id", .string, required: true),
        Column("evaluation_id", .string, required: true),
        Column("seq", .int, required: true),
        Column("kind", .string, required: true),
        Column("section", .string),
        Column("title", .string),
        Column("text", .string, required: true),
    ])

    public static let rejects = TableSchema(name: "rejects", columns: [
        Column("source_file", .string, required: true),
        Column("source_sha256", .string),
        Column("reason", .string, required: true),
    ])

    /// Every table, in the order outputs list them.
    public static let all: [TableSchema] = [
        .evaluations, .recommendations, .actions, .stakeholders,
        .stakeholderRoles, .findings, .rejects,
    ]
}
