/// Parses any other evaluation document in prose (doc_type `report`; `management_response` when its title says so).
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
        guard var titleIndex = PageChrome.titleIndex(lines) else { return doc }
        // NB: a cover's banner (`INSPECTION AND EVALUATION DIVISION`), a section's heading (`Overview`) or a label is never
        // the title while a line of the cover below it names the evaluation (`Inspection of …`).
        if CoverTitle.isCoverLabel(lines[titleIndex]), let named = CoverTitle.namingLine(lines, below: titleIndex) {
            titleIndex = named
        } else if PageChrome.isGenericTitle(lines[titleIndex]) || CoverTitle.isByline(lines[titleIndex]),
           let next = Self.headingBelow(lines, titleIndex: titleIndex, skipping: PageChrome.isGenericTitle) {
            // NB: a label of the page's kind (`Evaluation report`), a site section's breadcrumb, a byline or a run of icons'
            // labels (`• Youtube Icon` / `• Twitter icon`) names no evaluation: the heading below it is the title.
            titleIndex = next
        }
        // NB: a host's heading of a board cover's lines alone (`Agenda item 7 … For consideration`) yields to the cover read as
        // one line below it with its title; the cover's lines run together above the title (`… Provisional agenda item 2:` /
        // `Five-Year Evaluation of X`), to the heading below them.
        if CoverTitle.isUntitledCover(lines[titleIndex]),
           let cover = CoverTitle.titledCover(lines, below: titleIndex) ?? Self.headingBelow(lines, titleIndex: titleIndex) {
            titleIndex = cover
        }
        var title = PageChrome.title(lines, at: titleIndex)
        // NB: a title naming only the document's kind (`Mid-Term Review FINAL Report`) yields to the project's name in quotes
        // the cover writes below it.
        // NB: or to the name the cover writes under the title said again.
        if CoverTitle.namesKindOnly(title.text),
           let name = CoverTitle.quotedName(lines, below: titleIndex) ?? CoverTitle.namedBelow(lines, below: titleIndex) {
            title.text = name
        }
        // NB: a document host's slug heading (lower case, cut) names the title the page writes whole and cased below; a host's
        // heading that mangled a mark (`UNIDOis`) the title the cover spells right.
        if let whole = PageChrome.titleBehindSlug(lines, at: titleIndex) ?? PageChrome.titleSpelledBelow(lines, at: titleIndex) {
            title.text = whole
        }
        // NB: a host's heading that turns the title about (`B - A`) and says it again above the cover yields to the cover's
        // title; where it stands again between the pages, it is no text.
        var hostHeading: Substring?
        if let cover = PageChrome.titleBehindHeading(lines, at: titleIndex) {
            hostHeading = Text.trimmed(lines[titleIndex])
            title = cover
        }
        // NB: a board document's title stands below its header's labelled lines, set in capitals over several lines.
        if let below = PageChrome.titleBelowHeader(lines) {
            titleIndex = below.start
            title = (below.text, below.end)
        }
        // NB: a page that opens with its prose (an excerpt, a page without a heading) has no title: the paragraph is its summary.
        // NB: nor one whose opening line runs on in lower case below it (`… (processes, outputs` / `and immediate
        // outcomes), …`), however short of the page's width: a title the next line continues took that line.
        let runsOn = title.end < lines.count && !PageChrome.endsSentence(Text.fold(lines[title.end - 1]))
            && Text.fold(lines[title.end]).unicodeScalars.first.map(Scalars.isLowercase) == true
        // NB: a cover read as one line (a paragraph as it stands) holds the title between its banners and its date; a
        // board document's (`Executive Board First Regular Session …`) is its capitals naming the evaluation, or none. The
        // line is still read for the summary (the whole page may be that line).
        // NB: a title over a record's labelled fields (`Cliente: OIT`) may be longer than one alone (`PageChrome.titleBound`).
        let longest = PageChrome.titleBound(lines, below: title.end)
        var runTogether = false
        if PageChrome.isParagraph(title.text, longest: longest) || CoverTitle.opensBoardCover(title.text), !runsOn,
           let cut = CoverTitle.fromRunTogether(title.text) {
            title.text = cut
            runTogether = true
        }
        // NB: a page that opens with a table's header row (`Responsible |` / `Deadline |` / …) has no title above it, nor
        // one under a section's heading, a label alone, a title's label left empty, a byline or a list's lead (`Overview`,
        // `Annex 2. Overall Outcome:`, `Title of evaluation report:`, `Author: X`, `Objectives of the evaluation were to:`).
        // NB: nor a host's heading the cover below writes after its symbol: the board's name (`Conseil d administration de …`).
        let heading = CoverTitle.isSectionHeading(title.text) || CoverTitle.isLabel(title.text[...]) || CoverTitle.isBoardName(lines, at: titleIndex)
            || CoverTitle.isEmptyTitleLabel(title.text[...]) || CoverTitle.isByline(title.text[...])
            || CoverTitle.opensList(lines, at: title.end - 1)
        let titled = !PageChrome.isParagraph(title.text, longest: longest) && !runsOn && !PageChrome.opensTableHeader(lines, at: titleIndex)
            && !CoverTitle.opensBoardCover(title.text) && !heading
        // NB: a generic label (`Evaluation Reports`) or the document's kind alone (`Synthesis Report`) with no better line
        // under it tells no evaluation from another: no title (what it says of the kind still counts).
        let kindOnly = PageChrome.isGenericTitle(title.text[...]) || CoverTitle.namesKindOnly(title.text)
        // NB: a cover's line under the title naming the document's kind a management response (`Réponse préliminaire de la
        // Direction générale`) is the cover's, no summary.
        let kindLine = titled && !runTogether
            ? Self.nextTextLine(lines, from: title.end).flatMap { CoverTitle.isResponseKind(lines[$0]) ? $0 : nil } : nil
        // NB: the summary starts below a section's heading or a label, never with it (`Overview The 2023 synthesis …`).
        let titleEnd = kindLine.map { $0 + 1 } ?? (titled && !runTogether ? title.end : heading ? titleIndex + 1 : titleIndex)
        doc.title = titled ? Text.nonEmpty(CoverTitle.trimmed(MarkdownText.plain(title.text))) : nil
        // NB: a PDF's cover read as one line holds the title among its other lines; the mirror's heading names which part.
        if let whole = doc.title, let named = PageChrome.mirrorTitle(lines, within: whole) { doc.title = named }
        if let whole = doc.title { doc.title = Self.droppingPartHeading(whole) }
        // NB: a document whose title, or the kind line under it, says it is a management response is one (a board's, a
        // committee's: `Management response to the recommendations of X`, `X (Programa 2.1.3) – Respuesta de la
        // administración`); its recommendations and responses are read as a report's. The kind after the title's dash is
        // no part of the title.
        if let whole = doc.title {
            let cut = CoverTitle.droppingResponseKind(whole)
            doc.title = cut.title
            if cut.dropped || kindLine != nil || CoverTitle.namesResponse(whole) { doc.docType = .managementResponse }
            if kindOnly { doc.title = nil }
        }
        let source = SummarySource.unwrapped(lines, from: titleEnd)
        var body = Array(lines[..<titleEnd]) + Self.unwrapped(lines, source)
        if let hostHeading {
            body = body.map { line in Text.trimmed(line).hasPrefix(hostHeading) ? Text.trimmed(line).dropFirst(hostHeading.count) : line }
        }
        // NB: an abstract or executive summary, where the page's opening has one, is the summary before any paragraph above it.
        doc.summary = Self.abstract(body, from: titleEnd) ?? Self.firstParagraph(body, after: titleEnd - 1, besides: doc.title)
        // NB: a header table's `Evaluation Title` names the evaluation; the heading above it names the page.
        if let labelled = Self.labelledTitle(lines) { doc.title = labelled }
        // NB: name searches scan the text once per name; bound them on pathological input.
        let scope = String([doc.title, doc.summary].compactMap { $0 }.joined(separator: "\n").prefix(Text.maxScanLength))
        doc.organizations = OrganizationMentions.find(in: scope)
        // NB: a cover's credits name the owner its title and summary may not (`Comisionado por: WFP Office of Evaluation`).
        doc.organizations += Self.commissioners(lines).filter { !doc.organizations.contains($0) }
        doc.countries = Text.countries(in: scope)
        // NB: a title in capitals names its country in capitals (`PROGRAMME DE PAYS UNFPA/NIGER`).
        for country in Text.countriesInCapitals(doc.title ?? "") where !doc.countries.contains(country) { doc.countries.append(country) }
        // NB: a cover's masthead naming an organization alone (`UNITED NATIONS OFFICE ON DRUGS AND CRIME`) and a country alone
        // on a cover's line (`Uzbekistan`) name an owner and a country the title and summary may not.
        let cover = lines.lazy.filter { PageChrome.holdsWord($0) && !PageChrome.isChrome($0) && !PageFooter.isFooter($0) }
            .prefix(Self.coverLines)
        // NB: so does a cover's `Countries:` line (`Countries: Belize, Costa Rica and Panama`).
        for line in cover {
            if let owner = CoverTitle.masthead(line), !doc.organizations.contains(owner) { doc.organizations.append(owner) }
            let named = Self.countryAlone(line).map { [$0] } ?? (Self.isCountriesLine(line) ? Text.countries(in: String(line)) : [])
            for country in named where !doc.countries.contains(country) { doc.countries.append(country) }
        }
        doc.roles += body[(titleIndex + 1)...].compactMap(PartnerLine.parse)
            .map { ParsedRole(.implementingPartner, Party(name: $0.name, kind: .organization, detail: $0.detail)) }
        // NB: a cover's credits name the evaluators and the evaluation manager (`Equipo de evaluación: …`, `Evaluation Manager: …`).
        doc.roles += CoverCredits.roles(lines, parties: parties)
        let sections = ReportSections(source)
        doc.recommendations = sections.recommendations
        doc.findings = sections.findings
        return doc
    }

    /// The first title line below line `i` (`PageChrome.titleIndex`), past lines `skipping` says are none: a heading, no
    /// paragraph, sentence or date; nil when the next one is none of these.
    static func headingBelow(_ lines: [Substring], titleIndex i: Int, skipping: (Substring) -> Bool = { _ in false }) -> Int? {
        var next = PageChrome.titleIndex(lines, from: i + 1)
        while let n = next, skipping(lines[n]) { next = PageChrome.titleIndex(lines, from: n + 1) }
        guard let next, case let heading = Text.fold(lines[next]), !PageChrome.isParagraph(heading), !PageChrome.endsSentence(heading),
              !NotAnEvaluation.isDateLine(heading[...]) else { return nil }
        return next
    }

    /// The value of a title label (`PageVocabulary.titleLabels`) in the page's opening (`NotAnEvaluation.openingLines`
    /// lines of content, `NotAnEvaluation.openingBytes` of each), up to the next header cell's label
    /// (`PageVocabulary.headerLabels`) or the line's end: of two words or more, no longer than a title
    /// (`PageChrome.longestTitle`), no `[…]` instruction.
    ///
    ///     "1 UNICEF Evaluation Management Response 1 Review Title: Peer Review of X Region: Global Office: …"
    ///         -> "Peer Review of X"
    ///     "… Evaluation Title UNFPA Yemen Country Programme Year of the Evaluation 2011"  -> "UNFPA Yemen Country Programme"
    ///     "The title of the evaluation is long."                                          -> nil
    ///     "Title of the project: Water for schools"                                       -> "Water for schools"
    static func labelledTitle(_ lines: [Substring]) -> String? {
        var seen = 0
        for raw in lines where seen < NotAnEvaluation.openingLines {
            let line = Text.trimmed(raw)
            guard !line.isEmpty, !PageChrome.isChrome(line), !PageFooter.isFooter(line) else { continue }
            seen += 1
            let head = Array(ByteText.prefix(line, scalars: NotAnEvaluation.openingBytes).utf8)
            for label in titleLabels {
                guard let at = ByteText.firstWordOffset(of: label, in: head) else { continue }
                var start = at + label.count
                while start < head.count, head[start] == UInt8(ascii: " ") { start += 1 }
                // NB: a label that goes on in lower case (`Title of the project: X`) runs to its colon; the value follows it.
                if String(decoding: head[start...].prefix(4), as: UTF8.self).unicodeScalars.first.map(Scalars.isLowercase) == true {
                    guard let colon = head[start...].firstIndex(of: UInt8(ascii: ":")),
                          ByteText.wordCount(head[start..<colon]) <= Self.labelWords else { break }
                    start = colon
                }
                while start < head.count, head[start] == UInt8(ascii: ":") || head[start] == UInt8(ascii: " ") { start += 1 }
                let rest = Array(head[start...])
                let end = headerLabels.compactMap { ByteText.firstWordOffset(of: $0, in: rest) }.min() ?? rest.count
                let value = Text.fold(String(decoding: rest[..<end], as: UTF8.self))
                guard value.first != "[", ByteText.wordCount(value.utf8) >= 2, value.unicodeScalars.count <= PageChrome.longestTitle
                else { break }
                return Text.nonEmpty(String(ByteText.trimming(value[...], anyOf: " ,;:-–")))
            }
        }
        return nil
    }

    static let titleLabels = PageVocabulary.titleLabels.map { Array($0.utf8) }
    static let headerLabels = PageVocabulary.headerLabels.map { Array($0.utf8) }

    /// The lines after the title, each with the lines a PDF-to-text export or an e-mail client wrapped onto
    /// it joined by a space (`source`: `SummarySource.unwrapped`), so a paragraph or a partner bullet reads whole;
    /// but a list item (`SummaryBlock.classify`: a bullet or a numbered item) takes one wrapped line at most.
    ///
    ///     "• Baidarie working in District Faisalabad with Football-Stitching" / "community"
    ///         -> "• Baidarie working in District Faisalabad with Football-Stitching community"
    ///     "• Rahnuma-FPAP … with Quilt / Pillow-cover makers" / "ILO and UN-Women have … Support" / "to Home-Based …"
    ///         -> three lines, as written (a paragraph under the list)
    ///     "This report presents … (a line of 400 scalars) … in June 2024." / "Purpose and scope"   -> two lines, as written
    ///
    /// NB: a partner bullet is short; a line under it that fills the width in turn is a paragraph
    /// written under the list with no blank line, whatever the width says of the bullet.
    static func unwrapped(_ lines: [Substring], _ source: [SummarySource.SourceLine]) -> [Substring] {
        var out: [Substring] = []
        out.reserveCapacity(source.count)
        for (k, s) in source.enumerated() {
            let first = s.number - 1
            let end = k + 1 < source.count ? source[k + 1].number - 1 : lines.count
            // NB: a line longer than any wrapping tool makes that ends a sentence is a paragraph of its own, written a
            // paragraph a line: what stands below it (`Purpose and scope`, the next paragraph) was not wrapped onto it.
            if end - first > 1, ByteText.scalarCount(Text.trimmed(lines[first])) > longestWrappedLine,
               PageChrome.endsSentence(Text.fold(lines[first])) {
                out += lines[first..<end]
                continue
            }
            guard end - first > 2 else { out.append(s.text); continue }
            switch SummaryBlock.classify(lines[first]) {
            case .bullet, .numbered: out += lines[first..<end]
            default: out.append(s.text)
            }
        }
        return out
    }

    /// Lines of content at the top of a page a cover takes, at most: its masthead and its countries stand there (a host's
    /// lines above it among them).
    static let coverLines = 16

    /// Lines of a word or two that make a banner read a fragment a line, at least.
    static let fragmentLines = 4

    /// Scalars of a line that a wrapping tool made, at most (they fill 72 to 100 columns; PDF exports of small print, more).
    static let longestWrappedLine = 160

    /// The first paragraph after the title: consecutive text lines, skipping headings and footers, and
    /// paragraphs too short to be a summary (`isSummary`: a host's `others`, a label `Commissioned by`), and a paragraph
    /// the title holds whole (`title`: a cover's line of the title, set apart from its other lines).
    static func firstParagraph(_ lines: [Substring], after titleIndex: Int, besides title: String? = nil) -> String? {
        let titleBytes = title.map { Array($0.utf8) }
        var parts: [String] = []
        let dense = SummarySource.isLinePerParagraph(lines[(titleIndex + 1)...])
        var i = titleIndex + 1
        // Whether the lines above, with no blank line between, are a list item (its lines wrapped as written).
        var inItem = false
        // Whether the lines above are a board document's note (`PageChrome.isBoardNote`) whose sentence goes on.
        var inNote = false
        // Whether the paragraphs read are a section that thanks or introduces (`opensPreface`), up to the next heading.
        var inPreface = false
        // Whether the paragraph read stands right under a date alone (a byline's: `03 Jan 2018` / `Director of Evaluation`).
        var underDate = false
        // Whether the lines read are a table of contents under its heading, up to the first sentence's end (its entries,
        // `B. Problem analysis 9-11`, end none).
        var inContents = false
        // Whether the paragraph read is a publisher's notice a page break cut mid-sentence: the next goes on with it.
        var inNotice = false
        // Whether the last heading read opens a zone of items (`Recommendations`): its numbered items are no paragraphs.
        var inZone = false
        // NB: the section's paragraphs are never the summary, nor what their thanks name the evaluation's.
        func take(_ parts: [String]) -> String? {
            let text = parts.joined(separator: " ")
            // NB: a line under a date alone that ends no sentence is the byline's author, no paragraph.
            defer { underDate = false }
            if (underDate || inContents) && !endsParagraph(parts) { return nil }
            inContents = false
            if inNotice || Self.isDisclaimer(text) {
                inNotice = !endsParagraph(parts)
                return nil
            }
            if Self.opensPreface(text) {
                inPreface = true
                return nil
            }
            // NB: a paragraph too short to be a summary under the section is the next heading (a signature is longer).
            if inPreface, ByteText.wordCount(text.utf8) <= summaryWords { inPreface = false }
            if let titleBytes, ByteText.firstOffset(of: Array(text.utf8), in: titleBytes) != nil { return nil }
            // NB: lines of a word or two each, run on (`Mea` / `suri` / `ng` / `resu` / `lts,`), are a banner set on
            // its side and read a fragment a line, no paragraph.
            if parts.count >= fragmentLines, parts.allSatisfy({ ByteText.wordCount($0.utf8) <= 2 }) { return nil }
            return inPreface ? nil : summary(parts)
        }
        while i < lines.count {
            let line = lines[i]
            let blankBefore = dense || i == 0 || ByteText.isBlank(lines[i - 1].utf8)
            let blankAfter = dense || i + 1 >= lines.count || ByteText.isBlank(lines[i + 1].utf8)
            i += 1
            // NB: a line that runs on in lower case below one that ends no sentence goes on with its paragraph.
            if dense && !parts.isEmpty && !continuesAfterBreak(parts, line) {
                if let summary = take(parts) { return summary }
                parts = []
            }
            if ByteText.isBlank(line.utf8) {
                inItem = false
                guard !parts.isEmpty else { continue }
                // NB: jump over the whole blank run at once, so long runs stay linear.
                if let j = nextTextLine(lines, from: i), continuesAfterBreak(parts, lines[j]) {
                    i = j
                    continue
                }
                if let summary = take(parts) { return summary }
                parts = []
                continue
            }
            // NB: a library record's fields (`Date published` / `01 Jan 2002` / `Evaluation reports` / its tags) and the
            // byline above them in their block are the record's, never its summary.
            if Self.isRecordLabel(line) {
                parts = []
                while i < lines.count, Self.isRecordLine(lines[i]) { i += 1 }
                continue
            }
            // NB: a footer, the page's chrome, or a line of no letter (`|`, a table's edge), is no text.
            if PageFooter.isFooter(line) || PageChrome.isChrome(line) || !line.unicodeScalars.contains(where: Scalars.isLetter) { continue }
            if PageChrome.isHostSnippet(line) { continue }
            // NB: a photo's caption and the lines under it in its block (its byline) are the image's, no paragraph.
            if PageChrome.isCaption(line) {
                parts = []
                while !dense, i < lines.count, !ByteText.isBlank(lines[i].utf8) { i += 1 }
                continue
            }
            // NB: a board document's header run, its symbol and its note on printing and contacts are its furniture.
            // NB: a header run together with the title holds the text after it (`… Original: English … Management response
            // to X Background 1. This document …`).
            if PageChrome.isDocumentHeader(line) && CoverTitle.isUntitledCover(line) || PageChrome.isDocumentSymbol(line) { continue }
            if parts.isEmpty && (inNote || PageChrome.isBoardNote(line)) {
                inNote = !endsParagraph([Text.fold(line)])
                continue
            }
            // NB: a byline's country and date, a label, a table of contents stand above the first paragraph.
            if parts.isEmpty && Self.isFrontMatter(line) {
                // NB: right under it, no blank line between: a cover's title stands apart below its date.
                underDate = !blankAfter && NotAnEvaluation.isDateLine(ByteText.trimmingBlanks(line))
                if PageVocabulary.contentsHeadings.contains(Text.labelKey(line)) { inContents = true }
                // NB: a cover's credit label alone on its line (`Évaluateurs:`) heads the names under it in its block.
                if Self.isCredits(ByteText.lowercased(Text.fold(line))) {
                    while !dense, i < lines.count, Self.isRecordLine(lines[i]) { i += 1 }
                }
                continue
            }
            let block = SummaryBlock.classify(line, standalone: blankBefore && blankAfter, paragraphStart: blankBefore)
            // NB: a line running on in lower case under a list item is the item's, no paragraph of its own
            // (`1. That the office, with donors and` / `members of the group, clarify`); so is any line under an item
            // line that ends no sentence (`• Interviews were held with the agency` / `Brussels staff and partners.`).
            if case .text(let t) = block, parts.isEmpty, inItem,
               t.unicodeScalars.first.map(Scalars.isLowercase) == true || !PageChrome.endsSentence(Text.fold(lines[i - 2])) { continue }
            inItem = false
            switch block {
            case .text(let t) where !parts.isEmpty && endsParagraph(parts) && ReportSections.isHeadingShaped(t)
                && ByteText.wordCount(t.utf8) <= headingWords:
                // NB: a heading written on the line under a paragraph, no blank line between (`Purpose and scope`).
                if let summary = take(parts) { return summary }
                parts = []
                inPreface = Self.opensPreface(t)
            case .text(let t) where parts.isEmpty && !blankAfter && ReportSections.isHeadingShaped(t)
                && ByteText.wordCount(t.utf8) <= headingWords && Self.opensParagraphBelow(lines[i]):
                // NB: a heading on the line above its paragraph, no blank line between (`Overall Response` / `Management …`).
                inPreface = Self.opensPreface(t)
            case .text(let t):
                parts.append(t)
                // NB: a line longer than a wrapping tool makes, ending a sentence, is a whole paragraph (a paragraph a line).
                if ByteText.scalarCount(t[...]) > longestWrappedLine, endsParagraph(parts), let summary = take(parts) { return summary }
            case .field(let label, let value):
                // NB: `Date: March 2011` before the text is metadata; `Background: The project …` is prose.
                if !parts.isEmpty || value.split(separator: " ").count >= 8 { parts.append("\(label): \(value)") }
            case .subheading(let t) where nextTextLine(lines, from: i).map { continuesAfterBreak([t], lines[$0]) } ?? false:
                // NB: not a heading but a sentence a page break cut in two.
                parts.append(t)
            case .numbered(1, _) where parts.isEmpty && !inPreface && !inZone && lines[..<(i - 1)].contains(where: { !Text.trimmed($0).isEmpty && !PageChrome.isChrome($0) }):
                // NB: a board or committee document numbers every paragraph: its first (`1. As requested by …`), standing
                // as a paragraph (`isNumberedParagraph`) under the cover, is the summary without its number; a list's first
                // item is none, nor is a page's first line (a numbered list saved apart from its page's header).
                inItem = true
                // NB: run together with the next (`… the CSPs. 2. The …`), the paragraph alone counts.
                if let numbered = numberedParts(lines, after: i - 2), isNumberedParagraph(numbered),
                   case let first = CoverTitle.beforeNextParagraph(numbered.joined(separator: " ").split(separator: " ")[...]).joined(separator: " "),
                   ByteText.wordCount(first.utf8) > PageChrome.sentenceWords, let summary = take([first]) {
                    return summary
                }
            case .bullet, .numbered:
                inItem = true
                guard !parts.isEmpty else { continue }
                if let summary = take(parts) { return summary }
                parts = []
            case .heading(let h), .subheading(let h):
                let summary = parts.isEmpty ? nil : take(parts)
                parts = []
                inPreface = Self.opensPreface(h)
                inZone = ReportSections.isZoneLabel(h)
                if let summary { return summary }
            case .footnote, .blank:
                guard !parts.isEmpty else { continue }
                if let summary = take(parts) { return summary }
                parts = []
            }
        }
        return take(parts)
    }

    /// The paragraph under an abstract's heading (`PageVocabulary.abstractHeadings`) in the first `abstractLines` lines from
    /// `start`: the heading on a line of its own, or run into its paragraph (a capital after it), as a transcription
    /// writes a page a line (its page's number before it); nil when none stands there.
    ///
    ///     "5 Abstract This report is an independent evaluation of …"  -> "This report is an independent evaluation of …"
    ///     "Executive Summary" / "" / "The evaluation found …"           -> "The evaluation found …"
    ///     "Executive Summary ........ 1"                                -> nil (a contents entry)
    static func abstract(_ lines: [Substring], from start: Int) -> String? {
        for k in lines.indices.dropFirst(max(start, 0)).prefix(abstractLines) {
            let line = Text.fold(lines[k])
            // NB: a heading alone stands apart (a blank line above it) and heads a whole paragraph; one among a list's
            // lines (`Approach Paper: …` / `Executive summary` / `Infographic: …`) is a link's name.
            if PageVocabulary.abstractHeadings.contains(Text.labelKey(line[...])), k == 0 || ByteText.isBlank(lines[k - 1].utf8) {
                if let paragraph = numberedParagraph(lines, after: k) ?? firstParagraph(lines, after: k), endsParagraph([paragraph]) {
                    return paragraph
                }
                continue
            }
            var words = line.split(separator: " ")[...]
            if let number = words.first, (1...3).contains(number.count), number.allSatisfy(\.isNumber) { words = words.dropFirst() }
            for heading in PageVocabulary.abstractHeadings {
                let n = heading.split(separator: " ").count
                guard words.count > n, words.prefix(n).map({ ByteText.lowercased($0) }).joined(separator: " ") == heading,
                      case let next = words[words.startIndex + n], next.first?.isUppercase == true,
                      next.contains(where: \.isLowercase) else { continue }
                return summary([words.dropFirst(n).joined(separator: " ")])
            }
        }
        return nil
    }

    /// The paragraph right under line `k` (a heading) when it opens with the paragraph's number, as a board document numbers
    /// every paragraph, without the number: its lines up to a blank line; nil when the line under it is no numbered paragraph.
    ///
    ///     "Réponse générale" / "" / "2. Nous félicitons l’Équipe d’évaluation …"  -> "Nous félicitons l’Équipe d’évaluation …"
    static func numberedParagraph(_ lines: [Substring], after k: Int) -> String? {
        numberedParts(lines, after: k).flatMap(summary)
    }

    /// The lines of the numbered paragraph right under line `k` (`numberedParagraph`), its number dropped, as written.
    static func numberedParts(_ lines: [Substring], after k: Int) -> [String]? {
        guard let j = nextTextLine(lines, from: k + 1), case let words = Text.fold(lines[j]).split(separator: " ", maxSplits: 1),
              words.count == 2, words[0].last == ".", CoverTitle.isItemNumber(words[0]) else { return nil }
        var parts = [String(words[1])]
        var i = j + 1
        while i < lines.count, !ByteText.isBlank(lines[i].utf8), case .text(let t) = SummaryBlock.classify(lines[i]) {
            parts.append(t)
            i += 1
        }
        return parts
    }

    /// Whether a numbered item's lines are a paragraph, not a list's item: more than `PageChrome.sentenceWords` words, and
    /// a sentence's end closing them or a line longer than a wrapping tool makes (a paragraph a line, cut by an excerpt).
    ///
    ///     ["As requested by the General Assembly, the Secretary-General commissioned an independent review of X in 2008."]
    ///         -> true
    ///     ["That OCHA, in consultation with donors, IASC", "members and the CERF Advisory Group, clarify"]  -> false
    static func isNumberedParagraph(_ parts: [String]) -> Bool {
        parts.reduce(0) { $0 + ByteText.wordCount($1.utf8) } > PageChrome.sentenceWords
            && (endsParagraph(parts) || parts.contains { ByteText.scalarCount($0[...]) > longestWrappedLine })
    }

    /// Lines of a page's opening in which an abstract's heading is looked for.
    static let abstractLines = 60

    /// The paragraph `parts` joined, when it can be a summary: more than `summaryWords` words. A few words are a
    /// label, a cover's line or a host's furniture (`Résumé`, `Commissioned by`, `GC.`, `others`, `Anne Smith, Ph.D.`);
    /// the summary is below them.
    ///
    /// NB: a document host's transcription opens with its first page's number (`1 UNICEF Evaluation …`): dropped.
    static func summary(_ parts: [String]) -> String? {
        // NB: a board cover read as one line with the text after its title: the text.
        // NB: so does one that ends with the document's symbol and date (`… UNAIDS/PCB(13)/02.2 11 November 2002 At its …`).
        guard let joined = Text.nonEmpty(CoverTitle.afterBoardCover(CoverTitle.afterCoverSymbol(parts.joined(separator: " ")))),
              var text = beforeContents(joined).flatMap(beforeContacts),
              ByteText.wordCount(text.utf8) > summaryWords, !isContentsRun(text), !isDisclaimer(text), !isNumberedHeading(text),
              !isNameList(text), !isCredits(text), !CoverTitle.isBoardCover(text), !isCoverRun(text), !isDateRecord(text)
        else { return nil }
        if text.hasPrefix("1 "), text.unicodeScalars.dropFirst(2).first.map(Scalars.isUppercase) == true { text.removeFirst(2) }
        return beforeInnerHeading(afterSummaryLabel(droppingHeading(droppingRecordDate(text))))
    }

    /// Whether a paragraph is a cover's lines run together, no prose: it ends no sentence, and every word of letters holds
    /// a capital (a cover's small caps read as text, `uniteD nationS`, among them) or is a title's joiner
    /// (`PageVocabulary.titleJoiners`: `for`, `of`).
    ///
    ///     "Independent Evaluation X Centre for South-South Cooperation (X) New Delhi, India UNITED NATIONS"  -> true
    ///     "uniteD nationS CHilDRen’S FunD (uniCeF): RevieW oF X, 2012-2015 Final Report"                    -> true
    ///     "The evaluation covers the years 2012 to 2015 and was cut by the host"                            -> false
    static func isCoverRun(_ text: String) -> Bool {
        guard !PageChrome.endsSentence(text) else { return false }
        return text.split(separator: " ").allSatisfy { w in
            !w.unicodeScalars.contains(where: Scalars.isLetter) || w.unicodeScalars.contains(where: Scalars.isUppercase)
                || PageVocabulary.titleJoiners.contains(ByteText.lowercased(w))
        }
    }

    /// Whether a paragraph is a page's record of its dates, no summary: one sentence of `recordWords` × 2 words at most
    /// holding two dates in numbers or more (`09/16/2016`).
    ///
    ///     "This evaluation was performed between 09/16/2016 and 09/15/2017 and the report was submitted on 07/28/2017."
    ///         -> true
    ///     "The evaluation ran from 09/16/2016 to 09/15/2017. It covered three countries and two programmes." -> false
    static func isDateRecord(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= recordWords * 2, lastSentenceEnd(text[...]) == nil else { return false }
        return words.count { w in
            // NB: day or month first, as the page's country writes it: its shape, three runs of digits parted by `/` or `-`.
            let date = ByteText.trimming(w, anyOf: ".,;:()").utf8
            return (8...10).contains(date.count) && date.first.map(ByteText.isDigit) == true
                && date.allSatisfy { ByteText.isDigit($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }
                && date.count { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") } == 2
        } >= 2
    }

    /// A paragraph without a page's record of its date run into it (`PageVocabulary.recordDateLabels` and a date in
    /// numbers: reliefweb's ` date 2021-11-30 Managed by …`).
    ///
    ///     "date 2021-11-30 Managed by the department, this evaluation …"  -> "Managed by the department, this evaluation …"
    ///     "Date of the mission was set in 2021."                           -> unchanged
    static func droppingRecordDate(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, PageVocabulary.recordDateLabels.contains(ByteText.lowercased(words[0])),
              words[1].first?.isNumber == true, NotAnEvaluation.isDateLine(words[1]) else { return text }
        return String(words[2])
    }

    /// A paragraph from after the overall response's label a cover's labels run into (`summaryLabels`, capitalized, with
    /// its colon or none) and the template's bracketed instruction right after it (`[In a couple of paragraphs please …]`),
    /// when more than `summaryWords` words stand there; else unchanged.
    ///
    ///     "… Reference PDES/2016/01 Overall response to the evaluation [In a couple … please explain …] In general, the …"
    ///         -> "In general, the …"
    ///     "… April 2018 Overall assessment: The purpose of the review was …"  -> "The purpose of the review was …"
    ///     "Cliente: OIT Año: 2021 Descripción: A finales de 2021 realizamos …"  -> "A finales de 2021 realizamos …"
    ///     "The overall assessment was positive across the five criteria."   -> unchanged (no label)
    static func afterSummaryLabel(_ text: String) -> String {
        let b = Array(text.utf8)
        for label in summaryLabels {
            var from = 0
            while let at = ByteText.firstOffset(of: label, in: b, from: from, foldingCase: true) {
                from = at + 1
                guard at == 0 || b[at - 1] == 0x20, ByteText.isUpper(b[at]) else { continue }
                var rest = text[text.utf8.index(text.startIndex, offsetBy: at + label.count)...].drop { $0 == " " || $0 == ":" }
                if rest.first == "[", let close = rest.firstIndex(of: "]") { rest = rest[rest.index(after: close)...].drop { $0 == " " } }
                guard rest.unicodeScalars.first.map(Scalars.isUppercase) == true,
                      ByteText.wordCount(rest.utf8) > summaryWords else { continue }
                return String(rest)
            }
        }
        return text
    }

    static let summaryLabels = (ResponseTemplateVocabulary.summaryLabels + PageVocabulary.summaryLabels).map { Array($0.utf8) }

    /// A paragraph up to the next section's heading in capitals a transcription runs into it (a PDF's page a line: `… to
    /// August BACKGROUND OF THE EVALUATION In 2008, …`): `headingCaps` words or more of capital letters alone, one a joiner
    /// (`headingJoiners`: `OF`, `THE`), before a capitalized word, after more than `summaryWords` words.
    ///
    ///     "… covers the period from March 2011 to August BACKGROUND OF THE EVALUATION In 2008, the …"
    ///         -> "… covers the period from March 2011 to August"
    ///     "… with UNFPA, UNICEF AND WHO Country Offices …"  -> unchanged (a list of names)
    static func beforeInnerHeading(_ text: String) -> String {
        let words = text.split(separator: " ")
        var k = summaryWords + 1
        while k < words.count {
            var end = k
            while end < words.count, isCapitalsWord(words[end]) { end += 1 }
            if end - k >= headingCaps, end < words.count, words[end].first?.isUppercase == true,
               words[end].contains(where: \.isLowercase),
               words[k..<end].contains(where: { headingJoiners.contains(ByteText.lowercased($0)) }) {
                return words[..<k].joined(separator: " ")
            }
            k = max(end, k + 1)
        }
        return text
    }

    /// A title's joiners (`PageVocabulary.titleJoiners`) but the and-words (`Vocabulary.partyAndWords`): a list of names in
    /// capitals has those (`UNICEF AND WHO`), a heading the others (`BACKGROUND OF THE EVALUATION`).
    static let headingJoiners = PageVocabulary.titleJoiners.subtracting(Vocabulary.partyAndWords)

    /// Whether a word is letters alone, none lower-case (`BACKGROUND`, `OF`).
    static func isCapitalsWord(_ word: Substring) -> Bool {
        word.unicodeScalars.allSatisfy { Scalars.isLetter($0) && !Scalars.isLowercase($0) }
    }

    /// Whether a paragraph is a publisher's legal notice, never a summary: it opens with a notice's opening
    /// (`PageVocabulary.disclaimerOpenings`), past a transcription's page number and the notice's heading run into it
    /// (`disclaimerHeadings`), or its first sentence says the views are not the publisher's (`disclaimerPhrases`).
    ///
    ///     "The designations employed and the presentation of material in this information product do not imply …" -> true
    ///     "2 Exención de responsabilidad Las opiniones expresadas en este informe son …"                              -> true
    ///     "El análisis y las recomendaciones de este informe no reflejan necesariamente los puntos de vista de …"    -> true
    ///     "The evaluation employed mixed methods." -> false
    static func isDisclaimer(_ text: String) -> Bool {
        var rest = text[...]
        if let number = rest.split(separator: " ", maxSplits: 1).first, number.count <= 3, number.allSatisfy(\.isNumber) {
            rest = rest.dropFirst(number.count).drop { $0 == " " }
        }
        var head = ByteText.lowercased(ByteText.prefix(rest, scalars: disclaimerScalars * 2))
        if let heading = PageVocabulary.disclaimerHeadings.first(where: { head.hasPrefix($0 + " ") || head.hasPrefix($0 + ":") }) {
            head = String(head.dropFirst(heading.count).drop { $0 == " " || $0 == ":" })
        }
        if PageVocabulary.disclaimerOpenings.contains(where: { head.hasPrefix($0) }) { return true }
        let end = ByteText.withUTF8(rest) { ByteText.firstOffset(of: sentenceEnd, in: $0) }
            .map { rest.utf8.index(rest.startIndex, offsetBy: $0) } ?? rest.endIndex
        return ByteText.holdsAny(disclaimerPhrases, in: rest[..<end])
    }

    static let disclaimerPhrases = PageVocabulary.disclaimerPhrases.map { Array($0.utf8) }
    static let sentenceEnd = Array(". ".utf8)

    /// Whether a paragraph is a cover's credits (`PageVocabulary.coverCreditLabels`): it opens with one, or holds two (the
    /// cover read as one line: `… (2014-2016) Equipo de evaluación: A. Person … Número de informe: OEV/2015/010`).
    ///
    ///     "Gerente de la evaluación: Daniela Ruegenberg"         -> true
    ///     "The evaluation team: met 40 partners in the region."  -> false
    static func isCredits(_ text: String) -> Bool {
        ByteText.withUTF8(text[...]) { b in
            var held = 0
            for label in creditLabels {
                guard let at = ByteText.firstOffset(of: label, in: b, foldingCase: true) else { continue }
                held += 1
                if at == 0 || held >= 2 { return true }
            }
            return false
        }
    }

    static let creditLabels = PageVocabulary.coverCreditLabels.map { Array($0.utf8) }

    /// The organizations a commissioning credit (`PageVocabulary.commissioningLabels`) in the page's opening
    /// (`NotAnEvaluation.openingLines` lines) names, in its value up to the next credit label or `commissionerBytes`;
    /// or the one written right before an evaluation office's name (`PageVocabulary.evaluationOfficeNames`, within
    /// `officeOwnerBytes`), the office that signs a cover.
    ///
    ///     "… Informe de Evaluación Comisionado por: WFP Office of Evaluation Número de informe: OEV/2015/010" -> ["WFP"]
    ///     "Commissioned by: the Government of Chad"                                                         -> []
    ///     "… H4+ EXECUTIVE SUMMARY UNFPA Evaluation Office May 2017"                                         -> ["UNFPA"]
    ///     "Mandaté par le:" / "Bureau d'Evaluation du PAM"                                                   -> ["WFP"]
    ///
    /// NB: a label alone on its line takes its value from the next; lines of no word (a banner read a letter a line) are
    /// no part of the opening.
    static func commissioners(_ lines: [Substring]) -> [String] {
        let opening = Array(lines.lazy.filter(PageChrome.holdsWord).prefix(NotAnEvaluation.openingLines + 1))
        for (k, line) in opening.prefix(NotAnEvaluation.openingLines).enumerated() {
            let found: [String]? = ByteText.withUTF8(line) { b in
                for label in commissioningLabels {
                    guard let at = ByteText.firstOffset(of: label, in: b, foldingCase: true) else { continue }
                    let start = at + label.count
                    let rest = UnsafeBufferPointer(rebasing: b[start..<min(b.count, start + commissionerBytes)])
                    let end = creditLabels.compactMap { ByteText.firstOffset(of: $0, in: rest, foldingCase: true) }.min() ?? rest.count
                    let value = String(decoding: rest[..<end], as: UTF8.self)
                    let below = k + 1 < opening.count ? String(opening[k + 1]) : ""
                    return OrganizationMentions.find(in: Text.fold(value).isEmpty ? below : value)
                }
                for office in evaluationOfficeNames {
                    guard let at = ByteText.firstOffset(of: office, in: b, foldingCase: true) else { continue }
                    let before = String(decoding: b[max(0, at - officeOwnerBytes)..<at], as: UTF8.self)
                    if let owner = OrganizationMentions.find(in: before).last { return [owner] }
                }
                return nil
            }
            if let found { return found }
        }
        return []
    }

    static let commissioningLabels = PageVocabulary.commissioningLabels.map { Array($0.utf8) }
    static let evaluationOfficeNames = PageVocabulary.evaluationOfficeNames.map { Array($0.utf8) }

    /// Bytes after a commissioning label in which its organizations are looked for.
    static let commissionerBytes = 120

    /// Bytes before an evaluation office's name in which its organization is looked for.
    static let officeOwnerBytes = 24

    /// Scalars at a paragraph's start in which a disclaimer's opening is looked for.
    static let disclaimerScalars = 60

    /// A paragraph up to the table of contents a transcription runs into it: cut at the contents heading
    /// (`PageVocabulary.contentsHeadings`) before its first dot leader (`contentsLeader` dots), else at the last sentence's
    /// end before it; nil when nothing stands before the contents.
    ///
    ///     "… Project FINAL REPORT October 2017 Table of contents i. Introduction ........ ii ii. Summary ..." -> "… Project FINAL REPORT October 2017"
    ///     "Introduction ........ 1 Background ........ 2"  -> nil
    ///     "The survey ran... and closed."  -> unchanged (an ellipsis is no leader)
    static func beforeContents(_ text: String) -> String? {
        guard let at = ByteText.withUTF8(text[...], { ByteText.firstOffset(of: contentsLeader, in: $0) }) else { return text }
        let before = text[..<text.utf8.index(text.startIndex, offsetBy: at)]
        // NB: the heading's last mention before the leader (a cover may name its contents' pages earlier).
        let words = before.split(separator: " ")
        let keys = words.map { ByteText.lowercased(ByteText.trimming($0, anyOf: ":")) }
        // The start of the longest heading that ends at word `k`.
        func heading(endingAt k: Int) -> Int? {
            PageVocabulary.contentsHeadings.compactMap { h -> Int? in
                let n = h.split(separator: " ").count
                return k + 1 >= n && keys[(k + 1 - n)...k].joined(separator: " ") == h ? k + 1 - n : nil
            }.min()
        }
        let start = words.indices.reversed().lazy.compactMap(heading(endingAt:)).first
        let cut = start.map { words[$0].startIndex } ?? lastSentenceEnd(before)
        return cut.flatMap { Text.nonEmpty(before[..<$0]) }
    }

    /// A dot leader of a contents entry: dots at least as many.
    static let contentsLeader = Array(".....".utf8)

    /// Where the text after a paragraph's last sentence starts (after its `. `), or nil when it holds none.
    ///
    /// NB: a name's initial (`M. Igarashi`) ends no sentence.
    static func lastSentenceEnd(_ text: Substring) -> String.Index? {
        var end: String.Index?
        var i = text.startIndex
        var wordLetters = 0
        while i < text.endIndex {
            let next = text.index(after: i)
            if ".!?".contains(text[i]), next < text.endIndex, text[next] == " ", wordLetters != 1 || text[i] != "." { end = next }
            wordLetters = text[i] == " " ? 0 : wordLetters + 1
            i = next
        }
        return end
    }

    /// A paragraph up to a publisher's contact block (`Vocabulary.contactLabels` with their colon, an e-mail address): cut at the last
    /// sentence's end before it (the postal address above it goes too); nil when no sentence stands before it.
    ///
    ///     "… of the countries. Rue de X 40 B-1348 Louvain (Belgium) Tel: Fax: info@x.be Web:"  -> "… of the countries."
    static func beforeContacts(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard let contact = words.first(where: { w in
            w.hasSuffix(":") && Vocabulary.contactLabels.contains(ByteText.lowercased(w.dropLast())) || isEmailAddress(w)
        }) else { return text }
        return lastSentenceEnd(text[..<contact.startIndex]).flatMap { Text.nonEmpty(text[..<$0]) }
    }

    /// `name@host.tld`: letters or digits around an `@`, a `.` after it.
    static func isEmailAddress(_ word: Substring) -> Bool {
        let w = ByteText.trimming(word, anyOf: ",;:.()<>")
        guard let at = w.firstIndex(of: "@"), at > w.startIndex, case let host = w[w.index(after: at)...],
              host.contains("."), host.last != "." else { return false }
        return !w.contains(" ")
    }

    /// Whether a paragraph is a heading and a bare paragraph number, its text lost (`The Central Emergency Fund 3.`):
    /// `headingWords` words at most before the number, heading-shaped.
    static func isNumberedHeading(_ text: String) -> Bool {
        guard text.hasSuffix("."), let space = text.lastIndex(of: " "),
              case let number = text[text.index(after: space)...].dropLast(), (1...3).contains(number.count),
              number.allSatisfy(\.isNumber), case let heading = String(text[..<space]) else { return false }
        return ByteText.wordCount(heading.utf8) <= headingWords && ReportSections.isHeadingShaped(heading)
    }

    /// Whether a paragraph is a byline's list of names by their initials (`Schuftan, C. and Mahe, J. P.`): `namesWords`
    /// words at most, two initials (`C.`) or more, every other word capitalized or a joiner (`and`, `&`).
    static func isNameList(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { ByteText.trimming($0, anyOf: ",;") }.filter { !$0.isEmpty }
        guard words.count <= namesWords else { return false }
        var initials = 0
        for w in words {
            if w.count == 2, w.last == ".", w.first!.isUppercase { initials += 1; continue }
            if Vocabulary.partyJoiners.contains(ByteText.lowercased(w)) || w == "&" { continue }
            guard w.first!.isUppercase, !w.dropFirst().contains(".") || w.allSatisfy({ $0.isUppercase || $0 == "." }) else { return false }
        }
        return initials >= 2
    }

    /// Words of a byline's list of names, at most.
    static let namesWords = 12

    /// Whether a line is a library record's field label (`PageVocabulary.recordLabels`: `Date published`, `Publication language`).
    static func isRecordLabel(_ line: Substring) -> Bool { PageVocabulary.recordLabels.contains(Text.labelKey(line)) }

    /// Whether a line is one of a library record's fields under its labels (a date, a category, a list of tags): not
    /// blank, `recordWords` words at most, no sentence's end.
    static func isRecordLine(_ line: Substring) -> Bool {
        let text = Text.fold(line)
        return !text.isEmpty && ByteText.wordCount(text.utf8) <= recordWords && !PageChrome.endsSentence(text)
    }

    /// Words of a library record's field line, at most.
    static let recordWords = 12

    /// Whether a line opens a paragraph under a heading above it: capitalized, of more than `headingWords` words.
    static func opensParagraphBelow(_ line: Substring) -> Bool {
        let text = Text.fold(line)
        return text.unicodeScalars.first.map(Scalars.isUppercase) == true && ByteText.wordCount(text.utf8) > headingWords
    }

    /// Whether a heading or a paragraph opens a section that thanks or introduces (`PageVocabulary.prefaceHeadings`): the
    /// heading alone, or run into its first sentence (a capital after it), as a PDF's page read as text does (its page's
    /// number before it).
    ///
    ///     "Acknowledgements" / "2 Acknowledgements The evaluation team is deeply grateful to …" / "FOREWORD"  -> true
    ///     "Équipe d’évaluation Chef d’équipe A. Person …"                                                    -> true
    ///     "Acknowledgement of the partners' role was weak."                                                 -> false
    static func opensPreface(_ text: String) -> Bool {
        var words = text.split(separator: " ", maxSplits: 4)[...]
        if let number = words.first, (1...3).contains(number.count), number.allSatisfy(\.isNumber) { words = words.dropFirst() }
        // NB: a heading of one word, two or three (`Equipo de evaluación`).
        for n in 1...3 where words.count >= n {
            let heading = words.prefix(n).joined(separator: " ")
            guard PageVocabulary.prefaceHeadings.contains(ByteText.lowercased(ByteText.trimming(heading[...], anyOf: ".:#*"))) else { continue }
            return words.count == n || words.dropFirst(n).first?.unicodeScalars.first.map(Scalars.isUppercase) == true
        }
        return false
    }

    /// A title without the part's heading its cover sets after it (`PageVocabulary.titlePartHeadings`), when words stay.
    ///
    ///     "End line evaluation of the X programme EXECUTIVE SUMMARY" -> "End line evaluation of the X programme"
    static func droppingPartHeading(_ title: String) -> String {
        for part in PageVocabulary.titlePartHeadings where title.hasSuffix(" " + part) {
            let rest = String(ByteText.trimming(title.dropLast(part.count), anyOf: " ,;:-–"))
            if ByteText.wordCount(rest.utf8) >= 3 { return rest }
        }
        return title
    }

    /// A paragraph without the page's number and the heading in capitals a transcription runs into it (`2 PURPOSE AND
    /// SCOPE OF THE EVALUATION The purpose …`): `headingCaps` words or more of no lower-case letter, or a section's heading
    /// (`CoverTitle.isSectionHeading`) and its paragraph's number, before a capitalized word.
    ///
    ///     "2 PURPOSE AND SCOPE OF THE EVALUATION The purpose of the evaluation is …" -> "The purpose of the evaluation is …"
    ///     "INTRODUCTION 1. This management response focuses on …"                   -> "This management response focuses on …"
    ///     "Management Action Record 2013 1. Overview The record tracks …"           -> "The record tracks …"
    ///     "UNDP and UNICEF ran the pilot." -> unchanged
    static func droppingHeading(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false)[...]
        if let first = words.first, (1...3).contains(first.count), first.allSatisfy(\.isNumber) { words = words.dropFirst() }
        // NB: a page read as one line opens with its title and its first section's number and heading (`Management
        // Action Record 2013 1. Overview The GEF …`): the text after them.
        if let one = words.prefix(headingWords * 2).firstIndex(of: "1."), one > words.startIndex,
           !words[..<one].contains(where: { PageChrome.endsSentence(String($0)) }),
           let cut = (1...2).first(where: { one + $0 + 1 < words.endIndex && CoverTitle.isSectionHeading(words[(one + 1)...(one + $0)].joined(separator: " ")) }),
           case let next = words[one + cut + 1], next.first?.isUppercase == true, next.contains(where: \.isLowercase) {
            return words[(one + cut + 1)...].joined(separator: " ")
        }
        let caps = words.prefix { w in w.contains(where: \.isLetter) && !w.contains(where: \.isLowercase) }
        guard caps.count >= headingCaps || !caps.isEmpty && CoverTitle.isSectionHeading(caps.joined(separator: " ")) else { return text }
        var rest = words.dropFirst(caps.count)
        // NB: a section's heading and its first paragraph's number (`INTRODUCTION 1. This …`).
        if let number = rest.first, number.count >= 2, number.last == ".", number.dropLast().allSatisfy(\.isNumber) { rest = rest.dropFirst() }
        guard let next = rest.first, next.first?.isUppercase == true, next.contains(where: \.isLowercase) else { return text }
        return rest.joined(separator: " ")
    }

    /// Words in capitals of a heading run into a paragraph, at least.
    static let headingCaps = 3

    /// Whether a paragraph holds a table of contents run together (a PDF's page read as one line): a contents heading
    /// (`PageVocabulary.contentsHeadings`) as a word, and `contentsEntries` entries or more, each a page number before the
    /// next entry's roman or letter mark (`… Prefacio 1 II. Introducción 1 III. …`) or after a three-dot leader (`Operación... iv`).
    ///
    ///     "Índice Páginas I. Prefacio 1 II. Introducción 1 III. Observaciones 2 A. Aclaraciones 2"   -> true
    ///     "3 Tabla de Contenido Información... iv Resumen Ejecutivo... xi Hallazgos... xi"           -> true
    ///     "The contents of the training were reviewed in 2 sessions."                              -> false
    static func isContentsRun(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.contains(where: { PageVocabulary.contentsHeadings.contains(ByteText.lowercased($0)) }) else { return false }
        var entries = 0
        // NB: a transcription's leader of three dots before an entry's page, in numbers or roman (`Operación... iv`).
        for k in words.indices.dropLast() where words[k].hasSuffix("...") && words[k].count > 3 {
            let page = words[k + 1]
            if page.allSatisfy(\.isNumber) || page.allSatisfy({ "ivxlc".contains($0) }) { entries += 1 }
        }
        for k in words.indices.dropLast() where words[k].allSatisfy(\.isNumber) {
            let mark = words[k + 1]
            guard mark.last == ".", mark.count >= 2 else { continue }
            if mark.dropLast().allSatisfy({ "IVXLC".contains($0) }) || (mark.count == 2 && mark.first!.isUppercase) { entries += 1 }
        }
        return entries >= contentsEntries
    }

    /// Entries of a contents run, at least.
    static let contentsEntries = 3

    /// Whether the paragraph read so far ends a sentence (`.`, `!`, `?`), where a paragraph may end.
    static func endsParagraph(_ parts: [String]) -> Bool {
        parts.last?.unicodeScalars.last.map { ".!?".unicodeScalars.contains($0) } ?? false
    }

    /// Words of a heading written on the line under a paragraph, at most (`Purpose and scope`).
    static let headingWords = 6

    /// Words of a paragraph too short to be a summary, at most.
    static let summaryWords = 5

    /// A short line of a page's front matter, never its summary: a country or a date alone (a byline), a label
    /// ending in `:` (`labelWords` at most), a byline (`CoverTitle.isByline`), a table of contents' heading
    /// (`PageVocabulary.contentsHeadings`) or one of its entries.
    ///
    ///     "Sierra Leone" / "May 2020" / "Advertised on behalf of :" / "Table of Contents"   -> true
    ///     "Author: A. Person; B. Person" / "Countries: Belize, Mexico and Panama"        -> true
    ///     "1. Background ........ 1"                                                     -> true
    ///     "Kenya ran the pilot in two districts."                                        -> false
    ///     "ILO and UN-Women have … Their partners and areas of work are as follows:"      -> false (a paragraph)
    static func isFrontMatter(_ line: Substring) -> Bool {
        let trimmed = ByteText.trimmingBlanks(line)
        let key = Text.labelKey(trimmed)
        guard !key.isEmpty else { return false }
        if trimmed.utf8.last == UInt8(ascii: ":") && ByteText.wordCount(trimmed.utf8) <= labelWords { return true }
        if PageVocabulary.contentsHeadings.contains(key) { return true }
        if NotAnEvaluation.isContentsEntry(trimmed) || NotAnEvaluation.isDateLine(trimmed) || CoverTitle.isByline(trimmed) { return true }
        return countryAlone(trimmed) != nil || isCountriesLine(trimmed)
    }

    /// Bytes of a line naming a country alone, at most (`Bolivia (Plurinational State of)`, indented).
    static let countryLineBytes = 80

    /// Whether a line opens with a cover's label of the countries covered (`PageVocabulary.countryLabels`, with its colon).
    static func isCountriesLine(_ line: Substring) -> Bool {
        // NB: the label is one short word: its colon stands in the line's first bytes.
        guard let colon = line.utf8.prefix(countryLabelBytes).firstIndex(of: UInt8(ascii: ":")) else { return false }
        return PageVocabulary.countryLabels.contains(Text.labelKey(line[..<colon]))
    }

    /// Bytes of a line before its countries label's colon, at most (`Countries:`, indented).
    static let countryLabelBytes = 24

    /// The country a line names alone (`Uzbekistan`, `BOLIVIA`), as `Text.countries` writes it; nil when the line holds more.
    static func countryAlone(_ line: Substring) -> String? {
        // NB: a country's name is short; a long line names more.
        guard line.utf8.count <= countryLineBytes else { return nil }
        let key = Text.labelKey(ByteText.trimmingBlanks(line))
        guard !key.isEmpty, let country = Text.countriesInCapitals(String(line)).first, Text.labelKey(country[...]) == key else { return nil }
        return country
    }

    /// Words of a label ending in `:`, at most; a longer line ending so is a paragraph that opens a list.
    static let labelWords = 8

    /// Whether the paragraph goes on after blank lines and page furniture: it stopped
    /// mid-sentence and the next text line starts lower-case (`…in different` / `sectors …`), or a sentence (more than
    /// `summaryWords` words) stopped on an article written in lower case (`SummaryVocabulary.articles`), whatever the
    /// next line's case (`… to the recommendations of the` / `Summary Evaluation Report …`).
    ///
    /// NB: a label or a byline may end on a preposition (`Commissioned by`, `… 2023, published in`): its value below
    /// is no part of a sentence. Only an article never ends one.
    static func continuesAfterBreak(_ parts: [String], _ next: Substring) -> Bool {
        guard let text = parts.last, let last = text.unicodeScalars.last, !".!?:;".unicodeScalars.contains(last) else { return false }
        if let word = text.split(separator: " ").last, SummaryVocabulary.articles.contains(String(word)),
           parts.reduce(0, { $0 + ByteText.wordCount($1.utf8) }) > summaryWords { return true }
        return Text.fold(next).unicodeScalars.first.map(Scalars.isLowercase) ?? false
    }

    /// Index of the first line from `start` that is neither blank nor page furniture.
    static func nextTextLine(_ lines: [Substring], from start: Int) -> Int? {
        lines[start...].firstIndex { !ByteText.isBlank($0.utf8) && !PageFooter.isFooter($0) }
    }
}
