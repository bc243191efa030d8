/// Words of a party text, with a parenthesis kept as one word, and the word shapes the grammar reads.
///
///     tokens("UN Women (WEE/SL Unit, Balochistan Sub Office) 2021/06")
///         == ["UN", "Women", "(WEE/SL Unit, Balochistan Sub Office)", "2021/06"]
enum PartyTokens {
    /// Space-separated words; a balanced parenthesis group is one word. `text` is
    /// folded (`Text.fold`): only ASCII whitespace separates words.
    ///
    /// NB: an unbalanced `(` is read as an ordinary character, so one stray
    /// bracket cannot glue the rest of a 1 MB line into a single word.
    static func tokens(_ text: Substring) -> [Substring] {
        let u = text.utf8
        let open = UInt8(ascii: "(")
        let closes = matchingCloses(u)
        var out: [Substring] = []
        var i = u.startIndex
        while i < u.endIndex {
            while i < u.endIndex, isSpace(u[i]) { i = u.index(after: i) }
            guard i < u.endIndex else { break }
            let start = i
            var closeAt: String.Index?
            while i < u.endIndex {
                let c = u[i]
                if let end = closeAt {
                    if i == end { closeAt = nil }
                } else if c == open, let end = closes[i] {
                    closeAt = end
                } else if isSpace(c) {
                    break
                }
                i = u.index(after: i)
            }
            out.append(text[start..<i])
        }
        return out
    }

    /// For each `(` that has a matching `)`, the index of that `)`.
    private static func matchingCloses(_ u: Substring.UTF8View) -> [String.Index: String.Index] {
        var stack: [String.Index] = []
        var pairs: [String.Index: String.Index] = [:]
        var i = u.startIndex
        while i < u.endIndex {
            let c = u[i]
            if c == UInt8(ascii: "(") {
                if stack.count < 64 { stack.append(i) }
            } else if c == UInt8(ascii: ")"), let open = stack.popLast() {
                if stack.isEmpty { pairs[open] = i }
            }
            i = u.index(after: i)
        }
        return pairs
    }

    /// ASCII whitespace: space, tab, line feed, vertical tab, form feed, carriage return.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// A word no party of a strict reading can hold, wherever it stands: it ends a
    /// sentence, holds a digit, or is a lowercase word that no vocabulary,
    /// connector or filler of `PartyGrammar` and `PartySplitter` accepts (`to`, `gender`).
    /// Every suffix of a responsible cell that holds one fails to read.
    static func isForeignToParties(_ w: Substring) -> Bool {
        if isParen(w) { return false }
        var word = w
        if let l = word.last, l == "," || l == ";" { word = word.dropLast() }
        guard let l = word.last, let f = word.first else { return false }
        if l == "." || l == ":" || l == "!" || l == "?" { return true }
        if word.contains(where: \.isNumber) { return true }
        guard f.isLowercase else { return false }
        return !partyLowercaseWords.contains(word.lowercased())
            && !partyLowercaseWords.contains(withoutPluralMark(word).lowercased())
    }

    /// Every lowercase word that some reading of a party accepts (lowercased).
    static let partyLowercaseWords: Set<String> = {
        var words: Set<String> = ["and", "&", "the", "y", "et", "la", "le", "with"]
        let phrases = Array(Vocabulary.organizationsByKey.keys) + Vocabulary.knownOrganizations
            + Vocabulary.organizationNouns + Vocabulary.groupNouns + Vocabulary.countries
        for p in phrases { for w in p.split(separator: " ") { words.insert(w.lowercased()) } }
        for set in [Vocabulary.roleConnectors, Vocabulary.organizationHeads, Vocabulary.roleModifiers,
                    Vocabulary.roleNouns, Vocabulary.nameParticles, Vocabulary.partyFillerWords,
                    Vocabulary.nameHonorifics] {
            for w in set { words.insert(w.lowercased()) }
        }
        return words
    }()

    /// `(…)` as one word.
    static func isParen(_ w: Substring) -> Bool { w.utf8.count >= 2 && w.first == "(" && w.last == ")" }

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
