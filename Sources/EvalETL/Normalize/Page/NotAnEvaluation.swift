/// Says what a page is when it is no evaluation document, so it becomes a reject a person can act on.
///
///     "Home / About us / Evaluations / Search / Contact"        -> "only site navigation"
///     "Final evaluation of X / Mid-term review of Y / …"         -> "a listing of 12 evaluations"
///     "1. Evaluation of X / 29 October 2020 / The purpose … / 2. …" -> "a listing of 4 evaluations" (each dated)
///     "Evaluation title: / Recommendation 1: / [Insert text]"    -> "an empty template"
///     "Hello world"                                               -> "prose that names no evaluation"
///     "Frequently Asked Questions / 1. Do I need a password …"   -> "a page of the site (Frequently Asked Questions), …"
///     "Ã¿Ð\u{1A}ö¤…" (random bytes read as text)                  -> "no readable text (random bytes?)"
///     "Application Deadline : 07-Nov-21 / Post Level : …"        -> "a job advertisement or terms of reference …"
///     "2012 Biennial Report on Evaluation / The purpose of …"    -> "an evaluation office's annual report, …"
///     "INTERNAL AUDIT DIVISION REPORT 2016/110 Audit of X / …"    -> "an internal audit report, no evaluation"
///     a report in prose                                           -> nil
///
/// Used by the catch-all `report` kind (and the ERC and i-eval parsers for their own pages):
/// a real evaluation in prose names one and has sentences, so it stays a `report` row.
public enum NotAnEvaluation {
    /// Bytes of the page looked at, at most.
    static let scanLimit = 20_000

    /// `PageVocabulary`'s words, as bytes: what a page about an evaluation, a listed evaluation's
    /// title and a line of an empty template hold.
    static let evaluationWords = PageVocabulary.evaluationWords.map { Array($0.utf8) }
    static let titleWords = PageVocabulary.titleWords.map { Array($0.utf8) }
    static let placeholders = PageVocabulary.placeholders.map { Array($0.utf8) }
    static let creditWords = PageVocabulary.creditWords.map { Array($0.utf8) }
    static let jobCues = PageVocabulary.jobCues.map { Array($0.utf8) }
    static let termsTitles = PageVocabulary.termsTitles.map { Array($0.utf8) }
    static let termsHeading = Array(PageVocabulary.termsHeading.utf8)
    static let annexWords = PageVocabulary.annexWords.map { Array($0.utf8) }
    static let evaluationFunctionWords = PageVocabulary.evaluationFunctionWords.map { Array($0.utf8) }
    /// `PageVocabulary.officeReportWords`, each with whether it names evaluation itself (`annual evaluation report`)
    /// or needs `evaluationFunctionWords` beside it (`annual report`).
    static let officeReportWords = PageVocabulary.officeReportWords.map { (Array($0.utf8), $0.contains("evaluation")) }
    static let responseTitles = PageVocabulary.responseTitles.map { Array($0.utf8) }

    /// Lines of content at the top of a page, where its title and cover stand.
    static let openingLines = 12
    /// Bytes of an opening line looked at: a PDF's cover read as one line says what it is early.
    static let openingBytes = 400
    /// Lines of the opening that a title may take (`UNHCR Evaluation Office` / `Annual Report 2022`).
    static let titleLines = 3
    /// Bytes at the start of an opening line below the title in which it names what the page is.
    static let lineStartBytes = 40
    /// Words of a table of contents' entry, at most.
    static let contentsEntryWords = 16
    /// Bytes either side of an `annual report` that `evaluationFunctionWords` stand in to make it an office's.
    static let besideBytes = 60

    /// Why `lines` are no evaluation document, or nil when they may be one.
    public static func reason(_ lines: [Substring]) -> String? {
        var content: [Substring] = []
        var bytes = 0
        var sawChrome = false
        for raw in lines where bytes < scanLimit {
            let line = Text.trimmed(raw)
            if !line.isEmpty, PageChrome.isChrome(line) { sawChrome = true }
            // NB: footers are short; the check is asked of short lines only.
            guard !line.isEmpty, !PageChrome.isChrome(line), line.utf8.count > 80 || !PageFooter.isFooter(line) else { continue }
            content.append(line)
            bytes += line.utf8.count
        }
        guard !content.isEmpty else { return "only page chrome, no content" }
        let words = content.map(wordCount)
        let total = words.reduce(0, +)
        if isRandom(content, words: total) { return "no readable text (random bytes?)" }
        if isBinaryDocument(content) { return "a Word (.doc) file's bytes read as text: save it as text or PDF first" }
        if let listed = hostListing(content) { return "a listing of \(listed) documents (a document host's similar documents)" }
        if let shown = searchResults(content, lines: lines) { return "a listing of a site's search results (\(shown))" }
        // NB: a listing's items are titles; a line of a sentence wrapped over several (a PDF's text) names evaluations too.
        // A title's date and byline (`2023 | Author(s): Evaluation Unit`) is no title.
        let titles = content.indices.filter {
            isEvaluationTitle(content[$0], words: words[$0]) && isItemShaped(content, at: $0) && !isDatedByline(content[$0])
        }
        if titles.count >= 3, titles.reduce(0, { $0 + words[$1] }) * 2 >= total {
            // NB: each evaluation's credit line (`Project: X - Evaluation Consultant: Y`) is not another evaluation,
            // but it counts one whose title names no evaluation (`Gender Action Plan (Full Report)`).
            let listed = titles.count { !ByteText.holdsAny(creditWords, in: content[$0]) }
            return "a listing of \(max(listed, titles.count - listed)) evaluations"
        }
        // NB: a listing that writes a paragraph under each title still dates each one (`29 October 2020`, `2022`).
        let dated = Set(titles.filter { t in content[(t + 1)..<min(t + 3, content.count)].contains(where: isDateLine) }
            .map { Text.labelKey(content[$0]) })
        if dated.count >= 3 { return "a listing of \(dated.count) evaluations" }
        // NB: a site's list may date and credit each title on one line under it (`2023  |  Author(s): X`): two titles so
        // credited are two entries, as two records are (`recordsListed`).
        let credited = Set(titles.filter { t in content[(t + 1)..<min(t + 3, content.count)].contains(where: isDatedByline) }
            .map { Text.labelKey(content[$0]) })
        if credited.count >= recordsListed { return "a listing of \(credited.count) evaluations" }
        if let entries = blurbListing(content, words: words, total: total) { return "a listing of \(entries) entries (a blurb under each date or title)" }
        if let records = recordListing(content) { return "a listing of \(records) evaluations" }
        if isTemplate(content, words: words) { return "an empty template" }
        // NB: a saved site's menus (its chrome beside them) name offices of up to a dozen words, and end no sentence.
        if content.count >= 3, words.allSatisfy({ $0 <= 6 })
            || (sawChrome && words.allSatisfy { $0 <= 12 } && !content.contains { PageChrome.endsSentence(Text.fold($0)) }) {
            return siteNavigation
        }
        if let what = saysWhatItIs(content) { return what }
        // NB: a section's page (`Agreements at Completion Point`) explains what its documents are; one of them names its evaluation.
        let heading = Text.labelKey(content[0])
        if PageVocabulary.sitePageTitles.contains(heading) || PageVocabulary.sectionPageTitles.contains(heading) && titles.isEmpty
            && !content.contains(where: { namesReview($0) }) {
            return "a page of the site (\(Text.fold(content[0]))), no evaluation"
        }
        if !content.contains(where: { ByteText.holdsAny(evaluationWords, in: $0) }) { return "prose that names no evaluation" }
        return nil
    }

