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

    /// (word sequence, canonical), longest sequence first.
    static let phrases: [([String], String)] = {
        var all: [([String], String)] = Vocabulary.actionStatuses.map { (words(of: $0[...]).map(\.word), $0) }
        all += Vocabulary.statusVariants.map { (words(of: $0.key[...]).map(\.word), $0.value) }
        return all.sorted { $0.0.count > $1.0.count }
    }()

    /// `phrases` by their first word (longest first within each); nil if some phrase has no words.
    static let phrasesByFirstWord: [String: [([String], String)]]? = {
        phrases.contains { $0.0.isEmpty } ? nil : Dictionary(grouping: phrases, by: { $0.0[0] })
    }()

    /// Words read from a text: those of the longest phrase, at most five.
    static let wordLimit = min(5, phrases.map(\.0.count).max() ?? 0)

    public static func match(_ text: Substring) -> Match? {
        let ws = words(of: text, limit: wordLimit)
        // NB: most texts tried start with no status word; one lookup rules out every phrase,
        // and only phrases with the text's first word are compared.
        var candidates = phrases[...]
        if let phrasesByFirstWord {
            guard let first = ws.first, let sharing = phrasesByFirstWord[first.word] else { return nil }
            candidates = sharing[...]
        }
        for (phrase, canonical) in candidates where ws.count >= phrase.count {
            if zip(phrase, ws).allSatisfy({ $0 == $1.word }) {
                let end = ws[phrase.count - 1].end
                // The phrase must end at a word boundary.
                if end < text.endIndex, text[end].isLetter { continue }
                let rest = text[end...].drop { $0 == " " || $0 == "-" || $0 == "." || $0 == ":" || $0 == "\t" }
                return Match(status: canonical, rest: rest)
            }
        }
        return nil
    }

    /// The canonical status of a whole cell, or nil.
    public static func canonical(_ cell: String) -> String? {
        guard let m = match(cell[...]), m.rest.isEmpty else { return nil }
        return m.status
    }

    /// Lowercased words with the index just past each, joining `over due`/`on going`.
    static func words(of text: Substring, limit: Int = .max) -> [(word: String, end: String.Index)] {
        if let ascii = asciiWords(of: text, limit: limit) { return ascii }
        var out: [(word: String, end: String.Index)] = []
        var i = text.startIndex
        while i < text.endIndex && out.count < limit {
            while i < text.endIndex, text[i] == " " || text[i] == "-" || text[i] == "–" || text[i] == "\t" {
                i = text.index(after: i)
            }
            guard i < text.endIndex else { break }
            var j = i
            while j < text.endIndex, text[j] != " ", text[j] != "-", text[j] != "–", text[j] != "\t" {
                j = text.index(after: j)
            }
            var w = text[i..<j].lowercased()
            while let last = w.last, last == "." || last == "," || last == ";" || last == ":" { w.removeLast() }
            if let prev = out.last, (prev.word == "over" && w == "due") || (prev.word == "on" && w == "going") {
                out[out.count - 1] = (prev.word + w, j)
            } else {
                out.append((w, j))
            }
            i = j
        }
        return out
    }

    /// `words(of:limit:)` read on bytes, or nil when a byte it reads (or the one
    /// after the last word) is not plain ASCII and so may change the characters.
    private static func asciiWords(of text: Substring, limit: Int) -> [(word: String, end: String.Index)]? {
        let u = text.utf8
        @inline(__always) func isSeparator(_ b: UInt8) -> Bool {
            b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "\t")
        }
        @inline(__always) func isPlain(_ b: UInt8) -> Bool { b < 0x80 && b != 0x0D }
        return ByteText.withUTF8(text) { b -> [(word: String, end: String.Index)]? in
            let n = b.count
            var out: [(word: String, end: String.Index)] = []
            var i = 0
            while i < n && out.count < limit {
                while i < n, isSeparator(b[i]) { i += 1 }
                guard i < n else { break }
                var j = i
                while j < n, !isSeparator(b[j]) {
                    guard isPlain(b[j]) else { return nil }
                    j += 1
                }
                var wordEnd = j
                while wordEnd > i, isWordPunctuation(b[wordEnd - 1]) { wordEnd -= 1 }
                // NB: plain ASCII bytes: lowercasing sets one bit of each capital.
                let w = String(unsafeUninitializedCapacity: wordEnd - i) { lower in
                    for k in i..<wordEnd { lower[k - i] = ByteText.isUpper(b[k]) ? b[k] | 0x20 : b[k] }
                    return wordEnd - i
                }
                let end = u.index(u.startIndex, offsetBy: j)
                if let prev = out.last, (prev.word == "over" && w == "due") || (prev.word == "on" && w == "going") {
                    out[out.count - 1] = (prev.word + w, end)
                } else {
                    out.append((w, end))
                }
                i = j
            }
            // NB: a separator is a character of its own only when a plain byte follows it.
            if i < n {
                let next = i + 1
                if !isPlain(b[i]) || (next < n && !isPlain(b[next])) { return nil }
            }
            return out
        }
    }

    @inline(__always) private static func isWordPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
    }
}
