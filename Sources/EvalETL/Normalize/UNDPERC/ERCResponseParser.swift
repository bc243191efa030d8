/// Parses a UNDP ERC management response page into one evaluation, its recommendations and key actions.
///
///     Success message / error message / warn message                  chrome, skipped
///     Joint UNDAF Evaluation                                          title
///     Commissioning Unit: Fiji / Evaluation Plan: 2008-2012 / …       -> ERCFields
///     1. Recommendation: UNDAF should …   (or `Evaluation recommendation 1. …`)
///     Management Response: [Added: 2012/10/07] [Last Updated: …]     response text follows, stamps dropped
///     Key Actions: / Key Action Responsible DueDate Status …          -> ERCKeyActions
///
/// Plain and pipe-table (`a | b |`) layouts read alike; so does the older admin layout
/// (`Evaluation Title:` field, `1.` on a line of its own, one line a key action).
/// Each line is classified once (`ERCLine.classify`), then one `switch (state, line)` drives it.
struct ERCResponseParser: DocumentParser {
    enum State { case header, recommendation, response, keyActions }

    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        var fields = ERCFields()
        var title: String?
        var state = State.header
        var recs: [ParsedRecommendation] = []
        var recLines: [Substring] = []
        var responseLines: [Substring] = []
        var actions = ERCKeyActions(parties: parties)
        var pendingField: ERCVocabulary.Field?
        // NB: one page names one commissioning unit; a page naming several lists evaluations.
        var units = Set<String>()

        func finishBlock() {
            guard !recs.isEmpty else { return }
            let last = recs.count - 1
            if !recLines.isEmpty { Self.setText(recLines, of: &recs[last]) }
            if !responseLines.isEmpty {
                recs[last].managementResponse = Text.nonEmpty(ERCStamps.removing(from: responseLines.joined(separator: " ")))
            }
            actions.close()
            // NB: a block's actions are most often all it has: they are taken whole, not copied.
            if recs[last].actions.isEmpty { recs[last].actions = actions.actions } else { recs[last].actions += actions.actions }
            doc.diagnostics += actions.diagnostics
            actions = ERCKeyActions(parties: parties, partiesRead: actions.partiesRead)
            recLines.removeAll(keepingCapacity: true)
            responseLines.removeAll(keepingCapacity: true)
        }

        var titleEnd = 0
        for (index, raw) in document.lines.enumerated() where index >= titleEnd {
            let n = index + 1
            let line = ERCLine.classify(raw)
            switch (state, line) {
            case (_, .recommendation(_, let text)):
                finishBlock()
                recs.append(ParsedRecommendation(line: n))
                recLines = text.isEmpty ? [] : [text]
                state = .recommendation
                pendingField = nil
            case (_, .field(.managementResponse, let value)) where state != .header:
                if recs.isEmpty { recs.append(ParsedRecommendation(line: n)) }
                if !recLines.isEmpty { Self.setText(recLines, of: &recs[recs.count - 1]); recLines = [] }
                responseLines = value.map { [$0] } ?? []
                state = .response
            case (_, .field(.keyActions, _)) where state != .header:
                if recs.isEmpty { recs.append(ParsedRecommendation(line: n)) }
                state = .keyActions
            case (.header, .field(let field, let value)):
                if field == .commissioningUnit, let value { units.insert(Text.labelKey(value)) }
                if let value { fields.set(field, value); pendingField = nil } else { pendingField = field }
            case (.header, .text(let t)):
                if let f = pendingField.take() {
                    fields.set(f, t)
                } else if title == nil, fields.values.isEmpty {
                    let whole = PageChrome.title(document.lines, at: index)
                    title = Text.nonEmpty(whole.text)
                    titleEnd = whole.end
                }
            case (.recommendation, .text(let t)):
                recLines.append(t)
            case (.response, .text(let t)):
                responseLines.append(t)
            case (.response, .tableHeader), (.keyActions, .tableHeader):
                // NB: the admin layout pastes the table straight into the response.
                state = .keyActions
            case (.keyActions, .text), (.keyActions, .stamps):
                actions.take(line, at: n)
            case (_, .field(let field, let value)):
                // `Key Actions:` tables end at a new labelled field of the page.
                guard let value, field != .recommendations, field != .lessons, field != .findings else { break }
                if state == .response, field == .ignored { responseLines.append(value) }
                if state == .recommendation { recLines.append(value) }
            case (_, .furniture), (_, .tableHeader), (_, .stamps), (_, .text), (_, .blank), (_, .chrome), (_, .number):
                // NB: the admin layout numbers a block on its own line before `Recommendation:`.
                break
            }
        }
        finishBlock()
        fields.apply(to: &doc, title: title)
        ResponsibleEvidence.resolve(&recs, lexicon: parties, diagnostics: &doc.diagnostics)
        doc.recommendations = recs
        if recs.isEmpty {
            doc.diagnostics.append(.warning(line: document.lines.count, "no recommendation found on the ERC management response page"))
        }
        doc.diagnostics += recs.filter(\.text.isEmpty).map { .warning(line: $0.line, "recommendation has no text") }
        if let reason = NotAnEvaluation.reason(fieldsPage: doc, fields: fields.values.count, units: units.count) { throw .notAnEvaluation(reason) }
        return doc
    }

    /// Recommendation text: a leading `a) ` label dropped, then the number and a short lead-in
    /// title as GATE reads them (`Functionality: NUERP …` -> title `Functionality`).
    static func setText(_ lines: [Substring], of rec: inout ParsedRecommendation) {
        let text = Text.fold(joining: lines)
        let label = ByteText.withUTF8(text, itemLabelLength)
        RecommendationFields.setText(label == 0 ? text : String(text[text.utf8.index(text.startIndex, offsetBy: label)...]), of: &rec)
    }

    /// The bytes of an `a) ` label before more text (a lower-case letter, its marks, `)`, a space), or 0.
    static func itemLabelLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let (letter, width) = b.isEmpty ? nil : Scalars.decode(b, at: 0),
              Scalars.isLetter(letter), Scalars.isLowercase(letter) else { return 0 }
        var i = width
        while ByteText.extendsCharacter(b, at: i) { i += Scalars.decode(b, at: i).width }
        guard i + 2 < b.count, b[i] == UInt8(ascii: ")"), b[i + 1] == 0x20,
              !ByteText.extendsCharacter(b, at: i + 1), !ByteText.extendsCharacter(b, at: i + 2) else { return 0 }
        return i + 2
    }
}
