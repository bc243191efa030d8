/// The contract's column types (CONTRACT.md "Types").
public enum ColumnType: String, Sendable, CaseIterable {
    case string, int, double, bool, date, list
}

/// One column of a table: name, type, whether the contract marks it required, what it means
/// and, for a controlled vocabulary, the values it takes.
///
///     Column("status", .string, "canonical status; …", values: Vocabulary.actionStatuses)
///
/// `meaning` and `values` are what `docs/tables.md` (`TablesDocument`) says of the column.
public struct Column: Sendable, Equatable {
    public let name: String
    public let type: ColumnType
    public let required: Bool
    /// What a value of the column is, in a line of Markdown.
    public let meaning: String
    /// The vocabulary the column's values come from (the canonical spellings), or none.
    public let values: [String]

    public init(_ name: String, _ type: ColumnType, required: Bool = false, _ meaning: String = "",
                values: [String] = []) {
        self.name = name
        self.type = type
        self.required = required
        self.meaning = meaning
        self.values = values
    }
}

extension Column {
    /// The columns several tables share, said once.
    static let sourceFile = Column("source_file", .string, required: true, "path relative to the input root, `/`-separated")
    static let parentEvaluationID = Column("evaluation_id", .string, required: true, "the evaluation it belongs to")
    static let actionCount = Column("action_count", .int, required: true, "rows in `actions` for it")
}

/// A table of the contract: its name and its columns in contract order.
///
///     TableSchema.actions.columns.map(\.name)     // ["action_id", "recommendation_id", …, "comments"]
///
/// Every writer (CSV, Parquet, XML, XSD, workbook) reads these statics, so the
/// formats cannot drift apart. Each is built from its table's `TableColumns` enum below.
public struct TableSchema: Sendable, Equatable {
    public let name: String
    public let columns: [Column]
    /// What one row of the table is (`one row per key action`).
    public let meaning: String

    public init(name: String, columns: [Column], meaning: String = "") {
        self.name = name
        self.columns = columns
        self.meaning = meaning
    }

    /// Index of a column by name.
    public func index(of column: String) -> Int? { columns.firstIndex { $0.name == column } }
}

extension TableSchema {
    /// The table `Columns` make, named `name`.
    init<Columns: TableColumns>(name: String, _: Columns.Type, meaning: String) {
        self.init(name: name, columns: Columns.allCases.map(\.column), meaning: meaning)
    }

    public static let evaluations = TableSchema(name: "evaluations", EvaluationColumn.self,
                                                meaning: "one row per input document")
    public static let recommendations = TableSchema(name: "recommendations", RecommendationColumn.self,
                                                    meaning: "one row per recommendation")
    public static let actions = TableSchema(name: "actions", ActionColumn.self, meaning: "one row per key action")
    public static let stakeholders = TableSchema(name: "stakeholders", StakeholderColumn.self,
                                                 meaning: "one row per distinct party")
    public static let stakeholderRoles = TableSchema(name: "stakeholder_roles", StakeholderRoleColumn.self,
                                                     meaning: "who does what, where")
    public static let findings = TableSchema(name: "findings", FindingColumn.self,
                                             meaning: "findings, lessons learned and good practices")
    public static let rejects = TableSchema(name: "rejects", RejectColumn.self,
                                            meaning: "input that could not be processed")

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
    /// Name, type, whether the contract requires it, meaning and vocabulary.
    var column: Column { get }
}

public enum EvaluationColumn: Int, TableColumns {
    case evaluationID, sourceFile, sourceSHA256, docType, organizations, title, office, officeType,
        periodStart, periodEnd, countries, evaluationDate, evaluationType, evaluationTiming, approvalStatus,
        projectCode, donors, budget, budgetCurrency, keywords, summary, recommendationCount, actionCount

    public static var table: TableSchema { .evaluations }

