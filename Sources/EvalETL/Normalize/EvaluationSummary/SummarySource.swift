/// Turns the lines of an ILO summary into classified blocks, HTML cells included.
///
///     Countries: Pakistan, Italy                       -> .field
///     | | <p>Coherence</p> <p>3) In designing …</p> |   -> .subheading("Coherence"), .numbered(3, …)
///     | Countries: | Kenya |                           -> .field (a quick fact as a table row)
///     | Responsible unit | Priority | … |              -> skipped with the rest of its table
enum SummarySource {
    /// A classified block and the 1-based line it came from.
    struct Block: Equatable {
        var line: Int
        var kind: SummaryBlock
        var paragraphStart: Bool
    }

    /// Classified blocks of `lines[start...]`, each line read with the lines wrapped onto it (`unwrapped`);
    /// markdown table rows become one block per HTML block of each cell.
    static func blocks(_ lines: [Substring], from start: Int) -> [Block] {
        var out: [Block] = []
        let source = CoverLines.continued(unwrapped(lines, from: start))
        let dense = isLinePerParagraph(source.lazy.map(\.text))
        func blank(_ i: Int) -> Bool {
            dense || i < 0 || i >= source.count || source[i].shape.isBlank || source[i].shape.isTableRow
        }
        var i = 0
        var inAttributeTable = false
        while i < source.count {
            let (line, number, shape) = (source[i].text, source[i].number, source[i].shape)
            defer { i += 1 }
            if shape.isBlank { continue }
            if shape.isTableRow || shape.isHTML {
                // An HTML line reads as a row of one cell.
                let row = shape.isTableRow ? cells(line) : [line]
                // NB: an attribute table's cells (`High`, `Short term`) are no headings; skip it whole.
                inAttributeTable = shape.isTableRow && (inAttributeTable || isAttributeTable(row))
                if inAttributeTable { continue }
                if let field = keyValueRow(row) {
                    out.append(Block(line: number, kind: field, paragraphStart: true))
                } else {
                    out += row.flatMap(cellBlocks).map { Block(line: number, kind: SummaryBlock.classify($0), paragraphStart: true) }
                }
                continue
            }
            inAttributeTable = false
            var kind = SummaryBlock.classify(line, standalone: blank(i - 1) && blank(i + 1), paragraphStart: blank(i - 1))
            // NB: a footnote wrapped onto the next line goes on being a footnote.
            if case .text(let t) = kind, !blank(i - 1), case .footnote? = out.last?.kind, out.last?.line == source[i - 1].number {
                kind = .footnote(t)
            }
            out.append(Block(line: number, kind: kind, paragraphStart: blank(i - 1)))
        }
        // NB: a "sub-heading" followed by lower-case text is a sentence a page break cut in two.
        for i in out.indices.dropLast() {
            if case .subheading(let s) = out[i].kind, case .text(let t) = out[i + 1].kind, t.unicodeScalars.first.map(Scalars.isLowercase) == true {
                out[i].kind = .text(s)
            }
        }
        return out
    }

    /// True when blank lines are too rare to separate paragraphs: each line is then a paragraph.
    ///
    /// NB: exports put blank lines between paragraphs (and runs of them at page breaks);
    /// one without them writes a paragraph a line.
    static func isLinePerParagraph<C: Collection<Substring>>(_ lines: C) -> Bool {
        let blanks = lines.count { ByteText.isBlank($0.utf8) }
        let texts = lines.count - blanks
        return texts >= 4 && blanks * 10 < texts
    }

    /// A line of the page with the lines wrapped onto it joined by a space, the 1-based number of its first line, and its shape.
    struct SourceLine {
        var text: Substring
        var number: Int
        var shape: LineShape
    }

    /// The lines of `lines[start...]`, each with the lines that go on with it (`continues`) joined to it.
    ///
    ///     "Key Words: Child labour, …, Pakistani" / "diaspora, Pakistan, Italy,"   -> "Key Words: Child labour, …, Pakistani diaspora, Pakistan, Italy,"
    static func unwrapped(_ lines: [Substring], from start: Int) -> [SourceLine] {
        let shapes = lines[start...].map { LineShape($0) }
        // NB: measured once, and only when a line is long enough to fill the width (`PageChrome.fillsWidth`).
        lazy var widest = PageChrome.widestLine(lines)
        var out: [SourceLine] = []
        var i = start
        while i < lines.count {
            var end = i + 1
            while end < lines.count, continues(lines, at: end - 1, shape: shapes[end - start], row: shapes[i - start].isTableRow, widest: widest) {
                end += 1
            }
            let text = end == i + 1 ? lines[i] : Substring(lines[i..<end].joined(separator: " "))
            out.append(SourceLine(text: text, number: i + 1, shape: shapes[i - start]))
            i = end
        }
        return out
    }

