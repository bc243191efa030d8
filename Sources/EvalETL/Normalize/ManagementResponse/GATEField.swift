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
        switch l {
        case "recommendation", "recommendations", "recomendación", "recommandation": self = .recommendation
        case "management response", "management responses": self = .managementResponse
        case "description": self = .description
        case "management response category", "response category", "category": self = .responseCategory
        case "thematic area", "thematic areas": self = .thematicAreas
        case "operating principles", "operating principle": self = .operatingPrinciples
        case "organizational priorities", "organisational priorities", "organizational priority":
            self = .organizationalPriorities
        case "uneg criteria", "uneg criterion": self = .unegCriteria
        case "donor(s)", "donor", "donors": self = .donors
        default:
            let words = l.split(separator: " ")
            // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
            if (2...5).contains(words.count), words[0] == "recommendation",
               let f = words[1].first, f.isNumber || f == "#" || f == "(" {
                self = .recommendation
            } else {
                return nil
            }
        }
    }

    /// False when the first byte rules out every label above.
    ///
    /// NB: most `…:` lines are key action rows (`1. KAZ: …`); an ASCII first
    /// byte whose lowercase starts no label rejects them before lowercasing.
    private static func mayName(_ label: String) -> Bool {
        guard let f = label.utf8.first, f < 0x80 else { return true }
        return "rmdctouRMDCTOU".utf8.contains(f)
    }
}
