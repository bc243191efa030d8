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
///
/// NB: a function of the text alone, so another management response layout can split its cells with it.
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
    static func split(_ pre: Substring, lexicon: PartyLexicon) -> Split {
        var pre = Text.trimmed(pre)
        // NB: `UN Women, 2021/07`: a separator left before the deadline is no party.
        while PartyTokens.endsInSeparator(pre) { pre = Text.trimmed(PartyTokens.droppingLast(pre)) }
        let tail = lastWords(pre, count: maxWords + 1)
        let tokens = PartyTokens.ranges(tail)
        guard tokens.count >= 2 else { return Split(text: Text.trimmed(pre), responsible: nil, parties: []) }
        let lowest = tokens.count > maxWords ? tokens.count - maxWords : 1
        // NB: a suffix holding a word no party can hold (`to`, `2019.`) never reads,
        // so only the suffixes after the last such word are tried, and only their words
        // are read (once, for every suffix).
        let words = PartyWords(tokens: tokens[lowest...], in: tail, after: .foreign, lexicon: lexicon)
        let first = tokens.count - words.count
        for k in first..<tokens.count {
            let afterSentence = tail[tokens[k - 1]].utf8.last == UInt8(ascii: ".")
            if let parties = PartySplitter.parse(words, from: k - first, strict: true, afterSentence: afterSentence) {
                let cut = tokens[k].lowerBound
                return Split(text: Text.trimmed(pre[..<cut]), responsible: Text.trimmed(pre[cut...]), parties: parties)
            }
        }
        return Split(text: Text.trimmed(pre), responsible: nil, parties: [])
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
}
