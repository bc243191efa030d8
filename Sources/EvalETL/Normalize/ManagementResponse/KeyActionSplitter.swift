/// Cuts one flattened `Key Actions` table row into the action's fields.
///
///     1.1. KAZ: Engage the new RC to lead on gender in the UNCT MCO Representative 2016/12 Overdue-Initiated Met twice
///     └num┘└scope┘└──────────── text ──────────────────────┘ └── responsible ──┘ └deadline┘ └──status──────┘ └comments┘
///
/// A list marker stands where the number does (`- FGE to explore …`): it is dropped as well (`dropBullet`).
///
/// The deadline (`YYYY/MM`, `YYYY-MM`, `MM/YYYY`, or a full date) anchors the row; without one a
/// status phrase that follows a readable responsible cell anchors it instead.
/// A line with neither, no number and no scope is no row: it continues the
/// previous action's comments. A row whose responsible cell does not read here keeps
/// it in `text`; `ResponsibleEvidence` then reads it with the rest of the document.
///
/// NB: a function of the row alone, so another management response layout can split its rows with it.
enum KeyActionSplitter {
    typealias Row = (action: ParsedAction, diagnostics: [Diagnostic])

    static func split(_ line: Substring, lineNumber: Int, parties: PartyLexicon) -> Row? {
        // NB: folded once here, so every later step splits words on single ASCII spaces;
        // a line that is folded already (most are) is used as it is, not copied.
        var body = Text.folded(line)
        dropBullet(&body)
        let numbered = dropNumber(&body)
        let scope = dropScope(&body)
        var diagnostics: [Diagnostic] = []

        var pre = body
        var deadline: CalendarDate?
        var after: Substring = ""
        if let anchor = deadlineAnchor(body) {
            pre = body[..<anchor.range.lowerBound]
            deadline = anchor.date
            after = body[anchor.range.upperBound...]
        } else if let at = statusAnchor(body, parties) {
            pre = body[..<at]
            after = body[at...]
        } else if numbered || scope != nil {
            var action = ParsedAction(text: Text.fold(body))
            action.scope = scope
            action.line = lineNumber
            diagnostics.append(.warning(line: lineNumber, "key action row has no deadline or status; all of it kept as the action text"))
            return (action, diagnostics)
        } else {
            return nil
        }

        // NB: `X 1.1. X 2011/01 Completed`: the form's Responsible cell holds the action's text again; it names no party.
        let repeated = repeatedText(pre)
        let cell = repeated.map { ResponsibleCell.Split(text: $0, responsible: nil, parties: []) }
            ?? ResponsibleCell.split(pre, lexicon: parties)
        if repeated != nil {
            diagnostics.append(.warning(line: lineNumber, "key action row's responsible cell repeats its text; responsible left empty"))
        }
        var action = ParsedAction(text: Text.fold(cell.text))
        if action.text.isEmpty {
            action.text = Text.fold(pre)
            diagnostics.append(.warning(line: lineNumber, "key action row has no description before the responsible cell"))
        } else if let responsible = cell.responsible {
            action.responsible = Text.fold(responsible)
            action.parties = cell.parties
            if let word = cell.dangling {
                // NB: `… support to MCO Kazakhstan Representative`: the object, or the cell? The page does not say.
                var d = Diagnostic.warning(line: lineNumber, "key action text ends in '\(word)'; its responsible cell '\(action.responsible!)' may hold the end of the text")
                d.topic = .responsible
                diagnostics.append(d)
            }
        }
        action.scope = scope
        action.deadline = deadline
        action.line = lineNumber
        if let status = StatusMatcher.leading(Text.trimmed(after)) {
            action.status = status.status
            action.comments = Text.nonEmpty(status.rest)
            if !status.known {
                diagnostics.append(.warning(line: lineNumber, "unknown action status '\(status.status)', kept as written"))
            }
        } else {
            diagnostics.append(.warning(line: lineNumber, "key action row has no status"))
        }
        return (action, diagnostics)
    }

