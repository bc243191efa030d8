/// One worksheet cell as SpreadsheetML 2003 types it, already filtered and cut to Excel's limits.
///
///     .number("2021")   -> <Cell><Data ss:Type="Number">2021</Data></Cell>
///     .date("2021-07-31") -> <Cell ss:StyleID="sDate"><Data ss:Type="DateTime">2021-07-31T00:00:00.000</Data></Cell>
///     .bool(true)       -> <Cell ss:StyleID="sBool"><Data ss:Type="Number">1</Data></Cell>
///     .empty            -> <Cell/>
enum WorkbookCell: Equatable {
    case empty
    case string(String)
    case number(String)
    /// `YYYY-MM-DD`; written as a DateTime at midnight.
    case date(String)
    case bool(Bool)

    /// Excel's limit on characters (UTF-16 code units) in a cell.
    static let maxTextLength = 32_767

    /// Characters of a date cell (`YYYY-MM-DD`).
    static let dateWidth = 10

    /// Characters the column-width estimate counts for this cell (capped).
    func displayWidth(cap: Int) -> Int {
        switch self {
        case .empty: return 0
        case .bool(let b): return b ? 4 : 5
        case .date: return Self.dateWidth
        case .number(let s): return min(s.utf8.count, cap)
        case .string(let s):
            // NB: counts scalars on UTF-8 bytes: every byte but a continuation byte starts one.
            var longest = 0
            var current = 0
            for b in s.utf8 {
                if b == 0x0A {
                    current = 0
                    continue
                }
                if b & 0xC0 == 0x80 { continue }
                current += 1
                longest = max(longest, current)
                if longest >= cap { return cap }
            }
            return longest
        }
    }

    /// The text cut to at most `limit` UTF-16 code units, never inside a character's surrogate pair;
    /// nil when it already fits.
    static func cut(_ s: String, limit: Int = maxTextLength) -> String? {
        // NB: a string never has more UTF-16 units than UTF-8 bytes; counting those is free.
        guard s.utf8.count > limit, s.utf16.count > limit else { return nil }
        var units = 0
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let width = scalar.utf16.count
            if units + width > limit { break }
            units += width
            out.append(scalar)
        }
        return String(out)
    }

    /// A date as a DateTime cell, or as text when Excel's date serials cannot hold it.
    ///
    /// NB: before 1900-03-01 Excel's serials are off by its fake 1900-02-29, and before
    /// 1900 there are none; such dates stay readable as `YYYY-MM-DD` text.
    static func date(_ d: CalendarDate) -> WorkbookCell {
        hasSerial(d) ? .date(d.iso) : .string(d.iso)
    }

    /// Whether the date is on or after 1900-03-01, where Excel's date serials are right.
    static func hasSerial(_ d: CalendarDate) -> Bool {
        d.year > 1900 || (d.year == 1900 && d.month >= 3)
    }

    /// A double as a Number cell; non-finite values as their XML Schema spelling in text.
    static func double(_ d: Double) -> WorkbookCell {
        d.isFinite ? .number(d.shortestDecimal) : .string(XMLText.double(d))
    }
}
