/// Reads a calendar date written in one of the usual ways, and a deadline's month.
///
///     DateText.parse("15 November 2023") == 2023-11-15
///     DateText.parse("November 15, 2023") == 2023-11-15
///     DateText.parse("November 2023")     == 2023-11-01   (no day: the first)
///     DateText.parse("2023-11-15") == DateText.parse("15/11/2023") == 2023-11-15
///     DateText.parse("15 de noviembre de 2023") == 2023-11-15;  DateText.parse("1er février 2022") == 2022-02-01
enum DateText {
    static func parse(_ text: String) -> CalendarDate? {
        ByteText.withUTF8(text, parse)
    }

    /// `parse` of UTF-8 bytes: words of letters and numbers (`Scalars`; the marks that join them
    /// go with them), each a number or a month name.
    private static func parse(_ b: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var start: Int?
        func take(_ end: Int) {
            guard let s = start.take() else { return }
            if Scalars.isNumber(Scalars.decode(b, at: s).scalar) {
                // NB: ordinals `15th`, `1er`, `2nd` keep their number (its ASCII digits).
                var n = s
                while n < end, ByteText.isDigit(b[n]), !ByteText.extendsCharacter(b, at: n + 1) { n += 1 }
                if n > s, n - s <= 4 { numbers.append((ByteText.decimal(b[s..<n]), n - s)) }
            } else if month == nil, let m = Vocabulary.monthNames[ByteText.string(ByteText.lowercased(b[s..<end]))] {
                month = m
            }
        }
        var i = 0
        while i < b.count {
            let (scalar, width) = Scalars.decode(b, at: i)
            if Scalars.isLetter(scalar) || Scalars.isNumber(scalar) {
                if start == nil { start = i }
            } else if i == 0 || !Scalars.extendsCharacter(scalar) {
                take(i)
            }
            i += width
            if numbers.count > 6 { return nil }
        }
        take(b.count)
        if let month {
            guard let year = numbers.first(where: { $0.digits == 4 })?.value else { return nil }
            let day = numbers.first(where: { $0.digits <= 2 && (1...31).contains($0.value) })?.value ?? 1
            return CalendarDate(year: year, month: month, day: day)
        }
        guard numbers.count >= 2 else { return nil }
        if numbers[0].digits == 4 {
            return CalendarDate(year: numbers[0].value, month: numbers[1].value,
                                day: numbers.count > 2 ? numbers[2].value : 1)
        }
        guard let y = numbers.last, y.digits == 4 else { return nil }
        if numbers.count == 2 { return CalendarDate(year: y.value, month: numbers[0].value, day: 1) }
        let (a, b) = (numbers[0].value, numbers[1].value)
        // NB: day first, as ILO and UN documents write it, unless that can't be a month.
        return b > 12 ? CalendarDate(year: y.value, month: a, day: b) : CalendarDate(year: y.value, month: b, day: a)
    }