    /// A job advertisement or an evaluation office's annual report: pages that name evaluations throughout,
    /// in sentences, so only their own words tell them; nil otherwise. `content`: trimmed lines, no chrome.
    static func saysWhatItIs(_ content: [Substring]) -> String? {
        if isJobAdvertisement(content) { return jobAdvertisement }
        if isAuditReport(content) { return "an internal audit report, no evaluation" }
        // NB: a decision may take note of an office's annual report (`1. Takes note of the annual report on evaluation`).
        if isDecision(content) { return boardDocument }
        if isNewsletter(content) { return "a newsletter's issue (news of evaluations), no evaluation" }
        if isOfficeReport(content) {
            // NB: management's response to the office's report (`Management response to the annual report for 2017 on the
            // evaluation function`) answers no evaluation either; the reason says which of the two it is.
            return titledAsResponse(content) ? "a management response to an evaluation office's annual report, no evaluation"
                : "an evaluation office's annual report, no evaluation"
        }
        if isFollowUpReport(content) { return followUpReport }
        // NB: a governing body's document may present a policy or a plan: the reason names what it presents.
        if isPolicy(content) { return "an evaluation policy, no evaluation" }
        if isWorkPlan(content) { return "a plan of evaluations, no evaluation" }
        if isBoardDocument(content) { return boardDocument }
        if isProcurementNotice(content) { return "a procurement notice (a request for proposals), no evaluation" }
        // NB: a procurement notice quotes the terms of reference it buys (`Les présents termes de référence …`): it is the notice.
        if describesItselfAsTerms(content) { return jobAdvertisement }
        if isQualityReview(content) { return "a quality assessment of an evaluation's report (a review of the report), no evaluation" }
        if isGuidance(content) { return guidance }
        if isNewsItem(content) { return "a news item about an evaluation (an event told in the past), no evaluation" }
        return nil
    }

    /// A Word (`.doc`) file's bytes read as text: its first line of content opens with the file's signature
    /// (`PageVocabulary.binarySignatures`), followed by the file's tables as junk (`ࡱ> Y ;hbjbj h h …`).
    ///
    ///     "\u{0871}> Y ;hbjbj h h Nkbkb … Recommendation No. 1. …"   -> true
    static func isBinaryDocument(_ content: [Substring]) -> Bool {
        binarySignatures.contains { content[0].hasPrefix($0) }
    }

    static let binarySignatures = PageVocabulary.binarySignatures

