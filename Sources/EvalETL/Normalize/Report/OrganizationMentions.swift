/// Known organizations named in a text, canonical, in order of first mention.
///
///     OrganizationMentions.find(in: "ILO and UN-Women have jointly …") == ["ILO", "UN Women"]
///     OrganizationMentions.find(in: "those who work") == []          (acronyms match in capitals only)
enum OrganizationMentions {
    /// (bytes to find, canonical, case-sensitive) for every alias and known name; a case-insensitive one is lower-case.
    static let patterns: [(needle: [UInt8], canonical: String, exactCase: Bool)] = {
        // NB: one-word aliases are acronyms (`ILO`, `UNW`): matched in capitals, so `who` is no WHO.
        let aliases = Vocabulary.organizationAliasSpellings.map { alias, canonical in
            alias.contains(" ") || alias.contains("-")
                ? (ByteText.lowercased(alias.utf8), canonical, false) : (Array(alias.uppercased().utf8), canonical, true)
        }
        return aliases + Vocabulary.knownOrganizations.map { (Array($0.utf8), Vocabulary.canonicalOrganization($0) ?? $0, true) }
    }()

    /// NB: a funder is no owner (`Text.withoutFunders`: `a UN Women project funded by the EU` -> UN Women).
    static func find(in text: String) -> [String] {
        let text = Text.withoutFunders(text)
        let exact = Array(text.utf8)
        let lower = ByteText.lowercased(text.utf8)
        var firsts: [String: Int] = [:]
        for p in patterns {
            guard let at = ByteText.firstWordOffset(of: p.needle, in: p.exactCase ? exact : lower) else { continue }
            firsts[p.canonical] = min(firsts[p.canonical] ?? .max, at)
        }
        return firsts.sorted { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }.map(\.key)
    }
}
