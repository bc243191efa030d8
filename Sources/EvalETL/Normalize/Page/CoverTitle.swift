/// Which part of a cover is the title when the cover sets more than the title: banners in capitals naming a unit, an agency
/// or the document's kind, a section's heading, a label, a series' label and its date, a board's header, a trailing field.
///
///     "INSPECTION AND EVALUATION DIVISION" / "INSPECTION REPORT" / "Inspection of X"   -> title "Inspection of X"
///     "Overview" / "The 2023 synthesis of … draws on …"                                  -> no title
///     "EVALUATION UNIT Decent work results of X"                                         -> "Decent work results of X"
///     "OFFICE OF EVALUATION Project evaluation series February 2017 Evaluation of X"     -> "Evaluation of X"
///     "Plan to the Global Evaluation of X Date: 9 August 2013"                           -> "Plan to the Global Evaluation of X"
///     "Executive Board … For consideration MANAGEMENT RESPONSE TO … (2008–2014) BACKGROUND 1. This …"
///         -> "MANAGEMENT RESPONSE TO … (2008–2014)"
///
/// Words in `PageVocabulary` (`sectionHeadings`, `bannerWords`, `bannerKindWords`, `namingPhrases`, `seriesWords`,
/// `boardCoverLines`); asked by `ReportParser` and the ILO summary's title (`EvaluationSummaryParser`).
enum CoverTitle {
    /// Whether a text names an evaluation (or the response to one): it holds one of `PageVocabulary.namingPhrases` as words.
    ///
    ///     "Final Independent Project Evaluation of the" / "2023 Synthesis of agency evaluations"  -> true
    ///     "OFFICE OF EVALUATION" / "Decent work results"                                           -> false
    static func namesEvaluation<S: StringProtocol>(_ text: S) -> Bool {
        let lower = ByteText.lowercased(text.utf8)
        return namingPhrases.contains { ByteText.firstWordOffset(of: $0, in: lower) != nil }
    }

    static let namingPhrases = PageVocabulary.namingPhrases.map { Array($0.utf8) }

    /// Whether a line is a document's section heading alone (`PageVocabulary.sectionHeadings`), never its title.
    ///
    ///     "Overview" / "BACKGROUND" / "Introduction:"  -> true;  "Background to the evaluation of X"  -> false
    static func isSectionHeading<S: StringProtocol>(_ line: S) -> Bool {
        let key = ByteText.lowercased(MarkdownText.plain(Text.fold(line)))
        return PageVocabulary.sectionHeadings.contains(String(ByteText.trimming(key[...], anyOf: " :")))
    }

    /// Whether a line is a short label ending in `:` that names no evaluation (`ReportParser.labelWords` words at most, no
    /// `NotAnEvaluation.titleWords`): a heading over what follows, never a title.
    ///
    ///     "Annex 2. Overall Outcome:"  -> true;  "Evaluation of the X programme:"  -> false
    static func isLabel(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        guard text.hasSuffix(":"), ByteText.wordCount(text.utf8) <= ReportParser.labelWords else { return false }
        return !namesEvaluation(text) && !ByteText.holdsAny(NotAnEvaluation.titleWords, in: text)
    }

    /// Whether a line is a title's own label left empty (`PageVocabulary.titleLabels`, going on to its colon): an empty
    /// form's, no title, and the line below it none either.
    ///
    ///     "Title of evaluation report:" / "Evaluation Title:"  -> true;  "Title of the project: Water"  -> false
    static func isEmptyTitleLabel(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        guard text.hasSuffix(":"), ByteText.wordCount(text.utf8) <= ReportParser.labelWords else { return false }
        return PageVocabulary.titleLabels.contains { text.hasPrefix($0 + " ") || text.hasPrefix($0 + ":") }
    }

    /// Whether line `i` ends in `:` and the next line of content is a list's item (a bullet or a numbered item): it opens
    /// the list, a sentence's start, never a title. A paragraph ending so is the page's prose (its summary), no label.
    ///
    ///     "Objectives of the evaluation were to:" / "• Assess …"  -> true
    static func opensList(_ lines: [Substring], at i: Int) -> Bool {
        guard case let text = Text.fold(lines[i]), text.hasSuffix(":"), !PageChrome.isParagraph(text),
              let next = lines[(i + 1)...].firstIndex(where: { !ByteText.isBlank($0.utf8) && !PageFooter.isFooter($0) }) else { return false }
        switch SummaryBlock.classify(lines[next]) {
        case .bullet, .numbered: return true
        default: return false
        }
    }

    /// Whether a title names only the document's kind (every word of `PageVocabulary.kindWords`: `Mid-Term Review FINAL
    /// Report`), no subject.
    static func namesKindOnly(_ title: String) -> Bool {
        let words = ByteText.letterWords(ByteText.lowercased(title.utf8), joining: true)
        return !words.isEmpty && words.allSatisfy(PageVocabulary.kindWords.contains)
    }