    /// A guide to evaluations or their management responses: its title names one (`guidanceTitles`, `titleNames`).
    ///
    ///     "Evaluation Handbook" / "IV. G. Management Response" / "The Management Response is …"  -> true
    ///     "Format for an 'Evaluation Inception Report' Version 1." / …                             -> true
    ///     "Evaluation of the programme guidance on child protection"                              -> false
    ///
    /// NB: only lines that end no sentence are titles: a report's first sentence may say it `found the guidance clear`.
    /// A line that opens with a guide's title (`Format for …`, `Handbook …`) is one, its version's `1.` at the end.
    static func isGuidance(_ content: [Substring]) -> Bool {
        let titles = content.prefix(titleLines).filter { line in
            !PageChrome.endsSentence(Text.fold(line))
                || ByteText.withUTF8(line) { b in guidanceTitles.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
        }
        return titleNames(guidanceTitles, titles) || prescribes(content)
    }

    /// A page that says what management responses and recommendations should be, in general: `prescriptionsNeeded`
    /// sentences or more open with `guidanceCues` (`Recommendations should be …`, `The management response must …`),
    /// and no line of its opening (`titleLines`) names an evaluation of something (`policyReviewWords`: `evaluation of`).
    ///
    ///     "Recommendation compliance" / "Recommendations should be anchored in … . Recommendations should pay …"  -> true
    ///     "Management response to the evaluation of X" / "The management response should be read with …" / …  -> false
    ///
    /// NB: a report or a response may say once how its recommendations should be read; only a page of such rules says
    /// two, and sentences that open with them (a recommendation's own text: `UNDP should ensure that recommendations should …`).
    static func prescribes(_ content: [Substring]) -> Bool {
        guard !content.prefix(titleLines).contains(where: { namesReview($0) }) else { return false }
        var found = 0
        for line in content {
            found += sentenceOpenings(guidanceCues, in: line)
            if found >= prescriptionsNeeded { return true }
        }
        return false
    }

    /// Sentences opening with `guidanceCues` that make a page guidance, at least.
    static let prescriptionsNeeded = 2

    /// How many times one of `needles` (lower-case) stands in `line` at a sentence's start: the line's, or after `.`, `!`, `?`
    /// and a space.
    static func sentenceOpenings(_ needles: [[UInt8]], in line: Substring) -> Int {
        ByteText.withUTF8(line) { b in
            var count = 0
            for needle in needles {
                var from = 0
                while let at = ByteText.firstOffset(of: needle, in: b, from: from, foldingCase: true) {
                    var j = at
                    while j > 0, b[j - 1] == 0x20 { j -= 1 }
                    if j == 0 || (j < at && (b[j - 1] == UInt8(ascii: ".") || b[j - 1] == UInt8(ascii: "!") || b[j - 1] == UInt8(ascii: "?"))) {
                        count += 1
                    }
                    from = at + needle.count
                }
            }
            return count
        }
    }

    /// A news item: a short page (`newsWords` words at most) that tells an event past (two `newsCues`).
    ///
    ///     "L'atelier de validation du rapport … s'est tenu le jeudi 10 août 2023 à Dakar."  -> true
    ///     a report's methodology: "A validation workshop was held on 3 May." … (thousands of words) -> false
    ///
    /// NB: a report may tell its own validation workshop; only a page of a few paragraphs is the news of one.
    static func isNewsItem(_ content: [Substring]) -> Bool {
        // NB: a long page is told at its `newsWords`th word, not counted to its end.
        var words = 0
        for line in content {
            words += wordCount(line)
            if words > newsWords { return false }
        }
        // NB: one cue is no news: an evaluation's own summary says who took part, or that its workshop was held.
        return newsCues.count { cue in content.contains { ByteText.holdsAny([cue], in: $0) } } >= newsCuesNeeded
    }

    /// A newsletter's issue: a short line of the opening (`openingLines`; `policyTitleWords` words at most) names one
    /// (`PageVocabulary.newsletterTitles`), and it or the line below it names its issue with a number (`newsletterIssueWords`).
    ///
    ///     "Evaluation Matters" / "WHO Evaluation News: Issue 13, December 2024"   -> true
    ///     "Evaluation news" / "Issue n. 8"                                          -> true
    ///     "Subscribe to our newsletter" / "The evaluation found …"                  -> false (no issue)
    ///
    /// NB: a site's menu may offer its newsletter above an evaluation's page; only an issue's masthead numbers it.
    static func isNewsletter(_ content: [Substring]) -> Bool {
        let opening = content.prefix(openingLines)
        return opening.indices.contains { i in
            guard wordCount(opening[i]) <= policyTitleWords, ByteText.holdsAny(newsletterTitles, in: opening[i]) else { return false }
            return opening[i...].prefix(2).contains { line in
                wordCount(line) <= policyTitleWords && ByteText.holdsAny(newsletterIssueWords, in: line) && line.utf8.contains(where: ByteText.isDigit)
            }
        }
    }

    static let newsletterTitles = PageVocabulary.newsletterTitles.map { Array($0.utf8) }
    static let newsletterIssueWords = PageVocabulary.newsletterIssueWords.map { Array($0.utf8) }

    /// Different `newsCues` a news item tells, at least.
    static let newsCuesNeeded = 2

    /// Words of a news item, at most.
    static let newsWords = 500

    static let guidanceTitles = PageVocabulary.guidanceTitles.map { Array($0.utf8) }
    static let guidanceCues = PageVocabulary.guidanceCues.map { Array($0.utf8) }
    static let newsCues = PageVocabulary.newsCues.map { Array($0.utf8) }

    /// A governing body's meeting document that is no evaluation's report nor the response to one: two `boardCues` in the
    /// opening lines (`openingLines`, whole), and no `boardEvaluationWords` in its first `boardLines` (a response names what it
    /// responds to below the Board's note: `This document presents the Secretariat's response to the recommendations of …`).
    ///
    ///     "Summary findings of the independent evaluation of the evaluation function" / "… the Governing Body is provided
    ///     with …" / "Meeting document | 28 February 2017"                                   -> true
    ///     "E Executive Board … Agenda item 7 Distribution: GENERAL … SUMMARY EVALUATION REPORT—X …"  -> false (a report)
    ///
    /// NB: an evaluation's report may say once that it goes to the Board `for consideration`; only a second cue tells
    /// the Board's own document. A decision (`isDecision`, asked first) is one whatever it names: it takes note of a
    /// report or a response.
    static func isBoardDocument(_ content: [Substring]) -> Bool {
        let opening = content.prefix(openingLines)
        guard boardCues.count(where: { cue in opening.contains { ByteText.holdsAny([cue], in: $0) } }) >= 2 else { return false }
        return !content.prefix(boardLines).contains { ByteText.holdsAny(boardEvaluationWords, in: $0) }
            && !content.prefix(boardTitleLines).indices.contains { titlesOneEvaluation(content[$0], words: wordCount(content[$0])) }
    }

    /// Whether a line of a board document's cover is one evaluation's title: it names an evaluation (`isEvaluationTitle`) of
    /// something (`namesReview`: `Evaluation of`, `Review of`), and opens naming it, one (a `titleWords` word that ends in no
    /// `s` among its first `titleOpeningWords` words).
    ///
    ///     "Evaluation of UNDP support to poverty reduction"         -> true
    ///     "Formative evaluation of the X programme"                  -> true
    ///     "Summary findings of the independent evaluation of X"    -> false (a summary of its findings)
    ///     "High-level evaluations of strategies and programmes"     -> false (of many)
    static func titlesOneEvaluation(_ line: Substring, words: Int) -> Bool {
        guard isEvaluationTitle(line, words: words), !PageChrome.endsSentence(Text.fold(line)), namesReview(line) else { return false }
        return line.split(separator: " ", maxSplits: titleOpeningWords).prefix(titleOpeningWords).contains { word in
            word.last != "s" && ByteText.holdsAny(titleWords, in: word)
        }
    }

    /// Words at the start of a board document's title among which it names its evaluation, at most (`Formative evaluation of`).
    static let titleOpeningWords = 3

    /// Lines of content in which a board document's cover sets its title below its header, at most (`E/ICEF/2019/14` / `Distr.
    /// general` / … / `Tema 8 del programa provisional` / `Informe anual de 2018 sobre la función de evaluación`).
    static let boardTitleLines = 20

    /// A governing body's decision: a line of the opening (`openingLines`) opens with `PageVocabulary.decisionOpenings`
    /// (`The Executive Board`), numbered operative clauses follow it (`decisionClausesNeeded` or more, `isOperativeClause`),
    /// and it and they (to the last clause) hold most of the page's words.
    ///
    ///     "Evaluation (X)" / "The Executive Board" / "1. Takes note of the report on evaluation;" / "2. Welcomes …"  -> true
    ///     "Management response to the evaluation of X" / "The Executive Board may wish to take note of …" / …       -> false
    ///
    /// NB: a board document's cover may propose a decision above the report or response it presents (`Recommended
    /// decision` / `The Board, having reviewed …`): that page's words are mostly below it, in the document.
    static func isDecision(_ content: [Substring]) -> Bool {
        guard let opening = content.prefix(openingLines).firstIndex(where: { line in
            ByteText.withUTF8(line) { b in decisionOpenings.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
        }) else { return false }
        let clauses = content[opening...].indices.filter { isOperativeClause(content[$0]) }
        guard clauses.count >= decisionClausesNeeded, let last = clauses.last else { return false }
        let words = content[opening...last].reduce(0) { $0 + wordCount($1) }
        return words * 2 >= content.reduce(0) { $0 + wordCount($1) }
    }

    /// A decision's numbered clause: a number, `.` or `)`, and one of `PageVocabulary.decisionClauses` (`2. Welcomes …`).
    ///
    ///     "1. Takes note of the periodic report on evaluation;"  -> true
    ///     "1. The evaluation notes that …"                       -> false
    static func isOperativeClause(_ line: Substring) -> Bool {
        ByteText.withUTF8(line) { b in
            var i = 0
            while i < b.count, ByteText.isDigit(b[i]) { i += 1 }
            guard i > 0, i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") else { return false }
            i += 1
            while i < b.count, b[i] == 0x20 { i += 1 }
            let rest = UnsafeBufferPointer(rebasing: b[i...])
            return decisionClauses.contains { ByteText.prefixLength(of: rest, lowercasedTo: $0) != nil }
        }
    }

    /// Operative clauses of a decision, at least.
    static let decisionClausesNeeded = 2

    static let decisionOpenings = PageVocabulary.decisionOpenings.map { Array($0.utf8) }
    static let decisionClauses = PageVocabulary.decisionClauses.map { Array($0.utf8) }

    /// The reason of a governing body's document (`isBoardDocument`, `isDecision`).
    static let boardDocument = "a governing body's meeting document about evaluation (no evaluation's report), no evaluation"

    /// Lines of content in which a board document names the evaluation's report or response it is, at most.
    static let boardLines = 60

    static let boardCues = PageVocabulary.boardCues.map { Array($0.utf8) }
    static let boardEvaluationWords = PageVocabulary.boardEvaluationWords.map { Array($0.utf8) }

    /// A procurement notice: two `procurementCues` in the opening lines (`openingLines`, `openingBytes` of each).
    ///
    ///     "Procurement Process :RFP - Request for proposal" / "Deadline :27-Sep-19"   -> true
    ///     "The evaluation was procured through a request for proposals in 2019."     -> false (one cue)
    static func isProcurementNotice(_ content: [Substring]) -> Bool {
        let opening = content.prefix(openingLines).map { ByteText.prefix($0, scalars: openingBytes) }
        return procurementCues.count { cue in opening.contains { ByteText.holdsAny([cue], in: $0) } } >= 2
    }

    /// An evaluation policy: its title names one (`policyTitles`, `titleNames`).
    ///
    ///     "Search Documents" / "UNICEF Evaluation Policy (2018)"        -> true
    ///     "Evaluation of the UNICEF evaluation policy"                   -> false
    static func isPolicy(_ content: [Substring]) -> Bool { titleNames(policyTitles, content) || coverNames(policyTitles, content) }

    /// A plan of evaluations: its title names one (`workPlanTitles`, `titleNames`).
    ///
    ///     "Évaluations 2019-2021 – plan de travail indicatif à horizon mobile"              -> true
    ///     "Transitional biennial budgeted evaluation plan, 2014-2015"                       -> true (`namesDatedPlan`)
    ///     "… The office prepares a biennial evaluation work plan and budget, approved by …" -> false (a sentence)
    ///     "PC 127/6 … Rome (Italie), 4-8 novembre 2019 Évaluations 2020-2022 – Plan de travail indicatif … Résumé Le …"
    ///         -> true (a cover read as one line: `coverNames`)
    static func isWorkPlan(_ content: [Substring]) -> Bool {
        titleNames(workPlanTitles, content) || coverNames(workPlanTitles, content) || heads(content).contains { line in
            wordCount(line) <= policyTitleWords && !namesReview(line) && namesDatedPlan(line)
        }
    }

    /// Whether `line` holds one of `PageVocabulary.datedPlanTitles` followed by a year, with only spaces and punctuation
    /// between: `evaluation plan, 2014-2015`, `Evaluation Plan 2020`.
    ///
    ///     "Budgeted evaluation plan, 2014-2015"          -> true
    ///     "Evaluation plan for the water project 2014"   -> false
    static func namesDatedPlan(_ line: Substring) -> Bool {
        ByteText.withUTF8(line) { b in
            datedPlanTitles.contains { title in
                var from = 0
                while let at = ByteText.firstOffset(of: title, in: b, from: from, foldingCase: true) {
                    var i = at + title.count
                    while i < b.count, b[i] < 0x80, !ByteText.isAlphanumeric(b[i]) { i += 1 }
                    var digits = 0
                    while i + digits < b.count, ByteText.isDigit(b[i + digits]) { digits += 1 }
                    if digits == 4 { return true }
                    from = at + 1
                }
                return false
            }
        }
    }

    static let datedPlanTitles = PageVocabulary.datedPlanTitles.map { Array($0.utf8) }

    /// An internal audit's report: its title (the first `titleLines`, `openingBytes` of each) names an audit
    /// (`PageVocabulary.auditTitles`) and no evaluation or review of anything (`policyReviewWords`).
    ///
    ///     "INTERNAL AUDIT DIVISION REPORT 2016/110 Audit of property management at the mission"   -> true
    ///     "Internal Audit of the Country Office" / "Office of Internal Audit and Investigations"  -> true
    ///     "Joint evaluation of the audit function" / …                                             -> false
    static func isAuditReport(_ content: [Substring]) -> Bool {
        let title = content.prefix(titleLines).map { ByteText.prefix($0, scalars: openingBytes) }
        return title.contains { ByteText.holdsAny(auditTitles, in: $0) } && !title.contains { namesReview($0) }
    }

    static let auditTitles = PageVocabulary.auditTitles.map { Array($0.utf8) }

    /// A quality assessment of one evaluation's report: a title line (the first `titleLines`, `openingBytes` of each) names
    /// one (`PageVocabulary.qualityReviewTitles`) before any evaluation it names, and no title line names a synthesis of many
    /// (`metaEvaluationWords`).
    ///
    ///     "GEROS Review Template - Real Time Evaluation of the Response to X"   -> true
    ///     "2015 Global: GEROS - Global Meta-Evaluation Report 2014"             -> false (a meta-evaluation, a report)
    ///     "Evaluation of the data quality assessment tools"                      -> false (an evaluation of them)
    static func isQualityReview(_ content: [Substring]) -> Bool {
        let title = content.prefix(titleLines).map { ByteText.prefix($0, scalars: openingBytes) }
        guard !title.contains(where: { ByteText.holdsAny(metaEvaluationWords, in: $0) }) else { return false }
        return title.contains { line in
            ByteText.withUTF8(line) { b in
                guard let review = qualityReviewTitles.compactMap({ ByteText.firstOffset(of: $0, in: b, foldingCase: true) }).min() else {
                    return false
                }
                let evaluation = policyReviewWords.compactMap { ByteText.firstWordOffset(of: $0, in: b, foldingCase: true) }.min()
                return evaluation.map { review < $0 } ?? true
            }
        }
    }

    static let qualityReviewTitles = PageVocabulary.qualityReviewTitles.map { Array($0.utf8) }
    static let metaEvaluationWords = PageVocabulary.metaEvaluationWords.map { Array($0.utf8) }

    /// Whether a title line of the opening (`heads`, of `policyTitleWords` words at most; of a host's heading `title · snippet`,
    /// the part before its ` · `) holds one of `words` and no evaluation or review of it (`namesReview`).
    ///
    ///     "Home > Documents > The GEF Evaluation Policy · Independent Evaluation Office (IEO) to the Council …"  -> true
    ///
    /// NB: a title is short; a sentence of the opening may name the policy or the plan the evaluation follows.
    static func titleNames(_ words: [[UInt8]], _ content: [Substring]) -> Bool {
        heads(content).contains { line in
            let title = PageChrome.middleDot(in: line).map { line[..<$0.lowerBound] } ?? line
            return wordCount(title) <= policyTitleWords && ByteText.holdsAny(words, in: title) && !namesReview(title)
        }
    }

    /// Whether a cover read as one line (a title line of the opening, `heads`, longer than a title) sets one of `words` in its
    /// title: in its first `coverBytes`, the summary's heading (`PageVocabulary.coverSummaryHeadings`, as written) within
    /// `policyTitleWords` words after it and no sentence's end between, and no evaluation or review (`namesReview`) in the
    /// `policyTitleWords` words before it.
    ///
    ///     "… Rome (Italie), 4-8 novembre 2019 Évaluations 2020-2022 – Plan de travail indicatif à horizon mobile Résumé Le …"
    ///         -> true
    ///     "… Evaluation of the evaluation work plan Summary The …" / "… the office's evaluation work plan. Summary …"  -> false
    static func coverNames(_ words: [[UInt8]], _ content: [Substring]) -> Bool {
        heads(content).contains { line in
            guard wordCount(line) > policyTitleWords else { return false }
            let cover = ByteText.prefix(line, scalars: coverBytes)
            return words.contains { needle in
                guard let at = ByteText.withUTF8(cover, { ByteText.firstOffset(of: needle, in: $0, foldingCase: true) }) else {
                    return false
                }
                let start = cover.utf8.index(cover.startIndex, offsetBy: at)
                guard !namesReview(cover[..<start].split(separator: " ").suffix(policyTitleWords).joined(separator: " ")[...]) else {
                    return false
                }
                for word in cover[start...].split(separator: " ").prefix(policyTitleWords) {
                    if PageVocabulary.coverSummaryHeadings.contains(String(word)) { return true }
                    if PageChrome.endsSentence(String(word)) { return false }
                }
                return false
            }
        }
    }

    /// Scalars of a cover read as one line in which it sets its title (after a publisher's notice: `Le code QR peut être
    /// utilisé pour télécharger le présent document …`).
    static let coverBytes = 800

    /// The first `titleLines` lines of `content` that hold a word (`PageChrome.holdsWord`): a line of none (a host's page count
    /// `10`, its arrows `←`) names no page.
    static func heads(_ content: [Substring]) -> [Substring] {
        Array(content.lazy.filter { PageChrome.holdsWord($0) }.prefix(titleLines))
    }

    /// Whether `text` names an evaluation or review of something (`policyReviewWords` as whole words: `Evaluation of X`, never
    /// the `Evaluation Office`).
    static func namesReview(_ text: Substring) -> Bool {
        ByteText.withUTF8(text) { b in policyReviewWords.contains { ByteText.firstWordOffset(of: $0, in: b, foldingCase: true) != nil } }
    }

    /// Words of an evaluation policy's or plan's title, at most.
    static let policyTitleWords = 12

    static let procurementCues = PageVocabulary.procurementCues.map { Array($0.utf8) }
    static let policyTitles = PageVocabulary.policyTitles.map { Array($0.utf8) }
    static let policyReviewWords = PageVocabulary.policyReviewWords.map { Array($0.utf8) }
    static let workPlanTitles = PageVocabulary.workPlanTitles.map { Array($0.utf8) }

    static let jobAdvertisement = "a job advertisement or terms of reference for an evaluator, no evaluation"

    /// Whether one of the opening lines of `content` (trimmed, no chrome) titles terms of reference or a call
    /// for an evaluator (`isTermsTitle`: `Consultancy: Independent Mid-term Evaluation …`).
    ///
    /// NB: the ILO summary asks only this, of its opening: a consultancy's advertisement holds its quick-fact
    /// labels (`Evaluation type:`), and a search of every summary's text for job cues cost a tenth of a run.
    static func opensAsTermsOfReference<C: Collection<Substring>>(_ content: C) -> Bool {
        content.prefix(openingLines).contains(where: isTermsTitle)
    }

    /// The reason of a guide to evaluations or their management responses (`isGuidance`).
    static let guidance = "guidance on evaluations or their management responses (a handbook, a procedure), no evaluation"

    /// The reason of a page that is only a site's menus.
    static let siteNavigation = "only site navigation"

    /// An ERC or i-eval page read as its kind that still holds no evaluation.
    static func reason(fieldsPage doc: ParsedDocument, fields: Int, units: Int) -> String? {
        if units >= 2 { return "a listing of \(units) evaluations" }
        let hasContent = doc.recommendations.contains { !$0.text.isEmpty || !$0.actions.isEmpty }
            || !doc.findings.isEmpty || !doc.roles.isEmpty
        if doc.title == nil, doc.office == nil, fields == 0, !hasContent { return "an empty template" }
        return nil
    }

    /// A report its parser read nothing from: no title, office, summary, organization, country, date, recommendation,
    /// finding nor party. Such a row tells a user nothing; the page is a fragment cut from one (a GATE page's numbered
    /// recommendations saved apart from its header: `1. Négocier … 7. Assurer …` / `*Comments`).
    static func reason(report doc: ParsedDocument) -> String? {
        guard doc.title == nil, doc.office == nil, doc.summary == nil, doc.organizations.isEmpty, doc.countries.isEmpty,
              doc.evaluationDate == nil, doc.periodEnd == nil, doc.recommendations.isEmpty, doc.findings.isEmpty, doc.roles.isEmpty
        else { return nil }
        return "nothing read: no title, summary or recommendation (a fragment of a page? save the whole page)"
    }

    /// Words of a line, split at any space (`spaceWidth`).
    static func wordCount(_ line: Substring) -> Int {
        ByteText.withUTF8(line) { b in
            var words = 0
            var i = 0
            var inWord = false
            while i < b.count {
                let space = spaceWidth(b, at: i)
                if space == 0 && !inWord { words += 1 }
                inWord = space == 0
                i += max(1, space)
            }
            return words
        }
    }

    /// The byte length of the space, tab or other white space (`Scalars.whitespaceWidth`) at byte `i`, or 0.
    ///
    /// NB: any space separates words (exports write NBSP for every space).
    private static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        b[i] < 0x80 ? (b[i] == 0x20 || b[i] == 0x09 ? 1 : 0) : Scalars.whitespaceWidth(b, at: i)
    }

    /// How many other documents a document host lists under its `Similar documents` heading
    /// (`PageVocabulary.otherDocumentsHeadings`) when the page is only that list below its title: the heading stands within
    /// the first `titleLines` lines of content and `hostListed` lines or more follow it; nil otherwise.
    ///
    ///     "Management response to X" / "Similar documents" / "EVALUATION REPORTS. Agenda item 6" / … (30 titles)  -> 30
    ///     a report's transcription / … / "Similar documents" / …                                               -> nil
    static func hostListing(_ content: [Substring]) -> Int? {
        guard let h = content.prefix(titleLines).firstIndex(where: { PageVocabulary.otherDocumentsHeadings.contains(Text.labelKey($0)) }),
              content.count - h - 1 >= hostListed else { return nil }
        return content.count - h - 1
    }

    /// The count a site's search results show in the page's opening (`openingLines`): a line opening with
    /// `PageVocabulary.searchCountOpenings` and then `N - M of K` (`searchRangeWords`, `searchTotalWords`), or a line
    /// `N results found` (`resultsFound`); nil otherwise.
    ///
    ///     "Showing 31 - 40 of 1191Project Title | …"   -> "31 - 40 of 1191"
    ///     "104" / "results found" / "Date:" / …         -> "104 results found"
    ///     "Showing the results of 12 evaluations"      -> nil
    static func searchResults(_ content: [Substring], lines: [Substring]) -> String? {
        for line in content.prefix(openingLines) {
            if let found = resultsFound(line, lines: lines) { return found }
            // NB: asked of every page screened: a line whose first letter opens none of the openings is passed over unread.
            guard let first = line.utf8.first, searchCountFirstBytes.contains(ByteText.lower(first)) else { continue }
            let lower = ByteText.lowercased(ByteText.prefix(line, scalars: lineStartBytes))
            guard let opening = PageVocabulary.searchCountOpenings.first(where: { lower.hasPrefix($0) }) else { continue }
            // NB: the count may run into the table below it with no space (`of 1191Project Title`).
            var words = lower.dropFirst(opening.count).split(separator: " ")[...]
            guard let from = words.popFirst(), from.allSatisfy(isCountCharacter),
                  let dash = words.popFirst(), PageVocabulary.searchRangeWords.contains(String(dash)),
                  let to = words.popFirst(), to.allSatisfy(isCountCharacter),
                  let of = words.popFirst(), PageVocabulary.searchTotalWords.contains(String(of)),
                  let total = words.popFirst().map({ $0.prefix(while: isCountCharacter) }), !total.isEmpty else { continue }
            return "\(from) - \(to) of \(total)"
        }
        return nil
    }

    /// A short line saying how many results a site's search found: `104 results found` (`PageVocabulary.searchFoundEndings`),
    /// its count alone on the line above it (`104` / `results found`: a number alone is read as a footer, no content,
    /// so it is looked for in `lines`), or none.
    ///
    ///     "12 résultats trouvés"                 -> "12 résultats trouvés"
    ///     "Key results found"                    -> nil
    static func resultsFound(_ line: Substring, lines: [Substring]) -> String? {
        guard line.utf8.count <= lineStartBytes, let last = line.utf8.last, searchFoundLastBytes.contains(ByteText.lower(last)) else { return nil }
        let lower = ByteText.lowercased(line)
        guard let ending = PageVocabulary.searchFoundEndings.first(where: { lower.hasSuffix($0) }) else { return nil }
        var count = Text.trimmed(lower.dropLast(ending.count))
        if count.isEmpty, let at = lines.firstIndex(where: { Text.trimmed($0) == line }),
           let above = lines[..<at].last(where: { !Text.trimmed($0).isEmpty }) {
            count = Text.trimmed(above)
        }
        guard count.allSatisfy(isCountCharacter) else { return nil }
        return count.isEmpty ? ending : "\(count) \(ending)"
    }

    static let searchFoundLastBytes = Set(PageVocabulary.searchFoundEndings.map { $0.utf8.last! })

    static let searchCountFirstBytes = Set(PageVocabulary.searchCountOpenings.map { $0.utf8.first! })

    /// A digit of a count, or its thousands' `,`: `1,191`.
    static func isCountCharacter(_ c: Character) -> Bool { c.isNumber || c == "," }

    /// Lines under a host's `Similar documents` heading that make the page its list, at least.
    static let hostListed = 5

    /// How many evaluations a page lists as records of labelled fields (`Document date: 2022` / `Evaluation type: Country` /
    /// `Region: …` under each title): a label whose value is a date or a year (`isDateLine`) stands with `recordsListed`
    /// different dates or more, and another label as often; nil otherwise. One evaluation's page labels each field once
    /// (a page that repeats its own facts repeats their date).
    ///
    ///     "A / Document date: 2022 / Evaluation type: Country / B / Document date: 2024 / Evaluation type: Global"  -> 2
    ///     "Evaluation date: 01/2019 / Evaluation type: Final / …"                                                -> nil
    static func recordListing(_ content: [Substring]) -> Int? {
        // NB: asked of every page screened: its short labelled lines are found in their bytes, and labels are
        // counted only on a page where two of them hold a date.
        let fields = content.compactMap { line -> (label: Substring, value: Substring)? in
            guard line.utf8.count <= recordLineBytes,
                  let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: recordLineBytes, of: line) else { return nil }
            let label = line[..<colon]
            guard ByteText.wordCount(label.utf8) <= recordLabelWords, !label.utf8.contains(where: ByteText.isDigit) else { return nil }
            return (label, Text.trimmed(line[line.index(after: colon)...]))
        }
        let datedFields = fields.filter { isDateLine($0.value) }
        guard datedFields.count >= recordsListed else { return nil }
        var dated: [String: Set<String>] = [:]
        for f in datedFields { dated[Text.labelKey(f.label), default: []].insert(Text.labelKey(f.value)) }
        dated[""] = nil
        guard let n = dated.values.map(\.count).max(), n >= recordsListed else { return nil }
        var counts: [String: Int] = [:]
        for f in fields { counts[Text.labelKey(f.label), default: 0] += 1 }
        guard counts.contains(where: { !$0.key.isEmpty && dated[$0.key] == nil && $0.value >= n }) else { return nil }
        return n
    }

