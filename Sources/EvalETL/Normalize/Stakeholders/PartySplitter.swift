/// Splits a text that names parties into `Party` values (CONTRACT.md "stakeholder_roles").
///
///     "UN Women (WEE/SL Unit, Balochistan Sub Office)" -> [UN Women (organization), detail "WEE/SL Unit, Balochistan Sub Office"]
///     "Niaz Murtaza (Team Leader) and Rehana Shaikh"   -> [Niaz Murtaza (person, "Team Leader"), Rehana Shaikh (person)]
public enum PartySplitter {
    public static func split(_ text: String) -> [Party] {
        topLevelParts(text).compactMap { part in
            var name = Text.fold(part)
            var detail: String?
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                detail = Text.nonEmpty(name[name.index(after: open)..<name.index(before: name.endIndex)])
                name = Text.fold(name[..<open])
            }
            guard !name.isEmpty else { return nil }
            let canonical = Vocabulary.canonicalOrganization(name) ?? name
            return Party(name: canonical, kind: StakeholderClassifier.kind(of: canonical), detail: detail)
        }
    }

    /// The text cut at `,` `;` ` and ` ` & ` ` with ` outside parentheses.
    static func topLevelParts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        let chars = Array(text)
        var i = 0
        func cut() { parts.append(current); current = "" }
        while i < chars.count {
            let c = chars[i]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if c == "," || c == ";" { cut(); i += 1; continue }
                for sep in [" and ", " & ", " with "] {
                    let s = Array(sep)
                    if i + s.count <= chars.count && Array(chars[i..<(i + s.count)]) == s {
                        cut()
                        i += s.count - 1
                        break
                    }
                }
                if current.isEmpty && chars[i] == " " { i += 1; continue }
            }
            current.append(chars[i])
            i += 1
        }
        cut()
        return parts.map { Text.fold($0) }.filter { !$0.isEmpty }
    }
}
