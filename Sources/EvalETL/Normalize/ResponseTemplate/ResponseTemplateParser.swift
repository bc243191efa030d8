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

    /// The labels a flattened form is cut at (lower-case bytes): the cover's, the overall response's,
    /// `Recommendation` (before its number) and `Management Response`.
    static let segmentLabels: [[UInt8]] = (ResponseTemplateVocabulary.coverLabels.map(\.label)
        + ResponseTemplateVocabulary.colonCoverLabels.map(\.label) + ResponseTemplateVocabulary.summaryLabels + unkeptLabels
        + ["recommendation", "evaluation recommendation", "management response"]).map { Array($0.utf8) }
    /// Labels cut only before their number (`Recommendation 1:`, OCHA's `Evaluation Recommendation 1:`).
    static let numberedLabels: Set<[UInt8]> = [Array("recommendation".utf8), Array("evaluation recommendation".utf8)]
    /// Labels whose values no row keeps: a cover's others and a sign-off's.
    static let unkeptLabels = ResponseTemplateVocabulary.otherCoverLabels + ResponseTemplateVocabulary.signOffLabels
    static let summaryLabels = Set(ResponseTemplateVocabulary.summaryLabels.map { Array($0.utf8) })

    /// A line cut before each label it holds that starts a word with a capital and is followed by `:`
    /// (`Recommendation` by its number first); the line whole when it holds fewer than two, but for an
    /// overall response's label after other words. Labels are looked
    /// for in the first `limit` characters; one inside another (`Country office:`, `… to management response:`) is none.
    ///
    ///     "UNICEF Evaluation Management Response Evaluation title: X Region: Global Office: HQ"
    ///         -> ["UNICEF Evaluation Management Response", "Evaluation title: X", "Region: Global", "Office: HQ"]
    static func labelSegments(_ line: Substring, limit: Int? = nil) -> [Substring] {
        let b = Array((limit.map { ByteText.prefix(line, scalars: $0) } ?? line).utf8)
        guard b.count > titleBytes else { return [line] }
        let lower = ByteText.lowercased(b)
        var found: [(start: Int, end: Int, alone: Bool)] = []
        for label in segmentLabels {
            var i = 0
            while let at = ByteText.firstOffset(of: label, in: lower, from: i) {
                i = at + label.count
                guard at == 0 || b[at - 1] == 0x20, ByteText.isUpper(b[at]) else { continue }
                var j = at + label.count
                let numbered = numberedLabels.contains(label)
                if numbered {
                    // `Recommendation 1:`
                    guard j + 1 < b.count, b[j] == 0x20, ByteText.isDigit(b[j + 1]) else { continue }
                    j += 1
                    while j < b.count, ByteText.isDigit(b[j]) { j += 1 }
                }
                if j < b.count, b[j] == 0x20 { j += 1 }
                guard j < b.count, b[j] == UInt8(ascii: ":") else { continue }
                // NB: `Recommendation 2 : UNFPA should …` cuts alone where its text opens with a capital (a page a line).
                let opensText = numbered && b[(j + 1)...].first { $0 != 0x20 }.map(ByteText.isUpper) == true
                found.append((at, j, summaryLabels.contains(label) || opensText))
            }
        }
        found += bareCoverLabels(b, lower).map { ($0.start, $0.end, false) }
        found.sort { $0.start < $1.start || $0.start == $1.start && $0.end > $1.end }
        var starts: [Int] = []
        var covered = -1
        for f in found where f.start > covered {
            starts.append(f.start)
            covered = f.end
        }
        // NB: an overall response's label cuts alone (`… April 2018 Overall assessment: The purpose …`).
        let cutsAlone = starts.count == 1 && starts[0] > 0 && found.contains { $0.start == starts[0] && $0.alone }
        guard starts.count >= 2 || cutsAlone else { return [droppingPageNumber(line)] }
        if starts[0] > 0 { starts.insert(0, at: 0) }
        // NB: a host's page number before the first label (`3 Recommendation 3 : …`) is no part.
        if (2...4).contains(starts[1]), b[..<(starts[1] - 1)].allSatisfy(ByteText.isDigit) { starts.removeFirst() }
        let u = line.utf8
        return starts.enumerated().map { k, start in
            let end = k + 1 < starts.count ? u.index(u.startIndex, offsetBy: starts[k + 1]) : line.endIndex
            let part = Text.trimmed(line[u.index(u.startIndex, offsetBy: start)..<end])
            return k == 0 ? droppingPageNumber(part) : part
        }
    }

    /// Cover labels standing without their `:` (`ResponseTemplateVocabulary.bareCoverLabels`) in the first `coverBytes` of a
    /// cover of label–value pairs read as one line: three or more, the first with its value before the second (labels
    /// then values are another layout: `holdsCoverLabelRun`); none elsewhere.
    ///
    ///     "… to Evaluation Country, Region … the Evaluation Yemen-ARAB STATES Evaluation Title X Year of the Evaluation 2011"
    ///         -> the three labels' ranges
    static func bareCoverLabels(_ b: [UInt8], _ lower: [UInt8]) -> [(start: Int, end: Int)] {
        var found: [(start: Int, end: Int)] = []
        let n = min(b.count, coverBytes)
        for label in bareLabels {
            var i = 0
            while let at = ByteText.firstOffset(of: label, in: lower, from: i), at < n {
                i = at + label.count
                guard at == 0 || b[at - 1] == 0x20, ByteText.isUpper(b[at]), i < b.count, b[i] == 0x20 else { continue }
                found.append((at, i))
            }
        }
        found.sort { $0.start < $1.start || $0.start == $1.start && $0.end > $1.end }
        var kept: [(start: Int, end: Int)] = []
        for f in found where f.start >= (kept.last?.end ?? 0) { kept.append(f) }
        guard kept.count >= 3, kept[1].start > kept[0].end + 1 else { return [] }
        return kept
    }

    static let bareLabels = ResponseTemplateVocabulary.bareCoverLabels.map { Array($0.utf8) }

    /// A part without the page's number a host writes before a page transcribed onto one line, where a numbered row
    /// follows it (`2 1. Technical meeting …` -> `1. Technical meeting …`); the part as it stands otherwise.
    static func droppingPageNumber(_ part: Substring) -> Substring {
        let words = part.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].utf8.count <= 3, words[0].utf8.allSatisfy(ByteText.isDigit) else { return part }
        var rest = words[1]
        return KeyActionSplitter.dropNumber(&rest) ? words[1] : part
    }

    /// The value after a label of `labels` that opens a lower-cased line and is followed by `:`
    /// (`Region: Global` -> "Global"), or nil.
    static func labelled(_ labels: [String], _ lower: String, _ text: Substring) -> Substring? {
        for label in labels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            return Text.trimmed(rest.dropFirst())
        }
        return nil
    }

    /// The overall response after its heading with no `:` (a cover read as one line), without the `Recommendations` heading
    /// after it; empty when it says there is none (`Vocabulary.noValues`); nil for any other line.
    ///
    ///     "General Management Response N/A Recommendations" -> ""
    static func afterSummaryHeading(_ text: Substring, _ lower: String) -> Substring? {
        guard let heading = ResponseTemplateVocabulary.summaryHeadings.first(where: { lower.hasPrefix($0 + " ") }) else { return nil }
        var value = Text.trimmed(text.dropFirst(heading.count))
        if let last = value.split(separator: " ").last, ResponseTemplateVocabulary.summaryEnds.contains(ByteText.lowercased(Text.fold(last))) {
            value = Text.trimmed(value[..<last.startIndex])
        }
        return Vocabulary.noValues.contains(ByteText.lowercased(Text.fold(value))) ? value[value.endIndex...] : value
    }

    /// A recommendation's text and its first key action row a page transcribed a line runs on after it: from a `1. ` and a
    /// capital after the text's sentence or parenthesis closes; nil when none stands there.
    ///
    ///     "Link outputs to strategies (not UNDAF) 1. All outputs are aligned. March 31,2011 M&E Officer"
    ///         -> ("Link outputs to strategies (not UNDAF)", "1. All outputs are aligned. March 31,2011 M&E Officer")
    static func splittingFirstRow(_ value: Substring) -> (text: Substring, row: Substring)? {
        guard value.utf8.count > titleBytes, let r = value.range(of: " 1. "), r.lowerBound > value.startIndex,
              ".)".contains(value[value.index(before: r.lowerBound)]), ByteText.startsUppercase(value[r.upperBound...])
        else { return nil }
        return (Text.trimmed(value[..<r.lowerBound]), Text.trimmed(value[value.index(after: r.lowerBound)...]))
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

    /// The cover field a line's label names and the value after it (`Evaluation Title X` -> (.title, "X")).
    static func cover(_ lower: String, _ text: Substring) -> (ResponseTemplateVocabulary.CoverField, Substring)? {
        for (label, field) in ResponseTemplateVocabulary.colonCoverLabels {
            if let value = labelled([label], lower, text) { return (field, value) }
        }
        for (label, field) in ResponseTemplateVocabulary.coverLabels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
            return (field, ByteText.trimming(rest, anyOf: " :"))
        }
        return nil
    }

    /// A cover label cut at the end of its line (its last words and the value on the next): a line of
    /// three words or more that starts a label and holds no value.
    static func isCutLabel(_ lower: String) -> Bool {
        lower.split(separator: " ").count >= 3
            && ResponseTemplateVocabulary.coverLabels.contains { $0.label.count > lower.count && $0.label.hasPrefix(lower) }
    }

    /// Sets one cover field.
    ///
    ///     office "Niger-WCA" -> "Niger" (a country with its region's code); year "2012" -> period 2012–2012
    static func apply(_ field: ResponseTemplateVocabulary.CoverField, _ value: String, line: Int,
                      to doc: inout ParsedDocument, parties: PartyLexicon) {
        // NB: a template's placeholder left unfilled (`[Name of unit]`) is no value.
        guard !value.isEmpty, !(value.first == "[" && value.last == "]") else { return }
        switch field {
        case .office:
            let name = office(value)
            doc.office = name
            // NB: a country with its region's code (`Niger-WCA`) is a country office.
            doc.officeType = QuickFacts.officeType(of: value) ?? (name != value ? "CO" : nil)
        case .title: doc.title = value
        case .type: doc.evaluationType = value
        case .manager: doc.roles += manager(value, parties).map { ParsedRole(.evaluationManager, $0) }
        case .year:
            // NB: the year the evaluation was done: the period it covers, one year long (no day is made up).
            if value.utf8.count == 4, let year = Int(value), (1950...2100).contains(year) {
                doc.periodStart = year
                doc.periodEnd = year
            } else {
                doc.diagnostics.append(.warning(line: line, "year of the evaluation '\(value)' is not a year, left empty"))
            }
        }
    }

    /// A commissioning unit written as its country and its region's code or name in capitals (`Niger-WCA`, `Kenya - ESARO`,
    /// `Republic of Yemen-ARAB STATES`): the country; any other value as written.
    static func office(_ value: String) -> String {
        guard let dash = value.lastIndex(where: { $0 == "-" || $0 == "–" }) else { return value }
        let code = Text.trimmed(value[value.index(after: dash)...])
        let words = code.split(separator: " ")
        guard (2...5).contains(code.count) || (2...3).contains(words.count) && words.allSatisfy({ $0.count >= 2 }),
              code.unicodeScalars.allSatisfy({ Scalars.isUppercase($0) || $0 == " " }),
              let country = country(Text.fold(value[..<dash])) else { return value }
        return country
    }

    /// The country a place is, or ends with in a few words (`Republic of Yemen` -> `Yemen`); nil for any other place.
    static func country(_ place: String) -> String? {
        if Vocabulary.countrySet.contains(place) { return place }
        let found = Text.countries(in: place)
        guard found.count == 1, ByteText.wordCount(place.utf8) <= 4, place.hasSuffix(found[0]) else { return nil }
        return found[0]
    }

    /// The evaluation manager's cell: a person with their post's code and place after commas is one person
    /// with them as detail; any other value is read as a list of people (`QuickFacts.people`).
    ///
    ///     "Jane DOE,NPO,Niger" -> Jane DOE (detail "NPO, Niger")
    static func manager(_ value: String, _ parties: PartyLexicon) -> [Party] {
        let parts = value.split(separator: ",").map { Text.fold($0) }.filter { !$0.isEmpty }
        guard parts.count > 1, parts.dropFirst().allSatisfy({ part in
            country(part) != nil || part.unicodeScalars.allSatisfy { Scalars.isUppercase($0) || $0 == "/" }
        }) else { return QuickFacts.people(value, parties) }
        return [Party(name: parts[0], kind: .person, detail: parts.dropFirst().joined(separator: ", "))]
    }
}
