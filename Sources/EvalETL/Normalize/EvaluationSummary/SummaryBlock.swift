/// What one block of an ILO summary is: a line of the text, or a `<p>`/`<li>`/text run of an HTML cell.
///
///     classify("MAIN FINDINGS & CONCLUSIONS")            -> .heading("MAIN FINDINGS & CONCLUSIONS")
///     classify("Component 3", standalone: true)          -> .subheading("Component 3")
///     classify("Coherence: Overall, the linkages …")     -> .field(label: "Coherence", value: "Overall, the linkages …")
///     classify("- 1) Ensure that the project …")         -> .numbered(1, "Ensure that the project …")
///     classify("- ❖ Promoting coordinated …")            -> .bullet("Promoting coordinated …")
///     classify("¹ This DWCP has extended to 2022: …")    -> .footnote("This DWCP has extended to 2022: …")
///     classify("existed between Components 1 and 2 …")   -> .text("existed between Components 1 and 2 …")
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

    static let maxLabelWords = 8
    static let maxSubheadingWords = 20
    static let maxSubheadingLength = 160
    static let finalPunctuation: Set<Character> = [".", ":", ";", ",", "!", "?", "…"]

    /// Classifies one block.
    /// - Parameters:
    ///   - standalone: blank lines (or block edges) stand before and after it.
    ///   - paragraphStart: a blank line (or a block edge) stands before it.
    static func classify<S: StringProtocol>(_ raw: S, standalone: Bool = true, paragraphStart: Bool = true) -> SummaryBlock {
        let bytePath = raw.utf8.withContiguousStorageIfAvailable { b in
            ByteText.scan(b).simple ? classifyBytes(b, standalone: standalone, paragraphStart: paragraphStart) : nil
        }
        if let block = bytePath ?? nil { return block }
        return classifyCharacters(raw, standalone: standalone, paragraphStart: paragraphStart)
    }

    /// `classify` by Characters, for text that is not byte text.
    static func classifyCharacters<S: StringProtocol>(_ raw: S, standalone: Bool, paragraphStart: Bool) -> SummaryBlock {
        let line = Text.fold(raw)
        guard let first = line.first else { return .blank }
        if MarkdownText.superscripts.contains(first) {
            return .footnote(MarkdownText.plain(line.drop { MarkdownText.superscripts.contains($0) }))
        }
        if line.hasPrefix("[^"), let close = line.firstIndex(of: "]") {
            return .footnote(MarkdownText.plain(line[line.index(after: close)...].drop { $0 == ":" }))
        }
        let hashed = line.hasPrefix("#")
        let unmarked = MarkdownText.stripHeadingMarks(line)
        if let (n, rest) = numberedItem(Substring(unmarked)) {
            return .numbered(n, MarkdownText.plain(rest))
        }
        if MarkdownText.hasBullet(Substring(unmarked)) {
            return .bullet(MarkdownText.plain(MarkdownText.stripBullet(unmarked)))
        }
        let core = MarkdownText.plain(unmarked)
        guard !core.isEmpty else { return .blank }
        let colon = ByteText.firstRange(ofASCII: ": ", in: core) ?? knownKeyColon(core)
        // NB: `ILO TC/SYMBOL: INT/18/01/NOR` is a fact in capitals, not a heading.
        if isUpperCase(core), colon.map({ QuickFacts.fact(forKey: String(core[..<$0.lowerBound])) == nil }) ?? true {
            return .heading(core)
        }
        if let colon {
            let label = Text.fold(core[..<colon.lowerBound])
            let value = Text.fold(core[colon.upperBound...])
            // NB: inside a wrapped paragraph only known keys (`Priority: High`) start a field.
            let known = QuickFacts.fact(forKey: label) != nil
                || Vocabulary.recommendationAttributeLabels.contains(label.lowercased())
            if !value.isEmpty, isLabel(label), paragraphStart || known {
                return .field(label: label, value: value)
            }
        }
        if hashed || standalone && isSubheadingShaped(core) { return .subheading(core) }
        return .text(core)
    }

    /// The colon of `Countries:Pakistan`: no space after it, but a known quick-fact key before it.
    static func knownKeyColon(_ s: String) -> Range<String.Index>? {
        guard let colon = ByteText.firstRange(ofASCII: ":", in: s), QuickFacts.fact(forKey: String(s[..<colon.lowerBound])) != nil else {
            return nil
        }
        return colon
    }

    /// `1) rest`, `1. rest`, `(1) rest`, after an optional `- ` / `* ` / bullet glyph.
    static func numberedItem(_ s: Substring) -> (Int, Substring)? {
        var t = s
        if MarkdownText.hasBullet(t) { t = Substring(MarkdownText.stripBullet(String(t))) }
        t = t.drop { $0 == "*" || $0 == "_" }
        let paren = t.hasPrefix("(")
        if paren { t = t.dropFirst() }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let n = Int(digits) else { return nil }
        t = t.dropFirst(digits.count)
        guard let mark = t.first, mark == ")" || (!paren && mark == ".") else { return nil }
        t = t.dropFirst().drop { $0 == "*" || $0 == "_" }
        guard t.first == " " else { return nil }
        let rest = t.drop { $0 == " " }
        return rest.isEmpty ? nil : (n, rest)
    }

    /// Has at least two letters and no lower-case letter.
    static func isUpperCase(_ s: String) -> Bool {
        // NB: running text fails at its first lower-case letter; byte text needs no Characters.
        if ByteText.isSimpleASCII(s) {
            let letters = ByteText.withUTF8(s) { b -> Int? in
                var n = 0
                for c in b {
                    if c >= 0x61 && c <= 0x7A { return nil }
                    if c >= 0x41 && c <= 0x5A { n += 1 }
                }
                return n
            }
            guard let letters else { return false }
            return letters >= 2 && s.split(separator: " ").count <= 15 && s.last != "."
        }
        var letters = 0
        for c in s where c.isLetter {
            if c.isLowercase { return false }
            if c.isUppercase { letters += 1 }
        }
        return letters >= 2 && s.split(separator: " ").count <= 15 && s.last != "."
    }

    /// A short lead-in: starts upper-case, at most a few words, no sentence punctuation.
    static func isLabel(_ s: String) -> Bool {
        // NB: UTF-8 never has fewer bytes than Characters; count Characters only when it must.
        guard let f = s.first, f.isUppercase || f.isNumber, s.utf8.count <= 80 || s.count <= 80 else { return false }
        guard s.split(separator: " ").count <= maxLabelWords else { return false }
        guard !s.contains(where: { $0 == "." || $0 == ";" || $0 == "!" || $0 == "?" || $0 == "\u{201C}" || $0 == "\"" }) else {
            return false
        }
        // NB: `Relevance, Coherence and Design` is a heading; `In 2019, the project had` is a sentence.
        return !s.contains(",") || isTitleCase(s)
    }

    /// Most words of four letters or more start upper-case.
    static func isTitleCase(_ s: String) -> Bool {
        let long = s.split(separator: " ").filter { $0.count >= 4 }
        return long.filter { $0.first?.isUppercase ?? false }.count * 2 > long.count
    }

    /// Words a heading never ends with; a line ending so stops mid-sentence (`…first year, but`).
    static let continuingWords: Set<String> = [
        "and", "or", "but", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at",
        "from", "that", "which", "as", "is", "are", "was", "were", "be", "its", "their", "et", "de", "la", "y",
    ]

    /// Starts upper-case (or with a digit), short, without final punctuation, not stopping mid-sentence.
    static func isSubheadingShaped(_ s: String) -> Bool {
        guard let f = s.first, f.isUppercase || f.isNumber, let l = s.last else { return false }
        guard !finalPunctuation.contains(l), s.count <= maxSubheadingLength else { return false }
        let words = s.split(separator: " ")
        guard words.count <= maxSubheadingWords, let last = words.last else { return false }
        return words.count == 1 || !continuingWords.contains(String(last))
    }
}
