/// The items of an ERC evaluation record's `Lessons`, `Findings` and `Recommendations` sections.
///
///     Lessons                                    section
///     1                                          a number alone opens an item …
///     Partnerships: Early buy-in of …            … and the lines after it are its text
///     2 Monitoring must start at inception.      a number and text on one line: an item
///     • Projects last when tied to a law.        a bullet opens an item (or fills the one a bare number opened)
///     Lesson 3: Access to finance needs support  a number label (`Vocabulary.numberedLabels`) opens an item (or fills
///     SMEs gain when …                             the one a bare number opened); a label's heading over text is its title
///     Findings
///     The project met most of its targets.       unnumbered text: one item a paragraph
///     Key results                                  (unnumbered text that is no sentence: a heading, no item)
///
/// Lessons become findings rows of kind `lesson_learned`, findings of kind `finding` (a short
/// lead-in before `: ` is the title, as GATE reads a recommendation's), recommendations
/// recommendations; an item without text is none (a recommendation of a bare `1.` is kept, with no text).
struct ERCRecordList {
    /// The fields whose label opens a section.
    static let sections: [ERCVocabulary.Field] = [.lessons, .findings, .recommendations]

    struct Item: Equatable {
        var section: ERCVocabulary.Field
        var line: Int
        var text: [Substring]
        /// Opened by a number: unnumbered lines after it, even past a blank one, are its text.
        var numbered: Bool
        /// Its first line is the heading after a number label (`Lesson 1: Access to finance …`, no final stop).
        var headed = false
        /// Opened by a bullet: the next bullet opens the next item.
        var bulleted = false
        /// The lines of its first paragraph, once a blank line ended it.
        var firstParagraph: Int?
    }

    private(set) var items: [Item] = []
    /// The last item takes more lines.
    private var open = false

    /// A number alone on its line: opens an item of `section`.
    mutating func open(_ section: ERCVocabulary.Field, line: Int) {
        items.append(Item(section: section, line: line, text: [], numbered: true))
        open = true
    }

    /// The section a number label names (`Finding 1: …` -> `.findings`, `Lesson 2: …` -> `.lessons`,
    /// `Recommendation 3: …` -> `.recommendations`), or nil when the line starts with none.
    static func section(labelling line: Substring) -> ERCVocabulary.Field? {
        guard let (key, _) = numberLabel(line) else { return nil }
        if Vocabulary.recommendationLabels.contains(where: { key.hasPrefix($0) }) { return .recommendations }
        if key.hasPrefix("lesson") { return .lessons }
        if key.hasPrefix("finding") || key.hasPrefix("conclusion") { return .findings }
        return nil
    }

    /// A line opened by a number label (`Vocabulary.numberedLabels`), its colon or its number's full stop
    /// before the text: the label's lookup key and the text after it.
    ///
    ///     "Lesson 2: Access to finance …" -> ("lesson 2", "Access to finance …")
    ///     "Finding 1. UNDP has been …"    -> ("finding 1", "UNDP has been …")
    static func numberLabel(_ line: Substring) -> (key: String, value: Substring)? {
        if case .field(let label, let value) = SummaryBlock.classify(line) {
            let key = ByteText.lowercased(label)
            return SummaryItems.numberedLabel(key) != nil ? (key, Substring(value)) : nil
        }
        let head = Array(line.utf8.prefix(40))
        guard let stop = ByteText.firstOffset(of: Array(". ".utf8), in: head), stop > 0, ByteText.isDigit(head[stop - 1]) else { return nil }
        let end = line.utf8.index(line.startIndex, offsetBy: stop)
        let key = ByteText.lowercased(line[..<end])
        guard SummaryItems.numberedLabel(key) != nil else { return nil }
        return (key, Text.trimmed(line[line.utf8.index(end, offsetBy: 2)...]))
    }