    /// The name in quotes that opens a line of the cover below a title naming only the document's kind (`namesKindOnly`),
    /// within `coverLines` lines of content (the title said again skipped): the project the document is about, without its
    /// quotes, `titleWords` words or more; nil when none.
    ///
    ///     "Mid-Term Review FINAL Report" / "“Sustainable Forest Management in X” Mid-Term Review …"
    ///         -> "Sustainable Forest Management in X"
    static func quotedName(_ lines: [Substring], below i: Int) -> String? {
        let title = Text.fold(lines[i])
        var seen = 0
        for line in lines[(i + 1)...] where !ByteText.isBlank(line.utf8) && !PageChrome.isChrome(line) && !PageFooter.isFooter(line) {
            let text = Text.fold(line)
            if text == title { continue }
            seen += 1
            guard seen <= coverLines else { return nil }
            guard let open = text.first, let close = PageVocabulary.quotePairs[open],
                  let end = text.dropFirst().firstIndex(of: close) else { continue }
            let name = Text.fold(text[text.index(after: text.startIndex)..<end])
            return ByteText.wordCount(name.utf8) >= titleWords ? name : nil
        }
        return nil
    }

    /// The name a cover writes under a title naming only the document's kind (`namesKindOnly`) where the page says that
    /// title again (a host's heading above the cover): the lines of text right under the repeated title (one blank line
    /// between at most, `coverNameLines` at most) up to the cover's kind label, a date, a label or a sentence, joined;
    /// `titleWords` words or more, else nil.
    ///
    ///     "EVALUACIÓN DE LA OPERACIÓN" / … / "EVALUACIÓN DE LA OPERACIÓN" / "Operaciones … 200490" / "" /
    ///     "Restablecimiento … (2014-2016)" / "" / "Informe de Evaluación"   -> "Operaciones … 200490 Restablecimiento … (2014-2016)"
    static func namedBelow(_ lines: [Substring], below i: Int) -> String? {
        let title = Text.fold(lines[i])
        guard let again = lines[(i + 1)...].prefix(PageChrome.slugLines).firstIndex(where: { Text.fold($0) == title }) else {
            return namedAfter(lines, title, below: i)
        }
        var parts: [String] = [], j = again + 1
        while parts.count < coverNameLines {
            if j < lines.count, ByteText.isBlank(lines[j].utf8) { j += 1 }
            guard j < lines.count, !PageChrome.isChrome(lines[j]), !PageFooter.isFooter(lines[j]), case let text = Text.fold(lines[j]),
                  !text.isEmpty, !text.contains(":"), !namesKindOnly(text), !NotAnEvaluation.isDateLine(text[...]),
                  !PageChrome.isParagraph(text), !ReportParser.endsParagraph([text]) else { break }
            parts.append(text)
            j += 1
        }
        let name = parts.joined(separator: " ")
        return ByteText.wordCount(name.utf8) >= titleWords ? name : nil
    }

    /// The name a cover read as one line writes after a kind-only title (`title`, a host's heading said again in the line),
    /// up to the cover's date: the first such line below line `i` (within `PageChrome.slugLines`), `titleWords` words or
    /// more and no paragraph; nil when none.
    ///
    ///     "EVALUACION DE OPERACIONES" / … / "1 measuring results EVALUACION DE OPERACIONES Honduras: Programa País Informe
    ///     De Evaluación de Medio Término Agosto 2014 Equipo evaluador: …"  -> "Honduras: Programa País Informe De … Término"
    static func namedAfter(_ lines: [Substring], _ title: String, below i: Int) -> String? {
        let key = Array(title.utf8)
        for line in lines[(i + 1)...].prefix(PageChrome.slugLines) where line.utf8.count > key.count + 1 {
            guard let at = ByteText.withUTF8(line, { ByteText.firstOffset(of: key, in: $0) }) else { continue }
            let rest = Text.fold(line[line.utf8.index(line.startIndex, offsetBy: at + key.count)...])
            guard let date = DateText.written(in: rest[...]).first else { continue }
            let name = String(ByteText.trimming(rest[..<date.range.lowerBound], anyOf: " ,;:-–"))
            guard ByteText.wordCount(name.utf8) >= titleWords, !PageChrome.isParagraph(name) else { continue }
            return name
        }
        return nil
    }

    /// Lines of a cover's name under a kind-only title, at most.
    static let coverNameLines = 4

    /// Whether a line is a byline: a label of `PageVocabulary.bylineLabels` (`Author:`, `Prepared by:`) and its value, never
    /// a title nor a summary; a label of several words (`Prepared by`) may stand without its colon.
    ///
    ///     "Author: A. Person" / "Prepared by Water Consultants Ltd"  -> true;  "Evaluation by the office: X"  -> false
    static func isByline(_ line: Substring) -> Bool {
        let text = Text.trimmed(line)
        if let colon = text.firstIndex(of: ":"), !Text.trimmed(text[text.index(after: colon)...]).isEmpty,
           PageVocabulary.bylineLabels.contains(Text.labelKey(text[..<colon])) { return true }
        let lower = ByteText.lowercased(text)
        return PageVocabulary.bylineLabels.contains { $0.contains(" ") && lower.hasPrefix($0 + " ") }
    }