    public var column: Column {
        switch self {
        case .evaluationID:
            Column("evaluation_id", .string, required: true,
                   "stable id: the same across runs, across file renames and across edits that keep title and office")
        case .sourceFile: .sourceFile
        case .sourceSHA256:
            Column("source_sha256", .string, required: true,
                   "SHA-256 of the file's bytes, lowercase hex")
        case .docType:
            Column("doc_type", .string, required: true,
                   "the kind of document",
                   values: DocType.allCases.map(\.rawValue))
        case .organizations:
            Column("organizations", .list,
                   "organizations that own the document: `UN Women`, `ILO`, `UNDP`, … (GATE documents are UN Women's, ERC pages UNDP's)")
        case .title:
            Column("title", .string,
                   "the evaluation's title, quotes kept as text, markup removed; null when the document has none (a GATE header whose third line repeats the office is not a title)")
        case .office:
            Column("office", .string,
                   "office that manages it (GATE header line 1; ILO `Administrative Office`; ERC `Commissioning Unit`, or the unit after the comma of a detail page's `Evaluation Plan: 2017-2020, Bangladesh`)")
        case .officeType:
            Column("office_type", .string,
                   "as written in the header's trailing `(TYPE)`, or in the office name; the types evaluation headers use are listed, others are kept as written",
                   values: Vocabulary.officeTypes)
        case .periodStart:
            Column("period_start", .int,
                   "first year of the GATE period line or the ERC `Evaluation Plan`")
        case .periodEnd:
            Column("period_end", .int,
                   "last year of the GATE period line or the ERC `Evaluation Plan`")
        case .countries:
            Column("countries", .list,
                   "countries named in the header or quick facts")
        case .evaluationDate:
            Column("evaluation_date", .date,
                   "ILO `Evaluation date`; ERC `Completion Date` (`07/2019` → the month's last day, 2019-07-31)")
        case .evaluationType:
            Column("evaluation_type", .string,
                   "ILO `Evaluation type`; ERC `Evaluation Type`")
        case .evaluationTiming:
            Column("evaluation_timing", .string,
                   "ILO `Evaluation timing`")
        case .approvalStatus:
            Column("approval_status", .string,
                   "the GATE page status line, as written",
                   values: Vocabulary.approvalStatuses)
        case .projectCode:
            Column("project_code", .string,
                   "ILO `DC Symbol`; ERC `Atlas Project Number`")
        case .donors:
            Column("donors", .list,
                   "donors named in quick facts, key actions' `Donor(s)` field or ERC `Source of Funding` (a way of paying such as `TRAC` or `Cost-sharing` is no donor), each once, aliases folded (`UNW` -> `UN Women`)")
        case .budget:
            Column("budget", .double,
                   "amount from `Donor(s) & budget`; ERC `Evaluation Budget(US $)`")
        case .budgetCurrency:
            Column("budget_currency", .string,
                   "ISO 4217 code, `USD` for `$`")
        case .keywords:
            Column("keywords", .list,
                   "ILO `Key Words`")
        case .summary:
            Column("summary", .string,
                   "GATE overall management comment (the paragraph(s) between header and status line, as written); ILO project purpose summary; ERC evaluation page description (its paragraphs above the `Title` line); first paragraph of a report")
        case .recommendationCount:
            Column("recommendation_count", .int, required: true,
                   "rows in `recommendations` for it")
        case .actionCount: .actionCount
        }
    }
}

public enum RecommendationColumn: Int, TableColumns {
    case recommendationID, evaluationID, seq, section, title, text, managementResponse, responseCategory,
        thematicAreas, operatingPrinciples, organizationalPriorities, unegCriteria, actionCount

    public static var table: TableSchema { .recommendations }

    public var column: Column {
        switch self {
        case .recommendationID:
            Column("recommendation_id", .string, required: true,
                   "stable: `<evaluation_id>-R<seq, two digits or more>`")
        case .evaluationID: .parentEvaluationID
        case .seq:
            Column("seq", .int, required: true,
                   "1, 2, … in document order")
        case .section:
            Column("section", .string,
                   "heading it stands under (ILO: `Coherence`, …)")
        case .title:
            Column("title", .string,
                   "short lead-in before a colon (`Systematize and disseminate lessons learned`) when the text has one; GATE: the `Recommendation:` line when `Description:` gives the text")
        case .text:
            Column("text", .string, required: true,
                   "the recommendation, without title, number or markup; empty when the page gives none (an ERC `Management Response` block with no recommendation label above it)")
        case .managementResponse:
            Column("management_response", .string,
                   "the response text")
        case .responseCategory:
            Column("response_category", .string,
                   "the management response category; null when the field is blank (never guessed from the response text)",
                   values: Vocabulary.responseCategories)
        case .thematicAreas:
            Column("thematic_areas", .list,
                   "the comma-separated areas; empty when `Not applicable`")
        case .operatingPrinciples:
            Column("operating_principles", .list,
                   "empty when `Not applicable`; items of the GATE vocabulary, which the export joins with `, ` although one item, `Evidence, Data and statistics`, contains a comma itself; a `Not applicable` mixed into a list is dropped")
        case .organizationalPriorities:
            Column("organizational_priorities", .list,
                   "like `operating_principles`: empty when `Not applicable`, items of the GATE vocabulary")
        case .unegCriteria:
            Column("uneg_criteria", .list,
                   "`Relevance`, `Coherence`, `Effectiveness`, `Efficiency`, `Impact`, `Sustainability`, …")
        case .actionCount: .actionCount
        }
    }
}

public enum ActionColumn: Int, TableColumns {
    case actionID, recommendationID, evaluationID, seq, scope, text, responsible, deadline, status, overdue,
        comments, lastUpdated

    public static var table: TableSchema { .actions }

