/// Parses an agency's management response template (UNFPA's `Management Response to Evaluation`, and
/// UNICEF's, WFP's, FAO's of the same shape) into one evaluation with its recommendations and actions.
///
///     UNFPA Management Response to Evaluation                      -> organizations (those the line names)
///     General Management Response / <paragraphs>                   -> summary
///     Evaluation Title <title> / Year of the Evaluation 2012 / …   -> the cover (`ResponseTemplateVocabulary.coverLabels`)
///     Recommendation 1 : / <text>                                  -> ParsedRecommendation
///     Management Response : / Accepted / <text>                    -> its category (`leadingCategory`), its response
///     Key Action(s) Deadline Responsible unit(s)                   -> the key action table, its columns' order
///     1. <action> / <wrapped> / March 29,2013 ARR / February 06,2014,Completed <comment>
///                                                                  -> one action (`TemplateActionRow`), up to the next number
///
/// Lines are classified by `GATELine.classify` (the labels are GATE's: `Recommendation N`, `Management Response`).
public struct ResponseTemplateParser: DocumentParser {
    enum State {
        case preamble, summary, recommendationText, responseText, keyActions, statedActions, other
        /// A matrix read column by column: its recommendations, then its responses (`ResponseTemplateParser+Matrix`).
        case matrixRecommendations, matrixResponses
    }

    public func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        var state = State.preamble
        var recs: [ParsedRecommendation] = []
        var recLines: [Substring] = []
        var responseLines: [Substring] = []
        var summary: [Substring?] = []
        var preambleText: [Substring] = []
        var titleLine: Substring?
        var pendingLabel: Substring?
        var responsibleFirst = false
        // NB: a table whose header stands above the first recommendation holds them in its rows (WFP's matrix).
        var recsInRows = false
        var headerThrough = -1
        var row: (text: Substring, line: Int)?
        // NB: a matrix read column by column: its recommendations' heading, and the recommendation the response at hand answers.
        var matrixSection: String?
        var answered = -1
        var namedTitle: Substring?

        func finishRow() {
            guard let r = row.take(), !recs.isEmpty else { return }
            let split = TemplateActionRow.split(r.text, responsibleFirst: responsibleFirst, line: r.line, parties: parties)
            recs[recs.count - 1].actions.append(split.action)
            doc.diagnostics += split.diagnostics
        }
        func finishText() {
            guard !recs.isEmpty else { return }
            let last = recs.count - 1
            if !recLines.isEmpty {
                var text = Self.droppingScope(Text.fold(joining: recLines))
                // NB: OCHA's plan writes its response in the recommendation's cell, after it.
                if let (recommendation, response) = Self.splittingResponse(text) {
                    text = recommendation
                    responseLines.insert(Substring(response), at: 0)
                }
                RecommendationFields.setText(text, of: &recs[last])
            }
            if !responseLines.isEmpty {
                var response = Substring(Text.fold(joining: responseLines))
                if recs[last].responseCategory == nil, let (category, rest) = RecommendationFields.leadingCategory(response) {
                    recs[last].responseCategory = category
                    response = rest
                }
                recs[last].managementResponse = Text.nonEmpty(response)
            }
            recLines = []
            responseLines = []
        }

        func finishAnswer() {
            guard answered >= 0 else { return }
            let response = Text.fold(joining: responseLines)
            recs[answered].managementResponse = Text.nonEmpty(response)
            responseLines = []
        }