    /// Whether a line is a cover's banner in capitals naming a unit, an agency or the document's kind
    /// (`PageVocabulary.bannerWords`, `bannerKindWords`) and no evaluation.
    ///
    ///     "UNITED NATIONS OFFICE ON DRUGS AND CRIME" / "INSPECTION REPORT"  -> true
    ///     "EVALUATION OF THE X PROGRAMME" / "COUNTRY PROGRAMME EVALUATION"     -> false
    static func isBanner(_ line: Substring) -> Bool {
        let text = MarkdownText.plain(ByteText.fold(line))
        guard SummaryBlock.isUpperCase(text), !namesEvaluation(String(decoding: text, as: UTF8.self)) else { return false }
        return ByteText.letterWords(ByteText.lowercased(text)).contains { PageVocabulary.bannerWords.contains($0) || PageVocabulary.bannerKindWords.contains($0) }
    }

    /// Whether the title line at hand is a cover's furniture that a line below it may name the evaluation under: a banner,
    /// a section heading, a label or an organization's masthead (`isBanner`, `isSectionHeading`, `isLabel`, `masthead`).
    static func isCoverLabel(_ line: Substring) -> Bool {
        isBanner(line) || isSectionHeading(line) || isLabel(line) || masthead(line) != nil
    }

    /// The organization a line names alone (`Vocabulary.canonicalOrganization`; an acronym in capitals, as
    /// `OrganizationMentions` finds it): a cover's masthead.
    ///
    ///     "Fonds des Nations Unies pour la Population" / "UNODC" -> "UNFPA" / "UNODC";  "UNFPA in Niger" / "Who" -> nil
    static func masthead(_ line: Substring) -> String? {
        let text = Text.fold(line)
        guard let name = Vocabulary.canonicalOrganization(text), OrganizationMentions.find(in: text) == [name] else { return nil }
        return name
    }

    /// The line that names the evaluation below the cover's furniture at line `i`: the first of the next `coverLines` lines
    /// of content that names one (`namesEvaluation`) or the response to one (`namesResponse`); nil at a paragraph or a
    /// sentence first (prose is no cover's).
    ///
    ///     "UNITED NATIONS OFFICE ON X" / "Vienna" / "" / "Final Independent Project Evaluation of the" -> the last line's index
    ///     "CENTRAL WATER FUND" / "" / "CWF Two Year Evaluation: Management Response Matrix"           -> the last line's index
    ///     "Overview" / "The 2023 synthesis of … draws on …"                                            -> nil (a paragraph)
    static func namingLine(_ lines: [Substring], below i: Int) -> Int? {
        var seen = 0
        for j in (i + 1)..<max(i + 1, lines.count) {
            let line = lines[j]
            guard !ByteText.isBlank(line.utf8), !PageChrome.isChrome(line), !PageFooter.isFooter(line) else { continue }
            seen += 1
            let text = Text.fold(line)
            guard seen <= coverLines, !PageChrome.isParagraph(text), !ReportParser.endsParagraph([text]) else { return nil }
            if namesEvaluation(text) || namesResponse(text) { return j }
        }
        return nil
    }

    /// Lines of content below a cover's banner in which the line naming the evaluation stands, at most.
    static let coverLines = 6

    /// A title without the cover's furniture written on its line: a unit's banner in capitals before it (`EVALUATION UNIT
    /// Decent work …`); a kind's banner, a series' label and the cover's date before words naming the evaluation
    /// (`OFFICE OF EVALUATION Project evaluation series February 2017 Evaluation of …`); a trailing labelled date
    /// (`… (ERFs) Date: 9 August 2013`).
    ///
    ///     "FINAL EVALUATION REPORT Project for X"  -> unchanged (the rest names no evaluation)
    static func trimmed(_ title: String, droppingTail: Bool = true) -> String {
        var rest = droppingYearCode(droppingPageNumber(Substring(title)))
        if let cut = bannerEnd(rest, kinds: PageVocabulary.bannerWords) { rest = rest[cut...] }
        // NB: a kind's banner, a series and a date go only before words that name the evaluation: `INSPECTION REPORT` may
        // head a title that names its subject alone.
        var named = rest
        while let cut = bannerEnd(named, kinds: PageVocabulary.bannerWords.union(PageVocabulary.bannerKindWords))
                ?? seriesEnd(named) ?? dateEnd(named) {
            named = named[cut...]
        }
        if named.startIndex != rest.startIndex, namesEvaluation(named) { rest = named }
        let dated = droppingDateField(rest)
        return String(droppingTail ? droppingCoverTail(dated) : dated)
    }