    /// A deadline as key-action rows and record fields write it: `2021/07`, `2021-07`, `07/2021`
    /// -> the month's last day; a full date (`2021-07-15`, `15/07/2021`) as written.
    ///
    /// NB: the one reader of a month written in digits (GATE rows, ERC `Completion Date`).
    static func deadline(_ word: Substring) -> CalendarDate? {
        // NB: a date is ASCII digits, `/`, `-` and trailing `,;.`; any other byte makes no date.
        guard word.utf8.count <= 10, let f = word.utf8.first, ByteText.isDigit(f) else { return nil }
        return ByteText.withUTF8(word) { b in
            var n = b.count
            while n > 0, b[n - 1] == UInt8(ascii: ",") || b[n - 1] == UInt8(ascii: ";") || b[n - 1] == UInt8(ascii: ".") { n -= 1 }
            // The `/`- or `-`-separated parts: their values and digit counts.
            let w = UnsafeBufferPointer(rebasing: b[..<n])
            guard n >= 6, let r = ByteText.digitRuns(w, parted: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }),
                  r.digits.0 > 0, r.digits.1 > 0, r.count == 2 || r.digits.2 > 0 else { return nil }
            let (v, d) = (r.values, r.digits)
            if r.count == 3 {
                // A full date (`2021-07-15`, `15/07/2021`) is kept as written.
                if d.0 == 4 { return CalendarDate(year: v.0, month: v.1, day: v.2) }
                return d.2 == 4 ? CalendarDate(year: v.2, month: v.1, day: v.0) : nil
            }
            if d.0 == 4, (1...2).contains(d.1), (1900...2200).contains(v.0) {
                return CalendarDate.endOfMonth(year: v.0, month: v.1)
            }
            if d.1 == 4, (1...2).contains(d.0), w.contains(UInt8(ascii: "/")), (1900...2200).contains(v.1) {
                return CalendarDate.endOfMonth(year: v.1, month: v.0)
            }
            return nil
        }
    }

    /// The dates written with a month's name inside a text, in order, each with its range: `March 29,2013`,
    /// `March 29, 2013`, `29 March 2013` as written; `March 2013` (no day, its month capitalised) the month's
    /// last day, as a deadline's month is read; a quarter, `Q2 2014`, its last day.
    ///
    ///     written(in: "partenaires potentiels March 29,2013 ARR") -> [("March 29,2013", 2013-03-29)]
    ///
    /// NB: a month and its numbers are parted by spaces, `,` or `.` only; a date's words are never more than three.
    static func written(in s: Substring) -> [(range: Range<String.Index>, date: CalendarDate)] {
        // Runs of letters or of ASCII digits, with what stands before each.
        var tokens: [(range: Range<String.Index>, digits: Bool, gapOK: Bool)] = []
        var i = s.startIndex
        var gapOK = false
        while i < s.endIndex {
            let c = s.unicodeScalars[i]
            let digit = c.isASCII && ByteText.isDigit(UInt8(c.value))
            if digit || Scalars.isLetter(c) {
                var j = s.unicodeScalars.index(after: i)
                while j < s.endIndex {
                    let d = s.unicodeScalars[j]
                    let dd = d.isASCII && ByteText.isDigit(UInt8(d.value))
                    guard digit ? dd : (Scalars.isLetter(d) || Scalars.extendsCharacter(d)) else { break }
                    j = s.unicodeScalars.index(after: j)
                }
                tokens.append((i..<j, digit, gapOK))
                i = j
                gapOK = true
            } else {
                if !(c == " " || c == "," || c == ".") { gapOK = false }
                i = s.unicodeScalars.index(after: i)
            }
            if tokens.count > 4096 { break }
        }
        func number(_ k: Int, _ widths: ClosedRange<Int>) -> Int? {
            guard k >= 0, k < tokens.count, tokens[k].digits else { return nil }
            let t = s[tokens[k].range]
            guard widths.contains(t.utf8.count) else { return nil }
            return t.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var out: [(range: Range<String.Index>, date: CalendarDate)] = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard !tokens[k].digits else { continue }
            let joined = { (n: Int) in n < tokens.count && tokens[n].gapOK }
            // `Q2 2014`: the quarter's last day, as a deadline's month is read.
            if Vocabulary.quarterMarks.contains(s[tokens[k].range]), let quarter = number(k + 1, 1...1), (1...4).contains(quarter),
               tokens[k].range.upperBound == tokens[k + 1].range.lowerBound, joined(k + 2), let year = number(k + 2, 4...4),
               let date = CalendarDate.endOfMonth(year: year, month: quarter * 3) {
                out.append((tokens[k].range.lowerBound..<tokens[k + 2].range.upperBound, date))
                k += 2
                continue
            }
            guard let month = Vocabulary.monthNames[ByteText.lowercased(String(s[tokens[k].range]))] else { continue }
            // `March 29,2013`, `March 29, 2013`
            if joined(k + 1), let day = number(k + 1, 1...2), joined(k + 2), let year = number(k + 2, 4...4),
               let date = CalendarDate(year: year, month: month, day: day) {
                out.append((tokens[k].range.lowerBound..<tokens[k + 2].range.upperBound, date))
                k += 2
            } else if k > 0, joined(k), let day = number(k - 1, 1...2), joined(k + 1), let year = number(k + 1, 4...4),
                      let date = CalendarDate(year: year, month: month, day: day) {
                // `29 March 2013`
                out.append((tokens[k - 1].range.lowerBound..<tokens[k + 1].range.upperBound, date))
                k += 1
            } else if joined(k + 1), let year = number(k + 1, 4...4), ByteText.startsUppercase(s[tokens[k].range]),
                      let date = CalendarDate.endOfMonth(year: year, month: month) {
                // `March 2013`
                out.append((tokens[k].range.lowerBound..<tokens[k + 1].range.upperBound, date))
                k += 1
            }
        }
        return out
    }

    /// The end of a period written as two dates, a dash or a space between, both with their days or both months
    /// (`5 August 2013 – 30 April 2014`: an ILO cover's fieldwork; `October 2013 – June 2017`), or as a month, a dash and
    /// the month and year it ends in (`January – April 2017`, `Febrero – Marzo 2012`); nil for any other text.
    ///
    ///     periodEnd("5 August 2013 – 30 April 2014") == 2014-04-30;  periodEnd("August–September 2020") == 2020-09-30
    ///     periodEnd("5 August 2013") == nil;  periodEnd("August 2020") == nil
    static func periodEnd(_ s: Substring) -> CalendarDate? {
        let dates = written(in: s)
        guard let last = dates.last, ByteText.trimming(s[last.range.upperBound...], anyOf: " .").isEmpty else { return nil }
        if dates.count == 2 {
            guard hasDay(s[dates[0].range]) == hasDay(s[last.range]), dates[0].date < last.date,
                  ByteText.trimming(s[dates[0].range.upperBound..<last.range.lowerBound], anyOf: " –-—").isEmpty else { return nil }
            return last.date
        }
        // NB: `written` reads a month with its year only: the range's first month stands alone before the dash.
        guard dates.count == 1, !hasDay(s[last.range]) else { return nil }
        let before = s[..<last.range.lowerBound]
        let first = ByteText.trimming(before, anyOf: " –-—")
        guard first.endIndex < before.endIndex, s[first.endIndex..<before.endIndex].contains(where: { "–-—".contains($0) }),
              Vocabulary.monthNames[ByteText.lowercased(first)] != nil else { return nil }
        return last.date
    }

    /// Whether a written date holds its day: a number of one or two digits.
    static func hasDay(_ date: Substring) -> Bool {
        date.split { !$0.isASCII || !$0.isNumber }.contains { $0.count <= 2 }
    }
}