    /// The action's text when the words before the deadline are it written twice, the second time perhaps after
    /// its number (a Responsible cell filled in with the action); nil otherwise.
    ///
    ///     "Hold the forum 1.1. Hold the forum" -> "Hold the forum";  "Hold the forum Hold the forum" -> "Hold the forum"
    ///
    /// NB: asked of every row: the copies' byte lengths are tried (a number between them of 8 bytes at most),
    /// and a try ends at the first byte that differs.
    static func repeatedText(_ text: Substring) -> Substring? {
        let pre = Text.trimmed(text)
        let length = ByteText.withUTF8(pre) { b -> Int? in
            for between in 0...9 where (b.count - 1 - between) % 2 == 0 {
                let k = (b.count - 1 - between) / 2
                guard k >= 3, b[k] == 0x20, b[b.count - k - 1] == 0x20,
                      b[..<k].elementsEqual(b[(b.count - k)...]) else { continue }
                if between == 0 { return k }
                // NB: `X 1.1. X`: what stands between the copies is the row's number and its space.
                var number = pre[pre.utf8.index(pre.startIndex, offsetBy: k + 1)...]
                if dropNumber(&number), number.utf8.count == k { return k }
            }
            return nil
        }
        return length.map { pre[..<pre.utf8.index(pre.startIndex, offsetBy: $0)] }
    }

    /// Drops a list marker that opens a row: `- `, `* `, `– `, `• ` (`MarkdownText.stripBullet`).
    ///
    ///     "- FGE to explore the value of longer grants FGE 2019/12 Ongoing" -> "FGE to explore …"
    ///
    /// NB: unlike a number, a marker does not make a line a row: a comment's list item
    /// (`- In addition, …`) wrapped onto a line of its own goes on with the row above.
    static func dropBullet(_ s: inout Substring) {
        // NB: a marker and the scalar after it fit in 16 bytes; only a row that has one is copied whole.
        guard MarkdownText.hasBullet(ByteText.Bytes(s.utf8.prefix(16))) else { return }
        let bytes = ByteText.Bytes(s.utf8)
        let rest = MarkdownText.stripBullet(bytes)
        s = Text.trimmed(s[s.utf8.index(s.startIndex, offsetBy: rest.startIndex - bytes.startIndex)...])
    }

    /// Drops `1. `, `1.1. `, `3.` (no space), `2) `, `1.1: `, `1.1 : `, `1 : ` or `1- `; true when there was one.
    static func dropNumber(_ s: inout Substring) -> Bool {
        let u = s.utf8
        var i = u.startIndex
        var sawDot = false
        while i < u.endIndex {
            var j = i
            var digits = 0
            while j < u.endIndex, ByteText.isDigit(u[j]), digits < 4 { j = u.index(after: j); digits += 1 }
            guard digits > 0, digits <= 3, j < u.endIndex else { break }
            // `1.1 Do X`: the last part of a dotted number may go without its dot; `1 : Soutenir …`: French sets
            // a space before the colon after any number.
            if u[j] == UInt8(ascii: " "), sawDot || u[j...].starts(with: " : ".utf8) {
                sawDot = true
                i = j
                break
            }
            // `1: Review …`, `1.1: WMC to …`, `1- RCO to …`: a colon or hyphen and a space end a number too
            // (`1-2 weeks` stays).
            let spaced = (u[j] == UInt8(ascii: ":") || u[j] == UInt8(ascii: "-"))
                && u.index(after: j) < u.endIndex && u[u.index(after: j)] == UInt8(ascii: " ")
            guard u[j] == UInt8(ascii: ".") || u[j] == UInt8(ascii: ")") || spaced else { break }
            sawDot = true
            i = u.index(after: j)
            if u[j] != UInt8(ascii: ".") { break }
        }
        guard sawDot, let next = s[i...].unicodeScalars.first, !Scalars.isNumber(next) else { return false }
        s = Text.trimmed(s[i...])
        // `1.1 : Obtenir …`: a colon set off by a space after the number.
        if s.utf8.first == UInt8(ascii: ":") { s = Text.trimmed(s.dropFirst()) }
        return true
    }

