/// How a template's table reads when its cells lost their grid: a header row wrapped over lines, the first
/// row run on from the header's last line, a response's category chosen in its label, actions stated as
/// their unit's sentences.
///
///     Action Planned Responsible                                   -> the header (`wrappedHeader`), over
///     Office/Person Expected Completion Date Implementation Stage     two lines: responsible first
///     Actions Taken Supporting Documents 1 Develop …               -> row 1 from `1` (`firstRowAfterHeader`)
extension ResponseTemplateParser {
    /// Whether a folded line is a key action table's header row cut short by its wrapping: it opens as a
    /// header does and names its responsible or time column, in a few words (`Action Planned Responsible`,
    /// WFP's `Management - Action to be taken Action Responsible`).
    static func opensTableHeader(_ folded: Substring) -> Bool {
        guard folded.utf8.count <= 60, let f = folded.utf8.first, headerFirstBytes.contains(f | 0x20) else { return false }
        let lower = ByteText.lowercased(folded.utf8)
        return tableHeaderStarts.contains { lower.starts(with: $0) }
            && (timeWords + responsibleWords).contains { ByteText.firstOffset(of: $0, in: lower) != nil }
    }

    static let headerFirstBytes = Set(ResponseTemplateVocabulary.tableHeaderStarts.compactMap(\.utf8.first))

    /// The header row that opens on line `i` of `lines` and goes on over the next lines of text (at most two,
    /// blank lines between skipped): its order (`tableHeaderOrder`) and its last line's index, or nil.
    static func wrappedHeader(_ lines: [Substring], at i: Int) -> (responsibleFirst: Bool, last: Int)? {
        var joined = Text.folded(lines[i])
        var taken = 0
        var j = i + 1
        while j < lines.count, taken < 2 {
            let next = Text.folded(lines[j])
            if !next.isEmpty {
                joined = Substring(joined + " " + next)
                taken += 1
                if let order = tableHeaderOrder(joined) { return (order, j) }
            }
            j += 1
        }
        return nil
    }

    /// The first row where the header's last line runs on into it: after a `1` after capitalised words.
    ///
    ///     "Actions Taken Supporting Documents 1 Develop a plan" -> "Develop a plan"
    static func firstRowAfterHeader(_ folded: Substring) -> Substring? {
        let words = folded.split(separator: " ", maxSplits: 9)
        guard let first = words.first, ByteText.startsUppercase(first) else { return nil }
        for w in words.dropFirst().prefix(8) {
            if w == "1" || w == "1." { return Text.trimmed(folded[w.endIndex...]) }
            guard ByteText.startsUppercase(w) else { return nil }
        }
        return nil
    }

    /// Whether a folded line lists the categories a response chooses from (`Management Response (Agree,
    /// Partially Agree, Disagree):`, `Accepted, partially accepted or not accepted`): the template's own words.
    static func listsCategoryChoices(_ folded: Substring) -> Bool {
        let lower = ByteText.lowercased(ByteText.prefix(folded, scalars: 80).utf8)
        return partlyChoices.contains { ByteText.firstOffset(of: $0, in: lower) != nil }
            && notChoices.contains { ByteText.firstOffset(of: $0, in: lower) != nil }
    }

    // NB: asked of every line opening with `A` or `M` (a kind cue): the needles are made once.
    static let partlyChoices = ResponseTemplateVocabulary.categoryChoices.partly.map { Array($0.utf8) }
    static let notChoices = ResponseTemplateVocabulary.categoryChoices.not.map { Array($0.utf8) }

    /// The value of a `Management Response` label that lists the categories before its `:`, the category
    /// alone when the template's next question follows it unanswered; nil for any other line.
    ///
    ///     "Management Response (Agree, Partially Agree, Disagree): AGREE If rejected, report reason:" -> "AGREE"
    static func choiceResponse(_ raw: Substring) -> Substring? {
        let line = Text.trimmed(raw)
        guard line.utf8.count > managementResponse.count, line.utf8.first.map({ $0 | 0x20 }) == managementResponse.first,
              ByteText.lowercased(line.utf8.prefix(managementResponse.count)) == managementResponse
        else { return nil }
        let rest = Text.trimmed(line.dropFirst(managementResponse.count))
        guard rest.first == "(", let close = rest.prefix(80).firstIndex(of: ")") else { return nil }
        let after = Text.trimmed(rest[rest.index(after: close)...])
        guard after.first == ":" else { return nil }
        let value = Text.trimmed(after.dropFirst())
        if let (_, question) = RecommendationFields.leadingCategory(value), question.last == ":" {
            return Text.trimmed(value[..<question.startIndex])
        }
        return value
    }

    static let managementResponse = Array("management response".utf8)

