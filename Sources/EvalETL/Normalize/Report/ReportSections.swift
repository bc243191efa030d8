/// The recommendations (each perhaps with management's response) and the findings, lessons and good
/// practices a report writes out.
///
///     RECOMMENDATION 1. UNDP should continue to …          -> recommendation 1, its label and number dropped
///     UNDP has played a leading role …                       (the paragraphs under it belong to it)
///     Management response: Accepted. The office will …      -> its management_response, as written
///
///     Recommendations                                        a heading naming a zone (`SummaryZone.isLabel`), then
///     1. Strengthen the monitoring system.                   -> one recommendation per numbered or bulleted item
///     2. Publish the data.
///
///     Lessons learned                                        (likewise `Key findings`, `Good practices`)
///     Training without placement rarely leads to jobs.       -> one finding (lesson_learned) per paragraph or item;
///     Ownership: Partners that co-funded the pilots …           a short lead-in before `: ` is its title
///
/// A block ends at the next label or heading; in a zone, a sub-heading that names none (`Relevance`) is the
/// `section` of what follows, and one that closes it (`Annex 1`, `Methodology`) ends it. `response_category`
/// stays nil: a report has no category field, and `Accepted.` is the response's text (as on ERC pages).
/// A label with no number (`Recommendations and management response`) opens nothing.
///
///     The evaluation made 3 recommendations:                 a paragraph's last sentence ending in `:` that names a zone
///     - strengthen the donor base;                           (`leadInZone`) opens it for the list right below it: one
///     - improve staffing, and                                -> recommendation per item, the list's joints dropped
///     The office agreed.                                     (`droppingJoint`); the first line that is no item ends it
///
///     2.1.6. Improvement of policy frameworks                a digest's blocks labelled `Recommendation:` with no number,
///     Recommendation: Align projects with national plans.    when the page has several (`blockLabel`): one recommendation
///     Reference: ILO, 2014, Meta-analysis …                  each, in the section its numbered heading above it names; it
///     _____________________                                  ends at the next block, a rule, another label or a numbered
///     2.1.8 Organising informal economy groups               heading (`endsBlock`)
///
/// NB: the lines are classified (`SummaryBlock`) and zoned (`SummaryZone`) as an ILO summary's are; the
/// walk is a report's own: a report has no fixed order of parts, and writes responses under recommendations.
struct ReportSections {
    private(set) var recommendations: [ParsedRecommendation] = []
    private(set) var findings: [ParsedFinding] = []

    /// The zone the last heading opened (nil: none that holds items), the sub-heading read under it (a
    /// finding's or recommendation's `section`), and whether its list is numbered (its bullets are then
    /// an item's points, not items).
    private var zone: SummaryZone?
    private var section: String?
    private var numberedList: Bool?
    /// What is being read: nothing, a list item's text, a labelled recommendation's text, its response.
    private enum Reading: Equatable { case none, item, text, response }
    private var reading = Reading.none
    private var text: [Substring] = []
    private var response: [Substring] = []
    /// The last finding may go on: a line that opens no paragraph continues it.
    private var findingOpen = false
    /// The zone and section a list's lead-in (`leadInZone`) stepped out of, while its list is read; back when it ends.
    private var outerZone: (zone: SummaryZone?, section: String?)?
    /// Whether the last line read ended a sentence (an item's line that did not goes on below).
    private var endedSentence = true
    /// Whether the page writes its recommendations as blocks labelled `Recommendation:` (several: one is prose), whether
    /// one is being read, and the numbered heading above it (its `section`).
    private var blocks = false
    private var inBlock = false
    private var blockSection: String?

    /// How the headings that close a zone start, lowercased (`Annex 2`, `Introduction`); other
    /// sub-headings in a zone are the section of what stands under them (`Relevance`).
    static let closingHeadings = [
        "annex", "appendix", "introduction", "contents", "table of contents", "bibliography", "references",
        "acknowledg", "acronyms", "abbreviations", "anexo", "annexe", "introducción",
    ]

    init(_ lines: [SummarySource.SourceLine]) {
        let source = lines.flatMap(Self.cutAtLabels)
        blocks = source.lazy.filter { Self.blockLabel($0.text) != nil }.prefix(2).count == 2
        for (k, s) in source.enumerated() where !s.shape.isBlank {
            let standalone = (k == 0 || source[k - 1].shape.isBlank) && (k + 1 == source.count || source[k + 1].shape.isBlank)
            let opensParagraph = k == 0 || source[k - 1].shape.isBlank
            read(s, standalone: standalone, opensParagraph: opensParagraph)
        }
        finish()
        recommendations.removeAll { $0.text.isEmpty }
        // NB: a finding of a word or two is a stray label (`Recommendations 1` misspelt), not a finding.
        findings.removeAll { ByteText.wordCount($0.text.utf8) < 3 }
    }

