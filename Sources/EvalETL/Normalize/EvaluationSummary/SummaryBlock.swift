/// What one block of an ILO summary is: a line of the text, or a `<p>`/`<li>`/text run of an HTML cell.
///
///     classify("MAIN FINDINGS & CONCLUSIONS")            -> .heading("MAIN FINDINGS & CONCLUSIONS")
///     classify("Component 3", standalone: true)          -> .subheading("Component 3")
///     classify("Coherence: Overall, the linkages …")     -> .field(label: "Coherence", value: "Overall, the linkages …")
///     classify("- 1) Ensure that the project …")         -> .numbered(1, "Ensure that the project …")
///     classify("- ❖ Promoting coordinated …")            -> .bullet("Promoting coordinated …")
///     classify("¹ This DWCP has extended to 2022: …")    -> .footnote("This DWCP has extended to 2022: …")
///     classify("existed between Components 1 and 2 …")   -> .text("existed between Components 1 and 2 …")
///
/// NB: the line is folded once into bytes; each step below reads a piece of them, and
/// only the kept text becomes a String.
enum SummaryBlock: Equatable, Sendable {
    case blank
    /// An upper-case line: a zone heading (`RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES`).
    case heading(String)
    /// A short stand-alone line without final punctuation: a section or an item title.
    case subheading(String)
    /// `Label: value` with a short label.
    case field(label: String, value: String)
    /// `1) text`, `1. text`, `- 1) text`, `(1) text`.
    case numbered(Int, String)
    /// `- text`, `• text`, `❖ text`.
    case bullet(String)
    /// `¹ text` or `[^1]: text`.
    case footnote(String)
    case text(String)

    typealias Bytes = ByteText.Bytes

    /// Classifies one block.
    /// - Parameters:
    ///   - standalone: blank lines (or block edges) stand before and after it.
    ///   - paragraphStart: a blank line (or a block edge) stands before it.
    static func classify<S: StringProtocol>(_ raw: S, standalone: Bool = true, paragraphStart: Bool = true) -> SummaryBlock {
        let line = ByteText.fold(raw)
        guard let first = line.first else { return .blank }
        let string: (Bytes) -> String = ByteText.string
        if MarkdownText.superscriptWidth(line, at: line.startIndex) > 0 {
            var rest = line
            while case let w = MarkdownText.superscriptWidth(rest, at: rest.startIndex), w > 0 { rest = rest.dropFirst(w) }
            return .footnote(string(MarkdownText.plain(rest)))
        }
        if line.starts(with: "[^".utf8), let close = line.firstIndex(of: UInt8(ascii: "]")) {
            return .footnote(string(MarkdownText.plain(line[(close + 1)...].drop { $0 == UInt8(ascii: ":") })))
        }
        let hashed = first == UInt8(ascii: "#")
        var unmarked = MarkdownText.stripHeadingMarks(line)
        // NB: `o Type of Evaluation : Thematic`: a cover's field written as a list item is the field.
        if let field = CoverLines.listedField(unmarked) { unmarked = field }
        if let (n, rest) = numberedItem(unmarked) {
            return .numbered(n, string(MarkdownText.plain(rest)))
        }
        if MarkdownText.hasBullet(unmarked) {
            return .bullet(string(MarkdownText.plain(MarkdownText.stripBullet(unmarked))))
        }
        let core = MarkdownText.plain(unmarked)
        guard !core.isEmpty else { return .blank }
        let colon = ByteText.firstRange(of: ByteText.colonSpace, in: core) ?? knownKeyColon(core)
        // NB: `ILO TC/SYMBOL: INT/18/01/NOR` is a fact in capitals, not a heading.
        if isUpperCase(core), colon.map({ QuickFacts.fact(forKey: core[..<$0.lowerBound]) == nil }) ?? true {
            return .heading(string(core))
        }
        if let colon {
            let label = ByteText.trimmingSpaces(core[..<colon.lowerBound])
            let value = ByteText.trimmingSpaces(core[colon.upperBound...])
            // NB: inside a wrapped paragraph only known keys (`Priority: High`) start a field.
            let known = CoverLines.isLabel(label)
                || Vocabulary.recommendationAttributeLabels.contains(string(ByteText.lowercased(label)[...]))
            if !value.isEmpty, isLabel(label), paragraphStart || known {
                return .field(label: string(label), value: string(value))
            }
        }
        if hashed || standalone && isSubheadingShaped(core) { return .subheading(string(core)) }
        return .text(string(core))
    }