    /// The text after OCHA's `Evaluation Recommendation 1:` label (`RecommendationFields.dropLabel`); nil for any other line.
    static func evaluationRecommendation(_ raw: Substring) -> Substring? {
        let line = Text.trimmed(raw)
        guard line.utf8.first.map({ $0 | 0x20 }) == evaluationRecommendationLabel.first,
              ByteText.lowercased(line.utf8.prefix(evaluationRecommendationLabel.count)) == evaluationRecommendationLabel else { return nil }
        var rest = line
        RecommendationFields.dropLabel(&rest)
        return rest.startIndex == line.startIndex ? nil : Text.trimmed(rest)
    }

    static let evaluationRecommendationLabel = Array("evaluation recommendation ".utf8)

    /// Whether a line's label is `Recommendation` with no number (`Recommendation: Develop …`).
    static func isBareRecommendationLabel(_ raw: Substring) -> Bool {
        guard let colon = raw.firstIndex(of: ":") else { return false }
        return ByteText.lowercased(Text.fold(raw[..<colon])) == "recommendation"
    }

    /// A key action stated as its unit's sentence, in a table whose rows hold the recommendations (WFP's
    /// matrix): the unit before `will` is the responsible, in capitalised words (one word: an acronym).
    ///
    ///     "CO will draw up an action plan." -> action "CO will draw up an action plan.", responsible "CO"
    static func statedAction(_ folded: Substring, line: Int, parties: PartyLexicon) -> ParsedAction? {
        let words = folded.split(separator: " ", maxSplits: 5)
        guard let k = words.prefix(5).firstIndex(of: "will"), k >= 1,
              words[..<k].allSatisfy(ByteText.startsUppercase),
              k > 1 || words[0].utf8.count >= 2 && words[0].unicodeScalars.allSatisfy({ !Scalars.isLowercase($0) })
        else { return nil }
        let unit = Text.fold(folded[words[0].startIndex..<words[k - 1].endIndex])
        var action = ParsedAction(text: Text.fold(folded))
        action.line = line
        action.responsible = unit
        action.parties = PartySplitter.split(unit, lexicon: parties)
        return action
    }

    /// A recommendation's text without the addressee and priority in parentheses before its closing `:`.
    ///
    ///     "Consolidate the activities. (CO, short-term):" -> "Consolidate the activities."
    static func droppingScope(_ text: String) -> String {
        guard text.hasSuffix("):"), let open = text.lastIndex(of: "("), text.distance(from: open, to: text.endIndex) <= 40 else { return text }
        return Text.fold(text[..<open])
    }

    /// A recommendation's text parted from the response a plan writes after it in the same cell (OCHA's): from a sentence
    /// naming the recommendation by its number (`Recommendation 1 is classified as …`), or after a short heading naming the
    /// response and its actions (`ResponseTemplateVocabulary.responseHeading`, dropped); nil when neither stands past the
    /// text's first words.
    ///
    ///     "Do X. Recommendation 1 is urgent. We agree."                   -> ("Do X.", "Recommendation 1 is urgent. We agree.")
    ///     "Do X (OCHA) Suggested OCHA response and follow up actions. We agree." -> ("Do X (OCHA)", "We agree.")
    static func splittingResponse(_ text: String) -> (recommendation: String, response: String)? {
        let words = text.split(separator: " ")
        guard words.count > 2 else { return nil }
        for k in 1..<words.count {
            let w = words[k]
            // `… level. Recommendation 1 is …`: the plan's words about it.
            if words[k - 1].hasSuffix("."), ByteText.lowercased(Text.fold(w)) == "recommendation", k + 2 < words.count,
               words[k + 1].allSatisfy(\.isNumber), !words[k + 2].hasPrefix(":") {
                return (Text.fold(text[..<w.startIndex]), Text.fold(text[w.startIndex...]))
            }
            // `… OCHA) Suggested OCHA response and specific follow up actions. The …`
            guard w.hasSuffix("."), ResponseTemplateVocabulary.responseHeading.lastWords.contains(ByteText.lowercased(Text.fold(w.dropLast())))
            else { continue }
            let ends = { (word: Substring) in word.last.map { ".):;".contains($0) } ?? false }
            var start = k
            while start > 1, k - start < responseHeadingWords - 1, !ends(words[start - 1]) { start -= 1 }
            guard ends(words[start - 1]), ByteText.startsUppercase(words[start]),
                  words[start...k].contains(where: { ByteText.lowercased(Text.fold($0)) == ResponseTemplateVocabulary.responseHeading.word })
            else { continue }
            return (Text.fold(text[..<words[start].startIndex]), Text.fold(text[w.endIndex...]))
        }
        return nil
    }

    /// Words of a response's heading (`splittingResponse`), at most.
    static let responseHeadingWords = 10

