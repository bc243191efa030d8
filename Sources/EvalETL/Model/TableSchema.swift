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
///     TableSchema.actions.columns.map(\.name)     // ["action_id", "recommendation_id", …, "comments"]
///
/// Every writer (CSV, Parquet, XML, XSD, workbook) reads these statics, so the
/// formats cannot drift apart. Each is built from its table's `TableColumns` enum
/// below: a column is added there, once, and the compiler then names every row
/// type (`TableRow`, Model/TableRow.swift) that must give a value for it.
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
    /// The table `Columns` make, named `name`.
    init<Columns: TableColumns>(name: String, _: Columns.Type) {
        self.init(name: name, columns: Columns.allCases.map(\.column))
    }

    public static let evaluations = TableSchema(name: "evaluations", EvaluationColumn.self)
    public static let recommendations = TableSchema(name: "recommendations", RecommendationColumn.self)
    public static let actions = TableSchema(name: "actions", ActionColumn.self)
    public static let stakeholders = TableSchema(name: "stakeholders", StakeholderColumn.self)
    public static let stakeholderRoles = TableSchema(name: "stakeholder_roles", StakeholderRoleColumn.self)
    public static let findings = TableSchema(name: "findings", FindingColumn.self)
    public static let rejects = TableSchema(name: "rejects", RejectColumn.self)

    /// Every table, in the order outputs list them.
    public static let all: [TableSchema] = [
        .evaluations, .recommendations, .actions, .stakeholders,
        .stakeholderRoles, .findings, .rejects,
    ]
}

/// The columns of one table, in contract order: the cases of an enum, each its column's name and type.
///
///     enum ActionColumn: Int, TableColumns { case actionID, recommendationID, … }
///     TableSchema.actions.columns[ActionColumn.status.rawValue].name     // "status"
///
/// A column is added here, once: `TableSchema` is built from the cases, and the
/// compiler then points at every row type (`TableRow`) whose `switch` misses it.
/// `rawValue` is the column's index in its table.
public protocol TableColumns: CaseIterable, Sendable, RawRepresentable where RawValue == Int {
    /// The table these are the columns of.
    static var table: TableSchema { get }
    /// Name, type and whether the contract requires it.
    var column: Column { get }
}

public enum EvaluationColumn: Int, TableColumns {
    case evaluationID, sourceFile, sourceSHA256, docType, organizations, title, office, officeType,
        periodStart, periodEnd, countries, evaluationDate, evaluationType, evaluationTiming, approvalStatus,
        projectCode, donors, budget, budgetCurrency, keywords, summary, recommendationCount, actionCount

    public static var table: TableSchema { .evaluations }

    public var column: Column {
        switch self {
        case .evaluationID:        Column("evaluation_id", .string, required: true)
        case .sourceFile:          Column("source_file", .string, required: true)
        case .sourceSHA256:        Column("source_sha256", .string, required: true)
        case .docType:             Column("doc_type", .string, required: true)
        case .organizations:       Column("organizations", .list)
        case .title:               Column("title", .string)
        case .office:              Column("office", .string)
        case .officeType:          Column("office_type", .string)
        case .periodStart:         Column("period_start", .int)
        case .periodEnd:           Column("period_end", .int)
        case .countries:           Column("countries", .list)
        case .evaluationDate:      Column("evaluation_date", .date)
        case .evaluationType:      Column("evaluation_type", .string)
        case .evaluationTiming:    Column("evaluation_timing", .string)
        case .approvalStatus:      Column("approval_status", .string)
        case .projectCode:         Column("project_code", .string)
        case .donors:              Column("donors", .list)
        case .budget:              Column("budget", .double)
        case .budgetCurrency:      Column("budget_currency", .string)
        case .keywords:            Column("keywords", .list)
        case .summary:             Column("summary", .string)
        case .recommendationCount: Column("recommendation_count", .int, required: true)
        case .actionCount:         Column("action_count", .int, required: true)
        }
    }
}

