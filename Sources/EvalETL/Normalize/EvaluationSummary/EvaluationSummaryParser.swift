/// Parses an ILO evaluation summary (doc_type `evaluation_summary`).
///
///     Independent Interim Evaluation … "Promotion of Decent Work …"   title
///     QUICK FACTS                                                     zone heading
///     Countries: Pakistan, Italy                                      quick fact
///     Summary of the project purpose, logic and structure             summary follows
///     MAIN FINDINGS & CONCLUSIONS / Coherence: Overall, …             finding
///     RECOMMENDATIONS, … / Coherence / - 3) In designing …            recommendation, section Coherence
///     | <p>LESSONS LEARNED</p> <ol> 1) … 2) … |                       HTML cell -> blocks -> lessons
///     EMERGING GOOD PRACTICES / Component 3 / Title / Paragraph       good practice
///
/// Every line (and every block of an HTML table cell) is classified first
/// (`SummaryBlock`), then one pass drives the zones (`SummaryZone`) and the items (`SummaryItems`).
struct EvaluationSummaryParser: DocumentParser {
    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        // NB: the ILO owns the page only when the page names it or holds its template's heading (`QUICK FACTS`): a quick
        // fact's label (`Evaluation type:`) is no ILO's.
        let namesILO = Self.namesILO(document.text) || document.lines.contains { Self.templateHeadings.contains(Text.labelKey($0)) }
        if namesILO { doc.organizations = ["ILO"] }
        // NB: an ILO consultancy's advertisement holds quick-fact labels (`Evaluation type:`) too, and a site's listing
        // of evaluations holds them under each (`Document date:` / `Evaluation type:`).
        let content = document.lines.lazy.map { Text.trimmed($0) }.filter { !$0.isEmpty && !PageChrome.isChrome($0) }
        if NotAnEvaluation.opensAsTermsOfReference(content) { throw .notAnEvaluation(NotAnEvaluation.jobAdvertisement) }
        if let records = NotAnEvaluation.recordListing(Array(content.prefix(Self.listingLines))) {
            throw .notAnEvaluation("a listing of \(records) evaluations")
        }
        // NB: a cover written on one line (`ILO EVALUATION Evaluation Title: … Country : Zambia …`) is read a field a line.
        let cover = CoverLines.split(document.lines)
        let lines = cover?.lines ?? document.lines
        guard let titleIndex = PageChrome.titleIndex(lines) else { return doc }
        var start = titleIndex + 1
        switch SummaryBlock.classify(lines[titleIndex]) {
        case .heading(let h) where SummaryZone(heading: h) != .other:
            // NB: a page that opens with `QUICK FACTS` (or another zone heading) has no title line.
            start = titleIndex
        case .field(let label, _) where QuickFacts.fact(forKey: label.utf8) != nil:
            // NB: nor one that opens with its facts (`Evaluation Title: …`).
            start = titleIndex
        default:
            let title = PageChrome.title(lines, at: titleIndex)
            // NB: nor one that opens with its prose (a paragraph: `PageChrome.isParagraph`).
            guard !PageChrome.isParagraph(title.text, longest: PageChrome.titleBound(lines, below: title.end)) else { start = titleIndex; break }
            // NB: a unit's banner glued before the title (`EVALUATION UNIT Decent work …`) is the cover's, not the title's.
            doc.title = Text.nonEmpty(CoverTitle.trimmed(MarkdownText.plain(title.text)))
            start = title.end
        }
        if namesILO { doc.organizations += Self.jointOwners(doc.title) }
        var blocks = SummarySource.blocks(lines, from: start)
        if let numbers = cover?.numbers { for k in blocks.indices { blocks[k].line = numbers[blocks[k].line - 1] } }
        run(blocks, into: &doc, parties: parties)
        if !namesILO {
            let scope = [doc.title, doc.summary].compactMap { $0 }.joined(separator: "\n")
            doc.organizations = OrganizationMentions.find(in: String(scope.prefix(Text.maxScanLength)))
        }
        if doc.countries.isEmpty {
            // NB: country search scans the text once per country; bound it on pathological input.
            let scope = [doc.title, doc.summary].compactMap { $0 }.joined(separator: "\n")
            doc.countries = Text.countries(in: String(scope.prefix(Text.maxScanLength)))
        }
        return doc
    }

    /// Whether a text names the ILO: one of its names (`OrganizationMentions`' patterns of `ILO`: `ILO`, `OIT` in capitals,
    /// `International Labour Organization`), as a word.
    ///
    ///     "ILO EVALUATION …" / "… of the International Labour Office"  -> true;  "Pilot Plans" -> false
    static func namesILO(_ text: String) -> Bool {
        // NB: the text's own bytes are searched for the acronyms (most pages say `ILO`); a lower-cased copy is made
        // only for the names when no acronym is there.
        if ByteText.withUTF8(text, { b in iloPatterns.contains { $0.exactCase && ByteText.firstWordOffset(of: $0.needle, in: b) != nil } }) {
            return true
        }
        let lower = ByteText.lowercased(text.utf8)
        return iloPatterns.contains { !$0.exactCase && ByteText.firstWordOffset(of: $0.needle, in: lower) != nil }
    }

    /// The organizations besides the ILO that own an evaluation its title calls joint (a word of
    /// `SummaryVocabulary.jointWords`): the others the title names. An evaluation two agencies commission or manage
    /// together is both's.
    ///
    ///     "Win-Win … (in co-delegation with UN WOMEN) - Midterm joint evaluation"  -> ["UN Women"]
    ///     "Youth skills in Kenya, with UNDP - Final evaluation"                     -> []
    static func jointOwners(_ title: String?) -> [String] {
        guard let title, ByteText.withUTF8(title, { t in
            jointWords.contains { ByteText.firstWordOffset(of: $0, in: t, foldingCase: true) != nil }
        }) else { return [] }
        return OrganizationMentions.find(in: title).filter { $0 != "ILO" }
    }

    static let jointWords = SummaryVocabulary.jointWords.map { Array($0.utf8) }

    /// The ILO summary template's heading of its facts, as a label key (`QUICK FACTS`, `Búsqueda Rápida`).
    static let templateHeadings: Set<String> = ["quick facts", "búsqueda rápida"]

    static let iloPatterns = OrganizationMentions.patterns.filter { $0.canonical == "ILO" }
    /// Lines of content in which a listing's records are counted, at most.
    static let listingLines = 200

    /// The state machine over classified blocks.
    func run(_ blocks: [SummarySource.Block], into doc: inout ParsedDocument, parties: PartyLexicon) {
        var zone = SummaryZone.front
        var capturing = false
        var summaryParts: [String] = []
        var abstract: [String] = []
        var abstractOpen = true
        var items = SummaryItems()
        let following = Self.following(blocks)
        // NB: `Donors: The Netherlands : US$ 11.10 million` / `United Kingdom : US$ 11.36 million`: a donor a line below.
        var sharesOpen = false
        func readFact(_ label: String, _ value: String, line: Int, afterShare: Bool) {
            if let fact = QuickFacts.fact(forKey: label.utf8) {
                let donors = doc.donors.count
                QuickFacts.apply(fact, value: value, line: line, to: &doc, parties: parties)
                sharesOpen = fact == .donorsAndBudget && doc.donors.count > donors && doc.budget != nil
            } else if afterShare {
                sharesOpen = QuickFacts.donorShare(label, value, to: &doc)
            }
        }
        for (i, block) in blocks.enumerated() {
            let next = following[i]
            let afterShare = sharesOpen
            sharesOpen = false
            if !abstract.isEmpty {
                // NB: the abstract is the first paragraph: text lines without a blank between.
                let continues = if case .text = block.kind { zone == .front && !block.paragraphStart } else { false }
                abstractOpen = abstractOpen && continues
            }
            let opened: String? = switch block.kind {
            case .heading(let h): h
            case .subheading(let s) where Self.switchesZone(s, from: zone): s
            case .text(let t) where Self.headsFacts(t): t
            default: nil
            }
            if let opened {
                zone = SummaryZone(heading: opened)
                capturing = false
                items.enter()
                continue
            }
            switch zone {
            case .quickFacts:
                if case .field(let label, let value) = block.kind { readFact(label, value, line: block.line, afterShare: afterShare) }
            case .front, .background, .other:
                switch block.kind {
                case .subheading(let s):
                    capturing = doc.summary == nil && summaryParts.isEmpty && Self.opensSummary(s)
                    // NB: a page written a paragraph a line reads the disclaimer (`… edited. Acknowledgement`) as a sub-heading.
                    if ReportParser.isDisclaimer(s) { abstractOpen = false }
                case .text(let t), .bullet(let t), .numbered(_, let t):
                    if capturing { summaryParts.append(t) }
                    if zone == .front, abstractOpen, case .text = block.kind {
                        if !abstract.isEmpty || Self.opensAbstract(t) {
                            abstract.append(t)
                        } else if ReportParser.opensPreface(t) || ReportParser.isDisclaimer(t) {
                            // NB: a section that thanks or introduces (`Acknowledgements The …`) is no abstract, nor what follows it;
                            // nor the ILO's disclaimer under the cover, nor the report after it.
                            abstractOpen = false
                        }
                    }
                case .field(let label, let value):
                    if capturing {
                        summaryParts.append("\(label): \(value)")
                    } else if zone == .front {
                        // NB: some pages list the quick facts without their heading.
                        readFact(label, value, line: block.line, afterShare: afterShare)
                    }
                default:
                    break
                }
            case .findings, .recommendations, .lessons, .goodPractices:
                items.feed(block.kind, line: block.line, zone: zone, next: next)
            }
        }
        if !summaryParts.isEmpty {
            doc.summary = Text.nonEmpty(summaryParts.joined(separator: " "))
        } else if !abstract.isEmpty {
            doc.summary = Text.nonEmpty(abstract.joined(separator: " "))
        }
        collect(items.items, into: &doc)
    }

    /// Whether a text line can open the abstract: no document host's chrome (`PageChrome.isChrome`: `Category:`), no bare
    /// label (`Label:`, `ReportParser.labelWords` words at most) whose value the host left out, no section that thanks or
    /// introduces (`ReportParser.opensPreface`), no disclaimer (`ReportParser.isDisclaimer`), no line of no letter (a host's
    /// count of views or pages, `83`), no cover's masthead in any case (`PageVocabulary.mastheadWords`: `OIT - Evaluación`).
    ///
    ///     "Category:" / "Prepared for:" / "2 Acknowledgements The …" / "This evaluation has been conducted according to …"  -> false
    ///     "83" / "OIT - Evaluación"  -> false
    ///     "This evaluation looked at its results."  -> true
    static func opensAbstract(_ text: String) -> Bool {
        if PageChrome.isChrome(text) || ReportParser.opensPreface(text) || ReportParser.isDisclaimer(text) { return false }
        if ByteText.letterWords(ByteText.lowercased(text.utf8)).allSatisfy(PageVocabulary.mastheadWords.contains) { return false }
        return !(text.hasSuffix(":") && ByteText.wordCount(text.utf8) <= ReportParser.labelWords)
    }

    /// Whether a text line is a label heading the quick facts, closed by its colon (`Administrative information:`, the
    /// ILO's older cover sheet; `Quick facts:`): it opens their zone as their heading does.
    ///
    ///     "Administrative information:" -> true;  "Administrative information was kept:" / "Quick facts" -> false
    static func headsFacts(_ text: String) -> Bool {
        text.hasSuffix(":") && ByteText.wordCount(text.utf8) <= 3 && SummaryZone(heading: text) == .quickFacts
    }

    /// For each block, the kind of the next block that is no footnote.
    static func following(_ blocks: [SummarySource.Block]) -> [SummaryBlock?] {
        var out = [SummaryBlock?](repeating: nil, count: blocks.count)
        var next: SummaryBlock?
        for i in blocks.indices.reversed() {
            out[i] = next
            if case .footnote = blocks[i].kind { continue }
            next = blocks[i].kind
        }
        return out
    }

    /// Items to recommendations and findings, `seq` in document order.
    func collect(_ items: [SummaryItems.Item], into doc: inout ParsedDocument) {
        for item in items {
            let text = item.text
            guard !text.isEmpty else { continue }
            if let kind = item.zone.findingKind {
                doc.findings.append(ParsedFinding(kind: kind, section: item.section, title: item.title, text: text))
                continue
            }
            var rec = ParsedRecommendation(text: text)
            rec.section = item.section
            rec.title = item.title
            rec.line = item.line
            doc.recommendations.append(rec)
            let seq = doc.recommendations.count
            if let n = item.number, n != seq {
                doc.diagnostics.append(.warning(line: item.line,
                    "recommendation numbered \(n) is the \(seq). in the document; seq \(seq) kept"))
            }
        }
    }

    /// Whether a sub-heading such as `Lessons learned` opens another item zone.
    ///
    /// NB: inside an item zone only a zone label switches (not an item title such as
    /// `Recommendations from partners matter`), and a `findings` label
    /// (`Main findings & Conclusions` over recommendations) names a source, not a zone.
    static func switchesZone(_ subheading: String, from zone: SummaryZone) -> Bool {
        let named = SummaryZone(heading: subheading)
        guard named.holdsItems, named != zone else { return false }
        if !zone.holdsItems { return zone != .quickFacts }
        return named != .findings && SummaryZone.isLabel(subheading)
    }

    /// `Summary of the project purpose, logic and structure`, `Abstract`, `Project description`.
    static func opensSummary(_ subheading: String) -> Bool {
        let s = ByteText.lowercased(subheading.utf8)[...]
        return ByteText.firstRange(of: Array("summary".utf8), in: s) != nil
            || SummaryVocabulary.summaryOpeners.contains { s.starts(with: $0.utf8) }
    }
}
