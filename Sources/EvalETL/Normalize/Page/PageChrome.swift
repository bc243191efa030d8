/// Lines of a web page that are the site's furniture, never the document's content.
///
///     "Success message" / "error message" / "warn message"     -> chrome (status banners)
///     "Report Cover Image" / "Share" / "Download document x.pdf" -> chrome
///     "# source: https://erc.undp.org/…"                         -> chrome
///     "Citation preview" / "Uploaded by X" / "Page 1: Title"     -> chrome (a document host's furniture)
///     "Go to ILO main website" / "Skip to main content"           -> chrome (site menus)
///     "Joint UNDAF Evaluation"                                    -> content
///
/// A title is never one of these (CONTRACT.md "Input documents").
public enum PageChrome {
    /// Whether each byte, lowercased, is the first of some chrome line or prefix (`PageVocabulary`; each opens with ASCII).
    static let firstBytes: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for s in Array(PageVocabulary.chromeLines) + allPrefixes { if let f = s.utf8.first { table[Int(f)] = true } }
        return table
    }()

    /// The first line that can be a document's title: not blank, and no chrome, footer
    /// (`PageFooter`) or masthead (`ILO EVALUATION`) above it (ILO summaries, reports).
    static func titleIndex(_ lines: [Substring], from start: Int = 0) -> Int? {
        // NB: a line of no word names nothing (`s` / `t` / `n`: a rotated line of a PDF's margin, read a letter a line).
        // A board document's header run, its symbol (`2 WFP/EB.2/2009/6-C/Add.1`) and its cover's labelled lines
        // (`ORIGINAL: ENGLISH`, `Executive Board`, `Agenda item 5`, `Rome, 9–10 February 2015`) are its metadata; a header run
        // together with its title (`… Original: English … Management response to X …`) is the title's line.
        // NB: a status stamped alone above the title (`DRAFT`), a file's name a host heads its copy with (`X Report
        // Final.Pdf`), the value under a host's `Category:` label (`Documents`) and a fragment cut out of a sentence
        // (`based decisionmaking -`) or a logo's text in capitals cut on its joiner (`REPUBLIQUE DU`) name nothing either.
        lines[min(start, lines.count)...].indices.first { i in
            let line = lines[i]
            return holdsWord(line) && !isChrome(line) && !PageFooter.isFooter(line) && !isMasthead(line) && !isMirrorHeading(line)
                && !(isDocumentHeader(line) && CoverTitle.isUntitledCover(line)) && !isDocumentSymbol(line) && !isHeaderLabel(line)
                && !isBoardCoverLine(line) && !isStatusMark(line) && !isFileName(line) && !isCategoryValue(lines, at: i)
                && !isCutFragment(line) && !isCutOpenLine(lines, at: i) && !isDateline(line)
        }
    }

    /// Whether a line is a news item's dateline: a date, a dash and its series' label (`headerLabelWords` words at most,
    /// naming no evaluation). It dates the page; the title stands below it.
    ///
    ///     "01.07.2009 - IOS Evaluation" / "12 May 2020 – News"  -> true;  "2015 - Evaluation of X"  -> false
    static func isDateline(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        guard let first = text.utf8.first, ByteText.isDigit(first),
              let dash = text.firstRange(of: " - ") ?? text.firstRange(of: " – ") else { return false }
        let label = text[dash.upperBound...], date = text[..<dash.lowerBound]
        // NB: a date written with dots (`01.07.2009`) as a news site writes it.
        let parts = date.split(separator: ".", omittingEmptySubsequences: false)
        let dotted = parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } && parts[2].count == 4
        return ByteText.wordCount(label.utf8) <= headerLabelWords && !CoverTitle.namesEvaluation(label)
            && (dotted || NotAnEvaluation.isDateLine(date))
    }

    /// Whether a line is only a document's status stamped on its cover (`PageVocabulary.statusMarks`: `DRAFT`, `FINAL`).
    static func isStatusMark(_ line: Substring) -> Bool {
        PageVocabulary.statusMarks.contains(Text.labelKey(line))
    }

    /// Whether a line is only a file's name (`PageVocabulary.fileExtensions`, any case: `GEF 123 MTR Report Final.Pdf`), a few
    /// words (`fileNameWords` at most) and no sentence.
    ///
    ///     "GEF 123 MTR Report 20190919 Final.Pdf"  -> true;  "The report is at www.x.org/a.pdf, with its annexes."  -> false
    static func isFileName(_ line: Substring) -> Bool {
        let key = ByteText.lowercased(Text.trimmed(line))
        guard ByteText.wordCount(key.utf8) <= fileNameWords, sentenceEnds(key) == 0 else { return false }
        return PageVocabulary.fileExtensions.contains { key.hasSuffix($0) && key.count > $0.count }
    }

    /// Words of a line that is a file's name, at most.
    static let fileNameWords = 12

    /// Whether line `i` is the value under a document host's `Category:` line (chrome, past blank lines): `Documents`.
    static func isCategoryValue(_ lines: [Substring], at i: Int) -> Bool {
        guard let above = lines[..<i].lastIndex(where: { !ByteText.isBlank($0.utf8) }) else { return false }
        return PageVocabulary.categoryLabels.contains(Text.labelKey(lines[above])) && ByteText.wordCount(lines[i].utf8) <= headerLabelWords
    }

    /// Whether line `i` is a few words in capitals (`openWords` at most) ending on a joiner that no line goes on with
    /// (`REPUBLIQUE DU`: a logo's text cut where the image ends): a fragment, no title.
    static func isCutOpenLine(_ lines: [Substring], at i: Int) -> Bool {
        let text = Text.fold(lines[i])
        return ByteText.wordCount(text.utf8) <= openWords && endsOpenInCapitals(text) && joinedLine(lines, after: i) == nil
    }

    /// Words of a cut line in capitals ending on its joiner, at most.
    static let openWords = 3

    /// Whether a line is a fragment cut out of a sentence: it opens in lower case and ends in a dash (`based decisionmaking -`).
    static func isCutFragment(_ line: Substring) -> Bool {
        let text = Text.fold(line)
        guard let first = text.unicodeScalars.first, Scalars.isLowercase(first), let last = text.unicodeScalars.last else { return false }
        return last == "-" || last == "–"
    }

    /// Whether a line is a governing body's document header run together (a PDF's first page read as one line): it holds
    /// two `PageVocabulary.documentHeaderLabels`. Metadata, never a title or a summary.
    ///
    ///     "Executive Board Second Regular Session Rome … Distribution: GENERAL 28 September 2009 ORIGINAL: ENGLISH" -> true
    ///     "ORIGINAL: ENGLISH"                                                                                     -> false (one)
    static func isDocumentHeader(_ line: Substring) -> Bool {
        guard line.utf8.count >= 20 else { return false }
        return headerLabels.count { ByteText.holdsAny([$0], in: line) } >= 2
    }

    /// Whether a line is one of a document header's labelled lines alone (`ORIGINAL: ENGLISH`, `Distribution: GENERAL`):
    /// it opens with a `PageVocabulary.documentHeaderLabels` and holds a few words (`headerLabelWords`).
    static func isHeaderLabel(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        guard ByteText.wordCount(text.utf8) <= headerLabelWords else { return false }
        return ByteText.withUTF8(text) { b in headerLabels.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
    }

    static let headerLabels = PageVocabulary.documentHeaderLabels.map { Array($0.utf8) }

    /// Whether a line is one of a board document's cover lines besides its labels: it opens with one of
    /// `PageVocabulary.boardCoverLines` and holds `headerLabelWords` words at most, or it is a place and a date (`placeWords`
    /// words of place at most).
    ///
    ///     "Executive Board" / "First Regular Session" / "Agenda item 5" / "For consideration" / "Rome, 9–10 February 2015"
    ///         -> true
    ///     "For consideration of the board's members, the office …" / "Evaluation of X, May 2015"  -> false
    static func isBoardCoverLine(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        guard ByteText.wordCount(text.utf8) <= rangeWords + placeWords else { return false }
        if let comma = text.firstIndex(of: ","), ByteText.wordCount(text[..<comma].utf8) <= placeWords,
           !CoverTitle.namesEvaluation(text[..<comma]), case let date = Text.trimmed(text[text.index(after: comma)...]),
           NotAnEvaluation.isDateLine(date) || isDateRange(date) {
            return true
        }
        guard ByteText.wordCount(text.utf8) <= headerLabelWords + placeWords else { return false }
        guard ByteText.wordCount(text.utf8) <= headerLabelWords else { return false }
        // NB: a session named by its number before the word (`93º período de sesiones`, `Quatre-vingt-douzième session`).
        if let last = text.split(separator: " ").last, PageVocabulary.sessionWords.contains(ByteText.lowercased(Text.fold(last))),
           !CoverTitle.namesEvaluation(text) { return true }
        return ByteText.withUTF8(text) { b in CoverTitle.boardCoverLines.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
    }

    /// Whether a text is a session's dates, a dash between its first and last day, ending with a written date: `9 – 13 de
    /// mayo de 2005`, `27 septembre – 1er octobre 2004` (`rangeWords` words at most).
    static func isDateRange(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= rangeWords, text.contains(where: { $0 == "–" || $0 == "-" }), let last = words.last,
              last.utf8.count == 4, let year = Int(last), (1950...2100).contains(year) else { return false }
        return words.contains { Vocabulary.monthNames[ByteText.lowercased(Text.fold($0))] != nil }
    }

    /// Words of a session's dates, at most.
    static let rangeWords = 8

    /// Words of the place before a board cover's date, at most (`Rome`, `New York`, `Panama City`).
    static let placeWords = 2
    /// Words of a document header's labelled line, at most.
    static let headerLabelWords = 4
    /// Lines of content in which a board document's header stands, at most.
    static let headerLines = 40

    /// The title of a governing body's document whose header stands a labelled line each (`Distribution: GENERAL` /
    /// `ORIGINAL: ENGLISH`): the first title line below the last of them (`headerLines` lines of content at most), and the
    /// short upper-case lines under it with a blank line at most between (`capsLine`), as its cover sets the title.
    ///
    ///     "ORIGINAL: ENGLISH" / "SUMMARY EVALUATION" / "" / "REPORT—X REGIONAL PORTFOLIO" / "" / "(2007–2011)" / "" / "This …"
    ///         -> ("SUMMARY EVALUATION REPORT—X REGIONAL PORTFOLIO (2007–2011)", the index of "This …")
    static func titleBelowHeader(_ lines: [Substring]) -> (start: Int, text: String, end: Int)? {
        var seen = 0, last: Int?, lastCover: Int?, covers = 0, sinceCover = 0
        for (i, line) in lines.enumerated() where seen < headerLines && !ByteText.isBlank(line.utf8) {
            seen += 1
            sinceCover += 1
            if isHeaderLabel(line) {
                last = i
                sinceCover = 0
            }
            // NB: a board cover's lines stand together (`coverGap` lines between at most: `EVALUATION REPORTS`); one
            // further down (`For consideration` under the title and the board's note) is the page's, not the cover's.
            if isBoardCoverLine(line), covers == 0 || sinceCover <= coverGap + 1 {
                lastCover = i
                covers += 1
                sinceCover = 0
            }
        }
        // NB: a board cover's lines (`Executive Board` / `Agenda item 5` / `For consideration`) count two at least: one alone
        // (`For information`) may head any page's part.
        if covers >= fewestCoverLines, let lastCover { last = max(last ?? lastCover, lastCover) }
        // NB: the cover's first line of capitals may be all masthead words (`SUMMARY EVALUATION`), the title's all the same;
        // and may run longer than the lines under it (`MANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF … (2008–2014)`).
        let titleLine = { (i: Int) in (capsLine(lines[i]) || longCapsLine(lines[i])) && holdsWord(lines[i]) }
        guard let last, let start = lines[(last + 1)...].firstIndex(where: { !ByteText.isBlank($0.utf8) && !isChrome($0) })
            .flatMap({ titleLine($0) ? $0 : nil }) ?? titleIndex(lines, from: last + 1) else { return nil }
        // NB: only a title set in capitals is the cover's; a line of other case below the labels is more of the header
        // (`Committee for Programme and Coordination`, `Adopción de medidas`).
        var parts = [lines[start]], end = start + 1
        guard titleLine(start) else { return nil }
        while parts.count < 4 {
            var j = end
            if j < lines.count, ByteText.isBlank(lines[j].utf8) { j += 1 }
            // NB: the section heading under the title (`BACKGROUND`) opens the text.
            guard j < lines.count, capsLine(lines[j]), !CoverTitle.isSectionHeading(lines[j]) else { break }
            parts.append(lines[j])
            end = j + 1
        }
        return (start, Text.fold(joining: parts), end)
    }

    /// Board cover lines (`isBoardCoverLine`) that make a board document's header, at least; lines of content between two
    /// of them, at most.
    static let fewestCoverLines = 2
    static let coverGap = 2

    /// A line of no lower-case letter longer than `capsLine` takes, no paragraph: a board document's title set in capitals on
    /// one line (`MANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF THE SUMMARY EVALUATION REPORT OF X (2008–2014)`).
    static func longCapsLine(_ line: Substring) -> Bool {
        let text = Text.fold(line)
        return !text.unicodeScalars.contains(where: Scalars.isLowercase) && text.unicodeScalars.count { Scalars.isLetter($0) } >= 2
            && !isParagraph(text) && !endsSentence(text) && !isChrome(text) && !PageFooter.isFooter(line[...])
    }

    /// A short line of no lower-case letter, no chrome: a line of a cover's title set in capitals (`REGIONAL PORTFOLIO`,
    /// `(2007–2011)`).
    static func capsLine(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        guard !text.isEmpty, ByteText.wordCount(text.utf8) <= 6, text.last != ".", !isChrome(text), !PageFooter.isFooter(text)
        else { return false }
        return !text.unicodeScalars.contains(where: Scalars.isLowercase) && text.unicodeScalars.contains { Scalars.isLetter($0) || Scalars.isNumber($0) }
            && (text.unicodeScalars.count { Scalars.isLetter($0) } >= 2 || text.first == "(")
    }

    /// Whether a line is only a document's symbol, perhaps with its page's number (a board document's running header):
    /// a token of two `/` or more, a capital and a digit, and numbers beside it.
    ///
    ///     "2 WFP/EB.2/2009/6-C/Add.1" / "E/ICEF/2009/19" / "GB.329/PFA/8"   -> true
    ///     "UNAIDS/PCB(13)/02.2 11 November 2002"                          -> true (its date after it)
    ///     "2020/01/15" -> false (no capital);  "Final evaluation of X/Y/Z" -> false (words)
    static func isDocumentSymbol(_ line: Substring) -> Bool {
        let tokens = Text.trimmed(line).split(separator: " ")
        if isCommitteeSymbol(tokens) { return true }
        if tokens.count > 1, isSymbol(tokens[0]), NotAnEvaluation.isDateLine(Text.trimmed(line).dropFirst(tokens[0].count + 1)) { return true }
        guard (1...3).contains(tokens.count) else { return false }
        var symbol = false
        for t in tokens {
            if t.allSatisfy(\.isNumber) { continue }
            guard !symbol, isSymbol(t) else { return false }
            symbol = true
        }
        return symbol
    }

    /// Whether a word is a document's symbol: two `/` or more, a capital and a digit (`E/ICEF/2009/19`).
    static func isSymbol(_ t: Substring) -> Bool {
        t.count(where: { $0 == "/" }) >= 2 && t.contains(where: \.isUppercase) && t.contains(where: \.isNumber)
    }

    /// Whether a line's words are a committee's symbols alone: its code in capitals, then its session's number, a `/` and
    /// the item, a dash between two (FAO's).
    ///
    ///     "PC 93/5-Sup.1" / "PC 92/6a) - FC 108/18-Sup.1"  -> true;  "PC 93 was held" -> false
    static func isCommitteeSymbol(_ tokens: [Substring]) -> Bool {
        guard (2...5).contains(tokens.count) else { return false }
        var i = 0
        while i < tokens.count {
            if i > 0, tokens[i] == "-" || tokens[i] == "–" { i += 1; continue }
            guard i + 1 < tokens.count, (2...4).contains(tokens[i].count), tokens[i].allSatisfy(\.isUppercase),
                  tokens[i + 1].first?.isNumber == true, tokens[i + 1].contains("/") else { return false }
            i += 2
        }
        return true
    }

    /// Whether a line is a photo's caption: its last sentence is the photo's credit (`PageVocabulary.captionCredits`),
    /// `captionCreditWords` words at most (the byline under the photo wrapped onto it among them).
    ///
    ///     "Employees of a company in Sahab, Jordan, supported by X and Y. Source: ILO/Flickr"  -> true
    ///     "The evaluation drew on three sources: interviews, surveys and documents."           -> false
    static func isCaption(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        let credit = Text.trimmed(text[(ReportParser.lastSentenceEnd(text) ?? text.startIndex)...])
        guard ByteText.wordCount(credit.utf8) <= captionCreditWords else { return false }
        return ByteText.withUTF8(credit) { b in captionCredits.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
    }

    static let captionCredits = PageVocabulary.captionCredits.map { Array($0.utf8) }
    /// Words of a photo's credit and the byline after it, at most.
    static let captionCreditWords = 12

    /// Whether a line opens an executive board document's note (`PageVocabulary.boardNotes`: `This document is printed in a
    /// limited number of copies.`), furniture to the end of its sentence.
    static func isBoardNote(_ line: Substring) -> Bool {
        ByteText.withUTF8(Text.trimmed(line)) { b in boardNotes.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
    }

    static let boardNotes = PageVocabulary.boardNotes.map { Array($0.utf8) }

    /// Whether a title line names only the page's kind (`PageVocabulary.genericTitles`: `Evaluation report`), or is a site
    /// section's name in a breadcrumb (last word in `PageVocabulary.sectionWords`, no evaluation named): a heading below it
    /// is the page's title.
    ///
    /// An image's label left where a banner or a logo stood (its last word in `PageVocabulary.imageLabelWords`: `IOE ASSET
    /// BANNER` in capitals, or naming no evaluation, `SlideShare una empresa de Scribd logo`) names nothing either.
    ///
    ///     "Evaluation report" / "Programme, Financial and Administrative Section"   -> true
    ///     "Lessons learned" / "IOE ASSET BANNER" / "WHO logo"                       -> true
    ///     "Evaluation of the Procurement Section"                                   -> false
    static func isGenericTitle(_ line: Substring) -> Bool {
        let key = ByteText.lowercased(MarkdownText.plain(Text.fold(line)))
        if PageVocabulary.genericTitles.contains(key) || CoverTitle.isSectionHeading(line) || CoverTitle.isLabel(line) { return true }
        if let last = key.split(separator: " ").last, PageVocabulary.imageLabelWords.contains(String(last)),
           SummaryBlock.isUpperCase(MarkdownText.plain(ByteText.fold(line))) || !ByteText.holdsAny(NotAnEvaluation.titleWords, in: key[...]) {
            return true
        }
        guard let last = key.split(separator: " ").last, PageVocabulary.sectionWords.contains(String(last)) else { return false }
        return !ByteText.holdsAny(NotAnEvaluation.titleWords, in: key[...])
    }

    /// The document's title as a mirror's heading names it (`title · 2019-03-27 · opening…`), found in a title line that holds
    /// more (a PDF's cover read as one line): that part of the line, as the line writes it; nil when the line holds none.
    /// A part after the name of an evaluation and its colon is that title's second half: the title starts at the name
    /// (`evaluationName`).
    ///
    ///     "x of the y project · 2019-03-27 · …", "OFFICE OF EVALUATION April 2018 X of the Y Project MANAGEMENT RESPONSE"
    ///         -> "X of the Y Project"
    ///     "y for z · …", "OFFICE OF EVALUATION 2016 Evaluation of Objective 5: Y for Z MANAGEMENT RESPONSE"
    ///         -> "Evaluation of Objective 5: Y for Z"
    static func mirrorTitle(_ lines: [Substring], within title: String) -> String? {
        guard let heading = lines.prefix(mirrorLines).first(where: isMirrorHeading), let dot = middleDot(in: heading) else { return nil }
        let named = Array(Text.fold(heading[..<dot.lowerBound]).utf8)
        let t = Array(title.utf8)
        guard ByteText.wordCount(named) >= 3, named.count < t.count,
              let at = ByteText.firstOffset(of: ByteText.lowercased(named), in: t, foldingCase: true) else { return nil }
        return String(decoding: t[(evaluationName(t, before: at) ?? at)..<(at + named.count)], as: UTF8.self)
    }

    /// Where the name of an evaluation that a colon closes right before byte `at` starts: the last capitalised phrase of
    /// `PageVocabulary.policyReviewWords` (`Evaluation of`, `Review of`) at a word's start, `evaluationNameWords` words
    /// before the colon at most; nil when the words before the colon name none.
    ///
    ///     "… 2016 Evaluation of FAO Objective 5: Increase …" before `Increase` -> at `Evaluation`
    ///     "… 2016 Objective 5: Increase …"                                      -> nil
    static func evaluationName(_ t: [UInt8], before at: Int) -> Int? {
        var colon = at
        while colon > 0, t[colon - 1] == 0x20 { colon -= 1 }
        guard colon > 0, t[colon - 1] == UInt8(ascii: ":") else { return nil }
        colon -= 1
        var start: Int?
        for phrase in NotAnEvaluation.policyReviewWords {
            var from = 0
            while let i = ByteText.firstOffset(of: phrase, in: t[..<colon], from: from, foldingCase: true) {
                if (i == 0 || t[i - 1] == 0x20) && ByteText.isUpper(t[i]) && i > (start ?? -1) { start = i }
                from = i + 1
            }
        }
        guard let start, ByteText.wordCount(t[start..<colon]) <= evaluationNameWords else { return nil }
        return start
    }

    /// Words of an evaluation's name before the colon of a cover's title, at most (`Evaluation of FAO Strategic Objective 5`).
    static let evaluationNameWords = 12

    /// The title a document host's slug heading cuts (`follow-up report on the evaluation of x's regional and`: no capital,
    /// `slugWords` words or more, no sentence's end) as the page writes it further down (within `slugLines`): the first line
    /// of no chrome that opens with the slug, whatever its case, and is longer or cased, with the lines below it (past one
    /// blank line) that go on in lower case; nil when line `i` is no slug or the page never writes it again.
    ///
    ///     "evaluation finale du projet de renforcement de la" / … / "Evaluation finale du projet de renforcement de la" /
    ///     "" / "résilience des communautés"   -> "Evaluation finale du projet de renforcement de la résilience des communautés"
    ///
    /// A cover that sets the slug's words over short lines (`Independent Evaluation` / `UCSSIC`: `spelledOver`) writes the
    /// title too, with the next line the cover read as one line above writes after it (`wrapsTitle`, however short).
    static func titleBehindSlug(_ lines: [Substring], at i: Int) -> String? {
        let slug = Text.fold(lines[i])
        guard ByteText.wordCount(slug.utf8) >= slugWords - 1, !endsSentence(slug), !slug.unicodeScalars.contains(where: Scalars.isUppercase)
        else { return nil }
        let key = ByteText.lowercased(slug[...])
        for j in (i + 1)..<min(lines.count, i + slugLines) {
            let text = Text.fold(lines[j])
            guard text != slug, !text.isEmpty, !isChrome(lines[j]), !isParagraph(text) else { continue }
            let whole = ByteText.wordCount(slug.utf8) >= slugWords && ByteText.lowercased(text[...]).hasPrefix(key)
            guard let first = whole ? (text, j) : spelledOver(lines, from: j, key) else { continue }
            var parts = [first.text], k = first.end + 1
            let split = !whole
            while parts.count < 4 {
                while k < lines.count, k <= first.end + 2 * parts.count, Text.fold(lines[k]).isEmpty { k += 1 }
                guard k < lines.count, !endsSentence(parts[parts.count - 1]), !isChrome(lines[k]),
                      case let next = Text.fold(lines[k]),
                      next.unicodeScalars.first.map(Scalars.isLowercase) == true || wrapsTitle(lines[..<j], parts, next, split: split)
                else { break }
                parts.append(next)
                k += 1
            }
            return parts.joined(separator: " ")
        }
        return nil
    }

    /// The title a document host's heading turns about and cuts (`B - A`: the title's tail, ` - `, its head cut short, a
    /// cover's label glued on) as the cover writes it below: when the page says the heading again as a line (within
    /// `slugLines`) and a line under it (within `CoverTitle.coverLines` lines of content) opens with the first `headWords`
    /// words of `A`, that line and the cover's lines under it (one blank line between at most; up to a label, a date, a
    /// sentence's end) until they hold the heading's words but one; with the index after its last line. Nil otherwise.
    ///
    ///     "X of Y - Final Evaluation of" / … / "X of Y - Final Evaluation of" / "UNITED NATIONS OFFICE ON Z" / "Vienna" /
    ///     "Final Evaluation of the" / "" / "X of Y"   -> "Final Evaluation of the X of Y"
    static func titleBehindHeading(_ lines: [Substring], at i: Int) -> (text: String, end: Int)? {
        let heading = Text.fold(lines[i])
        guard let dash = ByteText.withUTF8(heading, { ByteText.firstOffset(of: headingDash, in: $0) }) else { return nil }
        let head = ByteText.lowercased(heading[heading.utf8.index(heading.startIndex, offsetBy: dash + headingDash.count)...])
            .split(separator: " ").prefix(headWords)
        guard head.count == headWords,
              let again = lines[(i + 1)...].prefix(slugLines).firstIndex(where: { Text.fold($0) == heading }) else { return nil }
        var seen = 0
        guard var j = lines[(again + 1)...].firstIndex(where: { line in
            guard !ByteText.isBlank(line.utf8), !isChrome(line), !PageFooter.isFooter(line), seen < CoverTitle.coverLines else { return false }
            seen += 1
            return ByteText.lowercased(Text.fold(line)[...]).split(separator: " ").prefix(headWords).elementsEqual(head)
        }) else { return nil }
        let words = ByteText.wordCount(heading.utf8) - 2
        var parts: [String] = [], held = 0
        while j < lines.count, held < words, parts.count < CoverTitle.coverLines {
            if !parts.isEmpty, ByteText.isBlank(lines[j].utf8) { j += 1 }
            guard j < lines.count, !isChrome(lines[j]), !PageFooter.isFooter(lines[j]), case let text = Text.fold(lines[j]), !text.isEmpty,
                  !text.hasSuffix(":"), !NotAnEvaluation.isDateLine(text[...]), !isParagraph(text), !endsSentence(text) else { break }
            parts.append(text)
            held += ByteText.wordCount(text.utf8)
            j += 1
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " "), j)
    }

    static let headingDash = Array(" - ".utf8)
    /// Words of a host's heading's head that the cover's title line opens with.
    static let headWords = 3

    /// Whether `next`, a capitalized line, is the second line of a title the page wrapped (`parts`: its first line alone,
    /// `wrappedWidth` scalars or more, no paragraph): a line above it (the cover read as one line, a host's description)
    /// writes the two together.
    ///
    ///     "… Follow-up report on the Evaluation of X's Regional and Subregional Offices for Y (cf. PC 115/4) Guidance …" above
    ///     "Follow-up report on the Evaluation of X's Regional and Subregional" / "Offices for Y (cf. PC 115/4)"  -> true
    static func wrapsTitle(_ above: ArraySlice<Substring>, _ parts: [String], _ next: String, split: Bool = false) -> Bool {
        guard parts.count == 1, split || ByteText.scalarCount(parts[0][...]) >= wrappedWidth, !isParagraph(next) else { return false }
        let joined = Array("\(parts[0]) \(next)".utf8)
        return above.contains { line in ByteText.withUTF8(line) { ByteText.firstOffset(of: joined, in: $0) != nil } }
    }

    /// The title a document host's heading spells with an apostrophe mangled (`UNIDOis Global Forum Function`: `’s` read as
    /// `is`) as the cover writes it below (within `slugLines`): the first line of no chrome nor paragraph that holds an
    /// apostrophe the heading lacks and whose letters are the heading's but one (`slugWords` words or more); nil when none.
    ///
    ///     "UNIDOis Global Forum Function" / … / "UNIDO’s Global Forum Function"  -> "UNIDO’s Global Forum Function"
    ///     "Evaluation of the Programme" / … / "Evaluation of the Programmes"      -> nil (no apostrophe)
    static func titleSpelledBelow(_ lines: [Substring], at i: Int) -> String? {
        guard ByteText.wordCount(lines[i].utf8) >= slugWords, !holdsApostrophe(lines[i]) else { return nil }
        let heading = Text.fold(lines[i])
        for line in lines[(i + 1)...].prefix(slugLines) where holdsApostrophe(line) && !isChrome(line) {
            let text = Text.fold(line)
            guard abs(text.utf8.count - heading.utf8.count) <= 4, oneLetterApart(letterKey(text), letterKey(heading)), !isParagraph(text)
            else { continue }
            return text
        }
        return nil
    }

    /// Whether a text holds an apostrophe, `'` or `’`.
    static func holdsApostrophe(_ s: Substring) -> Bool {
        s.unicodeScalars.contains { $0 == "'" || $0 == "’" }
    }

    /// Whether one of two runs of letters is the other with one letter more (`unidois…` / `unidos…`).
    static func oneLetterApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) == 1 else { return false }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        var cut = 0
        while cut < short.count, short[cut] == long[cut] { cut += 1 }
        return short[cut...].elementsEqual(long[(cut + 1)...])
    }

    /// The letters of a text, lower-cased, in order (`UNIDO’s Global` -> `unidosglobal`).
    static func letterKey(_ text: String) -> [Unicode.Scalar] {
        ByteText.lowercased(text).unicodeScalars.filter(Scalars.isLetter)
    }

    /// The slug's words (`key`, lower-cased) as a cover sets them over short lines from line `j` (a blank line between at
    /// most, `coverNameLines` lines), each cased: the lines joined and the index of the last; nil when they spell another text.
    ///
    ///     "Independent Evaluation" / "" / "UCSSIC" for `independent evaluation ucssic`  -> ("Independent Evaluation UCSSIC", …)
    static func spelledOver(_ lines: [Substring], from j: Int, _ key: String) -> (text: String, end: Int)? {
        var parts: [String] = [], k = j
        while k < lines.count, parts.count < CoverTitle.coverNameLines {
            let text = Text.fold(lines[k])
            guard !text.isEmpty, text.unicodeScalars.contains(where: Scalars.isUppercase) else { return nil }
            parts.append(text)
            let spelled = ByteText.lowercased(parts.joined(separator: " "))
            if spelled == key { return parts.count > 1 ? (parts.joined(separator: " "), k) : nil }
            guard key.hasPrefix(spelled + " ") else { return nil }
            k += 1
            if k < lines.count, Text.fold(lines[k]).isEmpty { k += 1 }
        }
        return nil
    }

    /// Words of a host's slug heading, at least; lines below it in which the page writes the title again, at most.
    static let slugWords = 4
    static let slugLines = 80

    /// Whether line `i` opens a table's header row, one cell a line (`Responsible |` / `Deadline |` / `Status |`): it and the
    /// next `headerCells - 1` lines of text are cells of `headerCellWords` words at most, each closed by `|`. A column's
    /// name, never a title.
    static func opensTableHeader(_ lines: [Substring], at i: Int) -> Bool {
        var cells = 0
        for line in lines[i...] {
            let text = Text.fold(line)
            if text.isEmpty { continue }
            guard text.hasSuffix("|"), ByteText.wordCount(text.dropLast().utf8) <= headerCellWords else { break }
            cells += 1
            if cells >= headerCells { return true }
        }
        return false
    }

    /// Cells a table's header row read one a line holds, at least; words of each, at most.
    static let headerCells = 3
    static let headerCellWords = 3

    /// Where ` · ` first stands in `text` (a mirror heading's parts), found in its bytes.
    static func middleDot(in text: Substring) -> Range<String.Index>? {
        guard let at = ByteText.withUTF8(text, { ByteText.firstOffset(of: middleDotBytes, in: $0) }) else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: at)
        return start..<text.utf8.index(start, offsetBy: middleDotBytes.count)
    }

    static let middleDotBytes = Array(" · ".utf8)

    /// A search engine's or document host's result for the page, `title - domain · snippet`: a domain name
    /// (`example.org`) between ` - ` and the first ` · `. It quotes the page; it is never its text.
    ///
    ///     "INFORME DE EVALUACIÓN - example.org · INFORME DE EVALUACIÓN ... - La realización …"  -> true
    ///     "TERMINAL EVALUATION REPORT … · Honduras, Mexico … Report of the Evaluation team"  -> true (a cut quote)
    ///     "Evaluation of the programme - final report · 2019"                                -> false (no domain)
    static func isHostSnippet(_ line: Substring) -> Bool {
        guard let dot = middleDot(in: line) else { return false }
        // NB: a quote of the page cut short before the dot (`TERMINAL EVALUATION REPORT … · Honduras, …`) is the host's too.
        let before = Text.trimmed(line[..<dot.lowerBound])
        if before.hasSuffix("…") || before.hasSuffix("...") { return true }
        let words = line[..<dot.lowerBound].split(separator: " ")
        guard words.count >= 3, let domain = words.last, ["-", "–", "|"].contains(words[words.count - 2]) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// Lines at the top of a page in which a mirror's heading stands.
    static let mirrorLines = 4

    /// Whether a line holds a run of `shortestWord` letters: a line of none (`|`, `:`, `---|---|`, a table's edge,
    /// `s`, `GC.`, `13/6`) names nothing.
    static func holdsWord(_ line: Substring) -> Bool {
        var run = 0
        for s in line.unicodeScalars {
            run = Scalars.isLetter(s) ? run + 1 : 0
            if run >= shortestWord { return true }
        }
        return false
    }

    /// Letters of the shortest word a title holds (`UNDP`, `ILO`).
    static let shortestWord = 3

    /// A document mirror's heading above the copy: the document's opening cut with `...` (`…`), or said twice
    /// around ` · `. It names the copy's page, not the document (whose own title is below it).
    ///
    ///     "june 2017 : update on implementation · 1 june 2017 : update on implementation unhcr’s management..." -> true
    ///     "Final evaluation of the Zambia programme"                                                        -> false
    static func isMirrorHeading(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        if text.hasSuffix("...") || text.hasSuffix("…") { return true }
        guard let dot = middleDot(in: text) else { return false }
        let before = ByteText.lowercased(text[..<dot.lowerBound])
        let after = ByteText.lowercased(text[dot.upperBound...].drop { Scalars.isNumber($0.unicodeScalars.first!) || $0 == " " })
        return !before.isEmpty && after.hasPrefix(before)
    }

    /// The title that starts at line `start`: that line and the lines that continue it (`continuesTitle`), folded and joined by a space,
    /// and the index after its last line.
    ///
    ///     "Report on experience sharing … integrated support programme to home based" / "workers"
    ///         -> ("Report on experience sharing … integrated support programme to home based workers", start + 2)
    ///     "Final Independent Project Evaluation of the" / "" / "Umbrella project in support to the" / "implementation of X"
    ///         -> ("Final Independent Project Evaluation of the Umbrella project in support to the implementation of X", …)
    static func title(_ lines: [Substring], at start: Int) -> (text: String, end: Int) {
        var parts = [lines[start]], end = start + 1
        // NB: a title runs to a few lines at most; past that the next line is content.
        while end < lines.count, parts.count < 4 {
            if continuesTitle(lines, at: end - 1) {
                parts.append(lines[end])
                end += 1
            } else if let next = joinedLine(lines, after: end - 1) {
                parts.append(lines[next])
                end = next + 1
            } else {
                break
            }
        }
        return (Text.fold(joining: parts), end)
    }

    /// The line that a title line ending in a joiner (`PageVocabulary.titleJoiners`, written in lower case: `… Evaluation of
    /// the`) goes on with: the next line of text, past one blank line at most, that is no chrome, footer, list item, field or
    /// paragraph; nil when line `i` ends otherwise. A title line ending in no punctuation goes on, the same way, with a
    /// short line (`connectedWords` words at most) that opens with a connector (`PageVocabulary.titleConnectors`) or a parenthesis
    /// of numbers (`opensNumberedParenthesis`).
    ///
    ///     "Final Independent Project Evaluation of the" / "" / "Umbrella project …"  -> the index of "Umbrella project …"
    ///     "Evaluation of the Agreement" / "" / "Between X and Y 2012-2015"           -> the index of "Between X and Y …"
    ///     "Evaluation of Component A" / "The evaluation …"                          -> nil
    ///     "Review of the" / "project, its partners and its donors."                 -> nil (prose)
    static func joinedLine(_ lines: [Substring], after i: Int) -> Int? {
        let text = Text.fold(lines[i])
        var joiner = text.lastIndex(of: " ").map { PageVocabulary.titleJoiners.contains(String(text[text.index(after: $0)...])) } ?? false
        guard joiner || !text.isEmpty && !endsSentence(text) else { return nil }
        var j = i + 1
        // NB: a title in capitals ends a line on its joiner in capitals (`EVALUACIÓN DEL` / `PROGRAMA DE PAÍS`): the line right
        // under it goes on with it when in capitals too (`endsOpenInCapitals`).
        if !joiner, endsOpenInCapitals(text), j < lines.count, SummaryBlock.isUpperCase(ByteText.fold(lines[j])) { joiner = true }
        if j < lines.count, ByteText.isBlank(lines[j].utf8) { j += 1 }
        // NB: a line that ends a sentence or a clause is prose the title line ran into, not the title's rest.
        guard j < lines.count, !ByteText.isBlank(lines[j].utf8), !isChrome(lines[j]), !PageFooter.isFooter(lines[j]),
              case let next = Text.fold(lines[j]), !isParagraph(next), !endsSentence(next) else { return nil }
        // NB: so does a short line opening with a parenthesis of numbers the title's line wrapped (`(Programa 2.1.3) – …`).
        if !joiner {
            let first = next.prefix { $0 != " " }
            guard PageVocabulary.titleConnectors.contains(ByteText.lowercased(first)) || opensNumberedParenthesis(next),
                  ByteText.wordCount(next.utf8) <= connectedWords else { return nil }
        }
        switch SummaryBlock.classify(lines[j]) {
        case .text, .subheading, .heading: return j
        default: return nil
        }
    }

    /// Whether folded text opens with a parenthesis that holds a number and closes: `(Programa 2.1.3) – X`, `(2010–2015)`.
    static func opensNumberedParenthesis(_ text: String) -> Bool {
        guard text.first == "(", let close = text.firstIndex(of: ")") else { return false }
        return text[..<close].contains(where: \.isNumber)
    }

    /// Whether folded text is in capitals and ends on a joiner (`PageVocabulary.titleJoiners`) in capitals: `REPUBLIQUE DU`.
    static func endsOpenInCapitals(_ text: String) -> Bool {
        guard let space = text.lastIndex(of: " "), case let last = text[text.index(after: space)...],
              PageVocabulary.titleJoiners.contains(ByteText.lowercased(last)) else { return false }
        return SummaryBlock.isUpperCase(ByteText.fold(text))
    }

    /// Words of a line a title goes on with after its connector (`Between X and Y 2012-2015`), at most.
    static let connectedWords = 8

    /// Whether a page's opening text is a paragraph, never a title, whatever its last character (a page
    /// cut mid-word ends in none): longer than a title can be (`longest`: `longestTitle`, or `titleBound`), sentences (`A. B.`), or more than `titleWords`
    /// words that end a sentence (not a list's `:`) or hold a sentence's end (`sentenceBreaks`: `… in 2012. It also …`).
    ///
    ///     "Final evaluation of the Decent Work Country Programme of Zambia (2019-2023)"   -> false
    ///     "One of the lessons learnt from this evaluation is that three months … periods."  -> true
    ///     "Overall comments: The EA was … needs. It also … partners. The EA … by effective" -> true (cut)
    ///
    /// A sentence of more than `sentenceWords` words opening with a subject's first word (`NotAnEvaluation.isSentence`)
    /// is prose too, however short of `titleWords`.
    ///
    ///     "The decentralized evaluation has been commissioned by the X Country Office and covers the “Y Program”." -> true
    static func isParagraph(_ text: String, longest: Int = longestTitle) -> Bool {
        if ByteText.scalarCount(text[...]) > longest { return true }
        if NotAnEvaluation.isSentence(text[...]), ByteText.wordCount(text.utf8) > sentenceWords { return true }
        // NB: sentences end in `.`, `!`, `?`; a title may end in `:` or `,` but holds no sentence before its own end.
        if let last = text.unicodeScalars.last, ".!?".unicodeScalars.contains(last), sentenceEnds(text) >= sentenceBreaks { return true }
        guard ByteText.wordCount(text.utf8) > titleWords else { return false }
        if endsSentence(text) && text.unicodeScalars.last != ":" { return true }
        return sentenceEnds(text) >= sentenceBreaks
    }

    /// The most scalars a title takes: 300, half as much again as the longest of the gold's titles (196 scalars,
    /// 25 words: `Evaluation of "Promoting and Protecting Women Migrant Workers’ Labour and Human Rights: …"`).
    static let longestTitle = 300
    /// The most scalars a title over a record's labelled fields takes (`titleBound`): an ILO cluster evaluation's names
    /// every outcome it covers (341 scalars).
    static let longestLabelledTitle = 500

    /// How long the title ending before line `end` may be: `longestLabelledTitle` when the next line of content is a
    /// labelled field (`Cliente: OIT`, `Year: 2021`: the title heads a record), `longestTitle` otherwise (a long line
    /// alone is a paragraph).
    ///
    ///     "Evaluación agrupada … para el período 2020 –21" / "Cliente: Organización Internacional del Trabajo"  -> 500
    ///     "Evaluación agrupada … para el período 2020 –21" / "A finales de 2021, realizamos …"                  -> 300
    static func titleBound(_ lines: [Substring], below end: Int) -> Int {
        guard let next = lines[min(end, lines.count)...].firstIndex(where: { !ByteText.isBlank($0.utf8) }),
              case .field = SummaryBlock.classify(lines[next]) else { return longestTitle }
        return longestLabelledTitle
    }
    /// Words of a title, at most, unless it ends no sentence (`Final evaluation of X (2019-2023)`).
    static let titleWords = 30
    /// Words of a title that opens and ends as a sentence does (`The …`), at most.
    static let sentenceWords = 15
    /// Sentence ends inside a text that make it a paragraph.
    static let sentenceBreaks = 1

    /// How many times `. `, `? ` or `! ` stands before a capital in `text`: the sentences it ends inside.
    static func sentenceEnds(_ text: String) -> Int {
        var count = 0
        var previous: (Unicode.Scalar?, Unicode.Scalar?) = (nil, nil)
        for s in text.unicodeScalars {
            if let p = previous.0, ".?!".unicodeScalars.contains(p), previous.1 == " ", Scalars.isUppercase(s) { count += 1 }
            previous = (previous.1, s)
        }
        return count
    }

    /// Whether line `i + 1` of the page `lines` goes on with the title line `i`, as a line wrapped
    /// by a PDF-to-text export or an e-mail client does: line `i` fills the width (`wrappedWidth`
    /// scalars or more, and the next line's first word would have made it longer than any line of
    /// several words on the page) and does not end a sentence or a label, and the next line follows with no blank
    /// line and is not chrome, a footer, a masthead, a heading, a field or a list item (`SummaryBlock`).
    ///
    ///     "Independent … ILO Project “Promotion of Decent Work Opportunities for" / "the Economic …”"  -> true
    ///     "Independent … Segments of Society”" / "Component 1 and 2", a longer line below    -> false (a subtitle)
    ///     "Joint UNDAF Evaluation" / "Final report"                                          -> false (short)
    static func continuesTitle(_ lines: [Substring], at i: Int) -> Bool {
        guard i + 1 < lines.count else { return false }
        let line = lines[i], next = lines[i + 1]
        let text = Text.fold(line)
        guard !text.isEmpty, !endsSentence(text) else { return false }
        guard !Text.fold(next).isEmpty, !isChrome(next), !PageFooter.isFooter(next), !isMasthead(next) else { return false }
        switch SummaryBlock.classify(next) {
        case .text, .subheading: break
        default: return false
        }
        return fillsWidth(lines, at: i, widest: widestLine(lines))
    }

    /// Whether folded text ends a sentence or a clause (`SummaryVocabulary.finalPunctuation`), as a
    /// line its writer ended does more often than one a wrapping tool ended.
    static func endsSentence(_ text: String) -> Bool {
        text.unicodeScalars.last.map(SummaryVocabulary.finalPunctuation.contains) ?? false
    }

    /// Whether line `i` of `lines` fills the width, as a line wrapped by a PDF-to-text export or an
    /// e-mail client does: it holds `wrappedWidth` scalars or more, and the next line's first word
    /// would have made it longer than any line of several words in `lines`.
    ///
    ///     "… programme to home based" / "workers", widest line 100 scalars, this one 97  -> true
    ///     "Joint UNDAF Evaluation" / "Final report"                                   -> false (short)
    ///
    /// NB: `widest` (`widestLine(lines)`) is asked only of a line long enough; a parser asking of
    /// every row measures the page once and passes that, or a page of rows costs rows × lines.
    static func fillsWidth(_ lines: [Substring], at i: Int, widest: @autoclosure () -> Int) -> Bool {
        guard i + 1 < lines.count else { return false }
        let length = ByteText.scalarCount(Text.trimmed(lines[i]))
        guard length >= wrappedWidth else { return false }
        // NB: a wrapping tool moves a word down only when it does not fit; a line that could
        // have taken the next line's first word within the page's widest line ended there.
        // A line of one word (a long address) cannot be wrapped and says nothing of the width.
        let firstWord = Text.trimmed(lines[i + 1]).unicodeScalars.prefix { !Scalars.isWhitespace($0) }.count
        return length + 1 + firstWord > widest()
    }

    /// The scalars of the page's widest line of several words: the width its wrapping tool filled.
    ///
    /// NB: chrome is no line the tool wrapped (a `# source: …` line wider than the text below it). A line holds no
    /// more scalars than bytes, so only a line of more bytes than the widest so far is counted.
    static func widestLine(_ lines: [Substring]) -> Int {
        var widest = 0
        for line in lines where line.utf8.count > widest {
            let text = Text.trimmed(line)
            if text.utf8.contains(0x20) && !isChrome(text) { widest = max(widest, ByteText.scalarCount(text)) }
        }
        return widest
    }

    /// The fewest scalars a wrapped line holds: wrapping tools fill 72 to 100 columns, and a
    /// line well short of that ended where its writer ended it.
    ///
    /// NB: at 72 columns a line ahead of a long word (`inclusiveness/Leaving`) holds 50 to 60
    /// scalars; `scripts/bench/wrap_check.py` measures what a change of it does.
    static let wrappedWidth = 50

    /// An upper-case line made only of `PageVocabulary.mastheadWords`.
    static func isMasthead(_ line: Substring) -> Bool {
        let text = MarkdownText.plain(ByteText.fold(line))
        return SummaryBlock.isUpperCase(text) && ByteText.letterWords(ByteText.lowercased(text)).allSatisfy(PageVocabulary.mastheadWords.contains)
    }

    /// Where the words after a masthead that opens a line start (`ILO EVALUATION Decent work …`): a run of two words or more
    /// of the masthead (`isMasthead`) before a word that holds a lower-case letter; nil when no masthead opens the line.
    ///
    ///     "ILO EVALUATION Decent work: a review" -> at `Decent`;  "EVALUATION OFFICE REVIEW OF X" -> nil
    static func mastheadEnd(_ line: Substring) -> Substring.Index? {
        var words = 0
        for word in line.split(separator: " ") {
            if word.unicodeScalars.contains(where: Scalars.isLowercase) {
                return words >= 2 ? word.startIndex : nil
            }
            guard PageVocabulary.mastheadWords.contains(ByteText.lowercased(word)) else { return nil }
            words += 1
        }
        return nil
    }

    /// Whether a line is page chrome (blank lines are not).
    public static func isChrome<S: StringProtocol>(_ line: S) -> Bool {
        ByteText.withUTF8(line, isChrome)
    }

    /// Whether a chrome line is the site's footer (`PageVocabulary.siteFooterLines`): the page's
    /// content ends above it, and the lines under it (the site's address) are the footer's too.
    ///
    ///     "Latest Evaluations" / "Contact us"   -> true
    ///     "Success message"                      -> false
    static func endsContent(_ line: Substring) -> Bool {
        PageVocabulary.siteFooterLines.contains(Text.labelKey(line))
    }

    /// Whether a page's last line is a chrome line the page was cut in: the start of one, two words at least.
    ///
    ///     "Skip to t" -> true (`Skip to top`);  "Skip" -> false;  "Better Work" -> false
    static func isCutChrome(_ line: Substring) -> Bool {
        let key = ByteText.lowercased(Text.fold(line))
        guard key.contains(" "), key.utf8.count >= 4 else { return false }
        return PageVocabulary.chromeLines.contains { $0.utf8.count > key.utf8.count && $0.hasPrefix(key) }
    }

    /// `isChrome` of a line's bytes.
    private static func isChrome(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // NB: chrome lines are short; a long line is content whatever it starts with.
        guard !b.isEmpty, b.count <= 400 else { return false }
        // NB: one look at the first byte rules out most lines, and a letter after it (which
        // stays itself through folding) most others, before the line is folded and compared.
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        // NB: a list's bullet (`• Aucun résultat trouvé`) is no part of the line's words.
        if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0xA2 {
            i += 3
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < b.count else { return false }
            return isChrome(UnsafeBufferPointer(rebasing: b[i...]))
        }
        guard i < b.count else { return false }
        if ByteText.isDigit(b[i]) { return isFileName(UnsafeBufferPointer(rebasing: b[i...])) || isHostCount(UnsafeBufferPointer(rebasing: b[i...])) }
        guard firstBytes[Int(ByteText.lower(b[i]))] else { return false }
        let first = ByteText.lower(b[i])
        if b.count > 60, !prefixBytes.contains(where: { $0[0] == first }) { return false }
        if i + 1 < b.count, ByteText.isLetter(b[i + 1]), !firstTwoBytes.contains(UInt16(first) | UInt16(ByteText.lower(b[i + 1])) << 8) {
            return false
        }
        // NB: the line is folded and lower-cased in place and compared as bytes; no string is made.
        return ByteText.withFolded(b) { folded in
            ByteText.withLowercased(folded) { key in
                guard let k = key.first else { return false }
                if key.count <= 40, lineBytes[k]?.contains(where: { ByteText.equals(key, $0) }) == true { return true }
                if opensNumbered(key) { return true }
                return chromePrefixBytes.contains { ByteText.starts(key, at: 0, with: $0, foldingCase: false) && !ByteText.extendsCharacter(key, at: $0.count) }
            }
        }
    }

    /// Whether a line is only a file's name left where its image stood (a photo site's id with its `_` read as spaces):
    /// letters, digits and spaces alone, a run of `fileNameDigits` digits, and no word (`shortestWord` letters in a row).
    ///
    ///     "51085979426 b0f2c38b8f o"  -> true
    ///     "2019 annual report"         -> false (words);  "12 3"  -> false (no long number)
    private static func isFileName(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0, digits = 0, longest = 0
        for c in b {
            if ByteText.isDigit(c) {
                digits += 1
                letters = 0
                longest = max(longest, digits)
            } else if ByteText.isLetter(c) {
                letters += 1
                digits = 0
                if letters >= shortestWord { return false }
            } else if c == 0x20 {
                letters = 0
                digits = 0
            } else {
                return false
            }
        }
        return longest >= fileNameDigits
    }

    /// Whether a line is a document host's counter: a number and one of `PageVocabulary.hostCountWords`.
    ///
    ///     "1 views" / "0 download"  -> true;  "12 villages"  -> false
    private static func isHostCount(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count, ByteText.isDigit(b[i]) { i += 1 }
        guard i < b.count, b[i] == 0x20 else { return false }
        let word = ByteText.lowercased(Text.trimmed(String(decoding: b[(i + 1)...], as: UTF8.self)[...]))
        return PageVocabulary.hostCountWords.contains(word)
    }

    /// Digits in a row of an image file's id, at least: more than a date's, a year's or a page's number.
    static let fileNameDigits = 8

    static let lineBytes: [UInt8: [[UInt8]]] = Dictionary(grouping: PageVocabulary.chromeLines.sorted().map { Array($0.utf8) }, by: { $0[0] })

    /// The first two bytes (lowercased) of every chrome line and prefix, as one number.
    static let firstTwoBytes = Set((Array(PageVocabulary.chromeLines) + allPrefixes).map { Array($0.utf8) }.filter { $0.count >= 2 }
        .map { UInt16($0[0]) | UInt16($0[1]) << 8 })

    static let allPrefixes = PageVocabulary.chromePrefixes + PageVocabulary.numberedChromePrefixes
    static let prefixBytes: [[UInt8]] = allPrefixes.map { Array($0.utf8) }
    static let chromePrefixBytes: [[UInt8]] = PageVocabulary.chromePrefixes.map { Array($0.utf8) }
    static let numberedPrefixBytes: [[UInt8]] = PageVocabulary.numberedChromePrefixes.map { Array($0.utf8) }

    /// Whether folded, lower-cased `key` opens with a numbered chrome prefix, its number and `:` (`page 12: …`).
    private static func opensNumbered(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        numberedPrefixBytes.contains { p in
            guard ByteText.starts(key, at: 0, with: p, foldingCase: false) else { return false }
            var i = p.count
            while i < key.count, ByteText.isDigit(key[i]) { i += 1 }
            return i > p.count && i < key.count && key[i] == UInt8(ascii: ":")
        }
    }
}
