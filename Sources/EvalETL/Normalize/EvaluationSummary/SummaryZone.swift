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
            self = ByteText.withUTF8(heading, Self.zone(ofASCII:))
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

    /// The zone of ASCII heading bytes: every keyword found in one pass, the first in order wins.
    ///
    /// NB: headings and sub-headings are asked about all the time; one pass that tries only
    /// the keywords starting with each byte replaces a search per keyword.
    static func zone(ofASCII h: UnsafeBufferPointer<UInt8>) -> SummaryZone {
        var found: UInt64 = 0
        for i in 0..<h.count {
            let c = Int(fold(h[i]))
            guard c < 0x80 else { continue }
            for (flat, k) in keywordsByFirstByte[c] where i + k.count <= h.count {
                var j = 1
                while j < k.count && fold(h[i + j]) == k[j] { j += 1 }
                if j == k.count { found |= 1 << flat }
            }
        }
        return found == 0 ? .other : zoneOfKeyword[found.trailingZeroBitCount]
    }

    @inline(__always)
    private static func fold(_ b: UInt8) -> UInt8 { ByteText.isUpper(b) ? b | 0x20 : b }

    /// The keywords by their first byte, each with its index in `keywords` order.
    private static let keywordsByFirstByte: [[(Int, [UInt8])]] = {
        var table = [[(Int, [UInt8])]](repeating: [], count: 128)
        for (flat, bytes) in keywordBytes.joined().enumerated() where bytes[0] < 0x80 {
            table[Int(bytes[0])].append((flat, bytes))
        }
        return table
    }()

    /// The zone of each keyword, in `keywords` order.
    private static let zoneOfKeyword: [SummaryZone] = keywords.flatMap { entry in entry.words.map { _ in entry.zone } }

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
