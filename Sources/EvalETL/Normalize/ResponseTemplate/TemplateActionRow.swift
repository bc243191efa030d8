/// Cuts one key action row of an agency's management response template into the action's fields. The
/// row is every line from its number to the next row's, joined; its cells go in the table's order, with
/// a dated status update after them:
///
///     1. Suivre le processus … potentiels March 29,2013 ARR February 06,2014,Completed Le bureau a …
///     └num┘└──────── text ─────────────┘ └─deadline──┘ └resp┘ └last updated─┘ └status─┘└comments─┘
///
/// The first date (`DateText.written`, or a digits' `DateText.deadline`) is the deadline; the
/// responsible cell stands after it (`Deadline Responsible unit(s)`) or before it (`Responsible Deadline`:
/// `ResponsibleCell` reads it off the text). A second date opens the status update: the date the action
/// was last updated, its status (`StatusMatcher.leading`: an unknown one kept with a warning), comments.
///
/// NB: a function of the row alone, as `KeyActionSplitter` is for GATE's rows.
enum TemplateActionRow {
    /// With `years` (a `Time Frame` column: `2009 2010`, `2011-2015`), a run of years is the deadline when the row
    /// has no date: the last day of the last year named (`2009 2010` -> 2010-12-31), as a month's deadline is its last day.
    static func split(_ row: Substring, responsibleFirst: Bool, line: Int, parties: PartyLexicon, years: Bool = false) -> KeyActionSplitter.Row {
        var body = Text.folded(row)
        KeyActionSplitter.dropBullet(&body)
        _ = KeyActionSplitter.dropNumber(&body)
        var action = ParsedAction(text: Text.fold(body))
        action.line = line
        var diagnostics: [Diagnostic] = []
        var dates = dates(in: body)
        if years {
            // NB: a time frame's table has no dated status update: a date after its years is the comments'
            // (`2009 Programme Completed SWOT analysis was completed in July 2009`).
            dates = (dates.prefix(1) + [yearRun(body)].compactMap { $0 }).sorted { $0.range.lowerBound < $1.range.lowerBound }
            dates = Array(dates.prefix(1))
        }
        // NB: a date the action's text names stands before the row's (`… as from July 2011 July 31,2011 M&E officer
        // November 29,2011,On Schedule`): the deadline is the date before the status update's.
        if dates.count > 2, let u = dates.indices.dropFirst().first(where: { opensStatus(body, after: dates[$0].range) }) {
            dates = Array(dates[(u - 1)...])
        }
        guard let first = dates.first else {
            diagnostics.append(.warning(line: line, "key action row has no deadline; all of it kept as the action text"))
            return (action, diagnostics)
        }
        action.deadline = first.date
        let pre = body[..<first.range.lowerBound]
        var cell = ByteText.trimming(body[first.range.upperBound..<(dates.count > 1 ? dates[1].range.lowerBound : body.endIndex)], anyOf: " ,;:-–")
        var statusText: Substring = ""
        if dates.count > 1 {
            action.lastUpdated = dates[1].date
            statusText = ByteText.trimming(body[dates[1].range.upperBound...], anyOf: " ,;:-–")
        } else if let at = statusStart(cell) {
            statusText = cell[at...]
            cell = Text.trimmed(cell[..<at])
        } else if years, ByteText.wordCount(cell.utf8) > 2, let space = cell.utf8.firstIndex(of: 0x20) {
            // NB: a `Tracking: Status` column and no status known: the responsible is the cell's first word,
            // and the status the next (kept as written, with a warning).
            statusText = cell[cell.utf8.index(after: space)...]
            cell = cell[..<space]
        }
        if responsibleFirst || cell.isEmpty {
            // NB: the cell after the deadline is then the status's (`… March 2013 Completed`).
            if statusText.isEmpty { statusText = cell }
            let split = ResponsibleCell.split(pre, lexicon: parties)
            if let responsible = split.responsible, !split.text.isEmpty {
                action.text = Text.fold(split.text)
                action.responsible = Text.fold(responsible)
                action.parties = split.parties
            } else {
                action.text = Text.fold(pre)
            }
        } else {
            action.text = Text.fold(pre)
            action.responsible = Text.fold(cell)
            action.parties = PartySplitter.split(Text.fold(cell), lexicon: parties)
        }
        if action.text.isEmpty {
            action.text = Text.fold(body)
            diagnostics.append(.warning(line: line, "key action row has no description before its deadline"))
        }
        if var status = StatusMatcher.leading(Text.trimmed(statusText)) {
            if !status.known, let (phrase, rest) = unknownStatus(Text.trimmed(statusText)) {
                status.status = phrase
                status.rest = rest
            }
            action.status = status.status
            // NB: a comment saying there is none (`n/a`) is none.
            action.comments = Text.nonEmpty(status.rest).flatMap { Vocabulary.noValues.contains(ByteText.lowercased($0)) ? nil : $0 }
            if !status.known {
                diagnostics.append(.warning(line: line, "unknown action status '\(status.status)', kept as written"))
            }
        }
        return (action, diagnostics)
    }

