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
    ///
    /// NB: read on the bytes of the folded line: cells and words are slices of it, and a
    /// string is made only for what the row keeps (responsible, status, comments).
    static func parse(_ line: Substring) -> ERCCells? {
        ByteText.contains(line, UInt8(ascii: "|")) ? piped(line) : plain(line)
    }

    static func piped(_ line: Substring) -> ERCCells? {
        let cells = ByteText.split(line) { $0 == UInt8(ascii: "|") }.map { Text.trimmed($0) }
        guard cells.count >= 3, let due = dueDate(cells[1]) else { return nil }
        var out = ERCCells(responsible: Self.responsible(cells[0]), deadline: due)
        let status = Text.folded(cells[2])
        let match = StatusMatcher.match(status)
        out.status = match?.status ?? (status.isEmpty ? nil : String(status))
        out.unknownStatus = match == nil && out.status != nil
        // NB: a status cell with more after the phrase: the rest is a comment.
        out.comments = withoutLinks(Text.fold(joining: [match?.rest ?? "", cells.count > 3 ? cells[3] : ""])[...])
        return out
    }

    static func plain(_ line: Substring) -> ERCCells? {
        // NB: most lines tried hold no due date; one pass over the bytes rules them out
        // before the line is read word by word (`/` of a `YYYY/MM`, or a `No due date` phrase).
        let (phrases, slash) = noDueDatePhrases(in: line)
        guard phrases != 0 || slash else { return nil }
        let text = Text.folded(line)
        // The due date's word(s): byte offsets in `text`, and the date (nil for `No due date`).
        let due = ByteText.withUTF8(text) { b -> (start: Int, end: Int, date: CalendarDate?)? in
            var i = 0
            while i < b.count {
                let end = wordEnd(b, from: i)
                if let date = yearMonth(UnsafeBufferPointer(rebasing: b[i..<end])) { return (i, end, date) }
                if phrases != 0 {
                    let rest = UnsafeBufferPointer(rebasing: b[i...])
                    for (p, phrase) in ERCVocabulary.noDueDate.enumerated() where phrases & (1 << p) != 0 {
                        // NB: compared lower-cased in full, as the words of the phrase.
                        if let n = ByteText.prefixLength(of: rest, lowercasedTo: phrase), i + n == b.count || isSpace(b, i + n) {
                            return (i, i + n, nil)
                        }
                    }
                }
                i = end + 1
            }
            return nil
        }
        guard let due else { return nil }
        let u = text.utf8
        // NB: `text` is folded: the words before the date are the text up to the space before it.
        let responsible = due.start == 0 ? nil : Self.responsible(text[..<u.index(text.startIndex, offsetBy: due.start - 1)])
        var out = ERCCells(responsible: responsible, deadline: due.date)
        let after = due.end < u.count ? text[u.index(text.startIndex, offsetBy: due.end + 1)...] : text[text.endIndex...]
        // NB: no delimiter: an unknown status is taken as its first word.
        if let status = StatusMatcher.leading(after) {
            out.status = status.status
            out.unknownStatus = !status.known
            out.comments = withoutLinks(status.rest)
        }
        return out
    }

    /// A Responsible cell's text; nil when empty or when it says there is none (`N/A`, `RAS`: `Vocabulary.noValues`).
    static func responsible(_ cell: Substring) -> String? {
        guard let r = Text.nonEmpty(cell), !Vocabulary.noValues.contains(ByteText.lowercased(r)) else { return nil }
        return r
    }

    /// A space that parts two words of folded text (no combining mark joins it).
    @inline(__always)
    private static func isSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] == 0x20 && !ByteText.extendsCharacter(b, at: i + 1)
    }

    /// Where the word of folded text starting at `i` ends: its next space, or the end.
    private static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var j = i
        while j < b.count, !isSpace(b, j) { j += 1 }
        return j
    }

    /// The `ERCVocabulary.noDueDate` phrases that may start a word of `line` (ASCII letters
    /// compared lower-cased), as bits of their indices, and whether it holds a `/`: one pass
    /// over its bytes.
    ///
    /// NB: a phrase counts only where it starts a word of the folded line (`plain` looks for
    /// it there): after white space, whose last byte is an ASCII space or control or a byte
    /// of a wider scalar. There its first letter, then its first two bytes, pick the phrases.
    /// The line is read folded, as `plain` reads it: `No  due date` holds the phrase too.
    static func noDueDatePhrases(in line: Substring) -> (phrases: UInt32, slash: Bool) {
        ByteText.withFolded(line) { b in
            var found: UInt32 = 0
            var slash = false
            var wordStart = true
            let n = b.count
            // NB: the tables read once, not at each byte.
            let letters = noDueDateFirstLetters
            let heads = noDueDateHeads
            for i in 0..<n {
                let c = b[i]
                if c == UInt8(ascii: "/") { slash = true }
                if wordStart, i + 1 < n, letters & (1 << UInt32(c & 0x1F)) != 0 {
                    let key = UInt16(ByteText.lower(c)) | UInt16(ByteText.lower(b[i + 1])) << 8
                    for (p, head) in heads where head == key {
                        let bytes = ERCVocabulary.noDueDate[p]
                        if ByteText.starts(b, at: i, with: bytes, foldingCase: true), !ByteText.extendsCharacter(b, at: i + bytes.count) {
                            found |= 1 << UInt32(p)
                        }
                    }
                }
                wordStart = c <= 0x20 || c >= 0x80
            }
            return (found, slash)
        }
    }

    /// The first letters of the `noDueDate` phrases, as bits of their low five bits (a sieve:
    /// the bytes that pass are compared in full).
    static let noDueDateFirstLetters: UInt32 = ERCVocabulary.noDueDate.reduce(0) { $0 | 1 << UInt32($1[0] & 0x1F) }

    /// Each `noDueDate` phrase's index and first two bytes (lower-case ASCII letters) as one number.
    static let noDueDateHeads: [(Int, UInt16)] = ERCVocabulary.noDueDate.enumerated().map { p, bytes in
        (p, UInt16(bytes[0]) | UInt16(bytes[1]) << 8)
    }

    /// `2021/12` -> the month's last day; `No due date` or nothing -> `.some(nil)`; anything else -> nil.
    static func dueDate(_ cell: Substring) -> CalendarDate?? {
        ByteText.withFolded(cell) { c in
            if c.isEmpty || ERCVocabulary.isNoDueDate(cell) { return .some(nil) }
            if let d = yearMonth(c) { return .some(d) }
            return nil
        }
    }

    /// `2021/12` (also `2021/12/31`, taken as its month) -> 2021-12-31.
    static func yearMonth(_ w: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        // NB: two or three `/`-parted runs of ASCII digits: 4, then 1–2, then any; most words
        // fail at their first bytes.
        guard w.count >= 6, let r = ByteText.digitRuns(w, parted: { $0 == UInt8(ascii: "/") }), r.count >= 2,
              r.digits.0 == 4, (1...2).contains(r.digits.1), r.count == 2 || r.digits.2 > 0 else { return nil }
        return CalendarDate.endOfMonth(year: r.values.0, month: r.values.1)
    }

    /// A comments cell without the `History` / `Documents` link labels; nil when nothing else.
    static func withoutLinks(_ s: Substring) -> String? {
        let t = Text.folded(s)
        let range = ByteText.withUTF8(t) { b -> Range<Int> in
            var lo = 0
            var hi = b.count
            // NB: the last words first, then the first ones; a word is compared lower-cased in place.
            while hi > lo {
                var start = hi
                while start > lo, !isSpace(b, start - 1) { start -= 1 }
                guard isLinkLabel(UnsafeBufferPointer(rebasing: b[start..<hi])) else { break }
                hi = max(lo, start - 1)
            }
            while lo < hi {
                let end = wordEnd(UnsafeBufferPointer(rebasing: b[..<hi]), from: lo)
                guard isLinkLabel(UnsafeBufferPointer(rebasing: b[lo..<end])) else { break }
                lo = min(hi, end + 1)
            }
            return lo..<hi
        }
        guard !range.isEmpty else { return nil }
        let u = t.utf8
        let lower = u.index(t.startIndex, offsetBy: range.lowerBound)
        return String(t[lower..<u.index(lower, offsetBy: range.count)])
    }

    /// Whether a row ends with a `History` / `Documents` link label (its pipes and blanks aside): its last cells.
    ///
    ///     "Environment Team 2020/07 Completed Submitted History" -> true;  "PMU 2022/12 Initiated" -> false
    static func endsWithLinks(_ row: Substring) -> Bool {
        let t = ByteText.trimming(row, ByteText.isPipeOrBlank)
        let last = t.utf8.lastIndex(of: 0x20).map { t[t.utf8.index(after: $0)...] } ?? t
        return ByteText.withUTF8(last) { isLinkLabel($0) }
    }

    /// `word` lower-cased is one of `ERCVocabulary.linkLabels`.
    private static func isLinkLabel(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // NB: a label is ASCII, and so is a word that lower-cases to one (NFC has no Kelvin
        // sign): a word of another length is not lower-cased to be compared.
        guard linkLabelLengths.contains(word.count) else { return false }
        return ByteText.withLowercased(word) { l in ERCVocabulary.linkLabels.contains { ByteText.equals(l, $0) } }
    }

    private static let linkLabelLengths = Set(ERCVocabulary.linkLabels.map(\.count))
}
