/// The zone of an ILO summary a heading opens, decided by keywords (GROBID-style zoning).
///
///     SummaryZone(heading: "RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES") == .recommendations
///     SummaryZone(heading: "EMERGING GOOD PRACTICES") == .goodPractices
///     SummaryZone(heading: "MAIN FINDINGS & CONCLUSIONS") == .findings
enum SummaryZone: Equatable, Sendable {
    case front, quickFacts, background, findings, recommendations, lessons, goodPractices, other

    /// recommendation > lesson > good practice > finding.
    ///
    /// NB: headings are nearly always ASCII; their bytes are searched with ASCII letters
    /// lower-cased on the fly (a non-ASCII keyword cannot match them), without a lower-cased copy.
    init(heading: String) {
        if ByteText.isSimpleASCII(heading) {
            self = ByteText.withUTF8(heading) { h in
                Self.first { zone, k in ByteText.firstOffset(of: Self.keywordBytes[zone][k], in: h, foldingCase: true) != nil }
            }
        } else {
            let h = heading.lowercased()
            self = Self.first { zone, k in h.contains(Self.keywords[zone].words[k]) }
        }
    }

    /// The keywords of each zone, lower-case, in the order they are tried.
    static let keywords: [(zone: SummaryZone, words: [String])] = [
        (.quickFacts, ["quick facts", "quick fact"]),
        (.recommendations, ["recommendation", "recomendaci"]),
        (.lessons, ["lesson", "leçon", "lecci"]),
        (.goodPractices, ["good practice", "good practise", "emerging practice", "bonnes pratiques", "buenas prácticas"]),
        (.findings, ["finding", "conclusion", "constat", "hallazgo"]),
        (.background, ["background", "context", "summary", "purpose", "methodology"]),
    ]

    /// `keywords` as UTF-8 bytes.
    static let keywordBytes: [[[UInt8]]] = keywords.map { $0.words.map { Array($0.utf8) } }

    /// The zone of the first keyword (by zone index and keyword index) that `matches`, else `.other`.
    private static func first(_ matches: (Int, Int) -> Bool) -> SummaryZone {
        for (zone, entry) in keywords.enumerated() where entry.words.indices.contains(where: { matches(zone, $0) }) {
            return entry.zone
        }
        return .other
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