    private mutating func read(_ s: SummarySource.SourceLine, standalone: Bool, opensParagraph: Bool) {
        // NB: markup removed (`**Recommendation 1.** UNDP …` is a label, and no text keeps its asterisks).
        let line = Text.fold(MarkdownText.plain(s.text))
        let continuesFinding = findingOpen && !opensParagraph
        findingOpen = false
        let runsOn = !opensParagraph && !endedSentence
        // NB: an item ending in its list's joint (`…, and`) ends as a sentence does.
        endedSentence = PageChrome.endsSentence(line) || Self.droppingJoint(line) != line
        // NB: a lead-in's zone holds its list alone: a line that is no item, nor an item's line running on (no blank line
        // above it, in lower case or under a line that ended no sentence), ends it; a labelled recommendation's text goes on.
        if let outer = outerZone, reading != .text, reading != .response,
           !Self.goesOnWithList(s.text, opensParagraph: opensParagraph, runsOn: runsOn) {
            finish()
            (zone, section) = outer
            numberedList = nil
            outerZone = nil
        }
        if blocks, let value = Self.blockLabel(line[...]) {
            let cut = Self.beforeRunInLabel(value)
            open(cut, line: s.number, as: .text)
            if let blockSection { recommendations[recommendations.count - 1].section = blockSection }
            inBlock = true
            if cut.endIndex != value.endIndex { finish() }
            return
        }
        if blocks, Self.isNumberedHeading(line) {
            heading(line)
            blockSection = line
            return
        }
        if inBlock, reading != .none {
            // NB: a wrapping tool may have run the next label onto the block's line (`… initiatives. Reference: ILO`).
            let cut = Self.beforeRunInLabel(line[...])
            if cut.endIndex != line.endIndex {
                append(cut)
                finish()
                return
            }
            if Self.endsBlock(s.text) { finish() }
        }
        if Self.isLabelled(line) {
            open(line[...], line: s.number, as: .text)
            return
        }
        if let rest = Self.afterResponseLabel(line) {
            guard reading != .none else { return }
            reading = .response
            response.append(rest)
            return
        }
        var block = SummaryBlock.classify(s.text, standalone: standalone, paragraphStart: opensParagraph)
        // NB: headings too: a zone's on a line of its own (`Good practices` / `• …`, no blank line between), a
        // short line opening a paragraph in a zone (`Relevance` / `1. …`), and a label with a short value
        // standing alone (`Annex 1: People met`).
        if case .text(let t) = block, Self.isHeadingShaped(t),
           Self.isZoneLabel(t) || (zone != nil && reading == .none && opensParagraph && ByteText.wordCount(t.utf8) <= 4) {
            block = .subheading(t)
        }
        if standalone, case .field(let label, let value) = block, Self.isHeadingShaped(value) { block = .subheading("\(label): \(value)") }
        switch block {
        case .heading(let t), .subheading(let t):
            heading(t)
            blockSection = nil
        case .numbered(_, let t) where standalone && (Self.isZoneLabel(t) || reading == .text || reading == .response)
            && Self.isHeadingShaped(t):
            // `5. Recommendations`, `4. Conclusions`: a numbered heading (in a list, a short item).
            heading(t)
        case .numbered(_, let t), .bullet(let t):
            let numbered = if case .numbered = block { true } else { false }
            if reading == .text || reading == .response || (reading == .item && numberedList != numbered) {
                append(line[...])
            } else if zone == .recommendations {
                numberedList = numberedList ?? numbered
                open(Substring(t), line: s.number, as: .item)
            } else if let zone {
                numberedList = numberedList ?? numbered
                addFinding(Self.droppingJoint(t), zone, continuing: false)
            }
        case .field(let label, let value):
            if reading != .none { append(line[...]) } else if let zone { addFinding("\(label): \(value)", zone, continuing: continuesFinding) }
        case .text(let t), .footnote(let t):
            if reading != .none { append(line[...]) } else if let zone { addFinding(t, zone, continuing: continuesFinding) }
        case .blank:
            break
        }
        // NB: a lead-in inside a recommendation's text (`Key actions:`) lists its points; one in its own zone changes nothing.
        if reading == .none, outerZone == nil, case .text(let t) = block, let z = Self.leadInZone(t), z != zone {
            outerZone = (zone, section)
            zone = z
            section = nil
            numberedList = nil
        }
    }