    /// A title without the cover's date and the few words after it (`coverTailWords`: its author), and the kind's label
    /// before the date (`Evaluation Report`: `namesKindOnly`), written after the title's own sentence end or closing quote,
    /// when `titleWords` words stay. A kind's label before the date ends the title on a closing parenthesis too, and the
    /// team's names after the date, however many, go with it.
    ///
    ///     "INFORME DE EVALUACIÓN “X en Y”. Enero 2010 A. Person"  -> "INFORME DE EVALUACIÓN “X en Y”"
    ///     "Evaluation of the Project “X in Y” Evaluation Report 26 June 2015 A. Person"  -> "Evaluation of the Project “X in Y”"
    ///     "Evaluation of the X Centre (XC) Final Report May 29, 2014 A. Person, Team Leader B. Person C. Person …"
    ///         -> "Evaluation of the X Centre (XC)"
    ///     "Evaluation of X, May 2015"                             -> unchanged (no sentence end before the date)
    static func droppingCoverTail(_ title: Substring) -> Substring {
        guard let date = DateText.written(in: title).last else { return title }
        var kept = ByteText.trimming(title[..<date.range.lowerBound], anyOf: " ")
        var labelled = false
        // NB: the kind's label the cover sets under the title (`Evaluation Report`), in capitalized words, goes with the date.
        while let space = kept.lastIndex(of: " "), case let word = kept[kept.index(after: space)...],
              word.unicodeScalars.first.map(Scalars.isUppercase) == true, namesKindOnly(String(word)) {
            kept = ByteText.trimming(kept[..<space], anyOf: " ")
            labelled = true
        }
        guard labelled || ByteText.wordCount(title[date.range.upperBound...].utf8) <= coverTailWords else { return title }
        if kept.hasSuffix("."), case let words = kept.dropLast(), ByteText.wordCount(words.utf8) >= titleWords { return words }
        guard let last = kept.last, PageVocabulary.quotePairs.values.contains(last) || labelled && last == ")",
              ByteText.wordCount(kept.utf8) >= titleWords else { return title }
        return kept
    }

    /// A title without the page's number a document host's transcription writes before its first line (`1 Evaluation of
    /// X`): `1` and a capitalized word naming an evaluation after it.
    ///
    ///     "1 Evaluation of the X project"  -> "Evaluation of the X project";  "1 Million Trees"  -> unchanged
    static func droppingPageNumber(_ title: Substring) -> Substring {
        guard title.hasPrefix("1 "), case let rest = title.dropFirst(2), rest.unicodeScalars.first.map(Scalars.isUppercase) == true,
              namesEvaluation(rest) else { return title }
        return rest
    }

    /// A title without the year and the code of the region or office a site's database writes before it (`2015 Global: …`,
    /// `2005 CBD: …`): a year, one word in capitals (`codeLetters` letters at most) or of `PageVocabulary.scopeWords`, its
    /// colon, then `titleWords` words or more.
    ///
    ///     "2005 CBD: Country Programme Evaluation X"  -> "Country Programme Evaluation X"
    ///     "2004 Honduras: Evaluación de X"           -> "Honduras: Evaluación de X" (a country's name is the title's)
    ///     "2030 Agenda: Evaluation of X"             -> unchanged (a word, no code)
    static func droppingYearCode(_ title: Substring) -> Substring {
        let words = title.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[0].utf8.count == 4, let year = Int(words[0]), (1950...2100).contains(year),
              words[1].hasSuffix(":"), case let code = words[1].dropLast(), !code.isEmpty,
              ByteText.wordCount(words[2].utf8) >= titleWords else { return title }
        if ReportParser.countryAlone(code) != nil { return title[words[1].startIndex...] }
        let isCode = code.unicodeScalars.count <= codeLetters && code.unicodeScalars.allSatisfy(Scalars.isUppercase)
        return isCode || PageVocabulary.scopeWords.contains(ByteText.lowercased(code)) ? words[2] : title
    }

    /// Letters of a region's or office's code in a database's title (`CBD`, `ESARO`), at most.
    static let codeLetters = 6

    /// Where the title starts after a leading banner: a run of `bannerRunWords` words or more in capitals (`&`, `-` among
    /// them) that holds one of `kinds`, names no evaluation and ends in no joiner (`OF`, `FOR`), before a capitalized word
    /// in lower case.
    static func bannerEnd(_ text: Substring, kinds: Set<String>) -> String.Index? {
        var words: [Substring] = []
        var i = text.startIndex
        while i < text.endIndex {
            let end = text[i...].firstIndex(of: " ") ?? text.endIndex
            let word = text[i..<end]
            let letters = word.unicodeScalars.contains(where: Scalars.isLetter)
            let lower = word.unicodeScalars.contains(where: Scalars.isLowercase)
            if lower {
                guard words.count >= bannerRunWords, word.unicodeScalars.first.map(Scalars.isUppercase) == true,
                      let last = words.last, !PageVocabulary.titleJoiners.contains(ByteText.lowercased(last)) else { return nil }
                let run = words.joined(separator: " ")
                guard !namesEvaluation(run), ByteText.letterWords(ByteText.lowercased(run.utf8)).contains(where: kinds.contains)
                else { return nil }
                return i
            }
            // NB: a number ends the banner unread (`UNIT 2017 …`): a banner is words.
            guard letters || !word.unicodeScalars.contains(where: Scalars.isNumber) else { return nil }
            words.append(word)
            i = end < text.endIndex ? text.index(after: end) : end
        }
        return nil
    }

