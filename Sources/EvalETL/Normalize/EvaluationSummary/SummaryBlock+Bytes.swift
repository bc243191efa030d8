/// `SummaryBlock.classify` of byte text (`ByteText.isSimpleASCII`): the same steps on UTF-8 bytes.
///
///     classifyBytes("- 1) Ensure that the project …")   -> .numbered(1, "Ensure that the project …")
///     classifyBytes("Countries: Pakistan")              -> .field(label: "Countries", value: "Pakistan")
///
/// NB: nine ILO lines in ten are byte text. There one byte is one `Character`, so each
/// Character test of `classify` is a byte test (`isUppercase` is A–Z, `isNumber` 0–9,
/// `isWhitespace` 0x09–0x0D and space), and the line is folded and stripped once as
/// bytes instead of into a new String at every step; only the kept text becomes a String.
/// `ByteTextPathTests` compares both paths.
extension SummaryBlock {
    typealias Bytes = ArraySlice<UInt8>

    static func classifyBytes(_ raw: UnsafeBufferPointer<UInt8>, standalone: Bool, paragraphStart: Bool) -> SummaryBlock {
        let line = MarkdownText.foldBytes(raw)
        guard let first = line.first else { return .blank }
        if line.starts(with: "[^".utf8), let close = line.firstIndex(of: UInt8(ascii: "]")) {
            let rest = line[(close + 1)...].drop { $0 == UInt8(ascii: ":") }
            return .footnote(string(MarkdownText.plainBytes(rest)))
        }
        let hashed = first == UInt8(ascii: "#")
        let unmarked = MarkdownText.stripHeadingMarks(line)
        if let (n, rest) = numberedItem(unmarked) {
            return .numbered(n, string(MarkdownText.plainBytes(rest)))
        }
        if MarkdownText.hasBullet(unmarked) {
            return .bullet(string(MarkdownText.plainBytes(MarkdownText.stripBullet(unmarked))))
        }
        let core = MarkdownText.plainBytes(unmarked)
        guard !core.isEmpty else { return .blank }
        let colon = firstOffset(of: ": ", in: core).map { $0..<($0 + 2) } ?? knownKeyColon(core)
        // NB: `ILO TC/SYMBOL: INT/18/01/NOR` is a fact in capitals, not a heading.
        if isUpperCase(core), colon.map({ QuickFacts.fact(forASCIIKey: core[..<$0.lowerBound]) == nil }) ?? true {
            return .heading(string(core))
        }
        if let colon {
            let label = MarkdownText.trimmingSpaces(core[..<colon.lowerBound])
            let value = MarkdownText.trimmingSpaces(core[colon.upperBound...])
            let known = QuickFacts.fact(forASCIIKey: label) != nil
                || Vocabulary.recommendationAttributeLabels.contains(string(label.map { ByteText.isUpper($0) ? $0 | 0x20 : $0 }))
            if !value.isEmpty, isLabel(label), paragraphStart || known {
                return .field(label: string(label), value: string(value))
            }
        }
        if hashed || standalone && isSubheadingShaped(core) { return .subheading(string(core)) }
        return .text(string(core))
    }

    /// `numberedItem` of byte text.
    static func numberedItem(_ s: Bytes) -> (Int, Bytes)? {
        var t = s
        if MarkdownText.hasBullet(t) { t = MarkdownText.stripBullet(t) }
        t = t.drop { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        let paren = t.first == UInt8(ascii: "(")
        if paren { t = t.dropFirst() }
        let digits = t.prefix(while: ByteText.isDigit)
        guard (1...3).contains(digits.count) else { return nil }
        let n = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        t = t.dropFirst(digits.count)
        guard let mark = t.first, mark == UInt8(ascii: ")") || (!paren && mark == UInt8(ascii: ".")) else { return nil }
        t = t.dropFirst().drop { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        guard t.first == UInt8(ascii: " ") else { return nil }
        let rest = t.drop { $0 == UInt8(ascii: " ") }
        return rest.isEmpty ? nil : (n, rest)
    }

    /// `knownKeyColon` of byte text: the first `:` when a known quick-fact key stands before it.
    private static func knownKeyColon(_ s: Bytes) -> Range<Int>? {
        guard let colon = s.firstIndex(of: UInt8(ascii: ":")), QuickFacts.fact(forASCIIKey: s[..<colon]) != nil else {
            return nil
        }
        return colon..<(colon + 1)
    }

    /// `isUpperCase` of byte text.
    static func isUpperCase(_ s: Bytes) -> Bool {
        var letters = 0
        for c in s {
            if ByteText.isLower(c) { return false }
            if ByteText.isUpper(c) { letters += 1 }
        }
        return letters >= 2 && wordCount(s) <= 15 && s.last != UInt8(ascii: ".")
    }

    /// `isLabel` of folded byte text.
    static func isLabel(_ s: Bytes) -> Bool {
        guard let f = s.first, ByteText.isUpper(f) || ByteText.isDigit(f), s.count <= 80 else { return false }
        guard wordCount(s) <= maxLabelWords else { return false }
        guard !s.contains(where: isLabelStop) else { return false }
        return !s.contains(UInt8(ascii: ",")) || isTitleCase(s)
    }

    /// `isTitleCase` of byte text: most words of four letters or more start upper-case.
    private static func isTitleCase(_ s: Bytes) -> Bool {
        let long = s.split(separator: UInt8(ascii: " ")).filter { $0.count >= 4 }
        return long.filter { ByteText.isUpper($0.first!) }.count * 2 > long.count
    }

    /// `isSubheadingShaped` of folded byte text.
    static func isSubheadingShaped(_ s: Bytes) -> Bool {
        guard let f = s.first, ByteText.isUpper(f) || ByteText.isDigit(f), let l = s.last else { return false }
        guard !isFinalPunctuation(l), s.count <= maxSubheadingLength else { return false }
        let words = wordCount(s)
        guard words <= maxSubheadingWords else { return false }
        let last = s[((s.lastIndex(of: UInt8(ascii: " ")) ?? (s.startIndex - 1)) + 1)...]
        return words == 1 || !continuingWords.contains(string(last))
    }

    /// `.;!?"`: a byte no label holds.
    private static func isLabelStop(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""): return true
        default: return false
        }
    }

