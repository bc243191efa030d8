/// Parses a UN Women GATE management response page into one evaluation with its
/// recommendations and key actions.
///
///     Management Response
///     : <office> / : <YYYY - YYYY , office (TYPE)> / : <title> / …   -> GATEHeader
///     <overall comment>                                                -> summary
///     : Approved                                                       -> approval status
///     Recommendation: … / Management Response: … / Description: …
///     Management Response Category: … / Thematic Area: … / …           -> ParsedRecommendation
///     (a `Description:` with a value is the text, the `Recommendation:` line its title: `describe`)
///     Key Actions / Responsible Deadline Status Comments / <rows>      -> KeyActionSplitter
///     rows whose responsible cell the row alone does not read          -> ResponsibleEvidence
///     | / Responsible | / Deadline | / … then `| <text> |` / `<responsible> |` / `2026/12` / `|` / `Initiated` / …
///                                                                      -> a table saved a cell a line: `pipedAction`
///     (or `<text> |` / `<responsible> |` / … / `<comments> |`, no `|` opening a row: it ends at its fifth cell)
///
/// Each line is classified once (`GATELine.classify`), then one `switch (state, line)` drives it.
public struct ManagementResponseParser: DocumentParser {
    enum State: Equatable {
        case preamble
        case recommendationText
        case responseText
        /// After a `Description:` with a value: its lines wrapped below it.
        case descriptionText
        /// After a field, a description or another label: lines whose text is not kept.
        case fields
        case keyActions
    }

    public func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        var header = GATEHeader()
        // Whether a `Management Response Category:` line was read: GATE's own mark, as its `: ` header is.
        var categoryLines = false
        var state = State.preamble
        var recs: [ParsedRecommendation] = []
        var recLines: [Substring] = []
        var responseLines: [Substring] = []
        var descriptionLines: [Substring] = []
        var descriptionLine = 0
        // Whether the open recommendation's text opens with its number (`Recommendation: 1. Continue …`).
        var numbered = false

        // NB: the open recommendation is changed in place; taking it out and back copies it.
        func finishText() {
            guard !recs.isEmpty else { return }
            let last = recs.count - 1
            if !recLines.isEmpty { RecommendationFields.setText(Text.fold(recLines.joined(separator: " ")), of: &recs[last]) }
            if !responseLines.isEmpty { recs[last].managementResponse = Self.response(responseLines, numbered: numbered) }
            if !descriptionLines.isEmpty {
                let description = Text.fold(descriptionLines.joined(separator: " "))
                let described = String(RecommendationFields.droppingParagraphNumber(description[...]))
                if !Self.describe(&recs[last], with: described), !Self.repeatsBlock(described, of: recs[last]) {
                    doc.diagnostics.append(.warning(line: descriptionLine, "Description: value is neither the recommendation's text nor a copy of the block; kept only here: \(described)"))
                }
            }
            recLines = []
            responseLines = []
            descriptionLines = []
        }

        // The Key Actions row read so far: its text, the number of its first line and its split,
        // made once (again only when a wrapped line joins the row). While lines go on after a whole
        // row as its comments: that row as it stood before them, their text and their first line.
        typealias OpenRow = (text: Substring, line: Int, split: KeyActionSplitter.Row?)
        var row: OpenRow?
        var comments: (before: OpenRow, text: Substring, line: Int)?
        lazy var widest = PageChrome.widestLine(document.lines)
        // A row ends as an action, as more comments for the action before it, or as text kept with a warning.
        func finishRow() {
            comments = nil
            guard let r = row.take(), !recs.isEmpty else { return }
            let last = recs.count - 1
            if let split = r.split {
                recs[last].actions.append(split.action)
                doc.diagnostics += split.diagnostics
            } else if let a = recs[last].actions.indices.last {
                // NB: appended in place: a page of lines each kept as comments costs their length, not its square.
                let more = Text.fold(r.text)
                if recs[last].actions[a].comments == nil { recs[last].actions[a].comments = more } else { recs[last].actions[a].comments! += " " + more }
            } else {
                var text = Text.folded(r.text)
                KeyActionSplitter.dropBullet(&text)
                var action = ParsedAction(text: String(text))
                action.line = r.line
                recs[last].actions.append(action)
                doc.diagnostics.append(.warning(line: r.line, "key action row has no deadline, status or responsible; kept as text"))
            }
        }

