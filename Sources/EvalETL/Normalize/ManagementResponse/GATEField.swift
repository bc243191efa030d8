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
        guard Self.mayName(label), let field = ByteText.withLowercased(label, Self.field) else { return nil }
        self = field
    }

    /// The field a folded, lower-cased label names, or nil.
    private static func field(_ l: UnsafeBufferPointer<UInt8>) -> GATEField? {
        if let known = GATEVocabulary.fields.first(where: { ByteText.equals(l, $0.label) }) { return known.field }
        // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
        // NB: words lie between spaces (`wordCount`); the first word ends at a space.
        let word = GATEVocabulary.recommendationWord
        let space = UInt8(ascii: " ")
        var i = 0
        while i < l.count, l[i] == space { i += 1 }
        guard (2...5).contains(ByteText.wordCount(l)), ByteText.starts(l, at: i, with: word, foldingCase: false) else { return nil }
        i += word.count
        guard i < l.count, l[i] == space else { return nil }
        while i < l.count, l[i] == space { i += 1 }
        guard let f = ByteText.scalar(at: i, in: l), Scalars.isNumber(f) || f == "#" || f == "(" else { return nil }
        return .recommendation
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
    private static let firstLetters = Set(GATEVocabulary.fields.compactMap(\.label.first))
}