    /// `finalPunctuation` of byte text: `.:;,!?` (`…` is no byte).
    private static func isFinalPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        default: return false
        }
    }

    /// `s.split(separator: " ").count`.
    private static func wordCount(_ s: Bytes) -> Int {
        var words = 0
        var inWord = false
        for c in s {
            if c == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// Index of the first `needle` in `s`.
    private static func firstOffset(of needle: StaticString, in s: Bytes) -> Int? {
        needle.withUTF8Buffer { n in
            guard let f = n.first, s.count >= n.count else { return nil }
            var i = s.startIndex
            while i <= s.endIndex - n.count {
                if s[i] == f, s[i..<(i + n.count)].elementsEqual(n) { return i }
                i += 1
            }
            return nil
        }
    }

    private static func string(_ b: Bytes) -> String { String(decoding: b, as: UTF8.self) }
    private static func string(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
}

extension MarkdownText {
    /// `plain` of a piece of folded byte text (`classifyBytes` folds the line first), as bytes.
    ///
    /// NB: a piece of folded text folds by trimming its ends; only text that lost
    /// inline marks (`a ** b` -> `a  b`) needs folding again.
    static func plainBytes(_ s: SummaryBlock.Bytes) -> SummaryBlock.Bytes {
        let stripped = stripBullet(stripHeadingMarks(trimmingSpaces(s)))
        let inlined = stripped.withUnsafeBufferPointer { b in hasMarkupBytes(b) ? inlineBytes(b) : nil }
        return inlined.map { foldBytes($0[...]) } ?? trimmingSpaces(stripped)
    }

    /// `foldBytes` of a piece of folded byte text: the piece without spaces at its ends.
    ///
    ///     trimmingSpaces(" Key Words ") == "Key Words"
    ///
    /// NB: folded text has no whitespace but single spaces between other bytes, so a
    /// piece of it can be off only at its ends; no pass over the piece, no copy.
    static func trimmingSpaces(_ s: SummaryBlock.Bytes) -> SummaryBlock.Bytes {
        var t = s
        while t.first == 0x20 { t.removeFirst() }
        while t.last == 0x20 { t.removeLast() }
        return t
    }

    /// `Text.fold` of byte text: runs of ASCII whitespace become one space, ends trimmed.
    ///
    /// NB: most text is folded already and comes back as it is, without a copy.
    static func foldBytes(_ b: SummaryBlock.Bytes) -> SummaryBlock.Bytes {
        b.withUnsafeBufferPointer { Text.isFolded($0) ? b : foldBytes($0) }
    }

    /// `Text.fold` of byte text, into a new array.
    static func foldBytes(_ b: UnsafeBufferPointer<UInt8>) -> SummaryBlock.Bytes {
        ByteText.fold(b)[...]
    }

    /// `stripHeadingMarks` of byte text.
    static func stripHeadingMarks(_ s: SummaryBlock.Bytes) -> SummaryBlock.Bytes {
        guard s.first == UInt8(ascii: "#") else { return s }
        var t = s.drop { $0 == UInt8(ascii: "#") }.drop { $0 == UInt8(ascii: " ") }
        while t.last == UInt8(ascii: "#") { t = t.dropLast() }
        return t
    }

    /// `stripBullet` of byte text (no bullet glyph is ASCII).
    static func stripBullet(_ s: SummaryBlock.Bytes) -> SummaryBlock.Bytes {
        var t = s
        if hasBullet(t) { t = t.dropFirst(2) }
        return t.drop { $0 == UInt8(ascii: " ") }
    }

    /// `hasBullet` of byte text: `- `, `* ` or `+ ` (no bullet glyph is ASCII).
    static func hasBullet(_ s: SummaryBlock.Bytes) -> Bool {
        guard s.count >= 2, s[s.startIndex + 1] == UInt8(ascii: " ") else { return false }
        let f = s[s.startIndex]
        return f == UInt8(ascii: "-") || f == UInt8(ascii: "*") || f == UInt8(ascii: "+")
    }
}
