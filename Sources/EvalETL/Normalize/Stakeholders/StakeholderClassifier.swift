/// Decides a stakeholder's kind from its canonical name.
///
///     "UN Women" -> organization, "MCO Representative" -> unit,
///     "beneficiaries" -> group, "Rehana Shaikh" -> person
public enum StakeholderClassifier {
    static let unitWords: Set<String> = [
        "unit", "office", "representative", "specialist", "specialists", "staff", "team",
        "manager", "managers", "officer", "officers", "coordinator", "section", "division",
        "mco", "co", "ro", "hq", "ieo", "advisor", "adviser", "director", "head", "focal",
    ]
    static let groupWords: Set<String> = [
        "beneficiaries", "communities", "community", "women", "workers", "households",
        "participants", "youth", "men", "girls", "boys", "families",
    ]

    public static func kind(of name: String) -> StakeholderKind {
        if Vocabulary.canonicalOrganization(name) != nil { return .organization }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "/" }).map { $0.lowercased() }
        if words.contains(where: unitWords.contains) { return .unit }
        if let last = words.last, groupWords.contains(last), name.first?.isLowercase ?? false { return .group }
        let titleCase = name.split(separator: " ").allSatisfy { w in
            guard let f = w.first else { return false }
            return (f.isUppercase && w.dropFirst().contains(where: \.isLowercase))
                || ["von", "van", "de", "da", "del", "der", "di", "bin", "al", "le", "la"].contains(w)
        }
        if titleCase && words.count >= 2 && words.count <= 4 { return .person }
        return .organization
    }
}
