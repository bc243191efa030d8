/// Words of a party text, with a parenthesis kept as one word, and the word shapes the grammar reads.
///
///     tokens("UN Women (WEE/SL Unit, Balochistan Sub Office) 2021/06")
///         == ["UN", "Women", "(WEE/SL Unit, Balochistan Sub Office)", "2021/06"]
enum PartyTokens {
    /// Space-separated words; a balanced parenthesis group is one word.
    ///
    /// NB: an unbalanced `(` is read as an ordinary character, so one stray
    /// bracket cannot glue the rest of a 1 MB line into a single word.
    static func tokens(_ text: Substring) -> [Substring] {
        var out: [Substring] = []
        let closes = matchingCloses(text)
        var i = text.startIndex
        while i < text.endIndex {
            while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            guard i < text.endIndex else { break }
            let start = i
            var closeAt: String.Index?
            while i < text.endIndex {
                let c = text[i]
                if let end = closeAt {
                    if i == end { closeAt = nil }
                } else if c == "(", let end = closes[i] {
                    closeAt = end
                } else if c.isWhitespace {
                    break
                }
                i = text.index(after: i)
            }
            out.append(text[start..<i])
        }
        return out
    }

    /// For each `(` that has a matching `)`, the index of that `)`.
    private static func matchingCloses(_ text: Substring) -> [String.Index: String.Index] {
        var stack: [String.Index] = []
        var pairs: [String.Index: String.Index] = [:]
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "(" {
                if stack.count < 64 { stack.append(i) }
            } else if c == ")", let open = stack.popLast() {
                if stack.isEmpty { pairs[open] = i }
            }
            i = text.index(after: i)
        }
        return pairs
    }

    /// `(…)` as one word.
    static func isParen(_ w: Substring) -> Bool { w.first == "(" && w.last == ")" && w.count >= 2 }

    /// The text inside a parenthesis word, folded.
    static func parenInner(_ w: Substring) -> String {
        Text.fold(w.dropFirst().dropLast())
    }

    /// An office or scope code: `MCO`, `KAZ`, `KAZ/TKM`, `IEO`, `ROs`.
    static func isCode(_ w: Substring) -> Bool {
        if Vocabulary.officeCodes.contains(String(w)) { return true }
        // `M&E`
        if (3...5).contains(w.count), w.contains("&"),
           w.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || $0 == "&" }) { return true }
        let parts = w.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        return parts.allSatisfy { p in
            (2...5).contains(p.count) && p.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
        }
    }

    static func isOfficeCode(_ w: Substring) -> Bool { Vocabulary.officeCodes.contains(String(w)) }

    /// A capitalised word with lowercase letters in it: `Programme`, `Comms/Advocacy`, `Stewart-Evans`.
    static func isTitleWord(_ w: Substring) -> Bool {
        let w = withoutPluralMark(w)
        guard let f = w.first, f.isUppercase, f.isLetter else { return false }
        var hasLower = false
        for c in w {
            if c.isLowercase { hasLower = true; continue }
            if c.isLetter { continue }
            if c == "-" || c == "/" || c == "'" || c == "’" || c == "&" { continue }
            return false
        }
        return hasLower
    }

    /// A lowercase word of letters: `programme`, `staff`.
    static func isLowerWord(_ w: Substring) -> Bool {
        guard let f = w.first, f.isLowercase else { return false }
        return w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" }
    }

    /// The last word of a post, team or office (`Specialists`, `staff`, `Unit`).
    static func isRoleNoun(_ w: Substring) -> Bool {
        Vocabulary.roleNouns.contains(withoutPluralMark(w).lowercased())
    }

    /// `Specialist(s)` -> `Specialist`.
    static func withoutPluralMark(_ w: Substring) -> Substring {
        w.hasSuffix("(s)") && w.count > 3 ? w.dropLast(3) : w
    }
}