    public var column: Column {
        switch self {
        case .actionID:
            Column("action_id", .string, required: true,
                   "`<recommendation_id>-A<seq, two digits or more>`")
        case .recommendationID:
            Column("recommendation_id", .string, required: true,
                   "the recommendation it belongs to")
        case .evaluationID: .parentEvaluationID
        case .seq:
            Column("seq", .int, required: true,
                   "1, 2, … within the recommendation")
        case .scope:
            Column("scope", .string,
                   "leading country/office prefix such as `KAZ`, `TKM`, `TAJ`, `MCO`, `ALL MCO`, `KAZ/TKM`")
        case .text:
            Column("text", .string, required: true,
                   "the action, without number and scope prefix")
        case .responsible:
            Column("responsible", .string,
                   "responsible party as written")
        case .deadline:
            Column("deadline", .date,
                   "last day of the `YYYY/MM` month (`2021/07` → 2021-07-31); null for ERC `No due date`")
        case .status:
            Column("status", .string,
                   "canonical status; spelling variants fold in (`Over due` → `Overdue`, case ignored), the longest phrase first (`Overdue-Not Initiated` contains `Not Initiated`); unknown statuses are kept as written, with a warning",
                   values: Vocabulary.actionStatuses)
        case .overdue:
            Column("overdue", .bool,
                   "status begins with `Overdue`")
        case .comments:
            Column("comments", .string,
                   "the comments cell, progress updates included; ERC link labels (`History`, `Documents`) are not comments")
        case .lastUpdated:
            Column("last_updated", .date,
                   "ERC: the `[Last Updated: YYYY/MM/DD]` stamp of the action, else its `[Added: …]` stamp; an agency template: the date of the row's status update (`February 06,2014,Completed`); null where the page has none (GATE)")
        }
    }
}

public enum StakeholderColumn: Int, TableColumns {
    case stakeholderID, name, kind

    public static var table: TableSchema { .stakeholders }

    public var column: Column {
        switch self {
        case .stakeholderID:
            Column("stakeholder_id", .string, required: true,
                   "slug of the canonical name (`un-women`, `lhrd-sindh`)")
        case .name:
            Column("name", .string, required: true,
                   "canonical name; aliases (`UNW`, `UN-Women`) fold into it")
        case .kind:
            Column("kind", .string, required: true,
                   "`unit` is an office, team or post of an organization (`MCO Kazakhstan`, `RO`, `IEO`, `WEE Unit`, `MCO Representative`); `group` is beneficiaries, communities",
                   values: StakeholderKind.allCases.map(\.rawValue))
        }
    }
}

public enum StakeholderRoleColumn: Int, TableColumns {
    case stakeholderID, evaluationID, recommendationID, actionID, role, detail

    public static var table: TableSchema { .stakeholderRoles }

    public var column: Column {
        switch self {
        case .stakeholderID:
            Column("stakeholder_id", .string, required: true,
                   "the party (`stakeholders`)")
        case .evaluationID: .parentEvaluationID
        case .recommendationID:
            Column("recommendation_id", .string,
                   "set for action-level roles")
        case .actionID:
            Column("action_id", .string,
                   "set for action-level roles")
        case .role:
            Column("role", .string, required: true,
                   "what the party does",
                   values: Role.allCases.map(\.rawValue))
        case .detail:
            Column("detail", .string,
                   "qualifier as written: a parenthesis (`WEE/SL Unit, Balochistan Sub Office`), a consultant's role (`Team Leader`), a partner's district and community")
        }
    }
}

public enum FindingColumn: Int, TableColumns {
    case findingID, evaluationID, seq, kind, section, title, text

    public static var table: TableSchema { .findings }

    public var column: Column {
        switch self {
        case .findingID:
            Column("finding_id", .string, required: true,
                   "`<evaluation_id>-F<seq, two digits or more>`")
        case .evaluationID: .parentEvaluationID
        case .seq:
            Column("seq", .int, required: true,
                   "1, 2, … in document order across all kinds")
        case .kind:
            Column("kind", .string, required: true,
                   "a finding, a lesson learned or a good practice",
                   values: FindingKind.allCases.map(\.rawValue))
        case .section:
            Column("section", .string,
                   "sub-heading it stands under (`Component 1 and 2`)")
        case .title:
            Column("title", .string,
                   "its heading or lead-in (`Coherence`, `Establishing functional literacy centers`)")
        case .text:
            Column("text", .string, required: true,
                   "the finding, lesson or practice")
        }
    }
}

public enum RejectColumn: Int, TableColumns {
    case sourceFile, sourceSHA256, reason

    public static var table: TableSchema { .rejects }

    public var column: Column {
        switch self {
        case .sourceFile: .sourceFile
        case .sourceSHA256:
            Column("source_sha256", .string,
                   "SHA-256 of the file's bytes, when they could be read")
        case .reason:
            Column("reason", .string, required: true,
                   "one line a person can act on")
        }
    }
}
