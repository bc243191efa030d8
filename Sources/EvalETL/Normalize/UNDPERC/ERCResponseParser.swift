/// Parses a UNDP ERC management response page into one evaluation, its recommendations and key actions.
///
///     Success message / error message / warn message                  chrome, skipped
///     Joint UNDAF Evaluation                                          title
///     Commissioning Unit: Fiji / Evaluation Plan: 2008-2012 / …       -> ERCFields
///     1. Recommendation: UNDAF should …   (or `Evaluation recommendation 1. …`)
///     Management Response: [Added: 2012/10/07] [Last Updated: …]     response text follows, stamps dropped
///     Key Actions: / Key Action Responsible DueDate Status …          -> ERCKeyActions
///     Management Response: [Added: …] with no recommendation label    a recommendation of no text
///     Latest Evaluations / Contact us / 220 East 42nd Street / …      the site's footer: the page ends
///
/// Plain and pipe-table (`a | b |`) layouts read alike; so does the older admin layout
/// (`Evaluation Title:` field, `1.` on a line of its own, one line a key action).
/// Each line is classified once (`ERCLine.classify`), then one `switch (state, line)` drives it.
struct ERCResponseParser: DocumentParser {
    enum State { case header, recommendation, response, keyActions, siteFooter }

    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        var fields = ERCFields()
        var title: String?
        var state = State.header
        var recs: [ParsedRecommendation] = []
        var recLines: [Substring] = []
        var responseLines: [Substring] = []
        var actions = ERCKeyActions(parties: parties)
        var cellsApart = Set<Int>()
        // NB: text below the last field, no label above it or in it: the first recommendation's when its response
        // has no label either.
        var loose: [Substring] = []
        var pendingField: ERCVocabulary.Field?
        // NB: one page names one commissioning unit; a page naming several lists evaluations.
        var units = Set<String>()
        // NB: a unit's evaluation plan (`Plan Detail (2021-2025)`) lists the evaluations it plans.
        var planPage = false

        func finishBlock() {
            guard !recs.isEmpty else { return }
            var last = recs.count - 1
            if !recLines.isEmpty { Self.setText(labelled: recLines, of: &recs[last]) }
            if !responseLines.isEmpty {
                recs[last].managementResponse = Text.nonEmpty(ERCStamps.removing(from: responseLines.joined(separator: " ")))
            }
            actions.close()
            // NB: UNDP's older template pasted flat into the response of a block with no text of its own
            // (`1. Recommendation:` / `Management Response: … Evaluation Recommendation or Issue 1: …`): its issues
            // are the recommendations, each with its response and key actions (`FlatTemplate`).
            if recs[last].text.isEmpty, recs[last].actions.isEmpty, actions.actions.isEmpty, let response = recs[last].managementResponse,
               var flat = FlatTemplate.recommendations(in: response, line: recs[last].line, parties: parties) {
                // NB: its parties are an ERC page's (`Programme`: the office's programme unit, as `PROGRAMA` is).
                for r in flat.recs.indices {
                    for a in flat.recs[r].actions.indices {
                        flat.recs[r].actions[a].parties = flat.recs[r].actions[a].parties.map(ERCParties.refined)
                    }
                }
                recs.replaceSubrange(last..., with: flat.recs)
                doc.diagnostics += flat.diagnostics
            }
            last = recs.count - 1
            // NB: a block's actions are most often all it has: they are taken whole, not copied.
            if recs[last].actions.isEmpty { recs[last].actions = actions.actions } else { recs[last].actions += actions.actions }
            doc.diagnostics += actions.diagnostics
            cellsApart.formUnion(actions.cellsApart)
            actions = ERCKeyActions(parties: parties, partiesRead: actions.partiesRead)
            recLines.removeAll(keepingCapacity: true)
            responseLines.removeAll(keepingCapacity: true)
        }