    /// A line of text in `section`.
    mutating func take(_ text: Substring, in section: ERCVocabulary.Field, line: Int) {
        if case .bullet(let item) = SummaryBlock.classify(text), open, let last = items.indices.last, items[last].section == section,
           items[last].bulleted || (items[last].numbered && items[last].text.isEmpty) {
            // NB: `1.` / `• El proyecto …` / `• Las líneas …`: each bullet an item, the first filling the one the
            // bare number opened; under an item with text of its own a bullet is one of its points.
            if items[last].text.isEmpty {
                items[last].text = [Substring(item)]
                items[last].bulleted = true
            } else {
                items.append(Item(section: section, line: line, text: [Substring(item)], numbered: true, bulleted: true))
            }
        } else if let (_, value) = Self.numberLabel(text) {
            let headed = value.unicodeScalars.last.map { !SummaryVocabulary.finalPunctuation.contains($0) } ?? false
            let first: [Substring] = value.isEmpty ? [] : [Substring(value)]
            // NB: `1.` / `Lesson 1: …`: the label names the item the number opened.
            if open, let last = items.indices.last, items[last].numbered, items[last].text.isEmpty, items[last].section == section {
                items[last].text = first
                items[last].headed = headed
            } else {
                items.append(Item(section: section, line: line, text: first, numbered: true, headed: headed))
            }
            open = true
        } else if open, let last = items.indices.last, items[last].numbered, items[last].text.isEmpty, items[last].section == section,
                  Self.isBareLabel(text) {
            // NB: `3` / `Evaluation recommendation` and nothing after: the label of an item left empty is no text.
            return
        } else if let (_, rest) = ERCLine.numbered(text) {
            items.append(Item(section: section, line: line, text: rest.isEmpty ? [] : [rest], numbered: true))
            open = true
        } else if open, let last = items.indices.last, items[last].section == section {
            items[last].text.append(text)
        } else if section == .recommendations {
            // NB: recommendations are numbered; text before the first number is no recommendation.
            return
        } else {
            items.append(Item(section: section, line: line, text: [text], numbered: false))
            open = true
        }
    }

    /// A number label with no number nor text (`Evaluation recommendation`, `Lesson:`), `Vocabulary.numberedLabels`.
    static func isBareLabel(_ text: Substring) -> Bool {
        let key = ByteText.lowercased(ByteText.trimmingPunctuation(text))
        return Vocabulary.numberedLabels.contains(key)
    }

    /// An item's lines without the template labels (`ERCVocabulary.templateLabels`) a page left unfilled: one that
    /// opens the text with another label right after its colon, one that closes it with nothing after its colon.
    ///
    ///     "Priority level (1 to 3: Evaluation recommendation 1: Do X. Priority level:" -> "Evaluation recommendation 1: Do X."
    ///     "Priority level (1 to 3): High. Do X." -> unchanged (filled)
    static func droppingUnfilled(_ lines: [Substring]) -> [Substring] {
        guard let first = lines.first else { return lines }
        var lines = lines
        if let colon = labelColon(first, at: first.startIndex) {
            let value = Text.trimmed(first[first.index(after: colon)...])
            var rest = value
            RecommendationFields.dropLabel(&rest)
            if value.isEmpty || rest.startIndex != value.startIndex { lines[0] = value }
        }
        // NB: the closing label starts within the last few words; what follows it is a parenthesis and the colon.
        let last = lines[lines.count - 1]
        var start = last.index(last.endIndex, offsetBy: -min(48, last.count))
        while start < last.endIndex {
            if start == last.startIndex || last[last.index(before: start)] == " ",
               let colon = labelColon(last, at: start), last.index(after: colon) == last.endIndex {
                lines[lines.count - 1] = Text.trimmed(last[..<start])
                break
            }
            start = last.index(after: start)
        }
        return lines.filter { !$0.isEmpty }
    }

    /// The `:` closing a template label that starts at `i` (the label, a parenthesis, closed or cut, then `:`), or nil.
    private static func labelColon(_ s: Substring, at i: Substring.Index) -> Substring.Index? {
        let rest = s[i...]
        for label in ERCVocabulary.templateLabels {
            guard let length = ByteText.withUTF8(rest, { ByteText.prefixLength(of: $0, lowercasedTo: label) }) else { continue }
            var after = Text.trimmed(rest[rest.utf8.index(rest.startIndex, offsetBy: length)...])
            if after.first == "(" { after = after.drop { $0 != ")" && $0 != ":" }; if after.first == ")" { after = after.dropFirst() } }
            after = Text.trimmed(after)
            return after.first == ":" ? after.startIndex : nil
        }
        return nil
    }

    /// A blank line: an unnumbered item ends there.
    mutating func endParagraph() {
        guard let last = items.indices.last else { return }
        if !items[last].numbered { open = false }
        if open, items[last].firstParagraph == nil, !items[last].text.isEmpty { items[last].firstParagraph = items[last].text.count }
    }

