/// Known organizations named in a text, canonical, in order of first mention.
///
///     OrganizationMentions.find(in: "ILO and UN-Women have jointly …") == ["ILO", "UN Women"]
///     OrganizationMentions.find(in: "those who work") == []          (acronyms match in capitals only)
enum OrganizationMentions {
    /// (as written, canonical, case-sensitive) for every alias and known name.
    static let patterns: [(text: String, canonical: String, exactCase: Bool)] = {
        var out: [(String, String, Bool)] = []
        for (alias, canonical) in Vocabulary.organizationAliases {
            // NB: one-word aliases are acronyms (`ILO`, `UNW`): matched in capitals, so `who` is no WHO.
            if alias.contains(" ") || alias.contains("-") {
                out.append((alias, canonical, false))
            } else {
                out.append((alias.uppercased(), canonical, true))
            }
        }
        for name in Vocabulary.knownOrganizations {
            out.append((name, Vocabulary.canonicalOrganization(name) ?? name, true))
        }
        return out.sorted { $0.0.count > $1.0.count || $0.0.count == $1.0.count && $0.0 < $1.0 }
    }()

    static func find(in text: String) -> [String] {
        let lower = text.lowercased()
        var firsts: [String: Int] = [:]
        for p in patterns {
            let hay = p.exactCase ? text : lower
            let needle = p.exactCase ? p.text : p.text.lowercased()
            guard let at = firstWordMatch(needle, in: hay) else { continue }
            firsts[p.canonical] = min(firsts[p.canonical] ?? .max, at)
        }
        return firsts.sorted { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }.map(\.key)
    }

    /// Character offset of the first match standing as whole words.
    static func firstWordMatch(_ needle: String, in hay: String) -> Int? {
        var search = hay.startIndex..<hay.endIndex
        while let r = hay[search].firstRange(of: needle) {
            let before = r.lowerBound == hay.startIndex ? nil : hay[hay.index(before: r.lowerBound)]
            let after = r.upperBound == hay.endIndex ? nil : hay[r.upperBound]
            let edge: (Character?) -> Bool = { c in !(c?.isLetter ?? false) && !(c?.isNumber ?? false) }
            if edge(before) && edge(after) { return hay.distance(from: hay.startIndex, to: r.lowerBound) }
            search = r.upperBound..<hay.endIndex
        }
        return nil
    }
}
