/// The kinds of document evaletl reads (CONTRACT.md "Input documents").
public enum DocType: String, Sendable, CaseIterable, Codable {
    /// UN Women GATE management response.
    case managementResponse = "management_response"
    /// ILO evaluation summary.
    case evaluationSummary = "evaluation_summary"
    /// Any other evaluation document in prose.
    case report
}

/// What a stakeholder is (the `stakeholders.kind` vocabulary).
public enum StakeholderKind: String, Sendable, Codable, CaseIterable {
    case organization, unit, person, group
}

/// What a stakeholder does for an evaluation (the `stakeholder_roles.role` vocabulary).
public enum Role: String, Sendable, Codable, CaseIterable {
    case responsible
    case evaluationManager = "evaluation_manager"
    case evaluator
    case donor
    case administrativeOffice = "administrative_office"
    case technicalOffice = "technical_office"
    case implementingPartner = "implementing_partner"
}

/// The `findings.kind` vocabulary.
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    case finding
    case lessonLearned = "lesson_learned"
    case goodPractice = "good_practice"
}
