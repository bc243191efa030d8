/// Reads an amount of money: a currency marker and a number, perhaps `million`.
///
///     Money.parse("\\$1,706,485")          == (1706485.0, "USD")
///     Money.parse("US$ 2.5 million")      == (2500000.0, "USD")
///     Money.parse("1.200.000 EUR")        == (1200000.0, "EUR")
///     Money.parse("CHF 450'000")          == (450000.0, "CHF")
///     Money.parse("Government of Italy")  == nil
enum Money {
    /// The amount and ISO code (nil when no marker is written) of the first amount in `text`.
    static func parse(_ text: String) -> (amount: Double, currency: String?)? {
        let s = String(text.filter { $0 != "\\" })
        let chars = Array(s)
        guard let start = chars.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        var end = start
        while end < chars.count, chars[end].isASCII && chars[end].isNumber || (",. '’".contains(chars[end])
                && end + 1 < chars.count && chars[end + 1].isASCII && chars[end + 1].isNumber) {
            end += 1
        }
        guard var amount = number(String(chars[start..<end])) else { return nil }
        let after = ByteText.lowercased(String(chars[end...]))
        let word = after.drop { $0 == " " }.prefix { $0.isLetter }
        if let m = SummaryVocabulary.moneyMultipliers[String(word)] { amount *= m }
        return (amount, currency(in: s))
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

    /// `Vocabulary.currencyMarkers` as lower-case bytes.
    static let lowercasedMarkers = Vocabulary.currencyMarkers.map { (ByteText.lowercased($0.marker.utf8), $0.code) }

    /// `1,706,485` / `1.706.485` / `1 706 485` / `2.5` / `1,706,485.50` as a number.
    static func number(_ s: String) -> Double? {
        let isSep: (Character) -> Bool = { $0 == "," || $0 == "." || $0 == " " || $0 == "'" || $0 == "’" }
        let groups = s.split(whereSeparator: isSep)
        let seps = s.filter(isSep)
        guard !groups.isEmpty else { return nil }
        if seps.isEmpty { return Double(s) }
        let last = seps.last!
        // NB: a final separator followed by other than three digits is the decimal point.
        let lastGroup = groups.last!
        if lastGroup.count != 3 || (seps.count > 1 && Set(seps).count == 2 && last != seps.first) {
            let intPart = groups.dropLast().joined()
            return Double("\(intPart).\(lastGroup)")
        }
        return Double(groups.joined())
    }
}
