/// The zone of an ILO summary a heading opens, decided by keywords (GROBID-style zoning).
///
///     SummaryZone(heading: "RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES") == .recommendations
///     SummaryZone(heading: "EMERGING GOOD PRACTICES") == .goodPractices
///     SummaryZone(heading: "MAIN FINDINGS & CONCLUSIONS") == .findings
enum SummaryZone: Equatable, Sendable {
    case front, quickFacts, background, findings, recommendations, lessons, goodPractices, other

    /// The zone of the first `SummaryVocabulary.zoneKeywords` entry with a keyword in the heading:
    /// recommendation > lesson > good practice > finding.
    init(heading: String) {
        let h = ByteText.lowercased(heading.utf8)[...]
        self = Self.keywordBytes.first { $0.words.contains { ByteText.firstRange(of: $0, in: h) != nil } }?.zone ?? .other
    }

    private static let keywordBytes = SummaryVocabulary.zoneKeywords.map { (zone: $0.zone, words: $0.words.map { Array($0.utf8) }) }

    /// True when a sub-heading only names item zones: `Findings`, `Main findings & Conclusions`.
    ///
    /// NB: `Recommendations from partners matter` is an item's title, not a label.
    static func isLabel(_ subheading: String) -> Bool {
        guard SummaryZone(heading: subheading).holdsItems else { return false }
        let words = ByteText.letterWords(ByteText.lowercased(subheading.utf8), keeping: UInt8(ascii: "&"))
        return words.allSatisfy(SummaryVocabulary.zoneLabelWords.contains)
    }

    /// Zones whose blocks become recommendations or findings.
    var holdsItems: Bool { self == .recommendations || findingKind != nil }

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
