/// The `Responsible DueDate Status Comments` cells of one ERC key action, from the line after its stamps.
///
///     plain: "UN Agencies and UNDAF ME TWG No due date No deadline established A consideration …"
///            -> responsible "UN Agencies and UNDAF ME TWG", deadline nil, status "No deadline established",
///               comments "A consideration …"
///     plain: "CPG 2010/12 Completed"                     -> "CPG", 2010-12-31, "Completed", nil
///     pipes: "PMU and UNDP | 2021/12 | Completed | Action completed History |"
///            -> "PMU and UNDP", 2021-12-31, "Completed", "Action completed"
///
/// The plain layout has no delimiter: the responsible text ends at the first due date
/// (`YYYY/MM` or `No due date`), and the status is the longest status phrase after it.
struct ERCCells: Equatable {
    var responsible: String?
    var deadline: CalendarDate?
    var status: String?
    var comments: String?
    /// The status was not a known one and is kept as written.
    var unknownStatus = false

    /// The cells of `line`, or nil when it holds no due date (or, with pipes, too few cells).
    static func parse(_ line: Substring) -> ERCCells? {
        line.utf8.contains(UInt8(ascii: "|")) ? piped(line) : plain(line)
    }

    static func piped(_ line: Substring) -> ERCCells? {
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { Text.trimmed($0) }
        guard cells.count >= 3 else { return nil }
        var out = ERCCells()
        guard let due = dueDate(cells[1]) else { return nil }
        out.responsible = Text.nonEmpty(cells[0])
        out.deadline = due
        let status = Text.fold(cells[2])
        if let m = StatusMatcher.match(status[...]) {
            out.status = m.status
            // NB: a status cell with more after the phrase: the rest is a comment.
            let more = Text.nonEmpty(m.rest)
            let comments = cells.count > 3 ? Text.nonEmpty(cells[3]) : nil
            out.comments = withoutLinks([more, comments].compactMap { $0 }.joined(separator: " "))
        } else {
            out.status = Text.nonEmpty(status)
            out.unknownStatus = out.status != nil
            out.comments = cells.count > 3 ? withoutLinks(Text.fold(cells[3])) : nil
        }
        return out
    }

    static func plain(_ line: Substring) -> ERCCells? {
        // NB: most lines tried hold no due date; one pass over the bytes rules them out
        // before any word is made (`/` of a `YYYY/MM`, or a `No due date` phrase).
        let phrases = ERCVocabulary.noDueDateBytes.indices.filter { p in
            ByteText.withUTF8(line) { ByteText.firstOffset(of: ERCVocabulary.noDueDateBytes[p], in: $0, foldingCase: true) != nil }
        }
        guard !phrases.isEmpty || line.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let text = Text.fold(line)
        let words = text.split(separator: " ")
        let lowerWords = phrases.isEmpty ? [] : ByteText.lowercased(text[...]).split(separator: " ")
        for (i, w) in words.enumerated() {
            let due: (date: CalendarDate?, words: Int)
            if w.utf8.contains(UInt8(ascii: "/")), let d = yearMonth(w) {
                due = (d, 1)
            } else if lowerWords.count == words.count,
                      let n = phrases.lazy.map({ ERCVocabulary.noDueDateWords[$0] })
                          .first(where: { lowerWords[i...].starts(with: $0) })?.count {
                due = (nil, n)
            } else {
                continue
            }
            var out = ERCCells()
            out.responsible = Text.nonEmpty(words[..<i].joined(separator: " "))
            out.deadline = due.date
            let after = words[(i + due.words)...].joined(separator: " ")
            if let m = StatusMatcher.match(after[...]) {
                out.status = m.status
                out.comments = withoutLinks(String(m.rest))
            } else if let first = after.split(separator: " ").first {
                // NB: no delimiter: an unknown status is taken as its first word.
                out.status = String(first)
                out.unknownStatus = true
                out.comments = withoutLinks(String(after.dropFirst(first.count)))
            }
            return out
        }
        return nil
    }

    /// `2021/12` -> the month's last day; `No due date` or nothing -> `.some(nil)`; anything else -> nil.
    static func dueDate(_ cell: Substring) -> CalendarDate?? {
        let c = Text.fold(cell)
        if ERCVocabulary.isNoDueDate(c) || c.isEmpty { return .some(nil) }
        if let d = yearMonth(c[...]) { return .some(d) }
        return nil
    }

    /// `2021/12` (also `2021/12/31`, taken as its month) -> 2021-12-31.
    static func yearMonth(_ w: Substring) -> CalendarDate? {
        let parts = w.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].utf8.count == 4, (1...2).contains(parts[1].utf8.count),
              parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(ByteText.isDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return CalendarDate.endOfMonth(year: y, month: m)
    }

    /// A comments cell without the `History` / `Documents` link labels; nil when nothing else.
    static func withoutLinks(_ s: String) -> String? {
        var words = Text.fold(s).split(separator: " ")
        while let l = words.last, ERCVocabulary.linkLabels.contains(l.lowercased()) { words.removeLast() }
        while let f = words.first, ERCVocabulary.linkLabels.contains(f.lowercased()) { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