        // NB: a form flattened into one line (a PDF's cover) is read part by part, each from its label on.
        for (index, whole) in document.lines.enumerated() where index > headerThrough { for raw in Self.labelSegments(whole) {
            let n = index + 1
            var line = PageFooter.isFooter(raw) ? .blank : GATELine.classify(raw)
            if case .text = line, let value = Self.choiceResponse(raw) { line = .field(.managementResponse, value) }
            if let value = Self.evaluationRecommendation(raw) { line = .field(.recommendation, value) }
            if case .blank = line {
                // NB: a PDF's blank line inside a sentence (`… en rapport avec la` / `composante SR …`) parts no paragraphs.
                if state == .summary, let last = summary.last ?? nil, PageChrome.endsSentence(Text.fold(last)) { summary.append(nil) }
                continue
            }
            let folded = Text.folded(raw)
            var header = Self.tableHeaderOrder(folded)
            if header == nil, Self.opensTableHeader(folded), let (order, last) = Self.wrappedHeader(document.lines, at: index) {
                header = order
                headerThrough = last
            }
            if Self.isRecommendationsColumn(folded) {
                // OCHA's matrix read column by column: `KEY RECOMMENDATIONS TO OCHA` / `1. That OCHA …` / …
                finishRow()
                finishText()
                matrixSection = Text.fold(folded)
                preambleText.append(folded)
                state = .matrixRecommendations
                continue
            }
            if state == .matrixRecommendations {
                var body = folded
                if KeyActionSplitter.dropNumber(&body) {
                    finishText()
                    recs.append(ParsedRecommendation(line: n))
                    recs[recs.count - 1].section = matrixSection
                    recLines = [body]
                } else if Self.opensResponseColumn(folded) {
                    finishText()
                    state = .matrixResponses
                } else if !recs.isEmpty {
                    recLines.append(folded)
                }
                continue
            }
            if state == .matrixResponses {
                // NB: the responses answer the recommendations in order, each opened by its category alone (`Accepted`);
                // the column's heading and its responsible unit (`CERF Secretariat`) stand before the first.
                if let (category, rest) = RecommendationFields.leadingCategory(folded), rest.isEmpty, answered + 1 < recs.count {
                    finishAnswer()
                    answered += 1
                    recs[answered].responseCategory = category
                } else if answered >= 0 {
                    responseLines.append(folded)
                }
                continue
            }
            if let order = header {
                finishRow()
                finishText()
                responsibleFirst = order
                recsInRows = recs.isEmpty
                state = .keyActions
                continue
            }
            switch line {
            case .field(.recommendation, let value)
                where state == .recommendationText && recLines.count == 1 && recs.last?.title == nil && Self.isBareRecommendationLabel(raw):
                // `Recommendation 1: External coordination` / `Recommendation: Develop …`: the heading is the title.
                recs[recs.count - 1].title = Text.fold(recLines[0])
                recLines = [value]
                continue
            case .field(.recommendation, let value):
                finishRow()
                finishText()
                recs.append(ParsedRecommendation(line: n))
                recLines = Text.nonEmpty(value) == nil ? [] : [value]
                state = .recommendationText
                // NB: a page a line runs the recommendation on into its first key action row (`… outcomes) 1. All …`).
                if let (text, first) = Self.splittingFirstRow(value) {
                    recLines = [text]
                    finishText()
                    row = (first, n)
                    state = .keyActions
                }
                continue
            case .field(.managementResponse, let value) where state != .preamble && state != .summary:
                finishRow()
                finishText()
                responseLines = [RecommendationFields.droppingResponseLabel(value)]
                state = .responseText
                continue
            case .field(.responseCategory, let value) where !recs.isEmpty:
                finishRow()
                finishText()
                recs[recs.count - 1].responseCategory = RecommendationFields.category(value, line: n, diagnostics: &doc.diagnostics)
                state = .other
                continue
            case .keyActionsHeading where !recs.isEmpty:
                finishRow()
                finishText()
                state = .keyActions
                continue
            case .otherField(let label, _) where !recs.isEmpty && GATEVocabulary.keyActionHeadings.contains(Array(ByteText.lowercased(Text.fold(label)).utf8)):
                // `Key Actions :`
                finishRow()
                finishText()
                state = .keyActions
                continue
            default:
                break
            }
            if state == .recommendationText || state == .responseText, !recsInRows, TemplateActionRow.isHeaderlessRow(folded) {
                // NB: a key action row with its dated status update where the table's header is lost (`1. Hold a meeting
                // July 31,2011 M&E officer November 29,2011,On Schedule`).
                finishText()
                row = (folded, n)
                state = .keyActions
                continue
            }
            switch state {
            case .preamble, .summary:
                var text = Text.folded(raw)
                if let label = pendingLabel.take() { text = Substring(Text.fold(joining: [label, text])) }
                let lower = ByteText.lowercased(Text.fold(text))
                if let (field, value) = Self.cover(lower, text) {
                    Self.apply(field, Text.fold(value), line: n, to: &doc, parties: parties)
                    state = .preamble
                } else if let value = Self.labelled(ResponseTemplateVocabulary.summaryLabels, lower, text) {
                    // `Overall response to the evaluation: The …`
                    state = .summary
                    if !value.isEmpty { summary.append(value) }
                } else if Self.labelled(Self.unkeptLabels, lower, text) != nil {
                    // NB: `Planned use of evaluation: …` ends the overall response.
                    state = .preamble
                    preambleText.append(text)
                } else if Self.isCutLabel(lower) {
                    // NB: a label wrapped onto the next line (`… that Commissioned the` / `Evaluation Niger-WCA`).
                    pendingLabel = text
                } else if ResponseTemplateVocabulary.summaryHeadings.contains(ByteText.lowercased(Text.fold(ByteText.trimmingPunctuation(text)))) {
                    state = .summary
                } else if let value = Self.afterSummaryHeading(text, lower) {
                    // `General Management Response N/A Recommendations`: a cover read as one line, cut at its labels.
                    state = .summary
                    if !value.isEmpty { summary.append(value) }
                } else if ResponseTemplateVocabulary.summaryEnds.contains(ByteText.lowercased(Text.fold(ByteText.trimmingPunctuation(text)))) {
                    state = .preamble
                } else if state == .summary {
                    summary.append(text)
                } else if Self.isKindAlone(folded), let name = preambleText.last, CoverTitle.masthead(name) == nil {
                    // `CERF Interim Review` / `Management Response Matrix`: the kind under the title (a host's heading of it above).
                    namedTitle = name
                    if titleLine == nil { titleLine = text }
                } else if titleLine == nil, Self.isTitleLine(Text.folded(raw)) {
                    titleLine = text
                } else if !PageChrome.isChrome(raw) {
                    preambleText.append(text)
                }
            case .recommendationText:
                if !recLines.isEmpty, let (category, rest) = RecommendationFields.leadingCategory(Text.trimmed(raw)), rest.isEmpty {
                    // WFP's `Partially accepted` standing alone below the recommendation: its response follows.
                    finishText()
                    recs[recs.count - 1].responseCategory = category
                    state = .responseText
                } else {
                    recLines.append(Text.trimmed(raw))
                }
            case .responseText, .statedActions:
                if recsInRows, let action = Self.statedAction(folded, line: n, parties: parties) {
                    recs[recs.count - 1].actions.append(action)
                    state = .statedActions
                } else if state == .statedActions, let last = recs.last?.actions.indices.last,
                          recs[recs.count - 1].actions[last].text.utf8.count < ManagementResponseParser.longestRow {
                    recs[recs.count - 1].actions[last].text += " " + folded
                } else {
                    responseLines.append(Text.trimmed(raw))
                }
            case .keyActions:
                var body = folded
                let numbered = KeyActionSplitter.dropNumber(&body) || MarkdownText.hasBullet(ByteText.Bytes(body.utf8.prefix(16)))
                if numbered {
                    finishRow()
                    row = (Text.trimmed(raw), n)
                } else if row == nil, let first = Self.firstRowAfterHeader(folded) {
                    row = (first, n)
                } else if let r = row, r.text.utf8.count < ManagementResponseParser.longestRow {
                    row = (Substring(r.text + " " + Text.trimmed(raw)), r.line)
                }
                // NB: text before the first row is the table's header (`Status Comments`, a note on the updates).
            case .other, .matrixRecommendations, .matrixResponses:
                break
            }
        } }
        finishRow()
        finishAnswer()
        finishText()
        doc.summary = Text.paragraphs(summary)
        // NB: the agency is the one the page's title names; without a title line, the first one the head names.
        let named = OrganizationMentions.find(in: String(titleLine ?? ""))
        doc.organizations = named.isEmpty ? Array(OrganizationMentions.find(in: preambleText.joined(separator: " ")).prefix(1)) : named
        doc.diagnostics += recs.filter(\.text.isEmpty).map { .warning(line: $0.line, "recommendation has no text") }
        // NB: a host's list of similar documents under a template's name (`UNICEF Evaluation Management Response
        // Template` / `Similar documents` / …) holds no title, no recommendation: it is what the page says it is.
        if recs.isEmpty, doc.title == nil, let reason = NotAnEvaluation.reason(document.lines) {
            throw .notAnEvaluation(reason)
        }
        if recs.isEmpty {
            doc.diagnostics.append(.warning(line: document.lines.count, "no recommendation found on the management response page"))
        }
        // NB: a cover that labels no title: the page's own (after the check above: a host's listing has none).
        if doc.title == nil { doc.title = namedTitle.map(Text.fold) ?? Self.pageTitle(titleLine, document.lines) }
        if doc.evaluationDate == nil, let line = titleLine { doc.evaluationDate = Self.titleLineParts(line).date }
        doc.countries = Text.countries(in: [doc.office ?? "", doc.title ?? ""].joined(separator: " | "))
        doc.recommendations = recs
        return doc
    }

    /// Whether a folded line is the template's title: `UNFPA Management Response to Evaluation` (a short line),
    /// or a flattened cover's first part (`UNICEF Evaluation Management Response Evaluation title: …`).
    static func isTitleLine(_ folded: Substring) -> Bool {
        // NB: asked of most lines at a page's top: the phrases are looked for in its bytes, case folded in place.
        guard ByteText.holdsAny(titlePhrases, in: ByteText.prefix(folded, scalars: titleBytes)) else { return false }
        return folded.utf8.count <= titleBytes || labelSegments(folded, limit: coverBytes)[0].utf8.count <= titleBytes
    }

    static let titlePhrases = ResponseTemplateVocabulary.titlePhrases.map { Array($0.utf8) }

    /// Bytes of a title line, at most.
    static let titleBytes = 100
    /// Bytes of a flattened cover in which the detector looks for its labels.
    static let coverBytes = 1_000

    /// Whether a folded line opens with the evaluation's title or year label and its `:` (`Evaluation title: …`,
    /// `Evaluation year: 2016`).
    static func opensWithCoverLabel(_ folded: Substring) -> Bool {
        labelled(titleAndYearLabels, ByteText.lowercased(ByteText.prefix(folded, scalars: 40)), folded) != nil
    }

    static let titleAndYearLabels = ResponseTemplateVocabulary.coverLabels.filter { $0.field == .title || $0.field == .year }.map(\.label)

    /// Whether a folded line holds a flattened cover: three labelled parts or more in its first `coverBytes`.
    static func isFlattenedCover(_ folded: Substring) -> Bool {
        // NB: asked of long lines at a page's top: one with fewer than three colons holds no three labels.
        guard folded.utf8.count > titleBytes, folded.utf8.prefix(coverBytes).lazy.filter({ $0 == UInt8(ascii: ":") }).count >= 3
        else { return false }
        return labelSegments(folded, limit: coverBytes).count >= 3
    }

    /// Whether a folded line is the key action table's header, and then whether its responsible column
    /// stands before its time column: `Key Action(s) Deadline Responsible unit(s)` -> false,
    /// `Key actions Responsible Timeline` -> true; nil for any other line.
    static func tableHeaderOrder(_ folded: Substring) -> Bool? {
        guard folded.utf8.count <= 120, let f = folded.utf8.first, headerFirstBytes.contains(f | 0x20) else { return nil }
        let lower = ByteText.lowercased(folded.utf8)
        guard tableHeaderStarts.contains(where: { lower.starts(with: $0) }),
              let time = timeWords.compactMap({ ByteText.firstOffset(of: $0, in: lower) }).min(),
              let responsible = responsibleWords.compactMap({ ByteText.firstOffset(of: $0, in: lower) }).min()
        else { return nil }
        return responsible < time
    }

    static let tableHeaderStarts = ResponseTemplateVocabulary.tableHeaderStarts.map { Array(($0 + " ").utf8) }
    static let timeWords = ResponseTemplateVocabulary.timeWords.map { Array($0.utf8) }
    static let responsibleWords = ResponseTemplateVocabulary.responsibleWords.map { Array($0.utf8) }
}