    /// A numbered item's first paragraph is its heading when it is one line alone between the number and the
    /// text, a capital first: short (1–4 words, no final punctuation; up to `RecommendationFields.maxTitleWords`
    /// over a longer paragraph), or one sentence (`headingSentenceWords` words at most, a full stop only at its end)
    /// shorter than the paragraph under it. The heading without its full stop, nor a report's section number (`6.1`).
    ///
    ///     "1." / "" / "Relevance" / "" / "The interventions under …"  -> "Relevance"
    ///     "1." / "" / "6.1 Limitations of project design and implementation" / "" / "The projects were …"
    ///         -> "Limitations of project design and implementation"
    ///     "1." / "" / "Practical tools ensure results." / "" / "In all components it was possible to observe …"
    ///         -> "Practical tools ensure results"
    static func heading(_ item: Item) -> Substring? {
        guard item.numbered, item.firstParagraph == 1, item.text.count > 1 else { return nil }
        // NB: `6.1 Limitations of project design`: a report's numbered sub-heading pasted in; its number is no part of it.
        var line = item.text[0]
        _ = KeyActionSplitter.dropNumber(&line)
        guard let last = line.unicodeScalars.last, ByteText.startsUppercase(line) else { return nil }
        let words = ByteText.wordCount(line.utf8)
        let shorter = item.text.dropFirst().reduce(0, { $0 + ByteText.wordCount($1.utf8) }) > words
        if !SummaryVocabulary.finalPunctuation.contains(last) {
            return (1...4).contains(words) || words <= RecommendationFields.maxTitleWords && shorter ? line : nil
        }
        guard (5...).contains(words), last == ".", words <= headingSentenceWords,
              !ByteText.withUTF8(line.dropLast(), { b in sentenceBreaks.contains { ByteText.firstOffset(of: $0, in: b) != nil } }),
              shorter else { return nil }
        return line.dropLast()
    }

    /// The most words a sentence standing alone as an item's heading has (`heading`).
    static let headingSentenceWords = 25
    /// What ends a sentence inside a line.
    static let sentenceBreaks: [[UInt8]] = [". ", "? ", "! "].map { Array($0.utf8) }

    /// A number label's first line wrapped onto the next, which goes on in lower case with no blank line
    /// between: one sentence, no heading over its text (a page pasted from a document with hard line breaks).
    ///
    ///     "Lesson 1: The project has established a foundation of demonstrated sustainable" / "practices that …" -> true
    ///     "Lesson 3: Access to finance" / "SMEs gain when …"                                                    -> false
    static func wraps(_ item: Item) -> Bool {
        item.text.count > 1 && item.firstParagraph != 1 && NotAnEvaluation.opensLowercase(item.text[1])
    }

    /// What unnumbered text ends with to be read as an item: the end of a sentence.
    static let sentenceEnds: [[UInt8]] = [".", "!", "?", ")", "\"", "”"].map { Array($0.utf8) }

    /// Unnumbered text reads as a lesson or finding: a sentence of three words at least, not a
    /// heading (`Findings` garbled, a sub-heading) or a stray field line (`Title Mid-term Evaluation of …`).
    static func isProse(_ lines: [Substring]) -> Bool {
        guard let last = lines.last, sentenceEnds.contains(where: { last.utf8.suffix($0.count).elementsEqual($0) }) else { return false }
        return lines.reduce(0) { $0 + NotAnEvaluation.wordCount($1) } >= 3
    }

    /// The items as the document's findings and recommendations, in page order.
    func apply(to doc: inout ParsedDocument) {
        for var item in items where !item.text.isEmpty {
            item.text = Self.droppingUnfilled(item.text)
            if item.text.isEmpty { continue }
            if !item.numbered, item.section != .recommendations, !Self.isProse(item.text) { continue }
            var rec = ParsedRecommendation(line: item.line)
            let heading = Self.heading(item)
            if item.headed && !Self.wraps(item) || heading != nil, item.text.count > 1 {
                ERCResponseParser.setText(Array(item.text.dropFirst()), of: &rec)
                rec.title = Text.fold(heading ?? item.text[0])
            } else {
                ERCResponseParser.setText(item.text, of: &rec)
            }
            switch item.section {
            case .recommendations:
                doc.recommendations.append(rec)
            case .lessons where !rec.text.isEmpty:
                doc.findings.append(ParsedFinding(kind: .lessonLearned, title: rec.title, text: rec.text))
            case .findings where !rec.text.isEmpty:
                doc.findings.append(ParsedFinding(kind: .finding, title: rec.title, text: rec.text))
            default:
                break
            }
        }
    }
}