    /// Words in capitals of a banner, at least (`EVALUATION UNIT`).
    static let bannerRunWords = 2

    /// Where the title starts after a series' label (`Project evaluation series`: `seriesLabelWords` words at most, the last
    /// in `PageVocabulary.seriesWords`, the first capitalized).
    static func seriesEnd(_ text: Substring) -> String.Index? {
        guard text.unicodeScalars.first.map(Scalars.isUppercase) == true else { return nil }
        var i = text.startIndex
        for _ in 0..<seriesLabelWords {
            guard let space = text[i...].firstIndex(of: " ") else { return nil }
            let word = ByteText.lowercased(ByteText.trimming(text[i..<space], anyOf: " ,;:-–"))
            i = text.index(after: space)
            if PageVocabulary.seriesWords.contains(word) { return i }
        }
        return nil
    }

    /// Words of a series' label, at most.
    static let seriesLabelWords = 4

    /// Where the title starts after the cover's date written first (`February 2017 Evaluation of …`).
    static func dateEnd(_ text: Substring) -> String.Index? {
        guard let first = DateText.written(in: text).first, first.range.lowerBound == text.startIndex else { return nil }
        let rest = text[first.range.upperBound...].drop { $0 == " " || $0 == "," }
        return rest.isEmpty ? nil : rest.startIndex
    }

    /// A title without a trailing labelled date (`PageVocabulary.headerLabels` ending in `:`, a date alone after it), when
    /// `titleWords` words stay.
    ///
    ///     "Plan to the Global Evaluation of X Date: 9 August 2013"  -> "Plan to the Global Evaluation of X"
    static func droppingDateField(_ title: Substring) -> Substring {
        let b = Array(title.utf8)
        for label in dateFieldLabels {
            // NB: the last time the label stands, found in the title's bytes.
            var at: Int?
            while let o = ByteText.firstOffset(of: label, in: b, from: (at ?? -1) + 1) { at = o }
            guard let at else { continue }
            let start = title.utf8.index(title.startIndex, offsetBy: at)
            let value = Text.trimmed(title[title.utf8.index(start, offsetBy: label.count)...])
            let head = title[..<start]
            if NotAnEvaluation.isDateLine(value), ByteText.wordCount(head.utf8) >= titleWords { return head }
        }
        return title
    }

    static let dateFieldLabels = PageVocabulary.headerLabels.filter { $0.hasSuffix(":") }.map { Array(" \($0) ".utf8) }
    /// Words a title keeps after a cut, at least.
    static let titleWords = 3

    /// The title found in a cover read as one line (a paragraph as it stands): a board document's (`boardTitle`), or the
    /// words naming the evaluation between the cover's banners (`trimmed`) and its date with the few words after it
    /// (`coverTailWords`: `5 October 2009 Assignment No. X-09-006`), when they are no paragraph; nil when none is found.
    ///
    ///     "INSPECTION AND EVALUATION DIVISION INSPECTION REPORT Inspection of X: “…” 5 October 2009 Assignment No. X-1"
    ///         -> "Inspection of X: “…”"
    ///
    /// A cover whose project's fields follow the title (`PageVocabulary.coverIDLabels`: `… in Egypt GEF Project ID: 6956 …`)
    /// has its title before the first of them, of `titleWords` words or more.
    ///
    ///     "Midterm Review Report Water Project: Phase 6 of X in Chad GEF Project ID: 123 Country: Chad …"
    ///         -> "Midterm Review Report Water Project: Phase 6 of X in Chad"
    static func fromRunTogether(_ text: String) -> String? {
        if opensBoardCover(text) { return boardTitle(text) }
        // NB: the cover's date is looked for below, the words after it cut there.
        let t = trimmed(text, droppingTail: false)
        if let field = ByteText.withUTF8(t, { b in coverIDLabels.compactMap { ByteText.firstWordOffset(of: $0, in: b, foldingCase: true) }.min() }),
           case let head = String(ByteText.trimming(t[..<t.utf8.index(t.startIndex, offsetBy: field)], anyOf: " ,;:-–")),
           ByteText.wordCount(head.utf8) >= titleWords, !PageChrome.isParagraph(head) {
            return head
        }
        if let date = DateText.written(in: t[...]).last, ByteText.wordCount(t[date.range.upperBound...].utf8) <= coverTailWords,
           case let head = String(ByteText.trimming(t[..<date.range.lowerBound], anyOf: " ,;:-–")),
           namesEvaluation(head), !PageChrome.isParagraph(head) {
            return head
        }
        return titleBeforeSection(t)
    }