    /// Whether line `i + 1` of `lines` (of shape `next`) goes on with line `i`, as a line wrapped by a
    /// PDF-to-text export or an e-mail client does: line `i` fills the width (`PageChrome.fillsWidth`), and
    /// line `i + 1` opens no block of its own. In a table `row` not closed by `|` yet, that is any line but a
    /// blank one or a new row (its cell goes on); elsewhere the next line is text inside a paragraph
    /// (`SummaryBlock.classify`): no heading, known key (a quick fact), numbered item, bullet or footnote.
    ///
    ///     "Donor(s) & budget: … Government of Italy;" / "\$1,706,485"                  -> true
    ///     "- 1) Ensure that … to adequately deal" / "with the complexities involved …"  -> true
    ///     "| | <p>… <p>12) Include a clear sustainability" / "strategy in program …"    -> true (the cell goes on)
    ///     "Donor(s) & budget: … \$1,706,485" / "Key Words: Child labour, …"            -> false (a quick fact)
    ///     "- 1) Ensure that … to adequately deal" / "- 2) Identify and pick …"          -> false (an item)
    static func continues(_ lines: [Substring], at i: Int, shape next: LineShape, row: Bool, widest: @autoclosure () -> Int) -> Bool {
        guard !next.isBlank, !next.isTableRow, PageChrome.fillsWidth(lines, at: i, widest: widest()) else { return false }
        if row { return ByteText.trimmingBlanks(lines[i]).utf8.last != UInt8(ascii: "|") }
        guard !next.isHTML, case .text = SummaryBlock.classify(lines[i + 1], standalone: false, paragraphStart: false) else { return false }
        return true
    }

    /// What a line is before its text is classified: blank, a table row (`| a |`), an HTML line (`<p>…`).
    ///
    /// NB: decided once per line; a line is asked about as its neighbours' neighbour too.
    struct LineShape: Equatable {
        var isBlank: Bool
        var isTableRow: Bool
        var isHTML: Bool

        init(_ line: Substring) {
            // NB: a printed page's footer (`Page 3 of 40`) reads as the blank line it stands in.
            isBlank = ByteText.isBlank(line.utf8) || PageFooter.isFooter(line, bareNumbers: false)
            // NB: indented by spaces or tabs alike (an export that indents every line).
            let t = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
            isTableRow = t.first == UInt8(ascii: "|")
            isHTML = t.first == UInt8(ascii: "<") && t.count > 1
                && Scalars.isLetter(Scalars.decode(t, at: t.index(after: t.startIndex)).scalar) && t.contains(UInt8(ascii: ">"))
        }
    }

    /// `| Countries | Pakistan, Italy |`: a two-cell row whose first cell is a quick-fact key.
    static func keyValueRow(_ row: [Substring]) -> SummaryBlock? {
        let texts = row.map { MarkdownText.plain($0) }.filter { !$0.isEmpty }
        guard texts.count == 2, !row.contains(where: { $0.contains("<") }) else { return nil }
        let key = String(ByteText.trimming(texts[0][...], anyOf: " :"))
        guard QuickFacts.fact(forKey: key.utf8) != nil else { return nil }
        return .field(label: key, value: texts[1])
    }

    /// The cells of `| a | b |`, split at unescaped `|`; a `|---|` separator row has none.
    static func cells(_ line: Substring) -> [Substring] {
        var cells: [Substring] = []
        var start = line.startIndex
        var escaped = false
        for i in line.utf8.indices {
            let c = line.utf8[i]
            if c == UInt8(ascii: "|") && !escaped {
                cells.append(line[start..<i])
                start = line.utf8.index(after: i)
            }
            escaped = c == UInt8(ascii: "\\") && !escaped
        }
        cells.append(line[start...])
        // NB: the text before the first `|` and after the last one is no cell.
        if cells.count >= 2 { cells = Array(cells.dropFirst().dropLast()) }
        let separator = cells.allSatisfy { c in c.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 } }
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

    /// A table whose header names recommendation attributes (`Responsible unit | Priority | …`).
    static func isAttributeTable(_ row: [Substring]) -> Bool {
        let labels = row.map { ByteText.trimming(ByteText.lowercased(MarkdownText.plain($0))[...], anyOf: " :") }
        return labels.filter { l in Vocabulary.recommendationAttributeLabels.contains { l.hasPrefix($0) } }.count >= 2
    }
}
