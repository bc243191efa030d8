/// Parses an ILO evaluation summary (doc_type `evaluation_summary`).
///
///     Independent Interim Evaluation … "Promotion of Decent Work …"   title
///     QUICK FACTS                                                     zone heading
///     Countries: Pakistan, Italy                                      quick fact
///     Summary of the project purpose, logic and structure             summary follows
///     MAIN FINDINGS & CONCLUSIONS / Coherence: Overall, …             finding
///     RECOMMENDATIONS, … / Coherence / - 3) In designing …            recommendation, section Coherence
///     | <p>LESSONS LEARNED</p> <ol> 1) … 2) … |                       HTML cell -> blocks -> lessons
///     EMERGING GOOD PRACTICES / Component 3 / Title / Paragraph       good practice
///
/// Every line (and every block of an HTML table cell) is classified first
/// (`SummaryBlock`), then one pass drives the zones (`SummaryZone`) and the items (`SummaryItems`).
public struct EvaluationSummaryParser: DocumentParser {
    public init() {}

    /// Characters of a title searched for country names at most.
    static let maxScanLength = 4_000

    /// A classified block and where it came from.
    struct SourceBlock: Equatable {
        var line: Int
        var kind: SummaryBlock
        var paragraphStart: Bool
    }

    public func parse(_ document: Document) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind)
        doc.organizations = ["ILO"]
        guard let titleIndex = document.lines.firstIndex(where: { !Text.fold($0).isEmpty }) else {
            return doc
        }
        doc.title = Text.nonEmpty(MarkdownText.plain(document.lines[titleIndex]))
        let blocks = Self.blocks(document.lines, from: titleIndex + 1)
        run(blocks, into: &doc)
        if doc.countries.isEmpty, let title = doc.title {
            // NB: country search scans the text once per country; a title is short, a 1 MB line is not.
            doc.countries = Text.countries(in: String(title.prefix(Self.maxScanLength)))
        }
        return doc
    }

    /// The state machine over classified blocks.
    func run(_ blocks: [SourceBlock], into doc: inout ParsedDocument) {
        var zone = SummaryZone.front
        var capturing = false
        var summaryParts: [String] = []
        var abstract: [String] = []
        var abstractOpen = true
        var items = SummaryItems()
        for (i, block) in blocks.enumerated() {
            let next = blocks[(i + 1)...].first { if case .footnote = $0.kind { false } else { true } }?.kind
            if zone == .front, !abstract.isEmpty, case .text = block.kind, !block.paragraphStart {
                // still the first paragraph
            } else if !abstract.isEmpty {
                abstractOpen = false
            }
            if case .heading(let h) = block.kind {
                zone = SummaryZone(heading: h)
                capturing = false
                items.enter()
                continue
            }
            if case .subheading(let s) = block.kind, Self.switchesZone(s, from: zone) {
                zone = SummaryZone(heading: s)
                capturing = false
                items.enter()
                continue
            }
            switch zone {
            case .quickFacts:
                if case .field(let label, let value) = block.kind, let fact = QuickFacts.fact(forKey: label) {
                    QuickFacts.apply(fact, value: value, line: block.line, to: &doc)
                }
            case .front, .background, .other:
                switch block.kind {
                case .subheading(let s):
                    capturing = doc.summary == nil && summaryParts.isEmpty && Self.opensSummary(s)
                case .text(let t), .bullet(let t), .numbered(_, let t):
                    if capturing { summaryParts.append(t) }
                    if zone == .front, abstractOpen, case .text = block.kind { abstract.append(t) }
                case .field(let label, let value):
                    if capturing {
                        summaryParts.append("\(label): \(value)")
                    } else if zone == .front, let fact = QuickFacts.fact(forKey: label) {
                        // NB: some pages list the quick facts without their heading.
                        QuickFacts.apply(fact, value: value, line: block.line, to: &doc)
                    }
                default:
                    break
                }
            case .findings, .recommendations, .lessons, .goodPractices:
                items.feed(block.kind, line: block.line, zone: zone, next: next)
            }
        }
        if !summaryParts.isEmpty {
            doc.summary = Text.nonEmpty(summaryParts.joined(separator: " "))
        } else if !abstract.isEmpty {
            doc.summary = Text.nonEmpty(abstract.joined(separator: " "))
        }
        collect(items.items, into: &doc)
    }

    /// Items to recommendations and findings, `seq` in document order.
    func collect(_ items: [SummaryItems.Item], into doc: inout ParsedDocument) {
        for item in items {
            let text = item.text
            guard !text.isEmpty else { continue }
            if let kind = item.zone.findingKind {
                doc.findings.append(ParsedFinding(kind: kind, section: item.section, title: item.title, text: text))
                continue
            }
            var rec = ParsedRecommendation(text: text)
            rec.section = item.section
            rec.title = item.title
            rec.line = item.line
            doc.recommendations.append(rec)
            let seq = doc.recommendations.count
            if let n = item.number, n != seq {
                doc.diagnostics.append(.warning(line: item.line,
                    "recommendation numbered \(n) is the \(seq). in the document; seq \(seq) kept"))
            }
        }
    }

    /// Whether a sub-heading such as `Lessons learned` opens another item zone.
    ///
    /// NB: inside an item zone only short labels switch, and a `findings` label
    /// (`Main findings & Conclusions` over recommendations) names a source, not a zone.
    static func switchesZone(_ subheading: String, from zone: SummaryZone) -> Bool {
        let named = SummaryZone(heading: subheading)
        guard named.holdsItems, named != zone else { return false }
        if !zone.holdsItems { return zone != .quickFacts }
        return named != .findings && subheading.split(separator: " ").count <= 6
    }

    /// `Summary of the project purpose, logic and structure`, `Abstract`, `Project description`.
    static func opensSummary(_ subheading: String) -> Bool {
        let s = subheading.lowercased()
        return s.contains("summary") || s.hasPrefix("abstract") || s.hasPrefix("project description")
            || s.hasPrefix("project purpose") || s.hasPrefix("résumé") || s.hasPrefix("resumen")
    }

    /// Classified blocks of `lines[start...]`; markdown table rows become one block per HTML block of each cell.
    static func blocks(_ lines: [Substring], from start: Int) -> [SourceBlock] {
        var out: [SourceBlock] = []
        func blank(_ i: Int) -> Bool {
            i < start || i >= lines.count || lines[i].allSatisfy(\.isWhitespace) || isTableRow(lines[i])
        }
        var i = start
        while i < lines.count {
            let line = lines[i]
            defer { i += 1 }
            if line.allSatisfy(\.isWhitespace) { continue }
            if isTableRow(line) {
                let row = cells(line)
                if let field = keyValueRow(row) {
                    out.append(SourceBlock(line: i + 1, kind: field, paragraphStart: true))
                    continue
                }
                for cell in row {
                    for text in cellBlocks(cell) {
                        out.append(SourceBlock(line: i + 1, kind: SummaryBlock.classify(text), paragraphStart: true))
                    }
                }
                continue
            }
            if isHTMLLine(line) {
                for text in cellBlocks(line) {
                    out.append(SourceBlock(line: i + 1, kind: SummaryBlock.classify(text), paragraphStart: true))
                }
                continue
            }
            let kind = SummaryBlock.classify(line, standalone: blank(i - 1) && blank(i + 1), paragraphStart: blank(i - 1))
            out.append(SourceBlock(line: i + 1, kind: kind, paragraphStart: blank(i - 1)))
        }
        return out
    }

    /// A line that opens with an HTML tag (`<p>`, `<ol>`, `<li>` …).
    static func isHTMLLine(_ line: Substring) -> Bool {
        let t = line.drop { $0 == " " }
        guard t.hasPrefix("<"), let second = t.dropFirst().first, second.isLetter, t.contains(">") else { return false }
        return true
    }

    /// `| Countries | Pakistan, Italy |`: a two-cell row whose first cell is a quick-fact key.
    static func keyValueRow(_ row: [Substring]) -> SummaryBlock? {
        let texts = row.map { MarkdownText.plain($0) }.filter { !$0.isEmpty }
        guard texts.count == 2, !row.contains(where: { $0.contains("<") }) else { return nil }
        let key = texts[0].trimmingEnds(" :")
        guard QuickFacts.fact(forKey: key) != nil else { return nil }
        return .field(label: key, value: texts[1])
    }

    static func isTableRow(_ line: Substring) -> Bool {
        line.drop { $0 == " " }.hasPrefix("|")
    }

    /// The cells of `| a | b |`, split at unescaped `|`; a `|---|` separator row has none.
    static func cells(_ line: Substring) -> [Substring] {
        var cells: [Substring] = []
        var startIdx = line.startIndex
        var escaped = false
        for idx in line.indices {
            let c = line[idx]
            if c == "|" && !escaped {
                cells.append(line[startIdx..<idx])
                startIdx = line.index(after: idx)
            }
            escaped = c == "\\" && !escaped
        }
        cells.append(line[startIdx...])
        // NB: the text before the first `|` and after the last one is no cell.
        if cells.count >= 2 { cells = Array(cells.dropFirst().dropLast()) }
        let separator = cells.allSatisfy { c in c.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }
        return separator ? [] : cells
    }

    /// The blocks of one cell: its HTML blocks split at inline numbers, or its text.
    /// A list item without a number of its own reads as a bullet.
    static func cellBlocks(_ cell: Substring) -> [String] {
        guard cell.contains("<") else { return Text.nonEmpty(cell).map { [$0] } ?? [] }
        return HTMLFragment.parse(cell).flatMap { block -> [String] in
            let pieces = InlineNumbers.split(block.text)
            guard block.isListItem, pieces.count == 1,
                  SummaryBlock.numberedItem(Substring(block.text)) == nil else { return pieces }
            return ["- " + block.text]
        }
    }
}
