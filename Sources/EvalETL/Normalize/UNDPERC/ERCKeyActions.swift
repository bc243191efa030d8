/// Reads the key actions of one ERC recommendation, line by line, in page order.
///
///     Key Action Responsible DueDate Status Comments Documents      (table header, skipped)
///     1.1 Undertake the remaining … activities                       text (one line or more)
///     [Added: 2021/11/27] [Last Updated: 2022/04/15] |               stamps -> last_updated 2022-04-15
///     PMU | 2022/12 | Initiated | History | |                        cells  -> ERCCells
///
/// The older admin layout has no stamps and one line a row, text first:
///
///     Los proyectos … medición. PROGRAMA 2009/10 Completed En los proyectos …
///
/// which reads as a GATE row does (`KeyActionSplitter`).
struct ERCKeyActions {
    let parties: PartyLexicon
    private(set) var actions: [ParsedAction] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines of the actions whose cells row stands apart from their text: an empty responsible
    /// cell there says no party, and `ResponsibleEvidence` does not look for one in the text.
    private(set) var cellsApart: Set<Int> = []
    private var text: [Substring] = []
    private var textLine = 0
    private var stamps: ERCStamps?
    /// A piped cells row cut by a line break, waiting for the rest.
    private var partialCells: String?
    /// The line after an action's text and stamps that reads as no cells row: the row wrapped (the rest on the next
    /// line) or cut where the page ends; never the action's text.
    private var unreadCells: (text: String, line: Int)?
    /// The last line was stamps below an action's text: this line is its cells row.
    private var cellsDue = false
    /// The action whose piped cells row closed before its Comments cell (`RAS | 2020/06 | No Longer Applicable |`).
    private var awaitingComments: Int?
    /// The last cells row ended with its link labels (`… Completed Done History`): the row's last cells, so a
    /// text after it is the next action's, never more of its comments.
    private var rowClosed = false
    /// `ERCParties.split` of each responsible cell read so far on the page.
    ///
    /// NB: a page names a few parties on many rows (`PMU`, `UNDP CO`); each is split once.
    private(set) var partiesRead: [String: [Party]]

    init(parties: PartyLexicon, partiesRead: [String: [Party]] = [:]) {
        self.parties = parties
        self.partiesRead = partiesRead
    }

    /// Takes one line of the Key Actions zone (already classified as text or stamps, or a blank
    /// line of `|` cells, which ends a piped cells row wrapped before them).
    mutating func take(_ line: ERCLine, at n: Int) {
        switch line {
        case .stamps(let s):
            awaitingComments = nil
            if let unread = unreadCells.take() { finishUnread(unread, nextText: true) }
            if stamps != nil, text.isEmpty, let last = actions.indices.last {
                // NB: stamps twice with no text between: the second belongs to the same action.
                actions[last].lastUpdated = s.latest ?? actions[last].lastUpdated
                return
            }
            stamps = s
            // NB: the `|` closing the stamps' own cell; the cells may follow on the same line (an HTML page's row).
            let after = s.after.first == "|" ? Text.trimmed(s.after.dropFirst()) : s.after
            cellsDue = !text.isEmpty && after.isEmpty
            if !after.isEmpty { cells(after, at: n) }
        case .text(let t):
            let due = cellsDue
            cellsDue = false
            // NB: `No Key Actions added.`: the block has none; the line is no action nor a comment.
            if text.isEmpty, Self.saysNone(t) { return }
            if let row = awaitingComments.take(), let cell = Self.commentsCell(t) {
                // NB: the Comments cell of the row above, on a line of its own: never the next action or recommendation.
                if let comments = ERCCells.withoutLinks(cell) {
                    actions[row].comments = actions[row].comments.map { $0 + " " + comments } ?? comments
                }
                return
            }
            if let unread = unreadCells.take() {
                // NB: the cells row wrapped onto this line reads whole; else this line is the next action's.
                if let c = ERCCells.parse((unread.text + " " + t)[...]), c.status != nil { return finish(c, at: n) }
                finishUnread(unread, nextText: true)
            }
            if let partial = partialCells.take() {
                cells((partial + " " + t)[...], at: n)
            } else if stamps != nil {
                cells(t, at: n, due: due)
            } else if let s = ERCStamps.find(in: t) {
                // `1.1 Do X [Added: 2021/11/27]`: text and stamps on one line.
                if !s.before.isEmpty { addText(s.before, at: n) }
                take(.stamps(s), at: n)
            } else if text.isEmpty, let row = adminRow(t, at: n) {
                actions.append(row)
            } else if !text.isEmpty, let c = ERCCells.parse(t), c.status != nil {
                finish(c, at: n)
            } else {
                addText(t, at: n)
            }
        case .blank:
            if let partial = partialCells.take() { cells((partial + " |")[...], at: n) }
        default:
            break
        }
    }

