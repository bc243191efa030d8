/// Reads a canonical action status from the start of a text, longest phrase first.
///
///     match("Overdue-Not Initiated To be followed up") -> ("Overdue-Not Initiated", rest "To be followed up")
///     match("Over due no comment")                     -> ("Overdue", rest "no comment")
///     match("completed")                               -> ("Completed", rest "")
///
/// Words are compared case-insensitively; `-`, `–` and spaces separate words alike;
/// `over due` and `on going` are read as one word.
public enum StatusMatcher {
    public struct Match: Equatable, Sendable {
        public var status: String
        /// The text after the status phrase, trimmed.
        public var rest: Substring
    }

    /// (word sequence, canonical) by its first word, longest sequence first.
    static let phrasesByFirstWord: [String: [([String], String)]] = {
        var all: [([String], String)] = Vocabulary.actionStatuses.map { (words(of: $0[...]).map(\.word), $0) }
        all += Vocabulary.statusVariants.map { (words(of: $0.key[...]).map(\.word), $0.value) }
        return Dictionary(grouping: all.sorted { $0.0.count > $1.0.count }, by: { $0.0[0] })
    }()

    /// Words read from a text: those of the longest phrase, at most five.
    static let wordLimit = min(5, phrasesByFirstWord.values.joined().map(\.0.count).max() ?? 0)

    public static func match(_ text: Substring) -> Match? {
        // NB: most texts tried start with no status word; the first byte of the first word
        // and then one lookup of it rule out every phrase, and only phrases with it are compared.
        guard mayStartPhrase(text) else { return nil }
        let ws = words(of: text, limit: wordLimit)
        guard let first = ws.first, let candidates = phrasesByFirstWord[first.word] else { return nil }
        for (phrase, canonical) in candidates where ws.count >= phrase.count {
            if zip(phrase, ws).allSatisfy({ $0 == $1.word }) {
                // NB: a word ends at a separator or the end, so the phrase ends at a word boundary.
                let end = ws[phrase.count - 1].end
                let skipped = ByteText.withUTF8(text[end...]) { b in
                    var k = 0
                    while k < b.count, restSkipped.contains(b[k]), !ByteText.extendsCharacter(b, at: k + 1) { k += 1 }
                    return k
                }
                return Match(status: canonical, rest: text[text.utf8.index(end, offsetBy: skipped)...])
            }
        }
        return nil
    }

    /// False when the first byte of the first word rules out every phrase's first word.
    ///
    /// NB: an ASCII byte after ASCII separators starts the first word, and lower-cased
    /// starts its lowercase form; anything else is left to `words`.
    private static func mayStartPhrase(_ text: Substring) -> Bool {
        for c in text.utf8 where c != UInt8(ascii: " ") && c != UInt8(ascii: "-") && c != UInt8(ascii: "\t") {
            return c >= 0x80 || firstBytes.contains(ByteText.lower(c))
        }
        return false
    }

    /// The first bytes of the phrases' first words.
    private static let firstBytes = Set(phrasesByFirstWord.keys.compactMap(\.utf8.first))

    /// What stands between a status and the text after it.
    private static let restSkipped = Array(" -.:\t".utf8)

    /// The status a flattened row's cells go on with: a known phrase (`match`), else the first
    /// word, kept as written; nil for an empty text.
    ///
    ///     leading("Overdue-Initiated Met twice") == ("Overdue-Initiated", known: true, rest: "Met twice")
    ///     leading("Delayed by a month")          == ("Delayed", known: false, rest: "by a month")
    ///
    /// NB: `text` is folded: a space is the one white space in it. The first word ends at the
    /// first space even when a combining mark follows it (`Ongoing \u{301}n-house`): the
    /// status a reader sees is `Ongoing`, and the stray mark starts the comment.
    static func leading(_ text: Substring) -> (status: String, known: Bool, rest: Substring)? {
        if let m = match(text) { return (m.status, true, m.rest) }
        guard !text.isEmpty else { return nil }
        guard let space = text.utf8.firstIndex(of: 0x20) else { return (String(text), false, text[text.endIndex...]) }
        return (String(text[..<space]), false, text[text.utf8.index(after: space)...])
    }

    /// Lowercased words with the index just past each, joining `over due`/`on going`;
    /// ` `, `-`, `–` and tab separate them, and `.,;:` after one is no part of it.
    static func words(of text: Substring, limit: Int = .max) -> [(word: String, end: String.Index)] {
        let u = text.utf8
        return ByteText.withUTF8(text) { b in
            func separator(_ i: Int) -> Int {
                ByteText.markWidth(b, at: i) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "\t") }
            }
            let n = b.count
            var out: [(word: String, end: String.Index)] = []
            var i = 0
            while i < n && out.count < limit {
                while i < n, separator(i) > 0 { i += separator(i) }
                guard i < n else { break }
                var j = i
                while j < n, separator(j) == 0 { j += 1 }
                var wordEnd = j
                while wordEnd > i, isWordPunctuation(b[wordEnd - 1]) { wordEnd -= 1 }
                let w = ByteText.withLowercased(UnsafeBufferPointer(rebasing: b[i..<wordEnd]), ByteText.string)
                let end = u.index(u.startIndex, offsetBy: j)
                if let prev = out.last, (prev.word == "over" && w == "due") || (prev.word == "on" && w == "going") {
                    out[out.count - 1] = (prev.word + w, end)
                } else {
                    out.append((w, end))
                }
                i = j
            }
            return out
        }
    }

    @inline(__always) private static func isWordPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
    }
}
