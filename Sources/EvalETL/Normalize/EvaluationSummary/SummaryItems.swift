/// Collects the items of the item zones (findings, recommendations, lessons, good practices).
///
///     Coherence                      <- sub-heading before a heading or item: section
///     - 3) In designing …            <- numbered: new item
///     health, socio-economic …       <- text: continues the open item (page break)
///     Introduction of Zigzag …       <- sub-heading before text: title of the next item
///     The project introduction …     <- text: the item's text
///     Coherence: Overall, …          <- field: new item titled by its label
struct SummaryItems {
    struct Item: Equatable {
        var zone: SummaryZone
        var section: String?
        var title: String?
        var parts: [String]
        var number: Int?
        var line: Int
        var text: String { Text.fold(parts.joined(separator: " ")) }
    }

    private(set) var items: [Item] = []
    private var section: String?
    private var pendingTitle: String?
    /// The last item still takes continuation text.
    private var isOpen = false

    /// A new zone begins: no section, no open item.
    mutating func enter() {
        section = nil
        pendingTitle = nil
        isOpen = false
    }

    /// Feeds one block of `zone`; `next` is the following block, for telling sections from item titles.
    mutating func feed(_ block: SummaryBlock, line: Int, zone: SummaryZone, next: SummaryBlock?) {
        switch block {
        case .blank, .footnote, .heading:
            return
        case .subheading(let s):
            isOpen = false
            if case .text = next {
                pendingTitle = s
            } else {
                pendingTitle = nil
                // NB: `Findings`, `Main findings & Conclusions` label the zone, not a section.
                section = SummaryZone.isLabel(s) ? nil : s
            }
        case .field(let label, let value):
            let key = ByteText.lowercased(label)
            if Vocabulary.recommendationAttributeLabels.contains(key) { return }
            if let n = SummaryItems.numberedLabel(key) {
                // NB: `Recommendation 1: Strengthen coordination` over a paragraph is that paragraph's title.
                if case .text = next, let l = value.unicodeScalars.last, !SummaryVocabulary.finalPunctuation.contains(l) {
                    start(zone, title: value, text: "", number: n, line: line)
                } else {
                    start(zone, title: nil, text: value, number: n, line: line)
                }
            } else {
                start(zone, title: label, text: value, number: nil, line: line)
            }
        case .numbered(let n, let text):
            let (title, rest) = SummaryItems.leadIn(text)
            start(zone, title: title, text: rest, number: n, line: line)
        case .bullet(let text):
            if isOpen, let last = items.last, last.number != nil || last.parts.last?.hasSuffix(":") == true {
                items[items.count - 1].parts.append(text)
            } else {
                let (title, rest) = SummaryItems.leadIn(text)
                start(zone, title: title, text: rest, number: nil, line: line)
            }
        case .text(let text):
            if let title = pendingTitle {
                start(zone, title: title, text: text, number: nil, line: line)
            } else if isOpen, !SummaryItems.startsParagraphItem(after: items[items.count - 1], text) {
                items[items.count - 1].parts.append(text)
            } else if zone != .recommendations, !text.hasSuffix(":") {
                start(zone, title: nil, text: text, number: nil, line: line)
            }
        }
    }

    private mutating func start(_ zone: SummaryZone, title: String?, text: String, number: Int?, line: Int) {
        items.append(Item(zone: zone, section: section, title: title, parts: [text], number: number, line: line))
        pendingTitle = nil
        isOpen = true
    }

    /// Whether `text` is a new untitled item rather than the rest of `item`.
    ///
    /// NB: under a title or a number, more paragraphs belong to the item (`…However, coherence` +
    /// page break + `existed between…` too). Untitled paragraphs are items of their own, unless the
    /// last one stopped mid-sentence or this one starts lower-case (a page break split it).
    static func startsParagraphItem(after item: Item, _ text: String) -> Bool {
        guard item.title == nil, item.number == nil, item.zone != .recommendations,
              let last = item.parts.last?.unicodeScalars.last, let first = text.unicodeScalars.first else { return false }
        return (last == "." || last == "!" || last == "?") && (Scalars.isUppercase(first) || Scalars.isNumber(first))
    }

    /// `recommendation 3` / `key recommendation 1` / `lesson 2` / `good practice 1` / `recommendation no. 4` / `r1`
    /// -> the number (`Vocabulary.numberedLabels`, or the `labels` given; its sign `RecommendationFields.numberSigns`).
    static func numberedLabel(_ key: String, labels: [String] = Vocabulary.numberedLabels) -> Int? {
        for word in labels where key.hasPrefix(word) {
            var rest = ByteText.trimming(key.dropFirst(word.count), anyOf: " ")
            if let space = rest.firstIndex(of: " "), RecommendationFields.numberSigns.contains(String(rest[..<space])) {
                rest = rest[rest.index(after: space)...]
            }
            if let n = Int(ByteText.trimming(RecommendationFields.droppingSign(rest), anyOf: " #nº°.")) { return n }
        }
        return nil
    }

    /// A short lead-in before `: ` becomes the title: `Systematize lessons: Create …` (`RecommendationFields.titleLeadIn`).
    static func leadIn(_ text: String) -> (String?, String) {
        guard let (title, rest) = RecommendationFields.titleLeadIn(Text.folded(text[...])) else { return (nil, text) }
        return (title, rest)
    }
}