    /// How many entries a page lists as a head and a paragraph under it (`blurbWords` or more), when there are
    /// `blurbsListed` or more and they hold most of the page's words: a head is a date alone on its line (`isDateLine`), or a
    /// list's mark alone on its line (`listMarks`) over a title naming an evaluation (`isEvaluationTitle`, `isItemShaped`),
    /// or such a title over a teaser (`isTeaser`: a blurb cut `…`, or a `Read more` link under it, counted with the entry).
    ///
    ///     "18/02/2025" / "The project has high relevance …" / "14/02/2025" / "The evaluation makes eight …" / …   -> 5
    ///     "-" / "High-level evaluation of X (2020-22)" / "This high-level evaluation provides …" / "-" / …         -> 5
    ///     "Evaluation of X (3/2016)" / "The report provides … It notes the effectiveness…" / "+ Read now" / …        -> 4
    ///     "Purpose of the evaluation" / "The evaluation assesses …" / "Scope of the evaluation" / …               -> nil
    ///
    /// NB: a report's headings stand over paragraphs too; a listing's dates, the marks a site's list leaves alone on
    /// their lines, or its teasers tell its entries. A PDF's bullet alone on its line stands over an item, no evaluation's title.
    static func blurbListing(_ content: [Substring], words: [Int], total: Int) -> Int? {
        var entries = 0, listed = 0
        var i = 0
        while i + 1 < content.count {
            // NB: the blurb's length is asked first: most lines stand over no paragraph, and a date is read only over one.
            let head = listMarks.contains(content[i]) ? 2 : 1
            guard i + head < content.count, words[i + head] >= blurbWords,
                  head == 2 ? isEvaluationTitle(content[i + 1], words: words[i + 1]) && isItemShaped(content, at: i + 1)
                      : isDateLine(content[i]) || isEvaluationTitle(content[i], words: words[i]) && isTeaser(content, at: i + 1)
                          && isItemShaped(content, at: i)
            else {
                i += 1
                continue
            }
            let link = i + head + 1 < content.count && isReadMore(content[i + head + 1]) ? 1 : 0
            entries += 1
            listed += words[i...(i + head + link)].reduce(0, +)
            i += head + link + 1
        }
        return entries >= blurbsListed && listed * 2 >= total ? entries : nil
    }