    /// Whether a folded line holds a cover flattened as all its labels, then all its values: three labels or
    /// more at capitalised words, none closed by its `:` nor opened by a list marker (UNFPA's `… Report Issue Year
    /// Evaluation type [joint, …) … Region [AP, …] Focal Point Date of submission 2018 Institutional Evaluation Office …`;
    /// an ILO cover read as one line, `o Type of Evaluation: Final …`, labels each value).
    static func holdsCoverLabelRun(_ folded: Substring) -> Bool {
        guard folded.utf8.count > titleBytes else { return false }
        let b = Array(ByteText.prefix(folded, scalars: coverBytes).utf8)
        let lower = ByteText.lowercased(b)
        var count = 0
        func labelsValue(_ at: Int, _ end: Int) -> Bool {
            let next = b[end...].first { $0 != 0x20 }
            return next == UInt8(ascii: ":") || at >= 2 && b[at - 2] == UInt8(ascii: "o") && (at == 2 || b[at - 3] == 0x20)
        }
        for label in coverRunLabels {
            guard let at = ByteText.firstOffset(of: label, in: lower), at == 0 || b[at - 1] == 0x20, ByteText.isUpper(b[at]),
                  !labelsValue(at, at + label.count) else { continue }
            count += 1
            if count == 3 { return true }
        }
        return false
    }

    static let coverRunLabels = (ResponseTemplateVocabulary.coverLabels.map(\.label) + ResponseTemplateVocabulary.otherCoverLabels).map { Array($0.utf8) }

    /// Whether a folded line holds an overall response's label and its `:` at a capitalised word
    /// (`… Date of submission 2018 Overall assessment: The purpose …`).
    static func holdsSummaryLabel(_ folded: Substring) -> Bool {
        // NB: asked of every line at a page's top: one with no `:` holds no label.
        guard folded.utf8.prefix(coverBytes).contains(UInt8(ascii: ":")) else { return false }
        return labelSegments(folded, limit: coverBytes).contains { segment in
            labelled(ResponseTemplateVocabulary.summaryLabels, ByteText.lowercased(ByteText.prefix(segment, scalars: 60)), segment) != nil
        }
    }

    /// The title when the cover labels none: the template's title line, its page number dropped; else the
    /// page's title (`PageChrome`) up to the template's name standing after it (WFP's cover: the title, then
    /// `Management Response`, its date and the slogan).
    ///
    ///     "1 Management Response to the review of X" -> "Management Response to the review of X"
    ///     "OPERATION EVALUATION X at mid-term Management Response [August, 2015] …" -> "OPERATION EVALUATION X at mid-term"
    static func pageTitle(_ titleLine: Substring?, _ lines: [Substring]) -> String? {
        if let line = titleLine { return titleLineParts(line).title }

        guard let i = PageChrome.titleIndex(lines) else { return nil }
        let text = PageChrome.title(lines, at: i).text
        guard !PageChrome.isParagraph(text) else { return nil }
        let lower = ByteText.lowercased(Array(text.utf8))
        guard let at = ByteText.firstOffset(of: templateName, in: lower),
              !lower[(at + templateName.count)...].starts(with: Array(" to ".utf8)) else { return Text.nonEmpty(text[...]) }
        return Text.nonEmpty(Substring(String(decoding: text.utf8.prefix(at), as: UTF8.self)))
    }

    static let templateName = Array(" management response".utf8)

    /// A title line without its page number and the annex's label it was filed under, and the date written after its comma.
    ///
    ///     "1 Annex 2 OCHA's Management Response Plan (MRP) to X, April 2010" -> ("OCHA's Management Response Plan (MRP) to X", 2010-04)
    static func titleLineParts(_ line: Substring) -> (title: String, date: CalendarDate?) {
        var rest = line
        let words = rest.split(separator: " ", maxSplits: 2)
        if words.count >= 2, words[0].utf8.count <= 3, words[0].utf8.allSatisfy(ByteText.isDigit) { rest = rest[words[1].startIndex...] }
        let annex = rest.split(separator: " ", maxSplits: 2)
        if annex.count == 3, PageVocabulary.annexWords.contains(ByteText.lowercased(Text.fold(annex[0]))),
           case let number = annex[1].hasSuffix(".") ? annex[1].dropLast() : annex[1], !number.isEmpty, number.allSatisfy(\.isNumber) {
            rest = annex[2]
        }
        guard let comma = rest.lastIndex(of: ","), case let after = Text.trimmed(rest[rest.index(after: comma)...]),
              NotAnEvaluation.isDateLine(after), let date = DateText.parse(String(after)) else { return (Text.fold(rest), nil) }
        return (Text.fold(rest[..<comma]), date)
    }
}
