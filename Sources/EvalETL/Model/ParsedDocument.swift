/// What a parser reads out of one document, before ids are given.
///
/// Parsers fill these plain values; `RowAssembler` turns them into table rows
/// with stable ids, counts and folded stakeholders.
public struct ParsedDocument: Sendable, Equatable, Encodable {
    public var docType: DocType
    public var organizations: [String] = []
    public var title: String?
    public var office: String?
    public var officeType: String?
    public var periodStart: Int?
    public var periodEnd: Int?
    public var countries: [String] = []
    public var evaluationDate: CalendarDate?
    public var evaluationType: String?
    public var evaluationTiming: String?
    public var approvalStatus: String?
    public var projectCode: String?
    public var donors: [String] = []
    public var budget: Double?
    public var budgetCurrency: String?
    public var keywords: [String] = []
    public var summary: String?
    public var recommendations: [ParsedRecommendation] = []
    /// Evaluation-level roles (manager, evaluators, offices, donors, partners).
    public var roles: [ParsedRole] = []
    public var findings: [ParsedFinding] = []
    /// Problems met in the document; processing went on.
    public var diagnostics: [Diagnostic] = []

    /// Adds donors as every kind names them (GATE `Donor(s)`, ILO `Donor(s) & budget`, ERC
    /// `Source of Funding`): each once, under its canonical name (`UNW` -> `UN Women`, as
    /// `organizations` and stakeholders name it), with a `donor` role of kind organization. A fund's
    /// number (`10714`) or a no-value (`N/A`, `Vocabulary.noValues`) names none.
    public mutating func addDonors(_ names: [String]) {
        // NB: a fund's number (`10714`) or `N/A` names no donor.
        for name in names where name.unicodeScalars.contains(where: Scalars.isLetter) && !Vocabulary.noValues.contains(name.lowercased()) {
            let canonical = Vocabulary.canonicalOrganization(name) ?? name
            guard !donors.contains(canonical) else { continue }
            donors.append(canonical)
            roles.append(ParsedRole(.donor, Party(name: canonical, kind: .organization)))
        }
    }
}

public struct ParsedRecommendation: Sendable, Equatable, Encodable {
    public var section: String?
    public var title: String?
    public var text: String
    public var managementResponse: String?
    public var responseCategory: String?
    public var thematicAreas: [String] = []
    public var operatingPrinciples: [String] = []
    public var organizationalPriorities: [String] = []
    public var unegCriteria: [String] = []
    public var actions: [ParsedAction] = []
    /// 1-based line where the recommendation starts.
    public var line: Int = 0
}

public struct ParsedAction: Sendable, Equatable, Encodable {
    public var scope: String?
    public var text: String
    public var responsible: String?
    public var deadline: CalendarDate?
    public var status: String?
    public var comments: String?
    /// ERC: the action's `[Last Updated: …]` stamp, else its `[Added: …]` stamp; nil elsewhere.
    public var lastUpdated: CalendarDate?
    /// The parties the responsible text names (split, expanded, folded).
    public var parties: [Party] = []
    /// 1-based line of the action row.
    public var line: Int = 0

    /// The contract's `overdue`: the status begins with `Overdue`; nil without a status.
    public var overdue: Bool? { status.map { $0.hasPrefix("Overdue") } }
}

/// A party named in the document: `UN Women` (organization), `MCO Programme Specialists` (unit, detail `all`).
public struct Party: Sendable, Equatable, Hashable, Encodable {
    public var name: String
    public var kind: StakeholderKind
    public var detail: String?
}

public struct ParsedRole: Sendable, Hashable, Encodable {
    public var role: Role
    public var party: Party

    public init(_ role: Role, _ party: Party) {
        self.role = role
        self.party = party
    }
}

public struct ParsedFinding: Sendable, Equatable, Encodable {
    public var kind: FindingKind
    public var section: String?
    public var title: String?
    public var text: String
}

extension CalendarDate: Encodable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
