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

    /// The field a label names (case and `Recommendation 3` numbers ignored), or nil.
    init?(label: String) {
        guard Self.mayName(label) else { return nil }
        let l = ByteText.lowercased(label)
        if let field = Self.names[l] {
            self = field
            return
        }
        let words = l.split(separator: " ")
        // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
        guard (2...5).contains(words.count), words[0] == "recommendation",
              let f = words[1].first, f.isNumber || f == "#" || f == "(" else { return nil }
        self = .recommendation
    }

    /// Each field by its lower-case labels.
    ///
    /// NB: one hash lookup instead of comparing the label with each name in turn.
    static let names: [String: GATEField] = {
        let labels: [(GATEField, [String])] = [
            (.recommendation, ["recommendation", "recommendations", "recomendación", "recommandation"]),
            (.managementResponse, ["management response", "management responses"]),
            (.description, ["description"]),
            (.responseCategory, ["management response category", "response category", "category"]),
            (.thematicAreas, ["thematic area", "thematic areas"]),
            (.operatingPrinciples, ["operating principles", "operating principle"]),
            (.organizationalPriorities, ["organizational priorities", "organisational priorities", "organizational priority"]),
            (.unegCriteria, ["uneg criteria", "uneg criterion"]),
            (.donors, ["donor(s)", "donor", "donors"]),
        ]
        var names: [String: GATEField] = [:]
        for (field, words) in labels { for w in words { names[w] = field } }
        return names
    }()

    /// False when the first byte rules out every label above.
    ///
    /// NB: most `…:` lines are key action rows (`1. KAZ: …`); an ASCII first
    /// byte whose lowercase starts no label rejects them before lowercasing.
    private static func mayName(_ label: String) -> Bool {
        guard let f = label.utf8.first, f < 0x80 else { return true }
        return "rmdctouRMDCTOU".utf8.contains(f)
    }
}