    /// Whether line `i` is a listing's teaser: cut short (`…`, `...` at its end), or a link to the rest under it (`isReadMore`).
    static func isTeaser(_ content: [Substring], at i: Int) -> Bool {
        content[i].hasSuffix("…") || content[i].hasSuffix("...") || i + 1 < content.count && isReadMore(content[i + 1])
    }

    /// Whether a line is only a link to the rest of an entry (`PageVocabulary.readMoreLinks`: `+ Read now`, `Read more »`).
    static func isReadMore(_ line: Substring) -> Bool {
        line.utf8.count <= readMoreBytes && PageVocabulary.readMoreLinks.contains(Text.labelKey(ByteText.trimming(line, anyOf: "+»›→> ")))
    }

    /// Bytes of a `Read more` link's line, at most.
    static let readMoreBytes = 24

    /// Entries of a listing of blurbs, at least; words of a blurb, at least.
    static let blurbsListed = 3
    static let blurbWords = 12
    static let listMarks = Set(PageVocabulary.listMarks.map { Substring($0) })

    /// Records of a listing of labelled fields, at least.
    static let recordsListed = 2
    /// Bytes of a record's field line, at most; words of its label, at most.
    static let recordLineBytes = 120
    static let recordLabelWords = 3

    /// A short line naming an evaluation, as a list of them shows each (`Final evaluation of X`).
    static func isEvaluationTitle(_ line: Substring, words: Int) -> Bool {
        // NB: a label (`Evaluation Plan:`) is no title; titles run to four words at least.
        guard (4...30).contains(words), line.last != ":", line.last != "." || words <= 12 else { return false }
        return ByteText.holdsAny(titleWords, in: line)
    }

