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
    static func split(_ pre: Substring) -> Split {
        var pre = trimmed(pre)
        // NB: `UN Women, 2021/07`: a separator left before the deadline is no party.
        while let l = pre.last, l == "," || l == ";" { pre = trimmed(pre[..<pre.index(before: pre.endIndex)]) }
        let tail = lastWords(pre, count: maxWords + 1)
        let tokens = PartyTokens.tokens(tail)
        guard tokens.count >= 2 else { return Split(text: trimmed(pre), responsible: nil, parties: []) }
        let lowest = tokens.count > maxWords ? tokens.count - maxWords : 1
        for k in lowest..<tokens.count {
            let candidate = tokens[k...]
            // NB: a suffix reaching back over a sentence end is never the cell.
            if candidate.contains(where: { w in !PartyTokens.isParen(w) && w.last == "." }) { continue }
            let afterSentence = tokens[k - 1].last == "."
            if let parties = PartySplitter.parse(candidate, strict: true, afterSentence: afterSentence) {
                let cut = tokens[k].startIndex
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
        var seen = 0
        var depth = 0
        var i = text.endIndex
        var inWord = false
        var steps = 0
        while i > text.startIndex {
            let j = text.index(before: i)
            let c = text[j]
            if c == ")" { depth += 1 } else if c == "(" && depth > 0 { depth -= 1 }
            if c.isWhitespace && depth == 0 {
                if inWord {
                    seen += 1
                    if seen >= count { return text[i...] }
                }
                inWord = false
            } else {
                inWord = true
            }
            i = j
            steps += 1
            if steps > 4_000 { return text[i...] }
        }
        return text
    }

    /// `s` without leading and trailing whitespace.
    ///
    /// NB: index arithmetic, not `dropLast()`, which walks the whole slice.
    static func trimmed(_ s: Substring) -> Substring {
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
