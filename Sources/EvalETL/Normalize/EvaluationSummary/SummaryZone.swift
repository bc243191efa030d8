/// The zone of an ILO summary a heading opens, decided by keywords (GROBID-style zoning).
///
///     SummaryZone(heading: "RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES") == .recommendations
///     SummaryZone(heading: "EMERGING GOOD PRACTICES") == .goodPractices
///     SummaryZone(heading: "MAIN FINDINGS & CONCLUSIONS") == .findings
enum SummaryZone: Equatable, Sendable {
    case front, quickFacts, background, findings, recommendations, lessons, goodPractices, other

    /// recommendation > lesson > good practice > finding.
    init(heading: String) {
        let h = heading.lowercased()
        if h.contains("quick facts") || h.contains("quick fact") {
            self = .quickFacts
        } else if h.contains("recommendation") || h.contains("recomendaci") {
            self = .recommendations
        } else if h.contains("lesson") || h.contains("leçon") || h.contains("lecci") {
            self = .lessons
        } else if h.contains("good practice") || h.contains("good practise") || h.contains("emerging practice")
                    || h.contains("bonnes pratiques") || h.contains("buenas prácticas") {
            self = .goodPractices
        } else if h.contains("finding") || h.contains("conclusion") || h.contains("constat")
                    || h.contains("hallazgo") {
            self = .findings
        } else if h.contains("background") || h.contains("context") || h.contains("summary")
                    || h.contains("purpose") || h.contains("methodology") {
            self = .background
        } else {
            self = .other
        }
    }

    /// Zones whose blocks become recommendations or findings.
    var holdsItems: Bool {
        switch self {
        case .findings, .recommendations, .lessons, .goodPractices: return true
        default: return false
        }
    }

    /// The findings kind of the zone's items (nil for recommendations and non-item zones).
    var findingKind: FindingKind? {
        switch self {
        case .findings: return .finding
        case .lessons: return .lessonLearned
        case .goodPractices: return .goodPractice
        default: return nil
        }
    }
}