    /// The colon of `Countries:Pakistan`: no space after it, but a known quick-fact key before it.
    static func knownKeyColon(_ s: Bytes) -> Range<Int>? {
        guard let colon = s.firstIndex(of: UInt8(ascii: ":")), QuickFacts.fact(forKey: s[..<colon]) != nil else { return nil }
        return colon..<(colon + 1)
    }

    /// `1) rest`, `1. rest`, `(1) rest`, after an optional `- ` / `* ` / bullet glyph.
    static func numberedItem(_ s: Bytes) -> (Int, Bytes)? {
        let isEmphasis = { (c: UInt8) in c == UInt8(ascii: "*") || c == UInt8(ascii: "_") }
        var t = MarkdownText.hasBullet(s) ? MarkdownText.stripBullet(s) : s
        t = t.drop(while: isEmphasis)
        let paren = t.first == UInt8(ascii: "(")
        if paren { t = t.dropFirst() }
        let digits = t.prefix(while: ByteText.isDigit)
        guard (1...3).contains(digits.count) else { return nil }
        t = t.dropFirst(digits.count)
        guard let mark = t.first, mark == UInt8(ascii: ")") || (!paren && mark == UInt8(ascii: ".")) else { return nil }
        t = t.dropFirst().drop(while: isEmphasis)
        guard t.first == 0x20 else { return nil }
        let rest = t.drop { $0 == 0x20 }
        return rest.isEmpty ? nil : (ByteText.decimal(digits), rest)
    }

    /// `numberedItem` of a line: the number and the line's text after the marker.
    static func numberedItem(_ s: Substring) -> (Int, Substring)? {
        guard let (n, rest) = numberedItem(Bytes(s.utf8)) else { return nil }
        return (n, s[s.utf8.index(s.startIndex, offsetBy: rest.startIndex)...])
    }

    /// Has at least two letters and no lower-case letter.
    static func isUpperCase(_ s: Bytes) -> Bool {
        // NB: running text fails at its first lower-case letter.
        var letters = 0
        var i = s.startIndex
        while i < s.endIndex {
            let (c, width) = Scalars.decode(s, at: i)
            i += width
            guard Scalars.isLetter(c) else { continue }
            if Scalars.isLowercase(c) { return false }
            if Scalars.isUppercase(c) { letters += 1 }
        }
        return letters >= 2 && ByteText.wordCount(s) <= 15 && s.last != UInt8(ascii: ".")
    }

    /// A short lead-in: starts upper-case, at most a few words, no sentence punctuation.
    static func isLabel(_ s: Bytes) -> Bool {
        guard let f = ByteText.scalar(at: s.startIndex, in: s), Scalars.isUppercase(f) || Scalars.isNumber(f),
              ByteText.scalarCount(s) <= 80, ByteText.wordCount(s) <= 8 else { return false }
        guard !s.contains(where: labelStops.contains), ByteText.firstRange(of: openingQuote, in: s) == nil else { return false }
        // NB: `Relevance, Coherence and Design` is a heading; `In 2019, the project had` is a sentence.
        return !s.contains(UInt8(ascii: ",")) || isTitleCase(s)
    }

    /// `.;!?"`: a byte no label holds (nor `“`).
    static let labelStops: Set<UInt8> = Set(".;!?\"".utf8)
    static let openingQuote = Array("\u{201C}".utf8)

    /// Most words of four letters or more start upper-case.
    static func isTitleCase(_ s: Bytes) -> Bool {
        let long = s.split(separator: 0x20).filter { ByteText.scalarCount($0) >= 4 }
        return long.count { ByteText.scalar(at: $0.startIndex, in: $0).map(Scalars.isUppercase) == true } * 2 > long.count
    }

    /// Starts upper-case (or with a digit), short, without final punctuation, not stopping mid-sentence.
    static func isSubheadingShaped(_ s: Bytes) -> Bool {
        guard let f = ByteText.scalar(at: s.startIndex, in: s), Scalars.isUppercase(f) || Scalars.isNumber(f),
              let l = ByteText.scalar(before: s.endIndex, in: s) else { return false }
        guard !SummaryVocabulary.finalPunctuation.contains(l), ByteText.scalarCount(s) <= 160 else { return false }
        let words = ByteText.wordCount(s)
        guard words <= 20 else { return false }
        let last = s[((s.lastIndex(of: 0x20) ?? (s.startIndex - 1)) + 1)...]
        return words == 1 || !SummaryVocabulary.continuingWords.contains(ByteText.string(last))
    }
}
