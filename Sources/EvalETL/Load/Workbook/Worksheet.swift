/// Excel's limits, and the rules both workbooks (`workbook.xlsx`, `workbook.xml`) lay their cells out by:
/// sheet names, the cut to a cell's limit and its warning, column widths, lists joined, date serials.
///
///     Worksheet.name("actions", part: 2, used: &used)     // "actions (2)": valid, unique, at most 31 characters
///     Worksheet.cut(utf8)                                 // nil: fits; (keep: 32_767 bytes, characters: 40_000)
///
/// A table longer than a worksheet continues on further ones (`SheetRows`). How each
/// file spells its cells (OpenXML through libxlsxwriter, SpreadsheetML as bytes) is the writers' own.
@usableFromInline
enum Worksheet {
    /// Rows a worksheet holds, header included (Excel 2007+).
    @usableFromInline static let maxRows = 1_048_576
    /// Characters (UTF-16 code units) a cell holds.
    static let maxCharacters = 32_767
    /// Characters a column's width follows the data up to.
    static let widthCap = 50
    /// What a list's items are joined with in a cell.
    static let listSeparator: StaticString = "; "

    /// The name of worksheet `part` (1-based) of `table`, as Excel accepts it, unique case-insensitively in `used`:
    /// `actions`, `actions (2)`, …
    static func name(_ table: String, part: Int, used: inout Set<String>) -> String {
        var base = String(table.unicodeScalars.map { ":\\/?*[]".unicodeScalars.contains($0) ? "_" : Character($0) })
        base = XMLText.sanitize(base).text
        while base.hasPrefix("'") { base.removeFirst() }
        if base.isEmpty || base.lowercased() == "history" { base = "_" + base }
        var n = part
        while true {
            let suffix = n == 1 ? "" : " (\(n))"
            var stem = base
            // NB: Excel caps names at 31 characters; count UTF-16 units to be safe. The stem is shortened to keep the suffix.
            while stem.utf16.count + suffix.utf16.count > 31 { stem.removeLast() }
            while stem.hasSuffix("'") && suffix.isEmpty { stem.removeLast() }
            let name = stem + suffix
            if used.insert(name.lowercased()).inserted { return name }
            n += 1
        }
    }

    /// Where to cut a text so it keeps at most `limit` UTF-16 code units, never inside a character,
    /// and how many units it has; nil when it fits.
    ///
    /// NB: a text never has more UTF-16 units than UTF-8 bytes, so most texts are answered by their length.
    static func cut(_ utf8: UnsafeBufferPointer<UInt8>, limit: Int = maxCharacters) -> (keep: Int, characters: Int)? {
        guard utf8.count > limit else { return nil }
        var units = 0
        var keep = -1
        for (i, b) in utf8.enumerated() {
            // NB: a lead byte 11110xxx starts a character of two UTF-16 units; continuation bytes none.
            let width = b & 0xC0 == 0x80 ? 0 : (b >= 0xF0 ? 2 : 1)
            if keep < 0 && width > 0 && units + width > limit { keep = i }
            units += width
        }
        return keep < 0 ? nil : (keep, units)
    }

    /// The warning for the texts of one column cut to `maxCharacters`: the output, the sheet (or the first
    /// and last of a series), the column, how many rows, the first (1-based) and its id, and the longest text.
    ///
    ///     workbook.xlsx: sheet 'recommendations' column text: text cut to 32767 characters (Excel's limit per cell)
    ///     in row 2 (ev-3f9a1c0b7d2e4a61-R01), of 40000 characters
    ///     workbook.xlsx: sheet 'Action tracker' column Recommendation: text cut to 32767 characters (Excel's limit
    ///     per cell) in 3 rows, first row 2 (ev-3f9a1c0b7d2e4a61-R01-A01), longest 40000 characters
    ///
    /// A column's cuts are counted per evaluation by `CutTally`, which both workbooks' writers keep.
    static func cutWarning(_ file: String, sheets: (first: String, last: String), column: String, rows: Int,
                           firstRow: Int, id: String?, longest: Int) -> String {
        let sheet = sheets.first == sheets.last ? "sheet '\(sheets.first)'" : "sheets '\(sheets.first)' to '\(sheets.last)'"
        let first = "row \(firstRow)" + (id.map { " (\($0))" } ?? "")
        let which = rows == 1 ? "in \(first), of \(longest) characters"
            : "in \(rows) rows, first \(first), longest \(longest) characters"
        return "\(file): \(sheet) column \(column): text cut to \(maxCharacters) characters (Excel's limit per cell) \(which)"
    }

    /// The longest line's characters (scalars), counted up to `cap` (`facts`: the text's).
    ///
    ///     Worksheet.width("a\nbc", cap: 50) == 2       // as UTF-8 bytes
    static func width(_ utf8: UnsafeBufferPointer<UInt8>, _ facts: TextFacts, cap: Int) -> Int {
        // NB: one line of ASCII, as nearly every text is: a scalar a byte.
        if facts.isDisjoint(with: [.newline, .nonASCII]) { return min(utf8.count, cap) }
        var longest = 0
        var current = 0
        for b in utf8 {
            if b == 0x0A {
                current = 0
            } else if b & 0xC0 != 0x80 {  // NB: every byte but a continuation byte starts a scalar
                current += 1
                if current > longest {
                    longest = current
                    if longest >= cap { return cap }
                }
            }
        }
        return longest
    }

    /// A header's width: its characters, up to `widthCap`.
    static func width(_ title: String) -> Int {
        ByteText.withUTF8(title) { width($0, TextFacts($0), cap: widthCap) }
    }

    /// A list cell's items joined with `listSeparator`, in `joined` (emptied first).
    static func join(_ list: RowBatch.Cell, of row: RowBatch.Row, into joined: inout [UInt8]) {
        joined.removeAll(keepingCapacity: true)
        for (n, item) in row.items(list).enumerated() {
            if n > 0 { listSeparator.withUTF8Buffer { joined.append(contentsOf: $0) } }
            joined.append(contentsOf: row.text(item))
        }
    }

    /// Whether the date is on or after 1900-03-01, where Excel's date serials are right.
    ///
    /// NB: before 1900-03-01 Excel's serials are off by its fake 1900-02-29, and before
    /// 1900 there are none; such dates stay readable as `YYYY-MM-DD` text.
    static func hasSerial(_ d: CalendarDate) -> Bool {
        d.year > 1900 || (d.year == 1900 && d.month >= 3)
    }
}
