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

    public static func match(_ text: Substring) -> Match? {
        let ws = words(of: text, limit: 5)
        for (phrase, canonical) in phrases where ws.count >= phrase.count {
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
}
