/// A calendar date without time or zone (the contract's `date`).
///
///     CalendarDate(year: 2021, month: 7, day: 31).iso == "2021-07-31"
///     CalendarDate.endOfMonth(year: 2021, month: 2).day == 28
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date already checked (as read back from a `RowBatch`).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// nil unless the day exists in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(year: year, month: month)).contains(day) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// The last day of a month: `2021/07` deadlines mean 2021-07-31.
    public static func endOfMonth(year: Int, month: Int) -> CalendarDate? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: daysIn(year: year, month: month))
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, the form CSV and XML (`xs:date`) use.
    public var iso: String {
        var bytes: [UInt8] = []
        bytes.appendISODate(self)
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { iso }

    /// Days since 1970-01-01, the value Parquet's DATE stores.
    public var daysSinceEpoch: Int32 {
        // NB: days-from-civil (H. Hinnant), exact for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146097 + doe - 719468)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
