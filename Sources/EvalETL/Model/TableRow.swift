/// One row of a table, typed: it answers each of its table's columns.
///
///     let row = FindingRow(id: "ev-…-F01", evaluationID: "ev-…", seq: 1, finding: f)
///     row.value(.kind)               // .string("lesson_learned")
///     try batch.append(row)          // laid out cell by cell, no [Value] made
///
/// NB: each `value(_:)` is a `switch` over its table's columns without `default`:
/// a column added to `TableColumns` stops the build until every row answers it.
public protocol TableRow: Sendable {
    associatedtype Columns: TableColumns
    func value(_ column: Columns) -> Value
}

extension TableRow {
    /// Every column's value, in order (for tests and messages).
    public var values: [Value] { Columns.allCases.map(value) }
}

/// The `evaluations` row of a parsed document.
public struct EvaluationRow: TableRow {
    public var id: String
    public var sourceFile: String
    public var sha256: String
    public var doc: ParsedDocument

    public func value(_ column: EvaluationColumn) -> Value {
        switch column {
        case .evaluationID: .string(id)
        case .sourceFile: .string(sourceFile)
        case .sourceSHA256: .string(sha256)
        case .docType: .string(doc.docType.rawValue)
        case .organizations: .list(doc.organizations)
        case .title: .text(doc.title)
        case .office: .text(doc.office)
        case .officeType: .text(doc.officeType)
        case .periodStart: .integer(doc.periodStart)
        case .periodEnd: .integer(doc.periodEnd)
        case .countries: .list(doc.countries)
        case .evaluationDate: .day(doc.evaluationDate)
        case .evaluationType: .text(doc.evaluationType)
        case .evaluationTiming: .text(doc.evaluationTiming)
        case .approvalStatus: .text(doc.approvalStatus)
        case .projectCode: .text(doc.projectCode)
        case .donors: .list(doc.donors)
        case .budget: .number(doc.budget)
        case .budgetCurrency: .text(doc.budgetCurrency)
        case .keywords: .list(doc.keywords)
        case .summary: .text(doc.summary)
        case .recommendationCount: .integer(doc.recommendations.count)
        case .actionCount: .integer(doc.recommendations.reduce(0) { $0 + $1.actions.count })
        }
    }
}

public struct RecommendationRow: TableRow {
    public var id: String
    public var evaluationID: String
    public var seq: Int
    public var recommendation: ParsedRecommendation

    public func value(_ column: RecommendationColumn) -> Value {
        switch column {
        case .recommendationID: .string(id)
        case .evaluationID: .string(evaluationID)
        case .seq: .integer(seq)
        case .section: .text(recommendation.section)
        case .title: .text(recommendation.title)
        case .text: .string(recommendation.text)
        case .managementResponse: .text(recommendation.managementResponse)
        case .responseCategory: .text(recommendation.responseCategory)
        case .thematicAreas: .list(recommendation.thematicAreas)
        case .operatingPrinciples: .list(recommendation.operatingPrinciples)
        case .organizationalPriorities: .list(recommendation.organizationalPriorities)
        case .unegCriteria: .list(recommendation.unegCriteria)
        case .actionCount: .integer(recommendation.actions.count)
        }
    }
}

public struct ActionRow: TableRow {
    public var id: String
    public var recommendationID: String
    public var evaluationID: String
    public var seq: Int
    public var action: ParsedAction

    public func value(_ column: ActionColumn) -> Value {
        switch column {
        case .actionID: .string(id)
        case .recommendationID: .string(recommendationID)
        case .evaluationID: .string(evaluationID)
        case .seq: .integer(seq)
        case .scope: .text(action.scope)
        case .text: .string(action.text)
        case .responsible: .text(action.responsible)
        case .deadline: .day(action.deadline)
        case .status: .text(action.status)
        case .overdue: action.overdue.map(Value.bool) ?? .null
        case .comments: .text(action.comments)
        case .lastUpdated: .day(action.lastUpdated)
        }
    }
}

/// A party as the `stakeholders` table lists it: `un-women`, `UN Women`, `organization`.
public struct StakeholderRow: TableRow, Equatable {
    public var id: String
    public var name: String
    public var kind: StakeholderKind

    public func value(_ column: StakeholderColumn) -> Value {
        switch column {
        case .stakeholderID: .string(id)
        case .name: .string(name)
        case .kind: .string(kind.rawValue)
        }
    }
}

public struct StakeholderRoleRow: TableRow {
    public var stakeholderID: String
    public var evaluationID: String
    public var recommendationID: String?
    public var actionID: String?
    public var role: Role
    public var detail: String?

    public func value(_ column: StakeholderRoleColumn) -> Value {
        switch column {
        case .stakeholderID: .string(stakeholderID)
        case .evaluationID: .string(evaluationID)
        case .recommendationID: .text(recommendationID)
        case .actionID: .text(actionID)
        case .role: .string(role.rawValue)
        case .detail: .text(detail)
        }
    }
}

public struct FindingRow: TableRow {
    public var id: String
    public var evaluationID: String
    public var seq: Int
    public var finding: ParsedFinding

    public func value(_ column: FindingColumn) -> Value {
        switch column {
        case .findingID: .string(id)
        case .evaluationID: .string(evaluationID)
        case .seq: .integer(seq)
        case .kind: .string(finding.kind.rawValue)
        case .section: .text(finding.section)
        case .title: .text(finding.title)
        case .text: .string(finding.text)
        }
    }
}

/// A file that could not be processed, and why (the `rejects` table).
public struct RejectRow: TableRow, Error, Equatable {
    public var sourceFile: String
    public var sha256: String?
    public var reason: String

    public func value(_ column: RejectColumn) -> Value {
        switch column {
        case .sourceFile: .string(sourceFile)
        case .sourceSHA256: .text(sha256)
        case .reason: .string(reason)
        }
    }
}

/// As `run.json` lists it in `rejects` (read back by `RunReport.read`).
extension RejectRow: Decodable {
    enum CodingKeys: String, CodingKey { case sourceFile = "source_file", sha256 = "source_sha256", reason }
}
