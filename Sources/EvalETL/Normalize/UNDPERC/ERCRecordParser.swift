/// Parses a UNDP ERC evaluation detail page into one evaluation record (doc_type `evaluation_summary`).
///
///     Mid-term Evaluation of …                          title (the first line that is not chrome)
///     Report Cover Image / Share / Download document …  chrome, skipped
///     Evaluation Plan:            2017-2020, Bangladesh  (label alone, value on the next line; or on one line)
///     Evaluation Budget(US $): 29,000 / Atlas Project Number: 75892 / …   -> ERCFields
///     (blank line) The final evaluation of the … was carried out …   summary: paragraphs after the fields, before `Share`
///     Evaluation Budget(US $): / -- / The evaluation assessed …      summary too: a paragraph right below a field is no value
///     Countries: GLOBAL / (blank line) / With respect to relevance, …  summary when none above: a paragraph after the fields
///     (blank line) / The main lessons learned are the following: / • …  a lead-in naming its list opens it: a lesson a bullet
///     Evaluation Team members:
///     Name Title Email Nationality
///     David A. LaRoche Team leader                      -> evaluator "David A. LaRoche", detail "Team leader"
///     Ana Ruiz and Tim Roe External Evaluator           -> evaluators "Ana Ruiz", "Tim Roe", each detail "External Evaluator"
///     Lessons
///     1 Partnerships: Early buy-in of the ministries …  -> finding (lesson_learned), title "Partnerships"
///     Findings
///     1. The project met most of its targets.           -> finding (finding)
///     Recommendations
///     1 PEMSEA Programmatic Approach - It is …          -> recommendation 1
///
/// `Lessons`, `Findings` and `Recommendations` list items alike (`ERCRecordList`). A page saved as
/// markdown (fields as `- ` items, sections as `a | b |` tables) reads as the plain one (`plainRow`).
struct ERCRecordParser: DocumentParser {
    enum Zone: Equatable { case fields, team, list(ERCVocabulary.Field) }

    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        var fields = ERCFields()
        var title: String?
        var pending: ERCVocabulary.Field?
        var zone = Zone.fields
        var list = ERCRecordList()
        // NB: the page's description: paragraphs that open after a blank line below the first
        // fields and end at the chrome (`Share`) or the `Title …` line that starts the page's
        // second, labelled copy of them; nil parts paragraphs.
        var description: [Substring?] = []
        var descriptionEnded = false
        var afterBlank = false
        // NB: the line before was a top-block label or its value: a paragraph right below it opens the description
        // (`Evaluation Budget(US $):` / `--` / `The evaluation assessed …`), no blank line between.
        var afterField = false
        // NB: where that paragraph starts in `description`, until a blank line ends it. A top-block label right after
        // it takes it back: a paragraph between two labels is no description (`Planned End Date:` / `Justification: …`
        // / `Management Response:`, a cancelled evaluation's reason).
        var betweenLabels: Int?
        // NB: paragraphs after the labelled copy (below its `Title …` line) that no heading names (nil parts them): the
        // summary when the page has no description. Not a label's own paragraph (`Comments:` / `By May 2019, …`, also
        // a label no vocabulary knows: `UNDP Signature Solution:` / `Corporate Outcome and Output …`), nor
        // the current site's outputs under its tab (`• Corporate Outcome and Output`), which has no such copy.
        var trailing: [Substring?] = []
        var labelledCopy = false
        // NB: the last line was a label this vocabulary does not know, left empty (`UNDP Signature Solution:`).
        var unknownLabelAbove = false
        // NB: the lines under the labelled copy's `Corporate Outcome and Output (…)` heading, up to the next label: its
        // outputs, no summary.
        var underTab = false