    /// The title of a page read as one line that opens its text with the first section's number and heading (`1. Overview`):
    /// the words before them, without a host's page number (`1 `), `titleWords` words or more, capitalized, no paragraph.
    ///
    ///     "1 Action Record 2013 1. Overview The Fund's record tracks …"  -> "Action Record 2013"
    static func titleBeforeSection(_ t: String) -> String? {
        let words = t.split(separator: " ").prefix(boardTitleMostWords)
        guard let k = words.indices.dropFirst().first(where: { k in
            k + 1 < words.endIndex && words[k] == "1." && isSectionHeading(words[k + 1])
        }) else { return nil }
        let head = words[..<k].drop { $0 == "1" }
        let title = head.joined(separator: " ")
        guard head.count >= titleWords, let first = head.first, ByteText.startsUppercase(first), !PageChrome.isParagraph(title),
              !PageChrome.endsSentence(title) else { return nil }
        return title
    }

    static let coverIDLabels = PageVocabulary.coverIDLabels.map { Array($0.utf8) }

    /// Words after a cover's date (its reference), at most.
    static let coverTailWords = 4

    /// Whether a text opens with a board document's cover (`PageVocabulary.boardCoverLines`: `Executive Board …`; or its
    /// symbol, `GEF/ME/C.53/02 November 20, 2017 …`: `PageChrome.isDocumentSymbol`) or holds its header run together
    /// (`PageChrome.isDocumentHeader`).
    static func opensBoardCover(_ text: String) -> Bool {
        PageChrome.isDocumentHeader(text[...]) || text.split(separator: " ", maxSplits: 1).first.map(PageChrome.isDocumentSymbol) == true
            || ByteText.withUTF8(text) { b in boardCoverLines.contains { ByteText.prefixLength(of: b, lowercasedTo: $0) != nil } }
    }

    /// Whether a paragraph is a board document's cover alone, read as one line: it opens the cover (`opensBoardCover`) and
    /// ends with its title (`boardTitle`); or it ends with a cover's line and a word at most (`53rd X Council Meeting …
    /// Agenda Item 09`). Never a summary.
    static func isBoardCover(_ text: String) -> Bool {
        if opensBoardCover(text), let title = boardTitle(text), text.hasSuffix(title) { return true }
        return !PageChrome.endsSentence(text) && ByteText.withUTF8(text) { b in
            boardCoverLines.contains { line in
                ByteText.firstOffset(of: line, in: b, foldingCase: true).map { ByteText.wordCount(b[($0 + line.count)...]) <= 1 } ?? false
            }
        }
    }

    static let boardCoverLines = PageVocabulary.boardCoverLines.map { Array($0.utf8) }

    /// Whether a line is a board document's cover read as one line that holds no title (`boardTitle`): a host's heading of
    /// its cover lines (`Agenda item 7 X/EB.2/2018/7-A Evaluation reports For consideration`), its header run together
    /// alone (`PageChrome.isDocumentHeader`). It names nothing; a header run together with its title is the title's line.
    static func isUntitledCover(_ line: Substring) -> Bool {
        let text = Text.fold(line)
        return opensBoardCover(text) && boardTitle(text) == nil
    }

    /// Whether a host's heading (line `i`, `PageChrome.slugWords` words or more) is the name of the board a cover read as one
    /// line below it (within `PageChrome.slugLines`) writes right after the document's symbol: the board's, no title.
    ///
    ///     "Board of the Water Entity" / … / "1 United Nations ABC/2014/CRP.10 Board of the Water Entity Second session …"
    ///         -> true
    static func isBoardName(_ lines: [Substring], at i: Int) -> Bool {
        let name = Array(Text.fold(lines[i]).utf8)
        guard ByteText.wordCount(name) >= PageChrome.slugWords else { return false }
        return lines[(i + 1)...].prefix(PageChrome.slugLines).contains { line in
            guard line.utf8.count > name.count, let at = ByteText.withUTF8(line, { ByteText.firstOffset(of: name, in: $0) }), at > 0
            else { return false }
            let before = line[..<line.utf8.index(line.startIndex, offsetBy: at)]
            return before.split(separator: " ").last.map(PageChrome.isSymbol) == true
        }
    }

    /// The line of the cover read as one line with its title (`boardTitle`; a host's page number, `1 `, before it) below an
    /// untitled cover's line `i` (`isUntitledCover`: a host's heading), within `coverLines` lines of content; nil when none.
    ///
    ///     "Agenda item 7 X/EB.2/2018/7-A For consideration" / "1 Executive Board … Management response to X (2017) …"
    ///         -> the index of "1 Executive Board …"
    static func titledCover(_ lines: [Substring], below i: Int) -> Int? {
        var seen = 0
        for j in lines.indices.dropFirst(i + 1) where seen < coverLines {
            guard !ByteText.isBlank(lines[j].utf8), !PageChrome.isChrome(lines[j]), !PageFooter.isFooter(lines[j]) else { continue }
            seen += 1
            let page = Text.fold(lines[j]).split(separator: " ", maxSplits: 1)
            let text = page.count == 2 && page[0].utf8.count <= 2 && page[0].allSatisfy(\.isNumber) ? String(page[1]) : Text.fold(lines[j])
            if opensBoardCover(text), boardTitle(text) != nil { return j }
        }
        return nil
    }

