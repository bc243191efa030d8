/// Values spelled straight into output bytes: numbers and dates as their `String` forms spell them, and varints.
///
///     var out: [UInt8] = []
///     out.appendDecimal(-42)                                           // "-42"
///     out.appendISODate(CalendarDate(year: 2021, month: 7, day: 31)!)  // "2021-07-31"
///     out.appendVarint(300)                                            // ac 02
///
/// NB: the writers spell millions of ints and dates; going through `String(i)` or
/// `CalendarDate.iso` allocates a string per value only to copy its bytes.
extension Array where Element == UInt8 {
    /// `i` in decimal, as `String(i)` spells it; returns the bytes appended.
    @discardableResult
    mutating func appendDecimal(_ i: Int32) -> Int {
        let start = count
        if i < 0 { append(UInt8(ascii: "-")) }
        let digitsStart = count
        var n = i.magnitude
        repeat {
            append(UInt8(ascii: "0") + UInt8(n % 10))
            n /= 10
        } while n > 0
        self[digitsStart...].reverse()
        return count - start
    }

    /// `YYYY-MM-DD` (years are 1...9999): `CalendarDate.iso`.
    mutating func appendISODate(_ d: CalendarDate) {
        appendPadded(d.year, width: 4)
        append(UInt8(ascii: "-"))
        appendPadded(d.month, width: 2)
        append(UInt8(ascii: "-"))
        appendPadded(d.day, width: 2)
    }

    /// A non-negative `n` in exactly `width` digits, zero-padded on the left.
    private mutating func appendPadded(_ n: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = n
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `v` as a ULEB128 varint, seven bits a byte, low bits first: Thrift's compact protocol,
    /// Parquet's RLE run headers and the document cache (`DocumentCodec`) write numbers so.
    mutating func appendVarint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        append(UInt8(v))
    }
}