        var titleEnd = 0
        // NB: a `- ` item is a field in the side panel, a bullet in a list: only the fields are unlisted.
        lazy var rows = document.lines.map { Self.plainRow($0, unlisting: true) }
        lines: for (index, line) in document.lines.enumerated() where index >= titleEnd {
            let raw = Self.plainRow(line, unlisting: zone == .fields)
            let n = index + 1
            let line = Self.classify(raw, inFields: zone == .fields)
            let opensParagraph = afterBlank
            let belowField = afterField
            afterField = false
            if case .blank = line { afterBlank = true } else { afterBlank = false }
            switch line {
            case .blank:
                list.endParagraph()
                if let last = description.last, last != nil { description.append(nil) }
                betweenLabels = nil
                continue
            case .siteFooter where !fields.values.isEmpty:
                // NB: the site's address under its footer is no field or list item (`220 East 42nd Street`);
                // above the fields the same words are the site's menu.
                break lines
            case .chrome, .siteFooter, .tableHeader, .stamps:
                // NB: a label left empty at the top (`Evaluation Budget(US $):` / `Document Type …` / `Title …`)
                // takes no value past the page's chrome: the field keeps the value its labelled copy gives below.
                pending = nil
                if labelledCopy { underTab = true }
                if !fields.values.isEmpty { descriptionEnded = true }
                continue
            case .furniture:
                pending = nil
                if let section = ERCVocabulary.field(of: raw), ERCRecordList.sections.contains(section) { zone = .list(section); pending = nil }
                continue
            case .field(.tags, _):
                // NB: `Tag: Anti-corruption Election …` under an item: its keywords, no text; the item goes on.
                continue
            case .field(let field, let value):
                pending = nil
                unknownLabelAbove = false
                underTab = false
                list.endParagraph()
                if field == .teamMembers {
                    zone = .team
                } else if ERCRecordList.sections.contains(field) {
                    zone = .list(field)
                } else {
                    zone = .fields
                    afterField = true
                    if let start = betweenLabels.take(), !descriptionEnded { description.removeSubrange(start...) }
                    if let value { fields.set(field, value) } else { pending = field }
                }
                continue
            case .number:
                if case .list(let section) = zone {
                    list.open(section, line: n)
                    continue
                }
            default:
                break
            }
            let text = Text.trimmed(raw)
            // `Lessons`, `Findings` (no colon), `3. FINDINGS` (a report's chapter pasted in): a section heading.
            if let section = ERCVocabulary.field(of: ERCLine.numbered(text)?.1 ?? text), ERCRecordList.sections.contains(section) {
                zone = .list(section)
                list.endParagraph()
                continue
            }
            // `Finding 1: UNDP has …` with no `Findings` heading above it: the label opens its section.
            if zone == .fields, pending == nil, let section = ERCRecordList.section(labelling: text) {
                zone = .list(section)
            }
            // NB: a label left empty (`Source of Funding:`) takes no `Label: value` line below it as its value, nor
            // the page's description (`Evaluation Budget(US $):` / `Honduras is of strategic interest …`): every
            // field's value is short (`PageChrome.isParagraph`).
            let isParagraph = (pending != nil || belowField) && PageChrome.isParagraph(String(text))
            let underLabel = pending != nil || unknownLabelAbove
            unknownLabelAbove = text.utf8.last == UInt8(ascii: ":") && Self.isLabelled(text)
            if let p = pending.take(), !Self.isLabelled(text), !text.hasPrefix("Title "), !isParagraph {
                fields.set(p, text)
                afterField = true
                continue
            }
            switch zone {
            case .fields:
                if title == nil, fields.values.isEmpty {
                    let t = PageChrome.title(rows, at: index)
                    title = Text.nonEmpty(t.text)
                    titleEnd = t.end
                } else if text.hasPrefix("Title ") {
                    if fields.values[.title] == nil { fields.set(.title, text.dropFirst(6)) }
                    descriptionEnded = true
                    labelledCopy = true
                } else if !descriptionEnded, !fields.values.isEmpty,
                          opensParagraph || (belowField && isParagraph) || (description.last.map { $0 != nil } ?? false) {
                    if belowField, !opensParagraph { betweenLabels = description.count }
                    description.append(text)
                } else if labelledCopy, opensParagraph, !underLabel, let section = Self.leadInSection(text) {
                    // `The main lessons learned identified are the following:` / `• …`: its list, one item a bullet.
                    zone = .list(section)
                    list.open(section, line: n)
                } else if labelledCopy, !underLabel, !underTab, opensParagraph || (trailing.last.map { $0 != nil } ?? false) {
                    if opensParagraph, trailing.last != nil { trailing.append(nil) }
                    trailing.append(text)
                }
            case .team:
                if let member = ERCTeamMember.parse(text) {
                    // NB: a row may name an organization's post, not a person (`UNDP Team Leader`).
                    let organization = Vocabulary.namesOrganization(member.name)
                    let name = organization ? Vocabulary.canonicalOrganization(member.name) ?? member.name : member.name
                    for name in organization ? [name] : ERCTeamMember.people(name, lexicon: parties) {
                        doc.roles.append(ParsedRole(.evaluator, Party(name: name, kind: organization ? .organization : .person, detail: member.title)))
                    }
                }
            case .list(let section):
                list.take(text, in: section, line: n)
            }
        }
        fields.apply(to: &doc, title: title)
        // NB: a paragraph of a word or two is a stray label or chrome, not a description.
        for text in [description, trailing] where doc.summary == nil {
            let paragraphs = text.split(separator: nil).filter { $0.reduce(0) { $0 + ByteText.wordCount($1!.utf8) } >= 3 }
            doc.summary = Text.paragraphs(Array(paragraphs.joined(separator: [nil])))
        }
        list.apply(to: &doc)
        if let reason = NotAnEvaluation.reason(fieldsPage: doc, fields: fields.values.count, units: 0) { throw .notAnEvaluation(reason) }
        return doc
    }

    /// A line as `ERCLine` reads it, and, in the fields (`inFields`), as the current site writes them: a label alone
    /// on its line, no colon, labels the value below it; a tab over the fields is chrome (the description ends above it).
    ///
    ///     "Evaluation Type" / "Project"                  -> .field(.evaluationType, nil) / .text("Project")
    ///     "  • Evaluation Information"                   -> .chrome  (`ERCVocabulary.recordTabs`)
    ///     "Corporate Outcome and Output (UNDP Strategic Plan 2018-2021)"  -> .chrome  (the old layout's heading of the tab)
    static func classify(_ raw: Substring, inFields: Bool) -> ERCLine {
        let line = ERCLine.classify(raw)
        // NB: a label is short; most lines are longer, or no text.
        guard inFields, case .text(let t) = line, t.utf8.count <= 100 else { return line }
        if t.utf8.count <= 60, let field = ERCVocabulary.field(of: t) { return .field(field, nil) }
        let tab = if case .bullet(let item) = SummaryBlock.classify(t) { item[...] } else { t }
        return ByteText.withLabelKey(tab) { k in
            ERCVocabulary.recordTabs.contains { tab in
                ByteText.starts(k, at: 0, with: tab, foldingCase: false)
                    && (k.count == tab.count || k.count > tab.count + 1 && k[tab.count] == 0x20 && k[tab.count + 1] == UInt8(ascii: "("))
            }
        } ? .chrome : line
    }

    /// A line of the page as the plain layout writes it: a table row's cells joined by a space, and
    /// (`unlisting`: a field) a list item without its `- `. A page saved as markdown writes its fields both ways.
    ///
    ///     "Recommendations | |" -> "Recommendations";  "1 | Some of the indicators … |" -> "1 Some of the indicators …"
    ///     "- Evaluation Plan:" / "- 2016-2020, Armenia" -> "Evaluation Plan:" / "2016-2020, Armenia";  "---|---|" -> ""
    static func plainRow(_ line: Substring, unlisting: Bool) -> Substring {
        var line = line
        if unlisting, line.utf8.starts(with: "- ".utf8) { line = line.dropFirst(2) }
        guard ByteText.contains(line, UInt8(ascii: "|")) else { return line }
        let cells = ByteText.split(line, where: { $0 == UInt8(ascii: "|") }).map { Text.trimmed($0) }
            .filter { !$0.isEmpty && !$0.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") } }
        return cells.count == 1 ? cells[0] : Substring(cells.joined(separator: " "))
    }

    /// The section a list's lead-in names (`ReportSections.leadInZone`): `The main lessons learned are the following:`.
    static func leadInSection(_ line: Substring) -> ERCVocabulary.Field? {
        switch ReportSections.leadInZone(String(line)) {
        case .lessons?, .goodPractices?: .lessons
        case .findings?: .findings
        case .recommendations?: .recommendations
        default: nil
        }
    }

    /// `Evaluation Expenditure(US $): 29,000`, a field this page's vocabulary does not know (or knows
    /// misspelt): a short label, `: `, a value; or `Period :`, such a label left empty.
    static func isLabelled(_ line: Substring) -> Bool {
        if case .field = SummaryBlock.classify(line) { return true }
        let text = Text.folded(line)
        return text.utf8.last == UInt8(ascii: ":") && (1...6).contains(ByteText.wordCount(text.dropLast().utf8))
    }
}