    /// Whether a title says the document is a management response (`PageVocabulary.responseKinds` as words, any ASCII case):
    /// `Management response to the recommendations of X`, `Evaluation of X MANAGEMENT RESPONSE`.
    static func namesResponse(_ title: String) -> Bool {
        let lower = ByteText.lowercased(title.utf8)
        return responseKinds.contains { ByteText.firstWordOffset(of: $0, in: lower) != nil }
    }

    /// Whether a cover's short line (`kindLineWords` words at most, no sentence) names the document's kind a management
    /// response: it opens with one of `PageVocabulary.responseKinds`, one word after its first perhaps (an adjective).
    ///
    ///     "Respuesta de la administración" / "Réponse préliminaire de la Direction générale"  -> true
    ///     "Management of the response to the floods"                                          -> false
    static func isResponseKind(_ line: Substring) -> Bool {
        let text = Text.fold(line)
        var words = ByteText.lowercased(text).split(separator: " ")
        guard (2...kindLineWords).contains(words.count), !PageChrome.endsSentence(text) else { return false }
        let opens = { (w: [Substring]) in
            responseKinds.contains { Array(w.joined(separator: " ").utf8).starts(with: $0) }
        }
        if opens(words) { return true }
        words.remove(at: 1)
        return opens(words)
    }

    /// Words of a cover's line naming the document's kind, at most.
    static let kindLineWords = 8

    /// A title without the document's kind its cover writes after a dash (`isResponseKind`), and whether it stood there.
    ///
    ///     "Evaluación de X (Programa 2.1.3) – Respuesta de la administración"  -> ("Evaluación de X (Programa 2.1.3)", true)
    static func droppingResponseKind(_ title: String) -> (title: String, dropped: Bool) {
        for dash in [" – ", " - ", " — "] {
            guard let r = title.ranges(of: dash).last, isResponseKind(title[r.upperBound...]),
                  case let head = String(ByteText.trimming(title[..<r.lowerBound], anyOf: " ,;:")),
                  ByteText.wordCount(head.utf8) >= titleWords else { continue }
            return (head, true)
        }
        return (title, false)
    }

    static let responseKinds = PageVocabulary.responseKinds.map { Array($0.utf8) }

    /// The text after a board cover read as one line and its title (`boardTitle`), without the section heading and paragraph
    /// number that open it, up to the next paragraph's number; the text as it stands when it opens no cover or ends with its
    /// title.
    ///
    ///     "Executive Board … For consideration Management response to X (2017) Background 1. This document … 2. The …"
    ///         -> "This document …"
    static func afterBoardCover(_ text: String) -> String {
        // NB: a host's transcription opens with the page's number (`1 Executive Board …`).
        let page = text.split(separator: " ", maxSplits: 1)
        let cover = page.count == 2 && page[0].utf8.count <= 2 && page[0].allSatisfy(\.isNumber) ? String(page[1]) : text
        guard opensBoardCover(cover), let title = boardTitle(cover), let r = cover.firstRange(of: title), r.upperBound < cover.endIndex
        else { return text }
        let text = cover
        var rest = text[r.upperBound...].split(separator: " ")[...]
        if let cut = (1...2).first(where: { rest.count > $0 && isSectionHeading(rest.prefix($0).joined(separator: " ")) }) {
            rest = rest.dropFirst(cut)
        }
        if let first = rest.first, isItemNumber(first) { rest = rest.dropFirst() }
        return beforeNextParagraph(rest).joined(separator: " ")
    }