    /// The zone a list's lead-in names: a paragraph's last sentence (or clause after a `;`), ending in `:`, of `leadInWords`
    /// words at most, naming the list's items by a noun of `SummaryVocabulary.leadInNouns` (several: the zone `SummaryZone`
    /// picks) outside quotes, no earlier exercise's (`SummaryVocabulary.earlierWords`).
    ///
    ///     "… was high. The evaluation made 8 recommendations for the agency, all agreed by management:"  -> .recommendations
    ///     "Key evaluation findings included:"                                                             -> .findings
    ///     "The review recommended minor adjustments, highlighting the need to:"                          -> nil (a verb)
    ///     "It found lessons learned; and recommended minor adjustments, highlighting the need to:"       -> nil (another clause)
    ///     "The previous review's recommendations were:"                                                  -> nil (described)
    static func leadInZone(_ line: String) -> SummaryZone? {
        guard line.utf8.last == UInt8(ascii: ":") else { return nil }
        let bytes = Array(line.utf8.dropLast())
        var start = 0
        for i in bytes.indices.dropLast() where bytes[i + 1] == 0x20 && ".!?;".utf8.contains(bytes[i]) { start = i + 2 }
        let sentence = bytes[start...]
        guard ByteText.wordCount(sentence) <= leadInWords else { return nil }
        // NB: a quoted title names a document, not the list (`having considered “X recommendations to improve Y”:`).
        let unquoted = String(decoding: sentence, as: UTF8.self).split(separator: "“", omittingEmptySubsequences: false)
            .enumerated().map { $0.offset == 0 ? $0.element : $0.element.drop { $0 != "”" } }.joined()
        let words = ByteText.letterWords(ByteText.lowercased(unquoted.utf8))
        guard !words.contains(where: SummaryVocabulary.earlierWords.contains) else { return nil }
        let nouns = words.indices.compactMap { k -> String? in
            if SummaryVocabulary.leadInNouns.contains(words[k]) { return words[k] }
            let pair = k > 0 ? words[k - 1] + " " + words[k] : ""
            return SummaryVocabulary.leadInNouns.contains(pair) ? pair : nil
        }
        guard !nouns.isEmpty, case let zone = SummaryZone(heading: nouns.joined(separator: " ")), zone.holdsItems else { return nil }
        return zone
    }

    /// Words of a list's lead-in sentence, at most.
    static let leadInWords = 20

    /// Whether a line goes on with a list: an item, or a line running on under one (no blank line above it), in lower
    /// case or under a line that ended no sentence (`runsOn`).
    static func goesOnWithList(_ line: Substring, opensParagraph: Bool, runsOn: Bool) -> Bool {
        switch SummaryBlock.classify(line, standalone: false, paragraphStart: opensParagraph) {
        case .bullet, .numbered: return true
        case .text(let t): return runsOn || !opensParagraph && t.unicodeScalars.first.map(Scalars.isLowercase) == true
        default: return false
        }
    }

    /// A list item's text without the mark that joins it to the next item: a last `;` or `,`, and an `and` / `or` after it.
    ///
    ///     "strengthen the nutrition strategy;"  -> "strengthen the nutrition strategy"
    ///     "further improve staffing profile, and"  -> "further improve staffing profile"
    ///     "Publish the data."  -> unchanged
    static func droppingJoint(_ text: String) -> String {
        var t = ByteText.trimming(text[...], anyOf: " ,;")
        if let space = t.lastIndex(of: " "), SummaryVocabulary.listJoints.contains(String(t[t.index(after: space)...])) {
            let before = ByteText.trimming(t[..<space], anyOf: " ")
            if before.last == "," || before.last == ";" { t = ByteText.trimming(before, anyOf: " ,;") }
        }
        return String(t)
    }

    /// A heading: a zone's own (`Recommendations`, `Lessons learned`) opens it; a closing one
    /// (`Annex 1`, `Methodology`) or any other outside a zone ends it; any other in a zone is the
    /// section of what stands under it.
    private mutating func heading(_ t: String) {
        finish()
        let lower = ByteText.lowercased(t)
        if let label = Self.zoneLabel(t) {
            let z = SummaryZone(heading: label)
            zone = z.holdsItems ? z : nil
            section = nil
            numberedList = nil
        } else if zone == nil || SummaryZone(heading: t) != .other || Self.closingHeadings.contains(where: lower.hasPrefix) {
            zone = nil
        } else {
            section = t
            numberedList = nil
        }
    }

    private mutating func append(_ line: Substring) {
        if reading == .response { response.append(line) } else { text.append(line) }
    }

