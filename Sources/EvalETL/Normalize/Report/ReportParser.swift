/// Parses any other evaluation document in prose (doc_type `report`).
///
///     Report on experience sharing and advocacy workshop: …          title (first non-empty line, unless a paragraph)
///
///     Under One-UN Project “…”, ILO and UN-Women have jointly …      summary (first paragraph);
///     … in Sialkot (Punjab).                                          organizations ILO, UN Women; countries
///     • Baidarie working in District Sialkot with Football-Stitching community
///                        -> implementing_partner Baidarie, detail "District Sialkot; Football-Stitching community"
///     Page 2 of 5                                                     footer, ignored
///     RECOMMENDATION 1. UNDP should … / Management response: …        recommendations and findings (`ReportSections`)
///     Lessons learned / Training without placement rarely leads to jobs.
struct ReportParser: DocumentParser {
    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        let lines = document.lines
        guard let titleIndex = PageChrome.titleIndex(lines) else { return doc }
        let title = PageChrome.title(lines, at: titleIndex)
        // NB: a page that opens with its prose (an excerpt, a page without a heading) has no title: the paragraph is its summary.
        let titled = !Self.isParagraph(title.text)
        let titleEnd = titled ? title.end : titleIndex
        doc.title = titled ? Text.nonEmpty(MarkdownText.plain(title.text)) : nil
        let source = SummarySource.unwrapped(lines, from: titleEnd)
        let body = Array(lines[..<titleEnd]) + Self.unwrapped(lines, source)
        doc.summary = Self.firstParagraph(body, after: titleEnd - 1)
        // NB: name searches scan the text once per name; bound them on pathological input.
        let scope = String([doc.title, doc.summary].compactMap { $0 }.joined(separator: "\n").prefix(Text.maxScanLength))
        doc.organizations = OrganizationMentions.find(in: scope)
        doc.countries = Text.countries(in: scope)
        doc.roles += body[(titleIndex + 1)...].compactMap(PartnerLine.parse)
            .map { ParsedRole(.implementingPartner, Party(name: $0.name, kind: .organization, detail: $0.detail)) }
        let sections = ReportSections(source)
        doc.recommendations = sections.recommendations
        doc.findings = sections.findings
        return doc
    }

    /// Whether a page's first line is a paragraph, not a title: more than 30 words, ending a sentence.
    ///
    ///     "Final evaluation of the Decent Work Country Programme of Zambia (2019-2023)"   -> false
    ///     "One of the lessons learnt from this evaluation is that three months … periods."  -> true
    static func isParagraph(_ line: String) -> Bool {
        ByteText.wordCount(line.utf8) > 30 && PageChrome.endsSentence(line) && line.unicodeScalars.last != ":"
    }

    /// The lines after the title, each with the lines a PDF-to-text export or an e-mail client wrapped onto
    /// it joined by a space (`source`: `SummarySource.unwrapped`), so a paragraph or a partner bullet reads whole;
    /// but a list item (`SummaryBlock.classify`: a bullet or a numbered item) takes one wrapped line at most.
    ///
    ///     "• Baidarie working in District Faisalabad with Football-Stitching" / "community"
    ///         -> "• Baidarie working in District Faisalabad with Football-Stitching community"
    ///     "• Rahnuma-FPAP … with Quilt / Pillow-cover makers" / "ILO and UN-Women have … Support" / "to Home-Based …"
    ///         -> three lines, as written (a paragraph under the list)
    ///
    /// NB: a partner bullet is short; a line under it that fills the width in turn is a paragraph
    /// written under the list with no blank line, whatever the width says of the bullet.
    static func unwrapped(_ lines: [Substring], _ source: [SummarySource.SourceLine]) -> [Substring] {
        var out: [Substring] = []
        out.reserveCapacity(source.count)
        for (k, s) in source.enumerated() {
            let first = s.number - 1
            let end = k + 1 < source.count ? source[k + 1].number - 1 : lines.count
            guard end - first > 2 else { out.append(s.text); continue }
            switch SummaryBlock.classify(lines[first]) {
            case .bullet, .numbered: out += lines[first..<end]
            default: out.append(s.text)
            }
        }
        return out
    }

    /// The first paragraph after the title: consecutive text lines, skipping headings and footers.
    static func firstParagraph(_ lines: [Substring], after titleIndex: Int) -> String? {
        var parts: [String] = []
        let dense = SummarySource.isLinePerParagraph(lines[(titleIndex + 1)...])
        var i = titleIndex + 1
        while i < lines.count {
            let line = lines[i]
            let blankBefore = dense || i == 0 || ByteText.isBlank(lines[i - 1].utf8)
            let blankAfter = dense || i + 1 >= lines.count || ByteText.isBlank(lines[i + 1].utf8)
            i += 1
            if dense && !parts.isEmpty { break }
            if ByteText.isBlank(line.utf8) {
                guard !parts.isEmpty else { continue }
                // NB: jump over the whole blank run at once, so long runs stay linear.
                guard let j = nextTextLine(lines, from: i), continuesAfterBreak(parts, lines[j]) else { break }
                i = j
                continue
            }
            // NB: a footer, the page's chrome, or a line of no letter (`|`, a table's edge), is no text.
            if PageFooter.isFooter(line) || PageChrome.isChrome(line) || !line.unicodeScalars.contains(where: Scalars.isLetter) { continue }
            // NB: a byline's country and date, a label, a table of contents stand above the first paragraph.
            if parts.isEmpty && Self.isFrontMatter(line) { continue }
            switch SummaryBlock.classify(line, standalone: blankBefore && blankAfter, paragraphStart: blankBefore) {
            case .text(let t):
                parts.append(t)
            case .field(let label, let value):
                // NB: `Date: March 2011` before the text is metadata; `Background: The project …` is prose.
                if !parts.isEmpty || value.split(separator: " ").count >= 8 { parts.append("\(label): \(value)") }
            case .subheading(let t) where nextTextLine(lines, from: i).map { continuesAfterBreak([t], lines[$0]) } ?? false:
                // NB: not a heading but a sentence a page break cut in two.
                parts.append(t)
            case .heading, .subheading, .footnote, .blank, .bullet, .numbered:
                if !parts.isEmpty { return Text.nonEmpty(parts.joined(separator: " ")) }
            }
        }
        return Text.nonEmpty(parts.joined(separator: " "))
    }

    /// A short line of a page's front matter, never its summary: a country or a date alone (a byline), a label
    /// ending in `:` (`labelWords` at most), a table of contents' heading (`PageVocabulary.contentsHeadings`) or
    /// one of its entries.
    ///
    ///     "Sierra Leone" / "May 2020" / "Advertised on behalf of :" / "Table of Contents"   -> true
    ///     "1. Background ........ 1"                                                     -> true
    ///     "Kenya ran the pilot in two districts."                                        -> false
    ///     "ILO and UN-Women have … Their partners and areas of work are as follows:"      -> false (a paragraph)
    static func isFrontMatter(_ line: Substring) -> Bool {
        let trimmed = ByteText.trimmingBlanks(line)
        let key = Text.labelKey(trimmed)
        guard !key.isEmpty else { return false }
        if trimmed.utf8.last == UInt8(ascii: ":") && ByteText.wordCount(trimmed.utf8) <= labelWords { return true }
        if PageVocabulary.contentsHeadings.contains(key) { return true }
        if NotAnEvaluation.isContentsEntry(trimmed) || NotAnEvaluation.isDateLine(trimmed) { return true }
        return Text.countries(in: String(trimmed)).first.map { Text.labelKey($0) == key } ?? false
    }

    /// Words of a label ending in `:`, at most; a longer line ending so is a paragraph that opens a list.
    static let labelWords = 8

    /// Whether the paragraph goes on after blank lines and page furniture: it stopped
    /// mid-sentence and the next text line starts lower-case (`…in different` / `sectors …`).
    static func continuesAfterBreak(_ parts: [String], _ next: Substring) -> Bool {
        guard let last = parts.last?.unicodeScalars.last, !".!?:;".unicodeScalars.contains(last) else { return false }
        return Text.fold(next).unicodeScalars.first.map(Scalars.isLowercase) ?? false
    }

    /// Index of the first line from `start` that is neither blank nor page furniture.
    static func nextTextLine(_ lines: [Substring], from start: Int) -> Int? {
        lines[start...].firstIndex { !ByteText.isBlank($0.utf8) && !PageFooter.isFooter($0) }
    }
}
