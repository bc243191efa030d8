/// Reads an amount of money: a currency marker and a number, perhaps `million`.
///
///     Money.parse("\\$1,706,485")          == (1706485.0, "USD")
///     Money.parse("US$ 2.5 million")      == (2500000.0, "USD")
///     Money.parse("1.200.000 EUR")        == (1200000.0, "EUR")
///     Money.parse("CHF 450'000")          == (450000.0, "CHF")
///     Money.parse("Government of Italy")  == nil
enum Money {
    static let multipliers: [String: Double] = [
        "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
        "thousand": 1e3, "k": 1e3, "millones": 1e6, "millón": 1e6, "milliard": 1e9,
    ]

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
        let after = String(chars[end...]).lowercased()
        let word = after.drop { $0 == " " }.prefix { $0.isLetter }
        if let m = multipliers[String(word)] { amount *= m }
        return (amount, currency(in: s))
    }

    /// The ISO code of the first currency marker in `text`.
    static func currency(in text: String) -> String? {
        if ByteText.isSimpleASCII(text) { return ByteText.withUTF8(text, currencyBytes) }
        return currencyCharacters(in: text)
    }

    /// `currency(in:)` by Characters, for text that is not byte text.
    static func currencyCharacters(in text: String) -> String? {
        let lower = text.lowercased()
        var best: (at: String.Index, code: String)?
        for (marker, code) in Vocabulary.currencyMarkers {
            guard let r = lower.firstRange(of: marker.lowercased()) else { continue }
            if marker.first!.isLetter {
                let before = r.lowerBound == lower.startIndex ? nil : lower[lower.index(before: r.lowerBound)]
                let after = r.upperBound == lower.endIndex ? nil : lower[r.upperBound]
                if before?.isLetter ?? false || after?.isLetter ?? false { continue }
            }
            if best == nil || r.lowerBound < best!.at { best = (r.lowerBound, code) }
        }
        return best?.code
    }

    /// `currency(in:)` of byte text: a byte is a Character, so markers are found by their bytes
    /// (the non-ASCII ones nowhere), letters around a word marker tested as bytes.
    static func currencyBytes(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var best: (at: Int, code: String)?
        for (marker, code) in lowercasedMarkerBytes {
            guard let at = ByteText.firstOffset(of: marker, in: text, foldingCase: true) else { continue }
            if ByteText.isLetter(marker[0]) {
                let end = at + marker.count
                if at > 0 && ByteText.isLetter(text[at - 1]) || end < text.count && ByteText.isLetter(text[end]) { continue }
            }
            if best == nil || at < best!.at { best = (at, code) }
        }
        return best?.code
    }

    /// `Vocabulary.currencyMarkers` as lower-case bytes.
    static let lowercasedMarkerBytes = Vocabulary.currencyMarkers.map { (Array($0.marker.lowercased().utf8), $0.code) }

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