    /// Whether line `i` of `content` (trimmed, no chrome) stands whole, as a listing's item does: it does not open in
    /// lower case (`opensLowercase`) nor end open (`endsOpen`: on `,` or on a word a sentence goes on after), the line
    /// above does not end open, and the line below does not go on in lower case from it unless it ends a sentence; and it
    /// is no field (`isField`), sentence (`isSentence`) nor a decision's clause (`isOperativeClause`: `1. Takes note of …`).
    ///
    ///     "Final evaluation of X" / "Mid-term review of Y"                                   -> true (each)
    ///     "The evaluation team visited four" / "districts. The review found that …"          -> false (each)
    ///     "… the role of the evaluation unit is one of" / "Quality assurance …"              -> false (each)
    ///     "Evaluation Manager: Jane Doe" / "The evaluation assessed the project."           -> false (each)
    static func isItemShaped(_ content: [Substring], at i: Int) -> Bool {
        let line = content[i]
        if opensLowercase(line) || endsOpen(line) || isField(line) || isSentence(line) || isOperativeClause(line) { return false }
        if i > 0, endsOpen(content[i - 1]) { return false }
        // NB: a date under a title may open in lower case (`juin 2018`).
        if i + 1 < content.count, opensLowercase(content[i + 1]), !PageChrome.endsSentence(Text.fold(line)), !isDateLine(content[i + 1]) {
            return false
        }
        return true
    }

