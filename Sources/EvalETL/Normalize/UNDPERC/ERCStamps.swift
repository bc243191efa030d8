/// The `[Added: YYYY/MM/DD] [Last Updated: YYYY/MM/DD]` stamps of an ERC response or key action.
///
///     "[Added: 2021/11/27] [Last Updated: 2022/04/15] |"  -> added 2021-11-27, lastUpdated 2022-04-15, rest "|"
///     "1.1 Undertake X [Added: 2021/11/27]"               -> before "1.1 Undertake X", added 2021-11-27
///     "[Añadido: 2019/05/08] [Última actualización: 2020/12/09]"  (label words from `ERCVocabulary`)
///
/// A stamp is `[`, a label of letters and spaces, `:`, a date `YYYY/MM/DD`, `]`, read with its
/// white space folded (`[Last&nbsp;Updated:&nbsp;2022/04/15]`, `[Added:  2021/11/27]` are stamps too).
struct ERCStamps: Equatable {
    var added: CalendarDate?
    var lastUpdated: CalendarDate?
    /// Text before the first stamp and after the last, trimmed.
    var before: Substring
    var after: Substring

    /// The date a key action was last touched: its last update, else when it was added.
    var latest: CalendarDate? { lastUpdated ?? added }

    /// The stamps in `line`, or nil when it holds none.
    ///
    /// NB: read on bytes (stamps stand on most lines of a key-action table); brackets are
    /// ASCII, and only `before` and `after` are cut from the line.
    static func find(in line: Substring) -> ERCStamps? {
        guard ByteText.contains(line, UInt8(ascii: "[")) else { return nil }
        let found = ByteText.withUTF8(line) { b -> (added: CalendarDate?, lastUpdated: CalendarDate?, first: Int, end: Int)? in
            var out: (added: CalendarDate?, lastUpdated: CalendarDate?, first: Int, end: Int)?
            var i = 0
            while let open = b[i...].firstIndex(of: UInt8(ascii: "[")) {
                guard let close = b[open..<min(b.count, open + 80)].firstIndex(of: UInt8(ascii: "]")),
                      let (isLast, date) = ByteText.withFolded(UnsafeBufferPointer(rebasing: b[(open + 1)..<close]), stamp) else {
                    i = open + 1
                    continue
                }
                if out == nil { out = (nil, nil, open, 0) }
                if isLast {
                    out?.lastUpdated = date
                } else if out?.added == nil {
                    out?.added = date
                }
                i = close + 1
                out?.end = i
            }
            return out
        }
        guard let found else { return nil }
        let u = line.utf8
        return ERCStamps(added: found.added, lastUpdated: found.lastUpdated,
                         before: Text.trimmed(line[..<u.index(line.startIndex, offsetBy: found.first)]),
                         after: Text.trimmed(line[u.index(line.startIndex, offsetBy: found.end)...]))
    }

    /// `Added: 2021/11/27` -> (false, 2021-11-27): a label of letters and spaces, `:`, `YYYY/MM/DD`;
    /// true when the label says "last updated".
    private static func stamp(_ inner: UnsafeBufferPointer<UInt8>) -> (isLastUpdated: Bool, date: CalendarDate)? {
        guard let colon = inner.lastIndex(of: UInt8(ascii: ":")) else { return nil }
        // NB: the date's parts, at most three (a fourth makes no date), in a tuple, not an array.
        var parts = (0, 0, 0)
        var count = 0
        var n = 0, width = 0
        // NB: a space after the end ends the last part as a space after digits does.
        for i in (colon + 1)...inner.count {
            let b = i < inner.count ? inner[i] : 0x20
            if ByteText.isDigit(b) {
                n = n * 10 + Int(b - 0x30)
                width += 1
                guard width <= 4 else { return nil }
            } else if b == UInt8(ascii: "/") || (b == 0x20 && width > 0) {
                guard width > 0, count < 3 else { return nil }
                switch count {
                case 0: parts.0 = n
                case 1: parts.1 = n
                default: parts.2 = n
                }
                count += 1
                n = 0
                width = 0
            } else if b != 0x20 {
                return nil
            }
        }
        let label = UnsafeBufferPointer(rebasing: inner[..<colon])
        guard !label.isEmpty, isLabel(label) else { return nil }
        guard count == 3, parts.0 >= 1000, let date = CalendarDate(year: parts.0, month: parts.1, day: parts.2) else { return nil }
        return (isLastUpdated(label), date)
    }

    /// Letters and spaces only: each character a letter (its first scalar, `Scalars.isLetter`) or a space.
    ///
    /// NB: a combining mark after a letter belongs to it; after a space it makes the space no space.
    private static func isLabel(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var afterLetter = false
        while i < b.count {
            let (scalar, width) = Scalars.decode(b, at: i)
            if i > 0, Scalars.extendsCharacter(scalar) {
                guard afterLetter else { return false }
            } else {
                guard scalar == " " || Scalars.isLetter(scalar) else { return false }
                afterLetter = scalar != " "
            }
            i += width
        }
        return true
    }

    /// `text` without any stamp in it, folded: a management response as written.
    static func removing(from text: String) -> String {
        var pieces: [Substring] = []
        var rest = text[...]
        while let s = find(in: rest) {
            pieces.append(s.before)
            // NB: `after` starts after the last stamp found on this stretch.
            rest = s.after
        }
        pieces.append(rest)
        return Text.fold(joining: pieces)
    }

    /// `Last Updated`, `Última actualización`, …: the stamp of the last change.
    static func isLastUpdated(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
        // NB: `Added` is by far the most common label; its first letter rules it out at once.
        guard let f = label.first, ByteText.lower(f) != UInt8(ascii: "a") else { return false }
        return ByteText.withLabelKey(label) { k in ERCVocabulary.lastUpdatedStamps.contains { ByteText.equals(k, $0) } }
    }
}