    /// Whether a folded line is a numbered key action row with a dated status update (`opensStatus`), read as one where the
    /// table's header is lost.
    ///
    ///     "1. Hold a meeting July 31,2011 M&E officer November 29,2011,On Schedule" -> true
    static func isHeaderlessRow(_ folded: Substring) -> Bool {
        var body = folded
        guard KeyActionSplitter.dropNumber(&body) else { return false }
        let found = dates(in: body)
        return found.count >= 2 && found.dropFirst().contains { opensStatus(body, after: $0.range) }
    }

    /// Whether a date opens a status update: a status follows it after its `,` (`November 29,2011,On Schedule`, `…, Completed`),
    /// a known one (`StatusMatcher`) or any word written close to the comma.
    static func opensStatus(_ body: Substring, after date: Range<String.Index>) -> Bool {
        let rest = body[date.upperBound...]
        guard rest.first == "," else { return false }
        let after = rest.dropFirst()
        if let c = after.unicodeScalars.first, Scalars.isLetter(c) { return true }
        return StatusMatcher.leading(Text.trimmed(after))?.known == true
    }

    /// The dates of a row in order: written with a month's name (`DateText.written`) or in digits
    /// (`KeyActionSplitter.datedWords`: `2013/03`, `29/03/2013`).
    static func dates(in s: Substring) -> [(range: Range<String.Index>, date: CalendarDate)] {
        let words = DateText.written(in: s)
        let digits = KeyActionSplitter.datedWords(s).filter { d in !words.contains { $0.range.overlaps(d.0) } }
        return (words + digits.map { (range: $0.0, date: $0.1) }).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where a status starts in a cell after its first word: the first capitalised known status phrase.
    ///
    ///     "ARR Completed Le bureau …" -> at "Completed"
    static func statusStart(_ cell: Substring) -> String.Index? {
        var at = cell.startIndex
        var words = 0
        while let space = cell[at...].utf8.firstIndex(of: 0x20), words < 40 {
            at = cell.utf8.index(after: space)
            words += 1
            if ByteText.startsUppercase(cell[at...]), StatusMatcher.match(ByteText.prefix(cell[at...], scalars: 80)) != nil { return at }
        }
        return nil
    }

    /// A time frame of years: one year, or two parted by a space or a dash, each a word of its own
    /// (`2009 2010`, `2011 - 2015`) or one word (`2011-2015`, `2011–2015`) -> its range and the last day of its last year.
    static func yearRun(_ s: Substring) -> (range: Range<String.Index>, date: CalendarDate)? {
        let words = s.split(separator: " ")
        func year(_ w: Substring) -> Int? {
            guard w.utf8.count == 4, w.utf8.allSatisfy(ByteText.isDigit), let y = Int(w), (1950...2100).contains(y) else { return nil }
            return y
        }
        for (k, w) in words.enumerated().dropFirst() {
            // NB: `2011-2015` is one word: its years on either side of the dash, the second not before the first.
            if let dash = w.firstIndex(where: { $0 == "-" || $0 == "–" }), let first = year(w[..<dash]),
               let last = year(w[w.index(after: dash)...]), last >= first {
                return (w.startIndex..<w.endIndex, CalendarDate(year: last, month: 12, day: 31)!)
            }
            guard let first = year(w) else { continue }
            var last = (first, w.endIndex)
            var j = k + 1
            if j < words.count, words[j] == "-" || words[j] == "–" { j += 1 }
            if j < words.count, let second = year(words[j]), second >= first { last = (second, words[j].endIndex) }
            return (w.startIndex..<last.1, CalendarDate(year: last.0, month: 12, day: 31)!)
        }
        return nil
    }

    /// An unknown status phrase: its words up to the comments' first, a capitalised word (at most 8 words
    /// before it); nil when no capitalised word follows that soon.
    ///
    ///     "Taken into account for further implementation Efforts in this direction …"
    ///         -> ("Taken into account for further implementation", "Efforts in this direction …")
    static func unknownStatus(_ text: Substring) -> (String, Substring)? {
        let words = text.split(separator: " ", maxSplits: 9)
        for w in words.dropFirst().prefix(8) where ByteText.startsUppercase(w) {
            return (Text.fold(text[..<w.startIndex]), text[w.startIndex...])
        }
        return nil
    }
}