    /// Whether a line is one evaluation's field: a short label (`recordLabelWords` words at most) whose last word names no
    /// evaluation, and a value that names none (`titleWords`). A listing's credit line (`creditWords`) stands for its
    /// evaluation and is no field.
    ///
    ///     "Evaluation Manager: Jane Doe"                         -> true
    ///     "Kenya: Final evaluation of the water project"          -> false (its value is a title)
    ///     "Mid-term Review: Justice Sector Support"              -> false (its label is the evaluation)
    ///     "Evaluation consultant: Ana Ruiz"                      -> false (a credit line)
    static func isField(_ line: Substring) -> Bool {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: recordLineBytes, of: line),
              wordCount(line[..<colon]) <= recordLabelWords,
              let last = line[..<colon].split(separator: " ").last, !ByteText.holdsAny(titleWords, in: last) else { return false }
        return !ByteText.holdsAny(titleWords, in: line[line.index(after: colon)...]) && !ByteText.holdsAny(creditWords, in: line)
    }

    /// Whether a line is a sentence: it ends one (`.`, `!`, `?`) and opens with a subject's first word
    /// (`PageVocabulary.sentenceOpeners`: `The evaluation assessed …`).
    ///
    ///     "The evaluation assessed the project's results."    -> true
    ///     "Evaluation of the water project."                  -> false
    static func isSentence(_ line: Substring) -> Bool {
        guard let last = line.unicodeScalars.last, last == "." || last == "!" || last == "?",
              let first = line.split(separator: " ", maxSplits: 1).first else { return false }
        return PageVocabulary.sentenceOpeners.contains(ByteText.lowercased(first))
    }

    /// Whether a line opens with a lower-case letter: the rest of a sentence from the line above.
    static func opensLowercase(_ line: Substring) -> Bool {
        line.unicodeScalars.first.map(Scalars.isLowercase) ?? false
    }

    /// Whether a line ends where no sentence nor title ends: on `,`, or on a word a sentence goes on after
    /// (`PageVocabulary.openLineEnds`, as written: `of`, `the`, `and`).
    ///
    ///     "… is one of" -> true;  "Final evaluation of X" -> false;  "Evaluation of Component A" -> false
    static func endsOpen(_ line: Substring) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        if last == "," { return true }
        let word = line.unicodeScalars.reversed().prefix { !Scalars.isWhitespace($0) }
        return word.count <= openLineEndLength && openLineEnds.contains(String(String.UnicodeScalarView(word.reversed())))
    }

    static let openLineEnds = PageVocabulary.openLineEnds
    /// Scalars of the longest of `openLineEnds`.
    static let openLineEndLength = openLineEnds.map(\.unicodeScalars.count).max() ?? 0

    /// A line that is only a date or a year: `29 October 2020`, `2022`, `18/02/2025` (a day's date in digits, `DateText.deadline`).
    ///
    /// NB: digits alone make a date only as a whole day's (`dd/mm/yyyy`, `yyyy-mm-dd`): `2014-2016` and `3.2.1` are none.
    static func isDateLine(_ line: Substring) -> Bool {
        guard wordCount(line) <= 4 else { return false }
        if line.utf8.count == 4, let year = Int(line), (1950...2100).contains(year) { return true }
        if line.utf8.count == 10, let first = line.utf8.first, ByteText.isDigit(first), DateText.deadline(line) != nil { return true }
        return line.unicodeScalars.contains(where: Scalars.isLetter) && DateText.parse(String(line)) != nil
    }

    /// A job advertisement or an evaluator's terms of reference: two `jobCues` anywhere, or an opening line that is
    /// its title (`isTermsTitle`).
    ///
    ///     "Application Deadline :07-Nov-21" … "Type of Contract :Individual Contract"    -> true
    ///     "Terms of Reference for the final evaluation of X"                            -> true
    ///     "The team worked to its terms of reference and visited one duty station."   -> false (one cue)
    static func isJobAdvertisement(_ content: [Substring]) -> Bool {
        if opensAsTermsOfReference(content) { return true }
        // NB: a job board's own lines above the advertisement (`Full Time`, `Posted 2 years ago`) are cues too.
        var found = jobBoardLines(content)
        if found >= 2 { return true }
        for cue in jobCues where content.contains(where: { ByteText.holdsAny([cue], in: $0) }) {
            found += 1
            if found >= 2 { return true }
        }
        return false
    }

    /// How many kinds of a job board's lines `content` holds (0, 1 or 2): a contract's hours alone on a line
    /// (`PageVocabulary.jobBoardLines`: `Full Time`), and when the advertisement was posted (`Posted 2 years ago`:
    /// `postedOpening` … `postedEnding`).
    ///
    ///     "Full Time" / "Posted 2 years ago"           -> 2
    ///     "The coordinator worked full time on it."   -> 0
    static func jobBoardLines(_ content: [Substring]) -> Int {
        var hours = false, posted = false
        for line in content.prefix(openingLines) where line.utf8.count <= jobBoardLineBytes {
            let key = Text.labelKey(line)
            if PageVocabulary.jobBoardLines.contains(key) { hours = true }
            if key.hasPrefix(PageVocabulary.postedOpening), key.hasSuffix(PageVocabulary.postedEnding) { posted = true }
        }
        return (hours ? 1 : 0) + (posted ? 1 : 0)
    }

    /// Bytes of a job board's line, at most.
    static let jobBoardLineBytes = 40

    /// Whether a sentence of the opening (`openingLines`, `openingBytes` of each) opens by calling the page terms of
    /// reference (`PageVocabulary.termsSelfReferences`, `sentenceOpenings`).
    ///
    ///     "… are required to undergo a Terminal Evaluation.  This Terms of Reference (ToR) sets out …"   -> true
    ///     "The evaluation followed these terms of reference."                                             -> false
    static func describesItselfAsTerms(_ content: [Substring]) -> Bool {
        content.prefix(openingLines).contains { sentenceOpenings(termsSelfReferences, in: ByteText.prefix($0, scalars: openingBytes)) > 0 }
    }

    static let termsSelfReferences = PageVocabulary.termsSelfReferences.map { Array($0.utf8) }

    /// A line that titles terms of reference: it starts with `termsTitles` (markup aside), or a cover's
    /// `TERMS OF REFERENCE` stands in its first `openingBytes` with no `annexWords` before it.
    ///
    ///     "# Terms of Reference: final evaluation of X"                  -> true
    ///     "Office of Evaluation … TERMS OF REFERENCE STRATEGIC EVALUATION" -> true
    ///     "Annex 1. TERMS OF REFERENCE" / "Terms of reference ........ 45" -> false (an annex, a contents entry)
    static func isTermsTitle(_ line: Substring) -> Bool {
        let head = ByteText.prefix(ByteText.trimming(line, anyOf: "#*_ "), scalars: openingBytes)
        guard !isContentsEntry(head) else { return false }
        return ByteText.withUTF8(head) { b in
            if termsTitles.contains(where: { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil }) { return true }
            guard let at = ByteText.firstOffset(of: termsHeading, in: b) else { return false }
            let before = UnsafeBufferPointer(rebasing: b[..<at])
            return !annexWords.contains { ByteText.firstOffset(of: $0, in: before, foldingCase: true) != nil }
        }
    }

    /// An entry of a table of contents: a short line with a dot leader (`leaderRun`) and a page number at the end.
    ///
    ///     "Terms of reference ........ 45"                                  -> true
    ///     "Office of Evaluation TERMS OF REFERENCE … 1. Background ..... 1" -> false (a cover read as one line)
    static func isContentsEntry(_ line: Substring) -> Bool {
        guard let last = line.utf8.last, ByteText.isDigit(last), wordCount(line) <= contentsEntryWords else { return false }
        return ByteText.withUTF8(line) { b in
            b.indices.contains { b[$0] == UInt8(ascii: ".") && leaderRun(b, at: $0, width: 1) != nil }
        }
    }

    /// An evaluation office's report on its year or two: its title (`heads`, `openingBytes` of each) or a line of the
    /// opening that opens with it (in its first `lineStartBytes`) names an `annual evaluation report`, or an `annual report`
    /// with `evaluationFunctionWords` beside it. A governing body's document (a `boardCues` in its opening) sets its title
    /// below a long header: its opening runs to `boardTitleLines`.
    ///
    ///     "2012 Biennial Report on Evaluation"                                   -> true
    ///     "UNHCR Evaluation Office" / "Annual Report 2022"                       -> true
    ///     "Foreword" / … / "This 2019 Annual Evaluation Report, the fourth …"   -> true
    ///     "E/ICEF/2019/14" / … (13 lines) / "Informe anual de 2018 sobre la función de evaluación"  -> true
    ///     "The evaluation reviewed the programme's annual reports and minutes."  -> false
    ///
    /// NB: a page about an evaluation function (or a report's preface) says where the office reports, `… through
    /// the Annual Report on Evaluation`, deep in a line: that names the report, it is not the report. A management
    /// response (`PageVocabulary.responseTitles` in its title) that names an evaluation (`policyReviewWords` in its opening)
    /// answers that evaluation, whatever report presents it.
    static func isOfficeReport(_ content: [Substring]) -> Bool {
        let titles = heads(content).map { ByteText.prefix($0, scalars: openingBytes) }
        if titledAsResponse(content),
           content.prefix(openingLines).contains(where: { namesReview(ByteText.prefix($0, scalars: openingBytes)) }) {
            return false
        }
        if namesOfficeReport(Array(Text.fold(joining: titles).utf8)) || reviewsItsYear(content) { return true }
        let opens = { (line: Substring) in namesOfficeReport(Array(ByteText.prefix(line, scalars: openingBytes).utf8), within: lineStartBytes) }
        if content.dropFirst(titleLines).prefix(openingLines - titleLines).contains(where: opens) { return true }
        // NB: the board's cues are looked for only under a line below the opening that opens naming the report.
        return content.dropFirst(openingLines).prefix(boardTitleLines - openingLines).contains(where: opens)
            && content.prefix(openingLines).contains { ByteText.holdsAny(boardCues, in: ByteText.prefix($0, scalars: openingBytes)) }
    }

    /// A report on how many evaluations' recommendations are followed up: its title (`heads`, `openingBytes` of each) names
    /// one (`PageVocabulary.followUpTitles`) and no evaluation of one thing (`namesReview`).
    ///
    ///     "Informe del Presidente sobre el estado de aplicación de las recomendaciones de evaluación y …"   -> true
    ///     "PC 93/INF/3" / "Programme Committee" / … / "Progress Report on the Follow-up to Past" / …          -> true
    ///     "Follow-up report on the Evaluation of FAO's Regional and Subregional Offices"                    -> false (one)
    static func isFollowUpReport(_ content: [Substring]) -> Bool {
        // NB: a committee's cover sets its title below its symbol and session lines (`PC 93/INF/3` / `Programme Committee` /
        // `Ninety-third Session` / `Rome, 9 – 13 May 2005`), wrapped (`PageChrome.title`).
        let cover = PageChrome.titleIndex(content).map { [Substring(PageChrome.title(content, at: $0).text)] } ?? []
        return (heads(content) + cover).contains { line in
            let head = ByteText.prefix(line, scalars: openingBytes)
            return ByteText.holdsAny(followUpTitles, in: head) && !namesReview(head)
        }
    }

    static let followUpTitles = PageVocabulary.followUpTitles.map { Array($0.utf8) }

    /// The reason of a report on the follow-up of many recommendations (`isFollowUpReport`).
    static let followUpReport = "a report on the follow-up of many recommendations (evaluations', auditors' or a governing body's), "
        + "no evaluation"

    /// An office's yearly report titled by its year (`2021 in review`: a year, then `PageVocabulary.yearReviewTitles`) that
    /// counts the evaluations it did in its opening (`openingLines`): a number and `countedEvaluationWords` on one line.
    ///
    ///     "2021 in review" / "- Completed 13 independent evaluations" / …   -> true
    ///     "2021 in review" / "The year saw floods in three provinces."     -> false
    static func reviewsItsYear(_ content: [Substring]) -> Bool {
        let titled = heads(content).contains { line in
            let key = Text.labelKey(line)
            guard key.utf8.count > 5, key.utf8.prefix(4).allSatisfy(ByteText.isDigit) else { return false }
            return PageVocabulary.yearReviewTitles.contains(String(Text.trimmed(key.dropFirst(4)).drop { $0 == ":" || $0 == " " }))
        }
        return titled && content.prefix(openingLines).contains { line in
            line.utf8.contains(where: ByteText.isDigit) && ByteText.holdsAny(countedEvaluationWords, in: line)
        }
    }

    static let countedEvaluationWords = PageVocabulary.countedEvaluationWords.map { Array($0.utf8) }

    /// Whether a line under a listing's title dates and credits it, parted by `|`: a date (`isDateLine`), then a byline
    /// (`CoverTitle.isByline`).
    ///
    ///     "2023  |  Author(s): Independent Evaluation Unit"   -> true
    ///     "2023 | Final report"                               -> false
    static func isDatedByline(_ line: Substring) -> Bool {
        guard let bar = line.firstIndex(of: "|"), isDateLine(Text.trimmed(line[..<bar])) else { return false }
        return CoverTitle.isByline(Text.trimmed(line[line.index(after: bar)...]))
    }

    /// Whether the title (`heads`, `openingBytes` of each) is a management response's (`responseTitles`).
    static func titledAsResponse(_ content: [Substring]) -> Bool {
        heads(content).contains { ByteText.holdsAny(responseTitles, in: ByteText.prefix($0, scalars: openingBytes)) }
    }

    /// `text` names an evaluation office's report (`isOfficeReport`), its name starting in its first `within` bytes.
    ///
    /// NB: a word that goes on from the one before it is another: a `semi-annual evaluation report`, a `bi-annual report`,
    /// comes out twice a year and is no office's yearly report.
    static func namesOfficeReport(_ opening: [UInt8], within: Int = .max) -> Bool {
        for (word, namesEvaluation) in officeReportWords {
            var from = 0
            while let at = ByteText.firstOffset(of: word, in: opening, from: from, foldingCase: true), at < within {
                from = at + 1
                if at > 0, ByteText.isAlphanumeric(opening[at - 1]) || opening[at - 1] == UInt8(ascii: "-") { continue }
                if namesEvaluation { return true }
                let beside = opening[max(0, at - besideBytes)..<min(opening.count, at + word.count + besideBytes)]
                if evaluationFunctionWords.contains(where: { ByteText.firstOffset(of: $0, in: beside, foldingCase: true) != nil }) {
                    return true
                }
            }
        }
        return false
    }

    /// Labels left empty and `[Insert …]` placeholders, with no sentence of real text; or a form whose placeholders stand
    /// above its first sentence and below it too (`formPlaceholders`).
    ///
    ///     "Evaluation title:" / "Recommendation 1: [Insert recommendation]" / "Key action:"              -> true
    ///     "Title of report:" / "RATING: [Insert level]" / "Summary: Insert summary" / "To ensure the
    ///      report is clear, …" / "/ Please insert your comments."                                          -> true
    static func isTemplate(_ content: [Substring], words: [Int]) -> Bool {
        let isBlank = { (line: (Substring, Int)) in hasPlaceholder(line.0) || (line.0.utf8.last == UInt8(ascii: ":") && line.1 <= 8) }
        // NB: a page with a sentence of real text is no template; most pages have one early. A form's instructions
        // (`To ensure the report is user-friendly, …`) are sentences too: its placeholders tell it.
        guard let prose = content.indices.first(where: { words[$0] >= 12 && !hasPlaceholder(content[$0]) }) else {
            let blanks = zip(content, words).count(where: isBlank)
            return blanks >= 3 && blanks * 2 >= content.count
        }
        let above = content[..<prose]
        return zip(above, words).count(where: isBlank) >= 3 && above.count(where: hasPlaceholder) >= formPlaceholders
            && content[prose...].contains(where: hasPlaceholder)
    }

    /// Placeholders a form holds above its first sentence, at least (with a third blank, and one more below it).
    ///
    /// NB: a report copied into its agency's form may keep a `[date]` on its cover; only a form left empty keeps them
    /// above and below its instructions.
    static let formPlaceholders = 2

    /// A line of an empty template: it holds a placeholder (`[Insert …]`, `___`), or says what to write there unbracketed
    /// after its label or mark (`PageVocabulary.placeholderOpenings`: `Summary: Insert summary …`, `/ Please insert …`).
    static func hasPlaceholder(_ line: Substring) -> Bool {
        if ByteText.holdsAny(placeholders, in: line) { return true }
        var rest = line
        if let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: recordLineBytes, of: line),
           wordCount(line[..<colon]) <= formLabelWords {
            rest = line[line.index(after: colon)...]
        }
        rest = ByteText.trimming(rest, anyOf: "/•-*· ")
        return ByteText.withUTF8(rest) { b in placeholderOpenings.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
    }

    /// Words of a form's label before its placeholder, at most: `OVERALL QUALITY RATING:`.
    static let formLabelWords = 5

    static let placeholderOpenings = PageVocabulary.placeholderOpenings.map { Array($0.utf8) }

    /// Text that random bytes decode to: few letters, or "words" (`words` of them, `wordCount`)
    /// hundreds of characters long.
    ///
    ///     "Ã¿Ð¤ö¤Â\u{80}Ÿ«»±…"                                   -> true
    ///     "1. Background ........................ 1"              -> false (the leader is no character)
    ///
    /// NB: a run of one repeated mark (`leaderRun`: a table of contents' dot leaders, `____` rules,
    /// `----` lines) counts as neither letters nor other characters: random bytes repeat no mark.
    static func isRandom(_ content: [Substring], words: Int) -> Bool {
        var letters = 0, other = 0
        for line in content {
            ByteText.withUTF8(line) { b in
                var i = 0
                while i < b.count {
                    let c = b[i]
                    let space = spaceWidth(b, at: i)
                    let width = space > 0 || c < 0x80 ? max(1, space) : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                    // NB: asked only where the next byte repeats this one, so a letter costs one comparison.
                    if space == 0, i + width < b.count, b[i + width] == c, let run = leaderRun(b, at: i, width: width) {
                        i += run
                        continue
                    }
                    if space == 0 {
                        let punctuation = c == 0xE2 && i + 1 < b.count && (b[i + 1] == 0x80 || b[i + 1] == 0x81)
                        let replacement = c == 0xEF && i + 2 < b.count && b[i + 1] == 0xBF && b[i + 2] == 0xBD
                        if c < 0x80 ? ByteText.isAlphanumeric(c) : !punctuation && !replacement {
                            letters += 1
                        } else {
                            other += 1
                        }
                    }
                    i += min(width, b.count - i)
                }
            }
        }
        guard letters + other >= 40 else { return false }
        return letters * 2 < letters + other || letters + other > words * 25
    }

    /// The byte length of a run of one mark repeated at least `leaderLength` times from byte `i`
    /// (`.....`, `____`, `----`, `……`), or nil.
    ///
    ///     leaderRun("Background ..... 1", at: 11) == 5
    ///     leaderRun("e.g. x", at: 1)              == nil
    static func leaderRun(_ b: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Int? {
        let mark = Scalars.decode(b, at: i).scalar
        guard !Scalars.isLetter(mark), !Scalars.isNumber(mark) else { return nil }
        var j = i + width
        var count = 1
        while j + width <= b.count, (0..<width).allSatisfy({ b[j + $0] == b[i + $0] }) {
            j += width
            count += 1
        }
        return count >= leaderLength ? j - i : nil
    }

    /// How many times a mark repeats in a dot leader or a rule, at least.
    static let leaderLength = 3
}
