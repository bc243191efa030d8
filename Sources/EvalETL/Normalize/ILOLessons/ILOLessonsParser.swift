/// Parses ILO i-eval Discovery lessons and good practices: a list of them, or a single record (a
/// recommendation record too: one recommendation and its response).
///
/// A list: each lesson under the title of its evaluation, `-` lines between them. Under an
/// `Emerging good practices` heading (`SummaryVocabulary.listHeadings`) the items are good practices.
///
///     Lessons learned
///     -
///     Technical Cooperation Project for the State of Qatar – Phase 2 - Final evaluation   evaluation title
///     The hosting of the World Cup had several effects …                                finding (lesson_learned)
///     -
///     Technical Cooperation Project for the State of Qatar – Phase 2 - Final evaluation
///     The amplitude of the reforms …                                                    finding (lesson_learned)
///
/// A record: `key:` lines, each with its value on the same line or the lines after (i-eval Discovery's
/// export: `eval_title:`, `description:`, … each on a line of its own; `ILOLessonRecord`).
///
///     Lesson learned title: Coordinated communication    finding title
///     Evaluation title:                                  evaluation title
///     Technical Cooperation Project … - Final evaluation
///     Lesson learned: The hosting of …                   finding text
///     Country: Qatar / Administrative Office: … / DC Symbol: …
///
/// ILO's lesson learned and emerging good practice templates are records too: `Project Title:`,
/// `Project TC/SYMBOL:`, `Name of Evaluator:`, then element labels with their text after them
/// (`Brief description of lesson learned (link to specific action or task) …`).
///
/// One evaluation row, titled by the evaluation the lessons belong to.
struct ILOLessonsParser: DocumentParser {
    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        doc.organizations = ["ILO"]
        // NB: a printed page's footer (`Page 2 of 5`) is no text; a number alone may number a lesson.
        // Blank lines are kept here: they part the paragraphs of a described page (`readDescribed`).
        var content = document.lines.map { Text.trimmed($0) }
            .filter { !PageChrome.isChrome($0) && !PageFooter.isFooter($0, bareNumbers: false) }
        while content.last?.isEmpty == true { content.removeLast() }
        // NB: a page cut in its closing chrome (`Skip to t`) ends with the start of it.
        if let last = content.last, PageChrome.isCutChrome(last) { content.removeLast() }
        let lines = content.filter { !$0.isEmpty }
        let record = ILOLessonRecord.read(lines)
        if Self.readDescribed(content, into: &doc) {
            // ilo.org's page of good practices: read.
        } else if record.keys >= 2, record.values[.lesson] != nil || record.values[.practice] != nil || record.fromDiscovery
            || (record.items == .recommendations && record.values[.lessonTitle] != nil) {
            // NB: an i-eval export cut before its `description:` is still a record: one with no lesson.
            apply(record, to: &doc, parties: parties)
        } else {
            try readList(lines, into: &doc)
        }
        doc.organizations += EvaluationSummaryParser.jointOwners(doc.title)
        let scope = [doc.title, doc.office].compactMap { $0 }.joined(separator: "\n")
        if doc.countries.isEmpty { doc.countries = Text.countries(in: scope) }
        if doc.findings.isEmpty, doc.title == nil { throw .notAnEvaluation("an empty template") }
        return doc
    }

    /// ilo.org's page of an evaluation's good practices (or lessons): the heading saying what they are
    /// (`SummaryVocabulary.listHeadings`), the evaluation's title, a description label alone on its line
    /// (`SummaryVocabulary.descriptionLabels`), then the items, a paragraph each, or each opened by the label that
    /// numbers it (`SummaryVocabulary.describedItemLabels`, dropped, however often written). False for any other page.
    ///
    ///     Good Practice                                              the items' kind
    ///     Skills for rural youth in West Africa - Évaluation finale  title
    ///     Description de la bonne pratique
    ///     Bonne pratique 1: Calls for tenders work well.             finding (good_practice) "Calls for tenders work well."
    ///     Mauvaise pratique 1: Staff costs run high.                 finding (lesson_learned) "Staff costs run high."
    ///     Pérennité de l'action: Diverses stratégies …               finding, title "Pérennité de l'action"
    static func readDescribed(_ content: [Substring], into doc: inout ParsedDocument) -> Bool {
        let filled = content.indices.filter { !content[$0].isEmpty }
        guard filled.count >= 3,
              let heading = SummaryVocabulary.listHeadings.first(where: { $0.heading == Text.labelKey(content[filled[0]]) }),
              SummaryVocabulary.descriptionLabels.contains(where: { $0.label == ByteText.lowercased(Text.fold(content[filled[2]])) }),
              // NB: a record's key line (`Good practice title: …`) is no title: the page is a record.
              ILOLessonRecord.keyLine(content[filled[1]]).map({ $0.0 == .other }) ?? true else { return false }
        doc.title = Text.fold(MarkdownText.plain(Text.fold(content[filled[1]])))
        var open = false
        for line in content[(filled[2] + 1)...] {
            guard !line.isEmpty else { open = false; continue }
            var text = Substring(line)
            var kind: FindingKind?
            while let (k, rest) = describedItemLabel(text) { kind = k; text = rest }
            if open, kind == nil, let last = doc.findings.indices.last {
                doc.findings[last].text = Text.fold(doc.findings[last].text + " " + text)
            } else {
                // NB: `Synergie entre les programmes: L'équipe …`: an item's lead-in is its title.
                let (title, rest) = SummaryItems.leadIn(Text.fold(text))
                doc.findings.append(ParsedFinding(kind: kind ?? heading.kind, title: title, text: rest))
            }
            open = true
        }
        return true
    }

    /// The kind an item's numbering label gives (`Mauvaise pratique 2:` a lesson learned) and the text after it; nil
    /// when the line opens with no such label.
    static func describedItemLabel(_ line: Substring) -> (FindingKind, Substring)? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 40, of: line) else { return nil }
        let key = Text.labelKey(line[..<colon])
        guard let item = SummaryVocabulary.describedItemLabels.first(where: { SummaryItems.numberedLabel(key, labels: [$0.label]) != nil })
        else { return nil }
        return (item.kind, Text.trimmed(line[line.index(after: colon)...]))
    }

    /// The `-`-separated list: the first line of each part is its evaluation's title.
    func readList(_ lines: [Substring], into doc: inout ParsedDocument) throws(ParseError) {
        var parts = lines.split(omittingEmptySubsequences: false, whereSeparator: Self.isSeparator).map(Array.init)
        // NB: the page heading (`Lessons learned`) stands alone before the first separator and says what its items are.
        var kind = FindingKind.lessonLearned
        if let first = parts.first, first.count == 1, parts.count > 1,
           let heading = SummaryVocabulary.listHeadings.first(where: { $0.heading == Text.labelKey(first[0]) }) {
            kind = heading.kind
            parts.removeFirst()
        }
        // (title, lessons under it), in order of first appearance; titles compared by their letters and digits.
        var titles: [(title: String, key: String, lessons: Int)] = []
        // NB: measured once, and only when a title is long enough to fill the width (`PageChrome.fillsWidth`).
        lazy var widest = PageChrome.widestLine(lines)
        for part in parts where !part.isEmpty {
            let titleLines = Self.titleLines(part, widest: widest)
            let title = Text.fold(MarkdownText.plain(Text.fold(joining: Array(part[..<titleLines]))))
            let key = RowAssembler.slug(title).filter { $0 != "-" }
            // NB: a page cut after a title still names its evaluation; only text under it is a lesson.
            let lesson = part.count > titleLines ? 1 : 0
            if let i = titles.firstIndex(where: { $0.key == key }) { titles[i].lessons += lesson } else { titles.append((title, key, lesson)) }
            if lesson == 1 {
                doc.findings.append(ParsedFinding(kind: kind, text: Text.fold(part.dropFirst(titleLines).joined(separator: " "))))
            }
        }
        // NB: one evaluation's lessons, perhaps with its title mistyped once; a lesson under another
        // evaluation's title makes the page a listing.
        guard let main = titles.max(by: { $0.lessons < $1.lessons }) else { return }
        var evaluations: [String] = []
        for t in titles where !evaluations.contains(where: { Self.sameEvaluation($0, t.title) }) { evaluations.append(t.title) }
        if titles.contains(where: { $0.lessons > 0 && !Self.sameEvaluation($0.title, main.title) }) {
            throw .notAnEvaluation("a listing of \(kind == .goodPractice ? "good practices" : "lessons") from \(evaluations.count) evaluations")
        }
        doc.title = titles.first { $0.lessons == main.lessons }?.title
    }

    /// How many lines of a part its evaluation's title holds: 2 when a PDF-to-text export or an e-mail
    /// client wrapped it, 1 otherwise. The first line fills the width (`PageChrome.fillsWidth`) and ends no
    /// sentence (`PageChrome.endsSentence`), and the second does not fill the width in turn, with a lesson
    /// under it: the lesson is a paragraph, its first line as wide as the page.
    ///
    ///     "Technical Cooperation Project … – Phase 2 - Final" / "evaluation" / "The hosting of …"   -> 2
    ///     "Technical Cooperation Project … – Phase 2 - Final evaluation" / "The hosting of the World Cup …" / "…" -> 1
    ///
    /// NB: `widest` is the widest line of the whole page, measured once (`PageChrome.widestLine`).
    static func titleLines(_ part: [Substring], widest: @autoclosure () -> Int) -> Int {
        guard part.count >= 3, !PageChrome.endsSentence(Text.fold(part[0])),
              PageChrome.fillsWidth(part, at: 0, widest: widest()), !PageChrome.fillsWidth(part, at: 1, widest: widest()) else { return 1 }
        return 2
    }

    /// A record's title: its `eval_title:` field, or the heading above the record when the field is missing or opens it
    /// (the heading adds the evaluation's timing, and a page cut inside the field leaves its start).
    ///
    ///     field "Skills for employment in Bangladesh", heading "Skills for employment in Bangladesh - Final Evaluation"
    ///                                                                       -> "Skills for employment in Bangladesh - Final Evaluation"
    ///     field "Promoting decent work … of the Sr" (cut), heading "Promoting decent work … of the Sri Lanka … Policy"
    ///                                                                       -> the heading
    ///     field "Better Work Global - Phase III", heading "Lessons learned" -> the field
    static func title(field: String?, heading: String?) -> String? {
        guard let field else { return heading }
        guard let heading, heading.count > field.count, Text.fold(heading).hasPrefix(Text.fold(field)) else { return field }
        return heading
    }

    func apply(_ r: ILOLessonRecord, to doc: inout ParsedDocument, parties: PartyLexicon) {
        // NB: an i-eval page heads its record with the evaluation's title; a template's heading names the template.
        let heading = r.heading.flatMap { SummaryVocabulary.templateHeadings.contains(Text.labelKey($0)) ? nil : Text.nonEmpty(MarkdownText.plain($0)) }
        doc.title = Self.title(field: r.values[.evaluationTitle], heading: heading)
        // NB: the record's office is a Quick Facts `Administrative Office`: its type, its role.
        //     `admin_units:` / `RO-Asia and the Pacific` -> office_type "RO", role administrative_office
        if let office = r.values[.administrativeOffice] {
            QuickFacts.apply(.administrativeOffice, value: office, line: 1, to: &doc, parties: parties)
        }
        doc.projectCode = r.values[.projectCode]
        doc.evaluationType = r.values[.evaluationType]
        doc.evaluationTiming = r.values[.evaluationTiming]
        if let c = r.values[.country] { doc.countries = Text.countries(in: c) }
        if let names = r.values[.evaluators] { doc.roles += QuickFacts.people(names, parties).map { ParsedRole(.evaluator, $0) } }
        if r.items == .recommendations, let text = r.values[.lessonTitle] {
            // NB: i-eval's recommendation record: its `title:` is the recommendation, `action_plan:` the response
            // (newer records write it under `comments:`; their `management_response:` is a status: `followUp`).
            var rec = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &rec)
            rec.managementResponse = r.values[.actionPlan] ?? r.values[.comments]
            if let action = Self.followUp(r, line: rec.line, diagnostics: &doc.diagnostics) { rec.actions = [action] }
            doc.recommendations.append(rec)
        } else if let text = r.values[.lesson] {
            doc.findings.append(ParsedFinding(kind: r.items == .practices ? .goodPractice : .lessonLearned, title: r.values[.lessonTitle], text: text))
        } else if let text = r.values[.practice] {
            doc.findings.append(ParsedFinding(kind: .goodPractice, title: r.values[.practiceTitle], text: text))
        }
    }

    /// An i-eval recommendation record's follow-up as its one key action: what management does (`action_plan:`, else the
    /// response under `comments:`), by whom (`admin_units:`), where it stands (`management_response:`, a status of the
    /// contract's vocabulary, or kept as written with a warning) and the progress noted (`comments:` beside an
    /// `action_plan:`, then `progress:` unless it says the status again). Nil for a record with no status.
    ///
    ///     action_plan: Meet the donors. / comments: Met twice. / management_response: Completed / progress: Achieved /
    ///     admin_units: CO-Dhaka   -> text "Meet the donors.", responsible "CO-Dhaka", status "Completed",
    ///                                comments "Met twice. Progress: Achieved"
    ///
    /// NB: every newer record carries the status; it is what an officer tracks, and no recommendation column holds it.
    static func followUp(_ r: ILOLessonRecord, line: Int, diagnostics: inout [Diagnostic]) -> ParsedAction? {
        guard let written = r.values[.responseStatus], let text = r.values[.actionPlan] ?? r.values[.comments] else { return nil }
        var action = ParsedAction(text: text)
        action.line = line
        if let m = StatusMatcher.match(written[...]), m.rest.isEmpty {
            action.status = m.status
        } else {
            action.status = written
            diagnostics.append(.warning(line: line, "unknown action status '\(written)', kept as written"))
        }
        if let office = r.values[.administrativeOffice] {
            action.responsible = office
            action.parties = [QuickFacts.office(office)]
        }
        var notes = r.values[.actionPlan] != nil ? r.values[.comments].map { [$0] } ?? [] : []
        if let progress = r.values[.progress], StatusMatcher.match(progress[...]).map({ $0.rest.isEmpty && $0.status == action.status }) != true,
           ByteText.lowercased(progress) != ByteText.lowercased(written) {
            notes.append("Progress: \(progress)")
        }
        // NB: each note a sentence of its own: `Met twice. Progress: Achieved`.
        action.comments = notes.reduce(nil) { all, note in all.map { (PageChrome.endsSentence($0) ? $0 : $0 + ".") + " " + note } ?? note }
        return action
    }

    /// Two titles of one evaluation, one perhaps mistyped or garbled: at least two thirds of the words
    /// of the shorter are words of the other, or (titles of 24 letters or more) four fifths of their
    /// letter pairs are shared (Dice's coefficient).
    ///
    ///     "Final evaluation of the Decent Work project" / "Final evalution of the Decent Work project"  -> true
    ///     "Technical Cooperation … Qatar" / "Techønical Cooperﬁat ion … Qata—r"                         -> true
    ///     "Evaluation A" / "Evaluation B"                                                              -> false
    static func sameEvaluation(_ a: String, _ b: String) -> Bool {
        let sa = RowAssembler.slug(a), sb = RowAssembler.slug(b)
        let wa = Set(sa.split(separator: "-")), wb = Set(sb.split(separator: "-"))
        let shorter = min(wa.count, wb.count)
        if shorter > 0, wa.intersection(wb).count * 3 >= shorter * 2 { return true }
        let la = Array(sa.unicodeScalars.filter { $0 != "-" }), lb = Array(sb.unicodeScalars.filter { $0 != "-" })
        guard la.count >= 24, lb.count >= 24 else { return false }
        var pairs: [String: Int] = [:]
        for i in 1..<la.count { pairs["\(la[i - 1])\(la[i])", default: 0] += 1 }
        var shared = 0
        for i in 1..<lb.count {
            let p = "\(lb[i - 1])\(lb[i])"
            if let n = pairs[p], n > 0 { pairs[p] = n - 1; shared += 1 }
        }
        return shared * 2 * 5 >= (la.count - 1 + lb.count - 1) * 4
    }

    /// `-`, `—`, `---`: the list's separators.
    static func isSeparator(_ line: Substring) -> Bool {
        // NB: a mark a combining mark joins is no separator: the mark fails the test itself.
        !line.isEmpty && line.unicodeScalars.allSatisfy { $0 == "-" || $0 == "—" || $0 == "–" || $0 == "*" }
    }
}
