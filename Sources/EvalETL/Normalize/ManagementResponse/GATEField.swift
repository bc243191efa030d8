/// The labels a GATE recommendation block uses.
///
///     GATEField(label: "Management Response Category") == .responseCategory
///     GATEField(label: "Recommendation 3")             == .recommendation
///     GATEField(label: "Evaluation Manager")           == nil
enum GATEField: Equatable {
    case recommendation
    case managementResponse
    case description
    case responseCategory
    case thematicAreas
    case operatingPrinciples
    case organizationalPriorities
    case unegCriteria
    case donors

    /// The field a folded label names (case and `Recommendation 3` numbers ignored), or nil.
    init?(label: String) {
        guard Self.mayName(label) else { return nil }
        let l = ByteText.lowercased(label)
        if let field = GATEVocabulary.fields[l] {
            self = field
            return
        }
        // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
        let words = l.split(separator: " ")
        guard (2...5).contains(words.count), words[0] == GATEVocabulary.recommendationWord,
              let f = words[1].unicodeScalars.first, Scalars.isNumber(f) || f == "#" || f == "(" else { return nil }
        self = .recommendation
    }

    /// False when the first byte rules out every label.
    ///
    /// NB: most `…:` lines are key action rows (`1. KAZ: …`); an ASCII first
    /// byte whose lowercase starts no label rejects them before lowercasing.
    private static func mayName(_ label: String) -> Bool {
        guard let f = label.utf8.first, f < 0x80 else { return true }
        return firstLetters.contains(f | 0x20)
    }

    /// The first bytes of the labels, lower-case.
    ///
    /// NB: `| 0x20` lower-cases an ASCII capital and makes no other ASCII byte a letter.
    private static let firstLetters = Set(GATEVocabulary.fields.keys.compactMap(\.utf8.first))
}
