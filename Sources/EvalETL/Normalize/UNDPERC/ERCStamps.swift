/// The `[Added: YYYY/MM/DD] [Last Updated: YYYY/MM/DD]` stamps of an ERC response or key action.
///
///     "[Added: 2021/11/27] [Last Updated: 2022/04/15] |"  -> added 2021-11-27, lastUpdated 2022-04-15, rest "|"
///     "1.1 Undertake X [Added: 2021/11/27]"               -> before "1.1 Undertake X", added 2021-11-27
///     "[Añadido: 2019/05/08] [Última actualización: 2020/12/09]"  (label words from `ERCVocabulary`)
///
/// A stamp is `[`, a label of letters and spaces, `:`, a date `YYYY/MM/DD`, `]`.
struct ERCStamps: Equatable {
    var added: CalendarDate?
    var lastUpdated: CalendarDate?
    /// Text before the first stamp and after the last, trimmed.
    var before: Substring
    var after: Substring

    /// The date a key action was last touched: its last update, else when it was added.
    var latest: CalendarDate? { lastUpdated ?? added }

    /// The stamps in `line`, or nil when it holds none.
    static func find(in line: Substring) -> ERCStamps? {
        guard ByteText.contains(line, UInt8(ascii: "[")) else { return nil }
        var found: ERCStamps?
        var i = line.startIndex
        // NB: brackets are ASCII, so the search runs on bytes.
        while let open = line.utf8[i...].firstIndex(of: UInt8(ascii: "[")) {
            guard let close = line.utf8[open...].prefix(80).firstIndex(of: UInt8(ascii: "]")),
                  let (label, date) = stamp(line[line.utf8.index(after: open)..<close]) else {
                i = line.utf8.index(after: open)
                continue
            }
            if found == nil {
                found = ERCStamps(before: Text.trimmed(line[..<open]), after: "")
            }
            if isLastUpdated(label) {
                found?.lastUpdated = date
            } else if found?.added == nil {
                found?.added = date
            }
            i = line.utf8.index(after: close)
            found?.after = Text.trimmed(line[i...])
        }
        return found
    }

    /// `Added: 2021/11/27` -> ("Added", 2021-11-27): a label of letters and spaces, `:`, `YYYY/MM/DD`.
    ///
    /// NB: read on bytes (stamps stand on most lines of a key-action table).
    private static func stamp(_ inner: Substring) -> (Substring, CalendarDate)? {
        let u = inner.utf8
        guard let colon = u.lastIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = inner[..<colon]
        guard !label.isEmpty, ByteText.withUTF8(label, isLabel) else { return nil }
        var digits: [Int] = []
        var n = 0, width = 0
        for b in u[u.index(after: colon)...] {
            if ByteText.isDigit(b) {
                n = n * 10 + Int(b - 0x30)
                width += 1
                guard width <= 4 else { return nil }
            } else if b == UInt8(ascii: "/") || (b == 0x20 && width > 0) {
                guard width > 0 else { return nil }
                digits.append(n)
                n = 0
                width = 0
            } else if b != 0x20 {
                return nil
            }
        }
        if width > 0 { digits.append(n) }
        guard digits.count == 3, digits[0] >= 1000,
              let date = CalendarDate(year: digits[0], month: digits[1], day: digits[2]) else { return nil }
        return (label, date)
    }

    /// Letters and spaces only: each character a letter (its first scalar, `Scalars.isLetter`) or a space.
    ///
    /// NB: a combining mark after a letter belongs to it; after a space it makes the space no space.
    private static func isLabel(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var afterLetter = false
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                guard ByteText.isLetter(c) || c == 0x20 else { return false }
                afterLetter = c != 0x20
                i += 1
                continue
            }
            let (scalar, width) = Scalars.decode(b, at: i)
            if Scalars.extendsCharacter(scalar), i > 0 {
                guard afterLetter else { return false }
            } else {
                guard Scalars.isLetter(scalar) else { return false }
                afterLetter = true
            }
            i += width
        }
        return true
    }

    /// `text` without any stamp in it, folded: a management response as written.
    static func removing(from text: String) -> String {
        var out = ""
        var rest = text[...]
        while let s = find(in: rest) {
            out += s.before + " "
            // NB: `after` starts after the last stamp found on this stretch.
            rest = s.after
        }
        return Text.fold(out + rest)
    }

    /// `Last Updated`, `Última actualización`, …: the stamp of the last change.
    static func isLastUpdated(_ label: Substring) -> Bool {
        // NB: `Added` is by far the most common label; its first letter rules it out at once.
        guard let f = label.utf8.first, ByteText.lower(f) != UInt8(ascii: "a") else { return false }
        return ERCVocabulary.withKey(label) { k in ERCVocabulary.lastUpdatedBytes.contains { ByteText.equals(k, $0) } }
    }
}
