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

    /// Words a zone's own label is made of (`Main lessons learned and good practices`).
    static let labelWords: Set<String> = [
        "findings", "finding", "conclusions", "conclusion", "recommendations", "recommendation",
        "lessons", "lesson", "learned", "learnt", "good", "practices", "practice", "emerging",
        "main", "key", "other", "and", "&", "the", "of", "summary", "important", "overall", "general",
        "specific", "follow", "up",
    ]

    /// True when a sub-heading only names item zones: `Findings`, `Main findings & Conclusions`.
    ///
    /// NB: `Recommendations from partners matter` is an item's title, not a label.
    static func isLabel(_ subheading: String) -> Bool {
        guard SummaryZone(heading: subheading).holdsItems else { return false }
        let words = subheading.lowercased().split { !$0.isLetter && $0 != "&" }
        return words.allSatisfy { labelWords.contains(String($0)) }
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