    private mutating func open(_ first: Substring, line: Int, as opened: Reading) {
        finish()
        var rec = ParsedRecommendation(line: line)
        // NB: a labelled recommendation under a list's heading stands in its section too.
        rec.section = zone == .recommendations ? section : nil
        recommendations.append(rec)
        text = [first]
        reading = opened
        inBlock = false
    }

    /// Ends the recommendation being read, if any; the zone stays open for its next item.
    private mutating func finish() {
        guard reading != .none, var rec = recommendations.popLast() else { return }
        let joined = Text.fold(text.joined(separator: " "))
        RecommendationFields.setText(reading == .item ? Self.droppingJoint(joined) : joined, of: &rec)
        rec.managementResponse = Text.nonEmpty(Text.fold(response.joined(separator: " ")))
        recommendations.append(rec)
        text = []
        response = []
        reading = .none
    }

    /// A finding of the zone's kind; a line that opens no paragraph under a finding (`continuing`) goes on with it.
    private mutating func addFinding(_ text: String, _ zone: SummaryZone, continuing: Bool) {
        guard let kind = zone.findingKind else { return }
        findingOpen = true
        if continuing, var last = findings.popLast() {
            last.text += " " + Text.fold(text)
            findings.append(last)
            return
        }
        var (title, rest) = SummaryItems.leadIn(text)
        // NB: `Conclusion 1:` numbers the finding; it is no title.
        if let t = title, SummaryItems.numberedLabel(ByteText.lowercased(t)) != nil { title = nil }
        guard let body = Text.nonEmpty(Text.fold(rest)) else { return }
        findings.append(ParsedFinding(kind: kind, section: section, title: title, text: body))
    }

    /// A zone's label (`SummaryZone.isLabel`), alone or with its subject after one of `SummaryVocabulary.zoneSubjectWords`.
    static func isZoneLabel(_ t: String) -> Bool { zoneLabel(t) != nil }

    /// The zone's label a heading is: the whole heading, or its words before the subject; nil when it is none.
    ///
    ///     "Key findings and conclusions on the implementation of the UNDAF"  -> "key findings and conclusions"
    ///     "Findings"  -> "Findings";  "Support to the ministry on findings"  -> nil
    ///
    /// NB: the subject names no zone: `Findings on the follow-up of recommendations` opens the findings.
    static func zoneLabel(_ t: String) -> String? {
        if SummaryZone.isLabel(t) { return t }
        let words = ByteText.letterWords(ByteText.lowercased(t.utf8), keeping: UInt8(ascii: "&"))
        guard let on = words.firstIndex(where: SummaryVocabulary.zoneSubjectWords.contains), on > 0,
              case let label = words[..<on].joined(separator: " "), SummaryZone.isLabel(label) else { return nil }
        return label
    }

    static func isHeadingShaped(_ s: String) -> Bool { SummaryBlock.isSubheadingShaped(ByteText.Bytes(s.utf8)) }

    /// `RECOMMENDATION 1. UNDP should …`, `Recommendation 2:` (its text on the lines below): a label
    /// and a number (`RecommendationFields.dropLabel`).
    static func isLabelled(_ line: String) -> Bool {
        var rest = line[...]
        RecommendationFields.dropLabel(&rest)
        return rest.utf8.count != line.utf8.count
    }