public enum RecommendationColumn: Int, TableColumns {
    case recommendationID, evaluationID, seq, section, title, text, managementResponse, responseCategory,
        thematicAreas, operatingPrinciples, organizationalPriorities, unegCriteria, actionCount

    public static var table: TableSchema { .recommendations }

    public var column: Column {
        switch self {
        case .recommendationID:         Column("recommendation_id", .string, required: true)
        case .evaluationID:             Column("evaluation_id", .string, required: true)
        case .seq:                      Column("seq", .int, required: true)
        case .section:                  Column("section", .string)
        case .title:                    Column("title", .string)
        case .text:                     Column("text", .string, required: true)
        case .managementResponse:       Column("management_response", .string)
        case .responseCategory:         Column("response_category", .string)
        case .thematicAreas:            Column("thematic_areas", .list)
        case .operatingPrinciples:      Column("operating_principles", .list)
        case .organizationalPriorities: Column("organizational_priorities", .list)
        case .unegCriteria:             Column("uneg_criteria", .list)
        case .actionCount:              Column("action_count", .int, required: true)
        }
    }
}

public enum ActionColumn: Int, TableColumns {
    case actionID, recommendationID, evaluationID, seq, scope, text, responsible, deadline, status, overdue,
        comments, lastUpdated

    public static var table: TableSchema { .actions }

    public var column: Column {
        switch self {
        case .actionID:         Column("action_id", .string, required: true)
        case .recommendationID: Column("recommendation_id", .string, required: true)
        case .evaluationID:     Column("evaluation_id", .string, required: true)
        case .seq:              Column("seq", .int, required: true)
        case .scope:            Column("scope", .string)
        case .text:             Column("text", .string, required: true)
        case .responsible:      Column("responsible", .string)
        case .deadline:         Column("deadline", .date)
        case .status:           Column("status", .string)
        case .overdue:          Column("overdue", .bool)
        case .comments:         Column("comments", .string)
        case .lastUpdated:      Column("last_updated", .date)
        }
    }
}

public enum StakeholderColumn: Int, TableColumns {
    case stakeholderID, name, kind

    public static var table: TableSchema { .stakeholders }

    public var column: Column {
        switch self {
        case .stakeholderID: Column("stakeholder_id", .string, required: true)
        case .name:          Column("name", .string, required: true)
        case .kind:          Column("kind", .string, required: true)
        }
    }
}

public enum StakeholderRoleColumn: Int, TableColumns {
    case stakeholderID, evaluationID, recommendationID, actionID, role, detail

    public static var table: TableSchema { .stakeholderRoles }

    public var column: Column {
        switch self {
        case .stakeholderID:    Column("stakeholder_id", .string, required: true)
        case .evaluationID:     Column("evaluation_id", .string, required: true)
        case .recommendationID: Column("recommendation_id", .string)
        case .actionID:         Column("action_id", .string)
        case .role:             Column("role", .string, required: true)
        case .detail:           Column("detail", .string)
        }
    }
}

public enum FindingColumn: Int, TableColumns {
    case findingID, evaluationID, seq, kind, section, title, text

    public static var table: TableSchema { .findings }

    public var column: Column {
        switch self {
        case .findingID:    Column("finding_id", .string, required: true)
        case .evaluationID: Column("evaluation_id", .string, required: true)
        case .seq:          Column("seq", .int, required: true)
        case .kind:         Column("kind", .string, required: true)
        case .section:      Column("section", .string)
        case .title:        Column("title", .string)
        case .text:         Column("text", .string, required: true)
        }
    }
}

public enum RejectColumn: Int, TableColumns {
    case sourceFile, sourceSHA256, reason

    public static var table: TableSchema { .rejects }

    public var column: Column {
        switch self {
        case .sourceFile:   Column("source_file", .string, required: true)
        case .sourceSHA256: Column("source_sha256", .string)
        case .reason:       Column("reason", .string, required: true)
        }
    }
}