        // NB: the first line not read yet: past a title, or past the lines wrapped onto a key action's line.
        var resume = 0
        // The number of the last recommendation label (`2. Recommendation:` -> 2).
        var openedNumber: Int?
        // NB: the line after a key-action table header, which may hold the rest of it (`Comments Documents`).
        var afterHeader = -1
        // NB: measured once, and only when a line is long enough to fill the width (`PageChrome.fillsWidth`).
        lazy var widest = PageChrome.widestLine(document.lines)
        // NB: a page cut inside the key action table's header ends with a prefix of it (`Key Ac`).
        let lastLine = document.lines.lastIndex { ERCLine.classify($0) != .blank }
        for (index, raw) in document.lines.enumerated() where index >= resume {
            let n = index + 1
            var line = ERCLine.classify(raw)
            if index == lastLine, case .text(let t) = line, ERCLine.isCutTableHeader(t) { line = .tableHeader }
            switch (state, line) {
            case (.siteFooter, _):
                break
            case (_, .siteFooter) where state != .header:
                // NB: the site's address under its footer is no action, response or recommendation text;
                // above the content (`header`) the same words are the site's menu.
                state = .siteFooter
            case (.recommendation, .recommendation(let number, let text))
                where (recLines.isEmpty || Self.isHeading(recLines)) && (number == nil || openedNumber == nil || number == openedNumber):
                // NB: `1. Recommendation:` over `Recommendation 1. UNDP should …`: the label the text repeats opens nothing;
                // a heading between them (`For UNDP CO`) is the section.
                if let heading = recLines.first { recs[recs.count - 1].section = Text.fold(heading) }
                recLines = text.isEmpty ? [] : [text]
            case (_, .recommendation(let number, let text)):
                openedNumber = number
                finishBlock()
                recs.append(ParsedRecommendation(line: n))
                recLines = text.isEmpty ? [] : [text]
                state = .recommendation
                pendingField = nil
            case (.response, .field(.managementResponse, let value))
                where ERCStamps.removing(from: responseLines.joined(separator: " ")).allSatisfy(\.isWhitespace):
                // NB: `Management Response: [Added: …]` / `Management Response: RBLAC apoyará …`: the label over its text.
                if let value { responseLines.append(value) }
            case (_, .field(.managementResponse, let value)) where state != .header || value.flatMap(ERCStamps.find) != nil:
                // NB: a response after another block's response or key actions opens the next
                // recommendation: pages whose recommendation labels are missing run
                // `Management Response: [Added: …]` / `Key Actions:` / … / `Management Response: …`,
                // each block's text (its heading, then its paragraph) above its response.
                let opensNext = state == .response || state == .keyActions
                var text = recs.isEmpty ? loose : []
                if state == .keyActions { text = actions.takeLooseText() }
                if opensNext { finishBlock() }
                if recs.isEmpty || opensNext {
                    recs.append(ParsedRecommendation(line: n))
                    if recLines.isEmpty, !text.isEmpty { Self.setText(headed: text, of: &recs[recs.count - 1]) }
                }
                if !recLines.isEmpty { Self.setText(labelled: recLines, of: &recs[recs.count - 1]); recLines = [] }
                responseLines = value.map { [$0] } ?? []
                state = .response
            case (_, .field(.keyActions, _)) where state != .header:
                if recs.isEmpty { recs.append(ParsedRecommendation(line: n)) }
                state = .keyActions
            case (.header, .furniture):
                // NB: `Documents Related to overall Management Response:` / `Key Action Update History`: the label's value is empty.
                pendingField = nil
                loose = []
            case (.header, .field(let field, let value)):
                loose = []
                if field == .commissioningUnit, let value { units.insert(Text.labelKey(value)) }
                if let value { fields.set(field, value); pendingField = nil } else { pendingField = field }
            case (.header, .text(let t)):
                if ByteText.withUTF8(t, { b in PageVocabulary.planMarks.contains { ByteText.starts(b, at: 0, with: $0, foldingCase: true) } }) {
                    planPage = true
                }
                // NB: `Commissioning Unit:` / `Period :`: a label left empty takes no label as its value.
                if let f = pendingField.take(), !ERCRecordParser.isLabelled(t) {
                    fields.set(f, t)
                } else if title == nil, fields.values.isEmpty {
                    let whole = PageChrome.title(document.lines, at: index)
                    title = Text.nonEmpty(whole.text)
                    resume = whole.end
                } else if !fields.values.isEmpty, !ERCRecordParser.isLabelled(t) {
                    loose.append(t)
                }
            case (.recommendation, .text(let t)):
                recLines.append(t)
            case (.response, .text(let t)):
                responseLines.append(t)
            case (.response, .tableHeader), (.keyActions, .tableHeader):
                // NB: the admin layout pastes the table straight into the response.
                state = .keyActions
                afterHeader = index + 1
            case (.keyActions, .text(let t)) where index == afterHeader && ERCLine.isHeaderTail(t):
                break
            case (.keyActions, .text(let t)):
                let whole = Self.unwrapped(t, document.lines, at: index, widest: widest)
                actions.take(.text(whole.text), at: n)
                resume = whole.end
            case (.keyActions, .stamps):
                actions.take(line, at: n)
            case (.keyActions, .blank) where ByteText.contains(raw, UInt8(ascii: "|")):
                // NB: `| |` alone: a piped cells row wrapped before its last cells ends here.
                actions.take(line, at: n)
            case (_, .field(let field, let value)):
                // `Key Actions:` tables end at a new labelled field of the page.
                guard let value, field != .recommendations, field != .lessons, field != .findings, field != .tags else { break }
                if state == .response, field == .ignored { responseLines.append(value) }
                if state == .recommendation { recLines.append(value) }
            case (_, .furniture), (_, .tableHeader), (_, .stamps), (_, .text), (_, .blank), (_, .chrome), (_, .siteFooter), (_, .number):
                // NB: the admin layout numbers a block on its own line before `Recommendation:`.
                break
            }
        }
        finishBlock()
        fields.apply(to: &doc, title: title)
        ResponsibleEvidence.resolve(&recs, lexicon: parties, diagnostics: &doc.diagnostics, cellsApart: cellsApart)
        doc.recommendations = recs
        if recs.isEmpty {
            doc.diagnostics.append(.warning(line: document.lines.count, "no recommendation found on the ERC management response page"))
        }
        doc.diagnostics += recs.filter(\.text.isEmpty).map { .warning(line: $0.line, "recommendation has no text") }
        if planPage, recs.isEmpty { throw .notAnEvaluation("an evaluation plan: a listing of the evaluations a unit plans") }
        if let reason = NotAnEvaluation.reason(fieldsPage: doc, fields: fields.values.count, units: units.count) { throw .notAnEvaluation(reason) }
        return doc
    }

    /// A key action's text line `t` (line `i` of `lines`) with the lines a PDF-to-text export or an
    /// e-mail client wrapped onto it joined by a space, and the index after its last line: line `i`
    /// fills the width (`PageChrome.fillsWidth`) and the next line is text (`ERCLine.classify`) that
    /// opens no row or list item of its own (no stamps, no cells with a status, `ERCCells.parse`, no `- `), and line `i` is no
    /// piped row closed by `|`. Lines that run up to an action's stamps are not joined: they are its text.
    ///
    ///     "UN Agencies and UNDAF ME TWG 2010/07 Completed A consideration during" / "UNDAF 2013-2017 development process"
    ///         -> one cells row, comments "A consideration during UNDAF 2013-2017 development process"
    ///     "PMU and UNDP 2012/02 Ongoing Action completed" / "Prepare 2022 AWP …"   -> not joined (short)
    ///     "NURD meetings (2013 and 2014) History | |" / "1.2 Consider inclusion …"      -> not joined (the row is closed)
    ///     "PMU 2020/07 Completed Submitted History" / "1.1. Hold a series …"         -> not joined (the same, unpiped)
    ///     "WHO No due date … No action will be taken" / "Undertake the remaining …" / "activities" / "[Added: …]"
    ///         -> not joined (the next action's text)
    static func unwrapped(_ t: Substring, _ lines: [Substring], at i: Int, widest: @autoclosure () -> Int) -> (text: Substring, end: Int) {
        var parts = [t], end = i + 1
        // NB: a piped cells row ends with the `|` of its Documents cell, a plain one with its `History` link,
        // wherever the width ends.
        while end < lines.count, ByteText.trimmingBlanks(lines[end - 1]).utf8.last != UInt8(ascii: "|"), !ERCCells.endsWithLinks(lines[end - 1]),
              PageChrome.fillsWidth(lines, at: end - 1, widest: widest()),
              case .text(let next) = ERCLine.classify(lines[end]), !hasStamps(.text(next)), !ERCKeyActions.opensListItem(next),
              ERCCells.parse(next)?.status == nil {
            parts.append(next)
            end += 1
        }
        // NB: an action's stamps follow its text: lines that run up to stamps are the next action's
        // text, whatever the width (`… No action will be taken` / `Undertake the remaining …`), and are
        // read line by line as before.
        if end == i + 1 || (end < lines.count && hasStamps(ERCLine.classify(lines[end]))) { return (t, i + 1) }
        return (Substring(parts.joined(separator: " ")), end)
    }

    /// Whether a line holds an action's stamps (`[Added: …]`), alone or after its text.
    static func hasStamps(_ line: ERCLine) -> Bool {
        switch line {
        case .stamps: true
        case .text(let t): ERCStamps.find(in: t) != nil
        default: false
        }
    }

    /// Whether `lines` are one short heading (`For UNDP CO`, `Strategic stakeholder involvement`): at most
    /// `words` words, no final punctuation.
    static func isHeading(_ lines: [Substring], words: Int = 8) -> Bool {
        guard lines.count == 1, let last = lines[0].unicodeScalars.last else { return false }
        return ByteText.wordCount(lines[0].utf8) <= words && !SummaryVocabulary.finalPunctuation.contains(last)
    }

    /// A block's text with no label above it: a heading over a paragraph is its title; over an item labelled
    /// as one of a group (`A1. …`, `1. …`), the group's heading (up to `RecommendationFields.maxTitleWords` words)
    /// is its section, and the label is dropped.
    ///
    ///     "Strategic stakeholder involvement" / "In a changing situation …" -> title "Strategic stakeholder involvement"
    ///     "Amélioration de la gestion du projet" / "A1. La planification …"
    ///         -> section "Amélioration de la gestion du projet", text "La planification …"
    static func setText(headed lines: [Substring], of rec: inout ParsedRecommendation) {
        guard lines.count > 1 else { return setText(lines, of: &rec) }
        if opensItem(lines[1]), ByteText.startsUppercase(lines[0]), isHeading([lines[0]], words: RecommendationFields.maxTitleWords) {
            setText(Array(lines.dropFirst()), of: &rec)
            if rec.section == nil { rec.section = Text.fold(lines[0]) }
            return
        }
        guard isHeading([lines[0]]) else { return setText(lines, of: &rec) }
        setText(Array(lines.dropFirst()), of: &rec)
        rec.title = Text.fold(lines[0])
    }

    /// Does the line open with an item's label: its number (`1. `, `2) `) or a group's letter and number (`A1. `)?
    static func opensItem(_ line: Substring) -> Bool {
        var l = Text.folded(line)
        return KeyActionSplitter.dropNumber(&l) || ByteText.withUTF8(l, letterNumberLength) > 0
    }

    /// A block's text whose first line is its label and a heading, over a paragraph: the heading is its title.
    ///
    ///     "Recommendation No. 1: Revitalize the Project Board" / "UNDP should put …" -> title "Revitalize the Project Board"
    static func setText(labelled lines: [Substring], of rec: inout ParsedRecommendation) {
        let (lines, section, title) = droppingPreamble(lines)
        if let section { rec.section = Text.fold(section) }
        if let title {
            setText(lines, of: &rec)
            if rec.title == nil { rec.title = Text.fold(title) }
            return
        }
        var first = Text.folded(lines.first ?? "")
        let whole = first
        RecommendationFields.dropLabel(&first)
        // NB: a wrapped first line goes on in lower case on the next; a heading's paragraph starts a sentence.
        guard lines.count > 1, first.startIndex != whole.startIndex, !first.isEmpty, isHeading([first]),
              ByteText.startsUppercase(lines[1]) else {
            return setText(lines, of: &rec)
        }
        setText(Array(lines.dropFirst()), of: &rec)
        rec.title = Text.fold(first)
    }

    /// A block's lines without the report's chapter pasted above its recommendation: the chapter's heading
    /// (`8. Recommendations`, `6.3 Recommendations`, `1.2 Key Recommendations`: `namesRecommendations`), and, when
    /// a numbered item follows, the sentences that announce the list (they speak of recommendations,
    /// `ERCVocabulary.recommendationStems`); a short heading right over the item is its section. An item numbered
    /// under the chapter's number (`6.3.1` under `6.3`) with a heading is a sub-section: its heading is the section,
    /// and a short line right below it, over more text, the title (its full stop dropped).
    ///
    ///     "8. Recommendations" / "The following recommendations emerge …" / "Outcome 1 and 2" / "1: Review …"
    ///         -> (["1: Review …"], "Outcome 1 and 2", nil)
    ///     "8. Recommendations" / "Review the membership …"  -> (["Review the membership …"], nil, nil)
    ///     "6.3 Recommendations" / "The recommendations set out …" / "6.3.1 Management recommendations" /
    ///     "Stronger leadership at senior level." / "Leadership is …"
    ///         -> (["Leadership is …"], "Management recommendations", "Stronger leadership at senior level")
    static func droppingPreamble(_ lines: [Substring]) -> (lines: [Substring], section: Substring?, title: Substring?) {
        guard lines.count > 1 else { return (lines, nil, nil) }
        // NB: `6.3 Recommendations`: a chapter's number may have parts; `8 Recommendations` none and no mark.
        let heading = Text.folded(lines[0])
        var label = heading
        if !KeyActionSplitter.dropNumber(&label) { label = ERCLine.numbered(heading)?.1 ?? heading }
        guard namesRecommendations(label) else { return (lines, nil, nil) }
        let rest = lines.dropFirst()
        // NB: the first line that opens with its number (`1: Review …`, `1. Review …`).
        guard let item = rest.firstIndex(where: { line in
            var l = Text.folded(line)
            return KeyActionSplitter.dropNumber(&l)
        }) else { return (Array(rest), nil, nil) }
        let section = item > rest.startIndex && isHeading([rest[item - 1]]) ? Text.trimmed(rest[item - 1]) : nil
        let intro = rest[..<(section == nil ? item : item - 1)]
        guard intro.allSatisfy(announces) else { return (Array(rest), nil, nil) }
        if section == nil, let sub = subSection(rest[item...], of: heading[..<label.startIndex]) { return sub }
        return (Array(rest[item...]), section, nil)
    }

    /// Whether a chapter's heading (its number dropped) names the recommendations: the field's label
    /// (`Recommendations`), alone or with qualifiers (`ERCVocabulary.recommendationsQualifiers`).
    ///
    ///     "Recommendations", "Key Recommendations", "Summary of recommendations", "Recomendaciones principales" -> true
    ///     "Implement the recommendations", "Recommendations for UNDP"                                           -> false
    static func namesRecommendations(_ label: Substring) -> Bool {
        if ERCVocabulary.field(of: label) == .recommendations { return true }
        let words = label.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        var named = false
        for word in words {
            if !named, ERCVocabulary.field(of: word) == .recommendations { named = true; continue }
            guard ERCVocabulary.recommendationsQualifiers.contains(word.lowercased()) else { return false }
        }
        return named
    }

    /// `6.3.1 Management recommendations` / `Stronger leadership.` / `Leadership is …` under chapter `6.3 `:
    /// (the lines after the heading and title, the heading, the title), or nil when the first line is no
    /// sub-section's heading under `chapter`.
    private static func subSection(_ lines: ArraySlice<Substring>, of chapter: Substring) -> (lines: [Substring], section: Substring?, title: Substring?)? {
        let number = ByteText.trimming(chapter, anyOf: " .:)")
        guard let first = lines.first, number.utf8.contains(UInt8(ascii: ".")), Text.folded(first).hasPrefix(number + ".") else { return nil }
        var heading = Text.folded(first)
        guard KeyActionSplitter.dropNumber(&heading), !heading.isEmpty, isHeading([heading]), lines.count > 1 else { return nil }
        let body = lines.dropFirst()
        let lead = Text.folded(body[body.startIndex])
        // NB: a short line over the paragraph is its title, its full stop no part of it.
        guard body.count > 1, ByteText.wordCount(lead.utf8) <= RecommendationFields.maxTitleWords, ByteText.startsUppercase(lead),
              ByteText.startsUppercase(body[body.startIndex + 1]), let last = lead.unicodeScalars.last,
              last == "." || !SummaryVocabulary.finalPunctuation.contains(last) else { return (Array(body), heading, nil) }
        return (Array(body.dropFirst()), heading, lead.utf8.last == UInt8(ascii: ".") ? lead.dropLast() : lead)
    }

    /// `The following recommendations emerge from …`: a line that speaks of recommendations.
    static func announces(_ line: Substring) -> Bool {
        ByteText.withFolded(line) { b in
            ERCVocabulary.recommendationStems.contains { ByteText.firstOffset(of: $0, in: b, foldingCase: true) != nil }
        }
    }

    /// Recommendation text: bullets' marks and a leading `a) ` label dropped, then the number and a short
    /// lead-in title as GATE reads them (`Functionality: NUERP …` -> title `Functionality`).
    static func setText(_ lines: [Substring], of rec: inout ParsedRecommendation) {
        // NB: `• The project team is expected …`: a bullet is markup, no part of the text.
        let text = Text.fold(joining: lines.map { line in
            if case .bullet(let item) = SummaryBlock.classify(line) { return Substring(item) }
            return line
        })
        let label = ByteText.withUTF8(text, itemLabelLength)
        RecommendationFields.setText(label == 0 ? text : String(text[text.utf8.index(text.startIndex, offsetBy: label)...]), of: &rec)
    }

    /// The bytes of an `a) ` label before more text (a lower-case letter, its marks, `)`, a space), or of a
    /// group's letter and number (`A1. `, `letterNumberLength`), or 0.
    static func itemLabelLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let grouped = letterNumberLength(b)
        if grouped > 0 { return grouped }
        guard let (letter, width) = b.isEmpty ? nil : Scalars.decode(b, at: 0),
              Scalars.isLetter(letter), Scalars.isLowercase(letter) else { return 0 }
        var i = width
        while ByteText.extendsCharacter(b, at: i) { i += Scalars.decode(b, at: i).width }
        guard i + 2 < b.count, b[i] == UInt8(ascii: ")"), b[i + 1] == 0x20,
              !ByteText.extendsCharacter(b, at: i + 1), !ByteText.extendsCharacter(b, at: i + 2) else { return 0 }
        return i + 2
    }

    /// The bytes of an evaluator's label of a group's letter and the item's number before more text (an ASCII
    /// letter, 1–2 digits, then `.`, `)` or `:`, a space; `C.3 ` needs no mark after its number), or 0.
    ///
    ///     "A1. La planification …" -> 4;  "b2) Do X" -> 4;  "C.3 Do X" -> 4;  "A1 grade" -> 0;  "B2B firms" -> 0
    static func letterNumberLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard b.count > 4, ByteText.isLetter(b[0]) else { return 0 }
        let dotted = b[1] == UInt8(ascii: ".")
        var i = dotted ? 2 : 1
        let digits = i
        while i < b.count, i - digits < 3, ByteText.isDigit(b[i]) { i += 1 }
        guard (1...2).contains(i - digits), i + 1 < b.count else { return 0 }
        if b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") || b[i] == UInt8(ascii: ":") { i += 1 } else if !dotted { return 0 }
        guard i + 1 < b.count, b[i] == 0x20, b[i + 1] != 0x20 else { return 0 }
        return i + 1
    }
}
