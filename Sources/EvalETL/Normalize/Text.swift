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
    /// in order of first appearance.
    ///
    ///     countries(in: "Multi-Country Office for Central Asia (Kazakhstan)") == ["Kazakhstan"]
    public static func countries(in text: String) -> [String] {
        var found: [(String.Index, String)] = []
        for name in Vocabulary.countries {
            var search = text.startIndex..<text.endIndex
            while let r = text[search].firstRange(of: name) {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
                if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) {
                    // "Guinea" inside "Papua New Guinea" is not a second country.
                    if !found.contains(where: { $0.1.contains(name) && $0.1 != name }) {
                        found.append((r.lowerBound, name))
                    }
                    break
                }
                search = r.upperBound..<text.endIndex
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0).inserted }
    }
}
