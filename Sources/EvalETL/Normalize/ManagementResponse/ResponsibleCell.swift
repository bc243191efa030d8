/// Finds where an action's description ends and its `Responsible` cell begins.
///
///     "…concerning WWD UN Women"                      -> text "…concerning WWD",  responsible "UN Women"
///     "KAZ: Engage … in the UNCT MCO Representative"  -> responsible "MCO Representative"
///     "…start of 2019. Inkeri von Hase Michael Stewart-Evans"
///                                                    -> responsible "Inkeri von Hase Michael Stewart-Evans"
///
/// The flattened row has no delimiter, so every split point among the last
/// `maxWords` words is tried and the LONGEST suffix whose parties all read under
/// `PartyGrammar` wins; a word ending a sentence never joins the responsible.
enum ResponsibleCell {
    /// Words a responsible cell may span.
    static let maxWords = 20

    struct Split: Equatable {
        var text: Substring
        var responsible: Substring?
        var parties: [Party]
    }

    /// Splits the text before the deadline (or status); `responsible` nil when no suffix reads.
    ///
    /// `pre` is folded text (`Text.fold`): single spaces, no other whitespace.
    static func split(_ pre: Substring) -> Split {
        var pre = trimmed(pre)
        // NB: `UN Women, 2021/07`: a separator left before the deadline is no party.
        while let l = pre.last, l == "," || l == ";" { pre = trimmed(pre[..<pre.index(before: pre.endIndex)]) }
        let tail = lastWords(pre, count: maxWords + 1)
        let tokens = PartyTokens.ranges(tail)
        guard tokens.count >= 2 else { return Split(text: trimmed(pre), responsible: nil, parties: []) }
        let lowest = tokens.count > maxWords ? tokens.count - maxWords : 1
        // NB: a suffix holding a word no party can hold (`to`, `2019.`) never reads,
        // so only the suffixes after the last such word are tried, and only their words
        // are read (once, for every suffix).
        let words = PartyWords(tokens: tokens[lowest...], in: tail, after: .foreign)
        let first = tokens.count - words.count
        for k in first..<tokens.count {
            let afterSentence = tail[tokens[k - 1]].last == "."
            if let parties = PartySplitter.parse(words, from: k - first, strict: true, afterSentence: afterSentence) {
                let cut = tokens[k].lowerBound
                return Split(text: trimmed(pre[..<cut]), responsible: trimmed(pre[cut...]), parties: parties)
            }
        }
        return Split(text: trimmed(pre), responsible: nil, parties: [])
    }

    /// The end of `text` holding at most `count` space-separated words (parentheses may make it more).
    ///
    /// NB: bounded work on 1 MB lines: only the tail is tokenized, and the cut
    /// backs off to before an open parenthesis whose close lies in the tail.
    static func lastWords(_ text: Substring, count: Int) -> Substring {
        let u = text.utf8
        let start: Int = ByteText.withUTF8(text) { b in
            var seen = 0
            var depth = 0
            var i = b.count
            var inWord = false
            var steps = 0
            while i > 0 {
                let j = i - 1
                let c = b[j]
                if c == UInt8(ascii: ")") { depth += 1 } else if c == UInt8(ascii: "(") && depth > 0 { depth -= 1 }
                if ByteText.isSpace(c) && depth == 0 {
                    if inWord {
                        seen += 1
                        if seen >= count { return i }
                    }
                    inWord = false
                } else {
                    inWord = true
                }
                i = j
                steps += 1
                if steps > 4_000 {
                    // The start of the character the cut falls inside.
                    while i > 0, UTF8.isContinuation(b[i]) { i -= 1 }
                    return i
                }
            }
            return 0
        }
        return text[u.index(u.startIndex, offsetBy: start)...]
    }

    /// `s` without leading and trailing whitespace.
    ///
    /// NB: index arithmetic, not `dropLast()`, which walks the whole slice. ASCII
    /// whitespace is dropped on bytes while its neighbour byte is ASCII too (so it
    /// is a character of its own); anything else is asked of `Character`.
    static func trimmed(_ s: Substring) -> Substring {
        // Fast path: no ASCII space or control at either end, nothing non-ASCII there.
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return s }
        let u = s.utf8
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi, ByteText.isSpace(u[lo]) {
            let next = u.index(after: lo)
            guard next == hi || u[next] < 0x80 else { break }
            lo = next
        }
        while lo < hi {
            let before = u.index(before: hi)
            guard ByteText.isSpace(u[before]), before == lo || u[u.index(before: before)] < 0x80 else { break }
            hi = before
        }
        return trimmedCharacters(s[lo..<hi])
    }

    /// `trimmed` by `Character`: the path for whitespace next to non-ASCII text.
    private static func trimmedCharacters(_ s: Substring) -> Substring {
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return s }
        var lo = s.startIndex
        var hi = s.endIndex
        while lo < hi, s[lo].isWhitespace { lo = s.index(after: lo) }
        while lo < hi {
            let before = s.index(before: hi)
            guard s[before].isWhitespace else { break }
            hi = before
        }
        return s[lo..<hi]
    }
}