    /// The Comments cell of a piped row that closed after its Status cell: a line ending in `|` that is no
    /// cells row or stamps of its own; its first cell (the Documents cell after it is links).
    ///
    ///     "[Justification: No further autonomy is needed. ] RAS |" -> "[Justification: No further autonomy is needed. ] RAS"
    static func commentsCell(_ t: Substring) -> Substring? {
        guard ByteText.trimmingBlanks(t).utf8.last == UInt8(ascii: "|"), ERCStamps.find(in: t) == nil, ERCCells.parse(t) == nil,
              let first = ByteText.split(t, where: { $0 == UInt8(ascii: "|") }).first else { return nil }
        return Text.trimmed(first)
    }

    /// Does the line say the block has no key actions (`GATEVocabulary.noKeyActionLines`), or begin to where the
    /// page is cut (`No Key Actions adde`)?
    ///
    ///     "No Key Actions added." -> true;  "No Key Actions adde" -> true;  "No key" -> false;  "No key actions were taken yet." -> false
    static func saysNone(_ t: Substring) -> Bool {
        let line = ByteText.lowercased(Array(ByteText.trimmingPunctuation(t).utf8))
        return line.count >= minCutNone && GATEVocabulary.noKeyActionLines.contains { $0.starts(with: line) }
    }

    /// The bytes a cut `No Key Actions added.` keeps at least: `no key action`.
    private static let minCutNone = 13

    /// The text read since the last action's cells, when no stamps or cells followed it: on a page whose
    /// recommendations have no label, the next recommendation's text (`ERCResponseParser`).
    mutating func takeLooseText() -> [Substring] {
        guard stamps == nil, partialCells == nil, !text.isEmpty else { return [] }
        defer { text.removeAll() }
        return text
    }

    /// Ends the zone: a text left without cells is kept (as a comment of the action before it, unless its row
    /// ended with its link labels, or as an action of its own with a warning).
    mutating func close() {
        if let unread = unreadCells.take() { finishUnread(unread, nextText: false) }
        if let partial = partialCells.take(), let c = ERCCells.parse(partial[...]) { finish(c, at: textLine) }
        guard !text.isEmpty || stamps != nil else { return }
        let more = Text.fold(ByteText.trimming(text.joined(separator: " ")[...], ByteText.isPipeOrBlank))
        if stamps == nil, !more.isEmpty, !rowClosed, let last = actions.indices.last {
            actions[last].comments = actions[last].comments.map { $0 + " " + more } ?? more
        } else if !more.isEmpty {
            finish(ERCCells(), at: textLine)
            diagnostics.append(.warning(line: textLine, "key action has no Responsible / DueDate / Status cells; kept as text"))
        }
        text.removeAll(keepingCapacity: true)
        stamps = nil
    }

    private mutating func addText(_ t: Substring, at n: Int) {
        if text.isEmpty { textLine = n }
        text.append(t)
    }

