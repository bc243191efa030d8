/// Reads an amount of money: a currency marker and a number, perhaps `million` (ILO quick facts, ERC budgets).
///
///     Money.parse("\\$1,706,485")          == (1706485.0, "USD")
///     Money.parse("US$ 2.5 million")      == (2500000.0, "USD")
///     Money.parse("1.200.000 EUR")        == (1200000.0, "EUR")
///     Money.parse("CHF 450'000")          == (450000.0, "CHF")
///     Money.parse("Government of Italy")  == nil
enum Money {
    /// The amount and ISO code (nil when no marker is written) of the first amount in `text`.
    static func parse(_ text: String) -> (amount: Double, currency: String?)? {
        let s = ByteText.contains(text[...], UInt8(ascii: "\\")) ? String(text.filter { $0 != "\\" }) : text
        return ByteText.withUTF8(s) { b -> (Double, String?)? in
            // NB: an ASCII digit, space or mark that a combining mark joins is none of them.
            func digit(_ i: Int) -> Bool { i < b.count && ByteText.isDigit(b[i]) && !ByteText.extendsCharacter(b, at: i + 1) }
            func separator(_ i: Int) -> Int? {
                let (s, w) = Scalars.decode(b, at: i)
                return isSeparator(s) && !ByteText.extendsCharacter(b, at: i + w) ? w : nil
            }
            guard let start = (0..<b.count).first(where: digit) else { return nil }
            var end = start
            while end < b.count {
                if digit(end) { end += 1 } else if let w = separator(end), digit(end + w) { end += w } else { break }
            }
            guard var amount = number(ByteText.string(b[start..<end])) else { return nil }
            // The word after the number, lower-cased: `million`.
            var i = end
            while i < b.count, b[i] == 0x20, !ByteText.extendsCharacter(b, at: i + 1) { i += 1 }
            var j = i
            while j < b.count, Scalars.isLetter(Scalars.decode(b, at: j).scalar) {
                j += Scalars.decode(b, at: j).width
                while ByteText.extendsCharacter(b, at: j) { j += Scalars.decode(b, at: j).width }
            }
            if let m = Vocabulary.moneyMultipliers[ByteText.string(ByteText.lowercased(b[i..<j]))] { amount *= m }
            return (amount, currency(in: s))
        }
    }

    /// The ISO code of the first currency marker in `text`; a word marker (`EUR`) stands between non-letters.
    ///
    ///     currency(in: "5 euros or 6 USD") == "EUR";  currency(in: "eurostat 5") == nil
    static func currency(in text: String) -> String? {
        let lower = ByteText.lowercased(text.utf8)[...]
        var best: (at: Int, code: String)?
        for (marker, code) in lowercasedMarkers {
            // NB: only a marker's first occurrence counts, as it always has.
            guard let r = ByteText.firstRange(of: marker, in: lower) else { continue }
            if Scalars.isLetter(Scalars.decode(marker, at: 0).scalar) {
                let before = ByteText.scalar(before: r.lowerBound, in: lower)
                let after = ByteText.scalar(at: r.upperBound, in: lower)
                if before.map(Scalars.isLetter) == true || after.map(Scalars.isLetter) == true { continue }
            }
            if best == nil || r.lowerBound < best!.at { best = (r.lowerBound, code) }
        }
        return best?.code
    }

    static let lowercasedMarkers = Vocabulary.currencyMarkers.map { (ByteText.lowercased($0.marker.utf8), $0.code) }

    /// `1,706,485` / `1.706.485` / `1 706 485` / `2.5` / `1,706,485.50` as a number.
    static func number(_ s: String) -> Double? {
        let groups = s.unicodeScalars.split(whereSeparator: isSeparator).map { String(Substring($0)) }
        let seps = s.unicodeScalars.filter(isSeparator)
        guard !groups.isEmpty else { return nil }
        if seps.isEmpty { return Double(s) }
        // NB: a final separator followed by other than three digits is the decimal point.
        let lastGroup = groups.last!
        if lastGroup.count != 3 || (seps.count > 1 && Set(seps).count == 2 && seps.last != seps.first) {
            return Double("\(groups.dropLast().joined()).\(lastGroup)")
        }
        return Double(groups.joined())
    }

    /// What parts the groups of a number's digits: `,` `.` `'` `’` or a space.
    static func isSeparator(_ s: Unicode.Scalar) -> Bool { s == "," || s == "." || s == " " || s == "'" || s == "’" }

    /// The amount of a text that is money alone (`isMoney`), as a budget field holds it.
    ///
    ///     Money.whole("US$ 29,000") == (29000.0, "USD");  Money.whole("FY2019: 29,000") == nil
    static func whole(_ text: String) -> (amount: Double, currency: String?)? {
        isMoney(text[...]) ? parse(text) : nil
    }

    /// Every word is a number, a currency marker or a money word (`million`, `approx`).
    static func isMoney(_ tail: Substring) -> Bool {
        guard tail.unicodeScalars.contains(where: Scalars.isNumber) else { return false }
        let words = tail.split(separator: " ").map { ByteText.lowercased(ByteText.trimmingPunctuation($0.filter { $0 != ")" }[...])) }
        return words.allSatisfy { w in
            // NB: a word holding `$`, `€` or `£` is money (`US$29,000`).
            w.isEmpty || Scalars.isNumber(w.unicodeScalars.first!) || w.unicodeScalars.contains(where: "$€£".unicodeScalars.contains)
                || Vocabulary.moneyMultipliers[w] != nil || lowercasedCurrencyMarkers.contains(w) || Vocabulary.moneyWords.contains(w)
        }
    }

    static let lowercasedCurrencyMarkers = Set(Vocabulary.currencyMarkers.map { ByteText.lowercased($0.marker) })
}
