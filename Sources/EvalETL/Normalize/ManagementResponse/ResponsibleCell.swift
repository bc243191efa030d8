/// Finds where an action's description ends and its `Responsible` cell begins.
///
///     "…concerning WWD UN Women"                      -> text "…concerning WWD",  responsible "UN Women"
///     "KAZ: Engage … in the UNCT MCO Representative"  -> responsible "MCO Representative"
///     "…start of 2019. Inkeri von Hase Michael Stewart-Evans"
///                                                    -> responsible "Inkeri von Hase Michael Stewart-Evans"
///     "…a plan for sustainability CPMs, Programme Officer (VAW)"
///                                                    -> responsible "CPMs, Programme Officer (VAW)"
///
/// The flattened row has no delimiter, so every split point among the last
/// `maxWords` words is tried and the LONGEST suffix whose parties all read under
/// `PartyGrammar` wins; a word ending a sentence never joins the responsible.
/// A description never ends in a separator or an `and`: when the cell found follows a `,`, `;`,
/// `and` or `or`, the parties listed before it join the cell (`listedBefore`). Nor does it end in a connector
/// waiting for its object (`including`, `to`): the cell's first party is that object (`afterDangling`), or, when it
/// is the only one, the cut is kept and said to be doubtful (`Split.dangling`).
///
/// NB: a function of the text alone, so another management response layout can split its cells with it.
enum ResponsibleCell {
    /// Words a responsible cell may span.
    static let maxWords = 20

    struct Split: Equatable {
        var text: Substring
        var responsible: Substring?
        var parties: [Party]
        /// The word the text ends in when it is a connector waiting for its object (`including`, `to`) and the cell,
        /// one party, could not move right (`afterDangling`): the cut may stand too early.
        var dangling: Substring? = nil
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
            if var parties = PartySplitter.parse(words, from: k - first, strict: true, afterSentence: afterSentence) {
                var k = k
                if !PartyWords.read(tail[tokens[k - 1]], separators: true, lexicon).shape.isDisjoint(with: [.cut, .andWord]),
                   let listed = listedBefore(k - first, words) {
                    k = listed.start + first
                    parties = listed.parties
                }
                var dangling: Substring?
                var moved = false
                if isDangling(tail[tokens[k - 1]]) {
                    if let object = afterDangling(k - first, words) {
                        k = object.start + first
                        parties = object.parties
                        moved = true
                    } else {
                        dangling = tail[tokens[k - 1]]
                    }
                }
                let cut = tokens[k].lowerBound
                let cell = Text.trimmed(pre[cut...])
                // NB: `MJL/ONU Femmes`: a slash written close between two parties parts them (`PartySplitter.partingSlashes`).
                if cell.utf8.contains(UInt8(ascii: "/")), PartySplitter.partingSlashes(cell, lexicon: lexicon) != cell {
                    parties = PartySplitter.split(String(cell), lexicon: lexicon)
                }
                var text = Text.trimmed(pre[..<cut])
                // NB: moved past the object (`afterDangling`), the text ends at the separator that parted it.
                if moved, PartyTokens.endsInSeparator(text) { text = Text.trimmed(PartyTokens.droppingLast(text)) }
                return Split(text: text, responsible: cell, parties: parties, dangling: dangling)
            }
        }
        return Split(text: Text.trimmed(pre), responsible: nil, parties: [])
    }

    /// The longest list of parties that ends a row's words at the cell found at word `cell`, when a
    /// separator or an `and` stands before that cell: its start (a word before `cell`) and its parties; nil when
    /// no word before the separator reads as a party. The first party listed may be one that never
    /// opens a cell alone (`CPMs`, `RPD or Officer-in-Charge (OIC)`), as after a sentence's end.
    ///
    ///     "… for sustainability CPMs, Programme Officer (VAW)"   -> "CPMs, Programme Officer (VAW)"
    ///     "… [BY RPD] RPD or Officer-in-Charge (OIC), Programme Officer (VAW)" -> "RPD or Officer-in-Charge (OIC), …"
    ///
    /// NB: the row was split at `cell` strictly, so a longer list only adds the parties before the separator.
    static func listedBefore(_ cell: Int, _ words: PartyWords) -> (start: Int, parties: [Party])? {
        for j in 0..<cell {
            if let parties = PartySplitter.parse(words, from: j, strict: true, afterSentence: true) { return (j, parties) }
        }
        return nil
    }

    /// The word is a connector that waits for its object (`Vocabulary.danglingWords`: `including`, `of`, `to`).
    ///
    /// NB: asked only once a cut is otherwise decided; the bytes are compared as written, no copy.
    static func isDangling(_ word: Substring) -> Bool {
        ByteText.withUTF8(word) { b in danglingWords.contains { ByteText.equals(b, $0) } }
    }

    private static let danglingWords = Vocabulary.danglingWords.map { Array($0.utf8) }

    /// The cell found at word `cell` after a text ending in a connector (`isDangling`), moved past its first party,
    /// the connector's object, when a `,` or `;` parts it from the rest and the rest reads: its start and parties;
    /// nil when the cell is one party.
    ///
    ///     "… of CARO VAW Programming including CO VAW Programming Communication Officer, CPMs"
    ///         -> text "… including CO VAW Programming Communication Officer", responsible "CPMs"
    static func afterDangling(_ cell: Int, _ words: PartyWords) -> (start: Int, parties: [Party])? {
        guard let separator = (cell..<words.count - 1).first(where: { words[$0].is(.cut) }),
              let parties = PartySplitter.parse(words, from: separator + 1, strict: true, afterSentence: true) else { return nil }
        return (separator + 1, parties)
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
