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
        guard line.utf8.contains(UInt8(ascii: "[")) else { return nil }
        var found: ERCStamps?
        var i = line.startIndex
        while let open = line[i...].firstIndex(of: "[") {
            guard let close = line[open...].prefix(80).firstIndex(of: "]"),
                  let (label, date) = stamp(line[line.index(after: open)..<close]) else {
                i = line.index(after: open)
                continue
            }
            if found == nil {
                found = ERCStamps(before: Text.trimmed(line[..<open]), after: "")
            }
            if ERCVocabulary.lastUpdatedStamps.contains(ERCVocabulary.key(label)) {
                found?.lastUpdated = date
            } else if found?.added == nil {
                found?.added = date
            }
            i = line.index(after: close)
            found?.after = Text.trimmed(line[i...])
        }
        return found
    }

    /// `Added: 2021/11/27` -> ("Added", 2021-11-27).
    private static func stamp(_ inner: Substring) -> (Substring, CalendarDate)? {
        guard let colon = inner.lastIndex(of: ":") else { return nil }
        let label = inner[..<colon]
        guard !label.isEmpty, label.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        let parts = Text.trimmed(inner[inner.index(after: colon)...]).split(separator: "/")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts[0].count == 4, let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return (label, date)
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
}