    /// `due`: the line is the one right below the stamps, which stand below the action's text.
    private mutating func cells(_ line: Substring, at n: Int, due: Bool = false) {
        // NB: a piped row ends with the `|` of its Documents cell; a comment with a line break ends earlier.
        if ByteText.contains(line, UInt8(ascii: "|")), line.utf8.last != UInt8(ascii: "|") {
            partialCells = String(line)
            return
        }
        guard let c = ERCCells.parse(line) else {
            // NB: stamps after the action's text: the line below them is its cells row, never text, though it reads
            // as none (`UNDP Officer in coordination with MINAE 2`: the page cut mid-row).
            if due, !ByteText.contains(line, UInt8(ascii: "|")) {
                unreadCells = (String(line), n)
                return
            }
            // NB: not a cells row after all (stamps above the text): the action's text goes on.
            addText(line, at: n)
            return
        }
        finish(c, at: n)
        rowClosed = ERCCells.endsWithLinks(line)
        // NB: `Responsible | DueDate | Status |` and no more: the Comments cell went onto the next line.
        if ByteText.contains(line, UInt8(ascii: "|")), line.utf8.lazy.filter({ $0 == UInt8(ascii: "|") }).count <= 3 {
            awaitingComments = actions.count - 1
        }
    }

    private mutating func finish(_ c: ERCCells, at n: Int) {
        rowClosed = false
        var action = ParsedAction(text: Self.actionText(text))
        action.line = text.isEmpty ? n : textLine
        action.responsible = c.responsible
        action.deadline = c.deadline
        action.status = c.status
        action.comments = c.comments
        action.lastUpdated = stamps?.latest
        if let r = c.responsible { action.parties = splitParties(r) }
        cellsApart.insert(action.line)
        if c.unknownStatus, let s = c.status {
            diagnostics.append(.warning(line: n, "unknown action status '\(s)', kept as written"))
        }
        actions.append(action)
        text.removeAll(keepingCapacity: true)
        stamps = nil
    }

    /// Ends the action whose cells row could not be read: its text is kept, with no cells and a warning.
    /// `nextText`: more lines followed, so the row was missing and the line read as none opens the next action's
    /// text; else the block ends there (a page cut mid-row) and the line is no text.
    private mutating func finishUnread(_ unread: (text: String, line: Int), nextText: Bool) {
        let line = textLine
        finish(ERCCells(), at: unread.line)
        if nextText {
            diagnostics.append(.warning(line: line, "key action has no Responsible / DueDate / Status cells; kept as text"))
            addText(unread.text[...], at: unread.line)
        } else {
            diagnostics.append(.warning(line: unread.line,
                                        "key action's Responsible / DueDate / Status line cannot be read ('\(unread.text)'); kept without cells"))
        }
    }

    /// `ERCParties.split(responsible, lexicon: parties)`, split once a page.
    private mutating func splitParties(_ responsible: String) -> [Party] {
        if let known = partiesRead[responsible] { return known }
        let split = ERCParties.split(responsible, lexicon: parties)
        partiesRead[responsible] = split
        return split
    }

    /// A whole row of the admin layout, or nil when the line is no row.
    private mutating func adminRow(_ t: Substring, at n: Int) -> ParsedAction? {
        // NB: only a line with a due date followed by a status is a row; prose is not.
        guard let c = ERCCells.plain(t), !c.unknownStatus, c.status != nil,
              let row = KeyActionSplitter.split(t, lineNumber: n, parties: parties) else { return nil }
        diagnostics += row.diagnostics
        var action = row.action
        action.parties = action.parties.map(ERCParties.refined)
        if action.deadline == nil { action.deadline = c.deadline }
        if action.responsible == nil, let before = c.responsible, let (text, who) = Self.sentenceTail(before) {
            // NB: `… su medición. PROGRAMA 2009/10`: what follows the last sentence is the responsible.
            action.text = Self.actionText([text[...]])
            action.responsible = who
            action.parties = splitParties(who)
        }
        return action
    }

    /// `Do X. PROGRAMA` -> ("Do X.", "PROGRAMA"): a short tail (at most 6 words) after the last sentence end.
    static func sentenceTail(_ s: String) -> (String, String)? {
        let words = s.split(separator: " ")
        guard let last = words.dropLast().lastIndex(where: { $0.utf8.last == UInt8(ascii: ".") }) else { return nil }
        let tail = words[(last + 1)...]
        guard (1...6).contains(tail.count), let f = tail.first, ByteText.startsUppercase(f) else { return nil }
        return (words[...last].joined(separator: " "), tail.joined(separator: " "))
    }

