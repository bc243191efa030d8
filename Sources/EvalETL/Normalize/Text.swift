/// Small text helpers shared by the parsers.
public enum Text {
    /// Every whitespace run (newlines included) becomes one space; ends trimmed.
    ///
    ///     Text.fold("  a \n b ") == "a b"
    public static func fold<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s.unicodeScalars {
            if ch.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Trimmed, or nil when nothing is left.
    ///
    ///     Text.nonEmpty("  ") == nil
    public static func nonEmpty<S: StringProtocol>(_ s: S?) -> String? {
        guard let s else { return nil }
        let f = fold(s)
        return f.isEmpty ? nil : f
    }

    /// Splits a GATE list field on `, `, keeping vocabulary items that contain a
    /// comma whole and dropping `Not applicable`.
    ///
    ///     splitList("Advocacy, Evidence, Data and statistics, Not applicable")
    ///         == ["Advocacy", "Evidence, Data and statistics"]
    public static func splitList(_ value: String) -> [String] {
        var rest = fold(value)[...]
        var items: [String] = []
        outer: while !rest.isEmpty {
            for item in Vocabulary.commaItems where rest.lowercased().hasPrefix(item.lowercased()) {
                let after = rest.dropFirst(item.count)
                if after.isEmpty || after.hasPrefix(",") {
                    items.append(item)
                    rest = after.drop { $0 == "," || $0 == " " }
                    continue outer
                }
            }
            if let comma = rest.firstIndex(of: ",") {
                items.append(fold(rest[..<comma]))
                rest = rest[rest.index(after: comma)...].drop { $0 == " " }
            } else {
                items.append(fold(rest))
                rest = ""
            }
        }
        return items.filter { !$0.isEmpty && $0.lowercased() != Vocabulary.notApplicable.lowercased() }
    }

    /// Country names from `Vocabulary.countries` that stand in `text` as whole words,
    /// in order of first appearance; the longest name wins (`Papua New Guinea`, not `Guinea`).
    ///
    ///     countries(in: "Multi-Country Office for Central Asia (Kazakhstan)") == ["Kazakhstan"]
    public static func countries(in text: String) -> [String] {
        let words = letterWords(text)
        var found: [String] = []
        var i = 0
        while i < words.count {
            var matched = 0
            if let candidates = countryIndex[words[i]] {
                for (name, parts) in candidates where i + parts.count <= words.count
                    && Array(words[i..<(i + parts.count)]) == parts {
                    if !found.contains(name) { found.append(name) }
                    matched = parts.count
                    break
                }
            }
            i += max(1, matched)
        }
        return found
    }

    /// Country names by first word, each with its words; longest first.
    static let countryIndex: [String: [(String, [String])]] = {
        var index: [String: [(String, [String])]] = [:]
        for name in Vocabulary.countries {
            let parts = letterWords(name)
            guard let first = parts.first else { continue }
            index[first, default: []].append((name, parts))
        }
        for k in index.keys { index[k]!.sort { $0.1.count > $1.1.count } }
        return index
    }()

    /// Runs of letters (and apostrophes, hyphens inside names), as written.
    static func letterWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in text.unicodeScalars {
            if ch.properties.isAlphabetic || ((ch == "'" || ch == "-") && !current.isEmpty) {
                current.unicodeScalars.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { w in
            var w = w
            while let last = w.last, last == "'" || last == "-" { w.removeLast() }
            return w
        }
    }
}