    /// The text after a cover read as one line that ends with the document's symbol (`PageChrome.isDocumentSymbol`) and its
    /// date, within the first `coverSymbolWords` words, before a capitalized word; the text as it stands when none is there.
    ///
    ///     "… Provisional agenda item 2: Five-Year Evaluation of X X/PCB(13)/02.2 11 November 2002 At its seventh meeting …"
    ///         -> "At its seventh meeting …"
    static func afterCoverSymbol(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: coverSymbolWords + 4)
        for k in words.indices.prefix(coverSymbolWords) where words[k].contains("/") && PageChrome.isDocumentSymbol(words[k]) {
            guard let n = [3, 2].first(where: { k + $0 + 1 < words.count
                && NotAnEvaluation.isDateLine(words[(k + 1)...(k + $0)].joined(separator: " ")[...]) }),
                  case let next = words[k + n + 1], ByteText.startsUppercase(next), isLowerWord(next) else { return text }
            return String(text[next.startIndex...])
        }
        return text
    }

    /// Words of a cover read as one line before its symbol, at most.
    static let coverSymbolWords = 40

    /// A paragraph's words up to where the next one's number stands after a sentence's end, as a transcription runs a
    /// board document's numbered paragraphs together.
    ///
    ///     "… to the CSPs. 3. The Board …"  -> "… to the CSPs."
    static func beforeNextParagraph(_ words: ArraySlice<Substring>) -> ArraySlice<Substring> {
        guard let next = words.indices.dropFirst().first(where: { k in
            k + 1 < words.endIndex && words[k - 1].hasSuffix(".") && isItemNumber(words[k]) && words[k].hasSuffix(".")
                && ByteText.startsUppercase(words[k + 1])
        }) else { return words }
        return words[..<next]
    }

    /// A board document's title in its cover read as one line: the first run of words in capitals (`boardTitleWords` words
    /// or more) that names an evaluation or the response to one (`namesEvaluation`, `NotAnEvaluation.boardEvaluationWords`),
    /// without the words of no letter before it and the section heading or item's number after it.
    ///
    ///     "Executive Board … 2015 EVALUATION REPORTS Agenda item 5 For consideration MANAGEMENT RESPONSE TO THE
    ///     RECOMMENDATIONS OF X (2008–2014) BACKGROUND 1. This document …"
    ///         -> "MANAGEMENT RESPONSE TO THE RECOMMENDATIONS OF X (2008–2014)"
    ///
    /// A title in sentence case (WFP's since 2017) is the words from the first capitalized one that opens one of
    /// `boardEvaluationWords` up to the section heading and paragraph number that open the text (`sentenceCaseTitle`).
    static func boardTitle(_ text: String) -> String? {
        let words = text.split(separator: " ")
        var k = 0
        while k < words.count {
            guard !isLowerWord(words[k]) else { k += 1; continue }
            var end = k
            while end < words.count, !isLowerWord(words[end]) { end += 1 }
            var run = words[k..<end].drop { !$0.unicodeScalars.contains(where: Scalars.isLetter) }
            while let last = run.last {
                if isItemNumber(last) { run = run.dropLast(); continue }
                if let cut = (1...2).first(where: { run.count > $0 && isSectionHeading(run.suffix($0).joined(separator: " ")) }) {
                    run = run.dropLast(cut)
                    continue
                }
                break
            }
            let joined = run.joined(separator: " ")
            if run.count >= boardTitleWords,
               namesEvaluation(joined) || ByteText.holdsAny(NotAnEvaluation.boardEvaluationWords, in: joined[...]) {
                return joined
            }
            k = end
        }
        return agendaTitle(words) ?? sentenceCaseTitle(words)
    }

    /// A board title written after its agenda item's label (`Provisional agenda item 2: Five-Year Evaluation of X
    /// X/PCB(13)/02.2 11 November 2002 …`): the words after the label's colon up to the document's symbol
    /// (`PageChrome.isSymbol`), `titleWords` to `boardTitleMostWords` words naming an evaluation or the response to one.
    static func agendaTitle(_ words: [Substring]) -> String? {
        guard let colon = words.indices.dropFirst(2).first(where: { k in
            words[k].hasSuffix(":") && ByteText.lowercased(words[k - 2]) == "agenda" && ByteText.lowercased(words[k - 1]) == "item"
        }), let symbol = words[(colon + 1)...].prefix(boardTitleMostWords + 1).firstIndex(where: PageChrome.isSymbol) else { return nil }
        let title = words[(colon + 1)..<symbol].joined(separator: " ")
        guard symbol - colon - 1 >= titleWords,
              namesEvaluation(title) || ByteText.holdsAny(NotAnEvaluation.boardEvaluationWords, in: title[...]) else { return nil }
        return title
    }

    /// A board title set in sentence case, from a capitalized word opening one of `boardEvaluationWords` up to the first
    /// paragraph's number, the section heading before it dropped (`boardTitleWords` to `boardTitleMostWords` words).
    ///
    ///     "… For consideration Executive Board documents are … ( Management response to the recommendations of X (2017
    ///     mid-2018) Background 1. This document …"  -> "Management response to the recommendations of X (2017 mid-2018)"
    static func sentenceCaseTitle(_ words: [Substring]) -> String? {
        for k in words.indices where ByteText.startsUppercase(words[k]) {
            let opening = ByteText.lowercased(words[k...].prefix(4).joined(separator: " "))
            guard NotAnEvaluation.boardEvaluationWords.contains(where: { opening.utf8.starts(with: $0) }),
                  let number = words[k...].prefix(boardTitleMostWords + 3).firstIndex(where: isItemNumber) else { continue }
            var run = words[k..<number]
            if let cut = (1...2).first(where: { run.count > $0 && isSectionHeading(run.suffix($0).joined(separator: " ")) }) {
                run = run.dropLast(cut)
            }
            guard (boardTitleWords...boardTitleMostWords).contains(run.count) else { return nil }
            return run.joined(separator: " ")
        }
        return nil
    }

    /// Words of a board document's title in sentence case, at most.
    static let boardTitleMostWords = 40

    /// Words of a board document's title in capitals, at least.
    static let boardTitleWords = 4

    /// Whether a word holds a lower-case letter.
    static func isLowerWord(_ word: Substring) -> Bool {
        word.unicodeScalars.contains(where: Scalars.isLowercase)
    }

    /// Whether a word is a list item's number (`1.`, `2)`, `3.1`).
    static func isItemNumber(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, Scalars.isNumber(first) else { return false }
        return word.unicodeScalars.allSatisfy { Scalars.isNumber($0) || $0 == "." || $0 == ")" } && !word.allSatisfy(\.isNumber)
    }
}
