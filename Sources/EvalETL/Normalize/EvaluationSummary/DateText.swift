/// Reads a calendar date written in one of the usual ways.
///
///     DateText.parse("15 November 2023") == 2023-11-15
///     DateText.parse("November 15, 2023") == 2023-11-15
///     DateText.parse("November 2023")     == 2023-11-01   (no day: the first)
///     DateText.parse("2023-11-15") == DateText.parse("15/11/2023") == 2023-11-15
///     DateText.parse("15 de noviembre de 2023") == 2023-11-15;  DateText.parse("1er février 2022") == 2022-02-01
enum DateText {
    static func parse(_ text: String) -> CalendarDate? {
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var token = ""
        func take() {
            defer { token = "" }
            guard !token.isEmpty else { return }
            if token.first!.isNumber {
                // NB: ordinals `15th`, `1er`, `2nd` keep their number.
                let digits = token.prefix { $0.isASCII && $0.isNumber }
                if digits.count <= 4, let v = Int(digits) { numbers.append((v, digits.count)) }
            } else if month == nil, let m = Vocabulary.monthNames[ByteText.lowercased(token)] {
                month = m
            }
        }
        for c in text {
            if c.isLetter || c.isNumber { token.append(c) } else { take() }
            if numbers.count > 6 { return nil }
        }
        take()
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
}