    /// Drops `KAZ: `, `KAZ/TKM: `, `ALL MCO: ` — 1–3 uppercase codes of 2–5 letters, then `: `.
    static func dropScope(_ s: inout Substring) -> String? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 20, of: s) else { return nil }
        let after = s.index(after: colon)
        guard after < s.endIndex, s.utf8[after] == UInt8(ascii: " ") else { return nil }
        let head = s[..<colon]
        // NB: codes hold only the bytes `A`–`Z`, and spaces and `/` part them.
        guard head.utf8.allSatisfy({ ByteText.isUpper($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") })
        else { return nil }
        let codes = head.utf8.split(omittingEmptySubsequences: false, whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") })
        guard (1...3).contains(codes.count), codes.allSatisfy({ (2...5).contains($0.count) }) else { return nil }
        s = Text.trimmed(s[after...])
        return String(head)
    }

    /// The deadline word: the first date followed by a known status (a capitalised one
    /// preferred), else the last date in the row.
    static func deadlineAnchor(_ s: Substring) -> (range: Range<String.Index>, date: CalendarDate)? {
        let dates = datedWords(s)
        guard !dates.isEmpty else { return nil }
        var anyStatus: (Range<String.Index>, CalendarDate)?
        // NB: real rows hold one to three dates; a runaway line is judged on its first ones.
        for (r, d) in dates.prefix(16) {
            // NB: `s` is folded: one space stands before the status.
            let rest = Text.trimmed(ByteText.prefix(s[r.upperBound...], scalars: 80))
            guard StatusMatcher.match(rest) != nil else { continue }
            if ByteText.startsUppercase(rest) { return (r, d) }
            if anyStatus == nil { anyStatus = (r, d) }
        }
        return anyStatus ?? dates[dates.count - 1]
    }

    /// Every space-separated word of `s` but the first that reads as a `deadline`, in order.
    ///
    /// NB: a date starts with a digit and has at most ten bytes; the bytes rule out
    /// every other word before a `Substring` is made.
    static func datedWords(_ s: Substring) -> [(Range<String.Index>, CalendarDate)] {
        let u = s.utf8
        return ByteText.withUTF8(s) { b in
            var out: [(Range<String.Index>, CalendarDate)] = []
            let n = b.count
            var i = 0
            while i < n {
                while i < n, ByteText.isSpace(b[i]) { i += 1 }
                guard i < n else { break }
                let start = i
                while i < n, !ByteText.isSpace(b[i]) { i += 1 }
                guard start > 0, ByteText.isDigit(b[start]), i - start <= 10 else { continue }
                let lower = u.index(u.startIndex, offsetBy: start)
                let r = lower..<u.index(lower, offsetBy: i - start)
                if let d = DateText.deadline(s[r]) { out.append((r, d)) }
            }
            return out
        }
    }

    /// A row without a deadline: the first capitalised status phrase after a readable responsible.
    ///
    /// NB: the words are `PartyTokens.ranges`: a status inside parentheses is no cell of the row.
    static func statusAnchor(_ s: Substring, _ parties: PartyLexicon) -> String.Index? {
        var tries = 0
        for r in PartyTokens.ranges(s).dropFirst(2) where ByteText.startsUppercase(s[r.lowerBound...]) {
            guard StatusMatcher.match(ByteText.prefix(s[r.lowerBound...], scalars: 80)) != nil else { continue }
            tries += 1
            if tries > 32 { return nil }
            let cell = ResponsibleCell.split(s[..<r.lowerBound], lexicon: parties)
            if cell.responsible != nil && !cell.text.isEmpty { return r.lowerBound }
        }
        return nil
    }
}