    /// The text of a block labelled `Recommendation:` with no number (`GATEField.recommendation`'s labels), or nil.
    ///
    ///     "Recommendation: 7. While organising workers …"  -> "7. While organising workers …" (`setText` drops the `7.`)
    ///     "Recommendation 2: Publish the data."           -> nil (numbered: `isLabelled`)
    static func blockLabel(_ line: Substring) -> Substring? {
        guard line.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "r") }) == true,
              let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 20, of: line),
              case let label = Text.fold(line[..<colon]), !label.utf8.contains(where: ByteText.isDigit),
              GATEField(label: label) == .recommendation, case let value = Text.trimmed(line[line.index(after: colon)...]),
              !value.isEmpty else { return nil }
        return value
    }

    /// A block's text up to a label a wrapping tool ran onto its line: after a sentence's end, a capitalized run of
    /// `runInLabelWords` words at most, none ending a clause, before a colon.
    ///
    ///     "Align projects with national plans. Reference: ILO, 2014, …"  -> "Align projects with national plans."
    ///     "Align projects with the plans of two ministries: labour and planning."  -> unchanged
    static func beforeRunInLabel(_ text: Substring) -> Substring {
        var from = text.startIndex
        while let colon = text[from...].firstIndex(of: ":") {
            from = text.index(after: colon)
            let words = text[..<colon].split(separator: " ")
            guard words.count >= 2 else { continue }
            for n in 1...min(runInLabelWords, words.count - 1) {
                let label = words[(words.count - n)...]
                guard !label.contains(where: { $0.last.map { ".,;!?".contains($0) } == true }) else { break }
                guard let mark = words[words.count - n - 1].last, ".!?".contains(mark), ByteText.startsUppercase(label.first!) else { continue }
                return Text.trimmed(text[..<label.first!.startIndex])
            }
        }
        return text
    }

    /// Words of a label run onto a block's line, at most.
    static let runInLabelWords = 3

    /// Whether a line is a heading under a section's number of two levels or more (`2.1.6. Improvement of X`, `2.1.8 X`).
    static func isNumberedHeading(_ line: String) -> Bool {
        var rest = line[...]
        guard KeyActionSplitter.dropNumber(&rest), case let number = line[..<rest.startIndex].utf8,
              zip(number, number.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && ByteText.isDigit($1) }) else { return false }
        return isHeadingShaped(String(rest))
    }

    /// Whether a line ends a block labelled `Recommendation:`: a rule (`_____`, `---`) or another label (`Reference: ILO,
    /// 2014`, `Evidence sample: …`), but a response's.
    static func endsBlock(_ line: Substring) -> Bool {
        let t = Text.trimmed(line)
        if t.utf8.count >= 3, t.utf8.allSatisfy({ ruleMarks.contains($0) }) { return true }
        guard case .field = SummaryBlock.classify(t, standalone: false, paragraphStart: true) else { return false }
        return afterResponseLabel(Text.fold(t)) == nil
    }

    /// The marks a rule across the page is drawn with.
    static let ruleMarks: Set<UInt8> = Set("_-=*".utf8)

    /// The text after `Management response:` (the label in any language UNDP writes it in, `ERCVocabulary`),
    /// or nil when the line opens with no response label.
    static func afterResponseLabel(_ line: String) -> Substring? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 40, of: line[...]),
              ERCVocabulary.field(of: line[..<colon]) == .managementResponse else { return nil }
        return Text.trimmed(line[line.index(after: colon)...])
    }

    /// A page transcribed onto one line (a document host's `Transcription`) cut before each recommendation label
    /// in it and, after the first, each response label, so that each opens a line as `read` expects.
    ///
    ///     "… over time. Evaluation Recommendation 1: OCHA needs … Management Response: Accepted. …"
    ///         -> "… over time." / "Evaluation Recommendation 1: OCHA needs …" / "Management Response: Accepted. …"
    ///
    /// NB: inside a line a label is cut only where its colon ends it (`Recommendation 1 (R1):`): `Recommendation 1 is
    /// classified as …` and `… under Recommendation 2. UNDP …` are prose. Only a page's worth of text on a line
    /// (`transcribedLine`) is cut: a slide's or a paragraph's line that ends in a label (`… achieved. Recommendation #1:
    /// Evaluation integral …`) writes its response above it, which a cut would give to the recommendation before.
    static func cutAtLabels(_ s: SummarySource.SourceLine) -> [SummarySource.SourceLine] {
        guard s.text.utf8.count >= transcribedLine,
              ByteText.withUTF8(s.text, { ByteText.firstOffset(of: recommendationStem, in: $0, foldingCase: true) }) != nil else { return [s] }
        var opened = false
        let starts = CoverLines.labelStarts(s.text, words: 10) { label in
            guard ByteText.startsUppercase(Substring(label)) else { return false }
            let folded = Text.fold(Substring(label))
            var rest = Substring(folded + ":")
            RecommendationFields.dropLabel(&rest)
            if rest.isEmpty { opened = true }
            return rest.isEmpty || opened && ERCVocabulary.field(of: folded) == .managementResponse
        }
        guard let first = starts.first(where: { $0 > s.text.startIndex }) else { return [s] }
        var pieces = [s.text[..<first]]
        for (k, start) in starts.enumerated() where start >= first {
            pieces.append(s.text[start..<(k + 1 < starts.count ? starts[k + 1] : s.text.endIndex)])
        }
        return pieces.map { Text.trimmed($0) }.filter { !$0.isEmpty }
            .map { SummarySource.SourceLine(text: $0, number: s.number, shape: SummarySource.LineShape($0)) }
    }

    /// Bytes of a line that holds a page's text, transcribed by a document host, at least.
    static let transcribedLine = 1_000

    /// The stem every language's recommendation label starts with (`Recommendation`, `Recomendación`, `Recommandation`).
    static let recommendationStem = Array("recom".utf8)
}