    /// `1.1 Undertake X`, `R1.1: Undertake X`, `Key Action 1.1 – Undertake X` -> `Undertake X`; an action written
    /// as list items, `- Do X` / `- Do Y` -> `Do X; Do Y` (`listItems`).
    static func actionText(_ lines: [Substring]) -> String {
        // NB: most actions are one line, folded already: its text is a slice of it.
        var body = lines.count == 1 ? Text.folded(lines[0]) : listItems(lines)[...]
        if lines.count == 1 { KeyActionSplitter.dropBullet(&body) }
        // NB: `1) Do X. 2) Do Y.`: the text lists points; its `1)` is no number of the action's.
        if listsPoints(body) { return String(body) }
        let labelled = dropLabel(&body)
        if KeyActionSplitter.dropNumber(&body) || labelled,
           let dash = body.utf8.split(separator: 0x20, maxSplits: 1).first.map({ Substring($0) }), dash == "-" || dash == "–" {
            body = Text.trimmed(body[dash.endIndex...])
        }
        // NB: a trimmed piece of folded text is folded.
        return String(body)
    }

    /// Lines joined by a space, a list item's mark (`- `, `• `) dropped and the item parted from the text before
    /// it by `; ` when that ends in no punctuation.
    ///
    ///     "- Révision du PTA" / "- Rencontre du staff"     -> "Révision du PTA; Rencontre du staff"
    ///     "Hold meetings:" / "- with partners" / "- with donors" -> "Hold meetings: with partners; with donors"
    static func listItems(_ lines: [Substring]) -> String {
        guard lines.contains(where: opensListItem) else { return Text.fold(joining: lines) }
        var out = ""
        for line in lines {
            var l = Text.folded(line)
            let marked = l.startIndex
            KeyActionSplitter.dropBullet(&l)
            if !out.isEmpty {
                if l.startIndex != marked, let last = out.unicodeScalars.last, !SummaryVocabulary.finalPunctuation.contains(last) { out += ";" }
                out += " "
            }
            out += l
        }
        return out
    }

    /// Does the line open with a list item's mark (`- `, `• `)?
    static func opensListItem(_ line: Substring) -> Bool {
        var l = line
        KeyActionSplitter.dropBullet(&l)
        return l.startIndex != line.startIndex
    }

    /// Does the text open with a point's number closed by `)` that the next point's number follows (`2)` after `1)`)?
    /// Then it is a list of points written as one action, kept whole.
    ///
    ///     "1) Meet partners. 2) Agree a plan." -> true;  "1) Meet partners." -> false;  "1) Meet 3) people" -> false
    static func listsPoints(_ s: Substring) -> Bool {
        let digits = s.utf8.prefix { ByteText.isDigit($0) }
        guard (1...2).contains(digits.count), s.utf8.dropFirst(digits.count).first == UInt8(ascii: ")"),
              let n = Int(String(decoding: digits, as: UTF8.self)) else { return false }
        return ByteText.withUTF8(s) { ByteText.firstOffset(of: Array(" \(n + 1)) ".utf8), in: $0) != nil }
    }

    /// Drops the label a page writes before an action's number (`ERCVocabulary.actionLabels`: `R1.1`, `KA 1.1`,
    /// `Action 1.1`); true when one was dropped. A label with no digit after it is text (`Action plan …`).
    static func dropLabel(_ s: inout Substring) -> Bool {
        for label in ERCVocabulary.actionLabels {
            guard let length = ByteText.withUTF8(s, { ByteText.prefixLength(of: $0, lowercasedTo: label) }) else { continue }
            var rest = s[s.utf8.index(s.startIndex, offsetBy: length)...]
            // NB: `R1.1` is written close; `R 2.5 million` is money.
            if rest.utf8.first == 0x20, label.count > 1 { rest = rest.dropFirst() }
            // `R1.1: Do X` -> `1.1: Do X`; without an action's number after it, the label is text.
            var numbered = rest
            guard rest.utf8.first.map(ByteText.isDigit) == true, KeyActionSplitter.dropNumber(&numbered) else { continue }
            s = rest
            return true
        }
        return false
    }
}