        // A key action table saved a cell a line: whether one is open, its open row's lines, first line and
        // cells closed by `|`, and the lines of its rows (their cells stand apart: `ResponsibleEvidence` reads no party for them).
        var piped = false
        var pipedRow: (lines: [Substring], line: Int, closed: Int)?
        var cellsApart: Set<Int> = []
        func finishPipedRow() {
            guard let r = pipedRow.take(), !recs.isEmpty else { return }
            let split = Self.pipedAction(r.lines, line: r.line, parties: parties)
            recs[recs.count - 1].actions.append(split.action)
            doc.diagnostics += split.diagnostics
            cellsApart.insert(r.line)
        }

        // NB: a page cut inside a block's label ends with a prefix of it (`Management R`): the label, no text.
        let lastLine = document.lines.lastIndex { GATELine.classify($0) != .blank }
        for (index, raw) in document.lines.enumerated() {
            let n = index + 1
            if state == .keyActions, row == nil, GATELine.isPipedHeaderCell(raw), !piped || pipedRow == nil {
                piped = true
                continue
            }
            // NB: a page cut above its first block that opens with the table's header: its rows are the actions
            // of a recommendation the page does not show.
            if state == .preamble, recs.isEmpty, GATELine.opensPipedTable(document.lines, at: index) {
                recs.append(ParsedRecommendation(line: n))
                state = .keyActions
                piped = true
                continue
            }
            var line = GATELine.classify(raw)
            if index == lastLine, case .text(let t) = line, let field = GATELine.cutLabel(t) { line = .bareLabel(field) }
            if piped {
                switch line {
                case .field, .bareLabel, .keyActionsHeading, .noKeyActions, .pageTitle:
                    finishPipedRow()
                    piped = false
                default:
                    // NB: a row ends at a line opening the next with `|` (`| Update the plan. |`), or where its
                    // fifth cell closes (`comments |`), as an export that writes no `|` before a row's text leaves it.
                    if case .blank = line { continue }
                    let opens = GATELine.opensPipedRow(raw)
                    if opens { finishPipedRow() }
                    let closed = GATELine.closedCells(raw, opening: pipedRow == nil)
                    if pipedRow == nil { pipedRow = ([], n, 0) }
                    pipedRow!.lines.append(raw)
                    pipedRow!.closed += closed
                    if pipedRow!.closed >= Self.pipedCells { finishPipedRow() }
                    continue
                }
            }
            let rowText = switch line { case .text, .otherField: true; default: false }
            // NB: a Key Actions line is split once, whether it opens a row or is asked whether it is one.
            lazy var own = KeyActionSplitter.split(raw, lineNumber: n, parties: parties)
            // NB: whether the line above ends a sentence, where a row's comments may have ended.
            lazy var aboveEndsSentence = PageChrome.endsSentence(Text.fold(document.lines[index - 1]))
            if state == .keyActions, rowText, let r = row, r.text.utf8.count < Self.longestRow,
               Self.mayContinueRow(raw, in: document.lines, at: index - 1, widest: widest) {
                // NB: lines that go on after a whole row are its comments until, with this line, they read
                // as a whole row: then they were the next row's first lines, its deadline or status wrapped
                // below them (`…2015/09 Over due` / `Ensuring provision …` / `… 2014/05 Overdue-Initiated`).
                if let c = comments, !Self.standsAlone(own) || !aboveEndsSentence {
                    let tail = Substring(c.text + " " + raw)
                    if let opened = KeyActionSplitter.split(tail, lineNumber: c.line, parties: parties), Self.isWhole(opened) {
                        row = c.before
                        finishRow()
                        row = (tail, c.line, opened)
                        continue
                    }
                }
                if !Self.isWhole(r.split) || !Self.isWhole(own) {
                    let text = Substring(r.text + " " + raw)
                    let split = KeyActionSplitter.split(text, lineNumber: r.line, parties: parties)
                    row = (text, r.line, split)
                    if comments != nil {
                        comments?.text += " " + raw
                    } else if Self.startsComments(split, after: r.split, sentenceEnded: aboveEndsSentence) {
                        comments = (r, raw, n)
                    }
                    continue
                }
            }
            finishRow()
            switch (state, line) {
            case (_, .field(.recommendation, let value)):
                finishText()
                recs.append(ParsedRecommendation(line: n))
                recLines = [value]
                numbered = Self.opensWithNumber(value)
                state = .recommendationText
            case (.preamble, _) where PageChrome.isChrome(raw):
                // NB: a site's banner or a saved page's `# source:` line is no header or summary text.
                header.appendBlank()
            case (.preamble, .headerValue(let v)):
                header.items.append(.value(v, line: n))
            case (.preamble, .text(let t)):
                if header.takesPlainValue(t, line: n) { continue }
                if case .value(_, let m)? = header.items.last, m == n - 1, PageChrome.continuesTitle(document.lines, at: index - 1) {
                    header.items.append(.continued(t))
                } else {
                    header.items.append(.text(t))
                }
            case (.preamble, .bareLabel):
                // NB: before the first block a label's word is the summary's (`Recommendation` heading a list there).
                header.items.append(.text(Text.trimmed(raw)))
            case (_, .bareLabel):
                // NB: the next block's label with its colon lost (a page cut below it): it ends the key action
                // table and the text above; it continues no row's comments (`… 2026/05 Ongoing` / `Recommendation`).
                finishText()
                state = .fields
            case (.preamble, .otherField):
                // NB: `Overall comment: The MCO …` is summary text, not a field.
                header.items.append(.text(Text.trimmed(raw)))
            case (.preamble, .blank), (.preamble, .pageTitle):
                header.appendBlank()
            case (_, .field(.donors, let value)):
                doc.addDonors(Text.splitList(GATEField.value(value, in: document.lines, at: index, widest: widest)))
            case (.preamble, _):
                doc.diagnostics.append(.warning(line: n, "line before the first recommendation ignored"))
            case (_, .field(.managementResponse, let value)):
                finishText()
                if recs.isEmpty { recs.append(ParsedRecommendation(line: n)) }
                responseLines = [RecommendationFields.droppingResponseLabel(value)]
                state = .responseText
            case (.recommendationText, .text(let t)):
                recLines.append(t)
            case (.responseText, .text(let t)):
                responseLines.append(t)
            case (.descriptionText, .text(let t)):
                descriptionLines.append(t)
            case (_, .field(.description, let value)):
                finishText()
                // NB: `Description:` is blank on most pages; the text lines below a blank one are not read as its value.
                if !recs.isEmpty, Text.nonEmpty(value) != nil, !Self.isCategoryOnly(value) {
                    descriptionLines = [value]
                    descriptionLine = n
                    state = .descriptionText
                } else {
                    state = .fields
                }
            case (_, .field(let field, let value)):
                finishText()
                if field == .responseCategory { categoryLines = true }
                if recs.isEmpty { recs.append(ParsedRecommendation(line: n)) }
                let whole = GATEField.value(value, in: document.lines, at: index, widest: widest)
                RecommendationFields.set(field, whole, of: &recs[recs.count - 1], line: n, diagnostics: &doc.diagnostics)
                state = .fields
            case (.recommendationText, .otherField(let label, _)) where !Self.isExtraLabel(label):
                recLines.append(raw)
            case (.responseText, .otherField(let label, _)) where !Self.isExtraLabel(label):
                responseLines.append(raw)
            case (.descriptionText, .otherField(let label, _)) where !Self.isExtraLabel(label):
                descriptionLines.append(raw)
            case (.keyActions, .otherField), (.keyActions, .text):
                row = (raw, n, own)
            case (_, .otherField):
                finishText()
                state = .fields
            case (.keyActions, .keyActionsTableHeader), (_, .blank):
                break
            case (_, .noKeyActions):
                state = .fields
            case (_, .keyActionsHeading), (_, .keyActionsTableHeader):
                finishText()
                state = .keyActions
            case (.fields, _), (_, .pageTitle), (_, .headerValue), (_, .text):
                break
            }
        }
        finishPipedRow()
        finishRow()
        finishText()
        header.apply(to: &doc)
        Self.credit(&doc, header: header, gateMarks: categoryLines, recs: recs)
        doc.diagnostics += recs.filter(\.text.isEmpty).map { .warning(line: $0.line, "recommendation has no text") }
        ResponsibleEvidence.resolve(&recs, lexicon: parties, diagnostics: &doc.diagnostics, cellsApart: cellsApart)
        doc.recommendations = recs
        // NB: GATE's site menu saved alone (`Search` / `Login` / `GATE System` / the offices): no header
        // value, no recommendation, only short lines; or a manual's page on management responses in general
        // (`Every evaluation should have a formal Management Response …`). A page of anything else stays an evaluation.
        if recs.isEmpty, !header.items.contains(where: { if case .value = $0 { true } else { false } }),
           let reason = NotAnEvaluation.reason(document.lines), [NotAnEvaluation.siteNavigation, NotAnEvaluation.guidance].contains(reason) {
            throw .notAnEvaluation(reason)
        }
        if recs.isEmpty {
            doc.diagnostics.append(.warning(line: document.lines.count, "no recommendation found on the management response page"))
        } else if [.recommendationText, .responseText, .descriptionText].contains(state) {
            doc.diagnostics.append(.warning(line: document.lines.count, "page ends inside a recommendation block (cut short?); kept what is there"))
        }
        return doc
    }

    /// The organizations and title of the page: UN Women's on a page with GATE's marks (its `: ` header lines,
    /// `: Approved`, `Management Response Category:` lines); on any other page read here, the organizations
    /// its text above the first block names (`OrganizationMentions`), and its title the first line opening
    /// with `GATEVocabulary.responseTitleOpenings` when the header gave none.
    ///
    ///     "Management response to the executive summary of the evaluation of X" / "This document is the
    ///     response of UNDP management to …"                -> organizations UNDP, title "Management response to …"
    ///
    /// NB: a page cut above its first block names its organizations in the blocks: the first one's text is searched then;
    /// blocks that name none are GATE's, UN Women's.
    static func credit(_ doc: inout ParsedDocument, header: GATEHeader, gateMarks: Bool, recs: [ParsedRecommendation]) {
        let texts = header.items.compactMap { item -> Substring? in if case .text(let t) = item { t } else { nil } }
        guard !gateMarks, !header.items.contains(where: { if case .value = $0 { true } else { false } }) else {
            doc.organizations = ["UN Women"]
            return
        }
        doc.organizations = OrganizationMentions.find(in: texts.map { String($0.unicodeScalars.prefix(400)) }.joined(separator: " | "))
        if doc.organizations.isEmpty, let first = recs.first {
            doc.organizations = OrganizationMentions.find(in: [first.text, first.managementResponse ?? ""].joined(separator: " | "))
            // NB: a GATE page cut above its header (a summary paragraph, then `Recommendation:` / `Management Response:`
            // blocks) that names no organization is UN Women's, as the blocks' layout is GATE's (CONTRACT.md: GATE
            // documents are UN Women's).
            if doc.organizations.isEmpty { doc.organizations = ["UN Women"] }
        }
        if doc.title == nil, let t = texts.first(where: { line in
            GATEVocabulary.responseTitleOpenings.contains { ByteText.prefixLength(of: Array(line.utf8), lowercasedTo: $0) != nil }
        }) {
            doc.title = Text.fold(t)
        }
    }

    /// The response of a block, from its lines; in a block whose recommendation opens with its number,
    /// without the number the response repeats.
    ///
    ///     Recommendation: 1. Continue targeted support …
    ///     Management Response: 1. UN Women continues to provide …   -> "UN Women continues to provide …"
    static func response(_ lines: [Substring], numbered: Bool) -> String? {
        var text = Substring(lines.joined(separator: " "))
        if numbered { _ = KeyActionSplitter.dropNumber(&text) }
        return Text.nonEmpty(text)
    }

    /// Whether a `Recommendation:` value opens with a number, after its label or alone
    /// (`Recommendation 2: …`, `1. Continue …`).
    static func opensWithNumber(_ value: Substring) -> Bool {
        var text = Text.folded(value)
        let whole = text
        RecommendationFields.dropLabel(&text)
        return text.startIndex != whole.startIndex || KeyActionSplitter.dropNumber(&text)
    }

    /// A recommendation whose `Description:` has a value: when the `Recommendation:` line (label and
    /// number dropped, any lead-in rejoined) is a heading of it — fewer words, no sentence's end — the
    /// description is its text and that line its title.
    ///
    ///     Recommendation: Prioritise innovation in access to funding
    ///     Description: Focus future grant-making on improving access to funding for women's CSOs
    ///         -> title "Prioritise innovation in access to funding", text "Focus future grant-making on …"
    ///
    /// NB: under a whole recommendation, pages write other things there (its context, the start of the
    /// response again, the action in a line: `Description: Introduction d'un volet AGR …`): the text stays,
    /// and the parser warns with the description unless it repeats the block (`repeatsBlock`).
    static func describe(_ rec: inout ParsedRecommendation, with description: String) -> Bool {
        let heading = [rec.title, Text.nonEmpty(rec.text)].compactMap { $0 }.joined(separator: ": ")
        guard ByteText.wordCount(heading.utf8) < ByteText.wordCount(description.utf8), !PageChrome.endsSentence(heading)
        else { return false }
        rec.title = Text.nonEmpty(heading)
        rec.text = description
        return true
    }

    /// Whether a description is a copy of the start of the block's response or recommendation (its first 60 bytes
    /// open one), as a page that pastes the response again into `Description:` writes it.
    static func repeatsBlock(_ description: String, of rec: ParsedRecommendation) -> Bool {
        let probe = description.utf8.prefix(60)
        return [rec.managementResponse ?? "", rec.text, [rec.title ?? "", rec.text].joined(separator: ": ")]
            .contains { $0.utf8.starts(with: probe) }
    }

    /// A `Description:` whose value is a management response category alone (`Description: Accepted`:
    /// the category's value with its label lost) describes nothing.
    static func isCategoryOnly(_ value: Substring) -> Bool {
        var unknown: [Diagnostic] = []
        return RecommendationFields.category(value, line: 0, diagnostics: &unknown) != nil && unknown.isEmpty
    }

    /// Whether the Key Actions line `next` (line `i + 1` of `lines`) may go on with the row above
    /// it, as a row wrapped by a PDF-to-text export does: line `i` fills the width
    /// (`PageChrome.fillsWidth`) and `next` opens no row with a number or a scope. The parser joins
    /// them unless both are whole rows (`isWhole`): two whole rows are two actions. Lines joined to a
    /// whole row that ended with its status (`startsComments`) are its comments until, with a line, they
    /// read as a whole row: then they open the next row (unless the line above ends a sentence and the
    /// line is a whole row itself (`standsAlone`), which the comments then end before).
    ///
    ///     "TKM: Take the Chair … TKM Programme Specialist 2016/12 Overdue-Not" / "Initiated"   -> joined
    ///     "KAZ: Engage … 2016/12 Overdue-Initiated" / "KAZ: Strive … advocacy MCO"                -> not (a new row)
    ///     "Use/link the SDGs … 2016/12 Overdue-Initiated" / "Step up … 2016/12 Overdue-Not"       -> not (two whole rows)
    static func mayContinueRow(_ next: Substring, in lines: [Substring], at i: Int, widest: @autoclosure () -> Int) -> Bool {
        guard PageChrome.fillsWidth(lines, at: i, widest: widest()) else { return false }
        var body = Text.folded(next)
        return !KeyActionSplitter.dropNumber(&body) && KeyActionSplitter.dropScope(&body) == nil
    }

    /// Whether `joined`, a whole row with a line added, is that row with the line as (more of) its
    /// comments: the line completes none of its cells (a status wrapped as `Overdue-Not` / `Initiated`
    /// does). The lines from there on may yet be the next row's first lines; of a row that has comments
    /// already, only from a line after one that ends a sentence, where its comments may have ended.
    ///
    ///     "… 2019/06 Completed" / "The setting up of … completed."                           -> true
    ///     "… 2019/06 Completed The setting up of" / "registration desk … completed."         -> false (goes on)
    ///     "registration desk … completed." / "Present co-financing proposals to KAZ …"       -> true
    static func startsComments(_ joined: KeyActionSplitter.Row?, after row: KeyActionSplitter.Row?, sentenceEnded: Bool) -> Bool {
        guard isWhole(row), var before = row?.action, var action = joined?.action, action.comments != nil,
              before.comments == nil || sentenceEnded else { return false }
        before.comments = nil
        action.comments = nil
        return action == before
    }

    /// The most bytes a key-action row wrapped over several lines is joined to (the samples' longest
    /// row is 1,600): past it the row ends and the next line opens one. Each joined line re-reads the
    /// row, so without a bound a page of wrapped text in Key Actions costs lines × page.
    static let longestRow = 8192

    /// The cells of a key action row: text, responsible, deadline, status, comments.
    static let pipedCells = 5

    /// One row of a key action table saved a cell a line, its cells parted by `|` (text, responsible, deadline,
    /// status, comments, as ERC's piped rows: `ERCCells.piped`).
    ///
    ///     "| 1. Hold the forum. |" / "Country Representative |" / "2026/12" / "|" / "Initiated" / "|" / "Met twice. |"
    ///         -> "Hold the forum.", responsible "Country Representative", 2026-12-31, Initiated, comments "Met twice."
    static func pipedAction(_ lines: [Substring], line: Int, parties: PartyLexicon) -> KeyActionSplitter.Row {
        let joined = Text.fold(joining: lines)
        var cells = ByteText.split(joined[...]) { $0 == UInt8(ascii: "|") }.map { Text.trimmed($0) }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        var body = Text.folded(cells.first ?? "")
        KeyActionSplitter.dropBullet(&body)
        _ = KeyActionSplitter.dropNumber(&body)
        let scope = KeyActionSplitter.dropScope(&body)
        var action = ParsedAction(text: Text.fold(body))
        action.scope = scope
        action.line = line
        var diagnostics: [Diagnostic] = []
        if cells.count >= 3, let c = ERCCells.piped(cells.dropFirst().joined(separator: " | ")[...]) {
            action.responsible = c.responsible
            action.parties = c.responsible.map { PartySplitter.split($0, lexicon: parties) } ?? []
            action.deadline = c.deadline
            action.status = c.status
            action.comments = c.comments
            if c.unknownStatus, let s = c.status { diagnostics.append(.warning(line: line, "unknown action status '\(s)', kept as written")) }
        } else {
            action.comments = Text.nonEmpty(cells.dropFirst().joined(separator: " "))
            diagnostics.append(.warning(line: line, "key action row has no deadline in its cells; the cells after its text kept as comments"))
        }
        return (action, diagnostics)
    }

    /// A whole row with a responsible and an action of three words or more: one a line may hold alone.
    /// A line that ends a row wrapped over lines reads whole too, but its action is what is left
    /// of the responsible's first words (`Inkeri von` / `Hase Michael Stewart-Evans 2012/10 …`).
    static func standsAlone(_ split: KeyActionSplitter.Row?) -> Bool {
        guard isWhole(split), let action = split?.action, action.responsible != nil else { return false }
        return ByteText.wordCount(action.text.utf8) >= 3
    }

    /// A row that `KeyActionSplitter` anchors on a deadline or a status.
    static func isWhole(_ split: KeyActionSplitter.Row?) -> Bool {
        split.map { $0.action.deadline != nil || $0.action.status != nil } ?? false
    }

    /// A known extra GATE label, which ends a text rather than continuing it.
    static func isExtraLabel(_ label: Substring) -> Bool {
        Vocabulary.gateExtraLabels.contains(Text.labelKey(label))
    }
}
