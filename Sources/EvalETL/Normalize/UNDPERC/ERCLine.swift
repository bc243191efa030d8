/// What one line of a UNDP ERC page is, judged on the line alone.
///
///     "Success message"                                    -> .chrome
///     "Commissioning Unit: Fiji" / "Commissioning Unit:Costa Rica" / "Commissioning Unit: | Ethiopia |"
///                                                          -> .field(.commissioningUnit, "Fiji")
///     "Evaluation Plan:"                                   -> .field(.evaluationPlan, nil)   (value on the next line)
///     "1. Recommendation: UNDAF should …"                  -> .recommendation(1, "UNDAF should …")
///     "Evaluation recommendation 2. Capture, …"            -> .recommendation(2, "Capture, …")
///     "Recommendation: En primer lugar, …"                 -> .recommendation(nil, "En primer lugar, …")
///     "2."                                                 -> .number(2)     (the older admin layout)
///     "Management Response: [Added: 2012/10/07]"           -> .field(.managementResponse, "[Added: 2012/10/07]")
///     "Key Actions:"                                       -> .field(.keyActions, nil)
///     "Key Action | Responsible | DueDate | …" / "---|---|" -> .tableHeader
///     "[Added: 2012/10/07] [Last Updated: 2012/11/13]"     -> .stamps(…)
///     "" / " " / "|"                                       -> .blank
///     anything else                                        -> .text
enum ERCLine: Equatable {
    case blank
    case chrome
    case furniture
    case field(ERCVocabulary.Field, Substring?)
    case recommendation(Int?, Substring)
    case number(Int)
    case tableHeader
    case stamps(ERCStamps)
    case text(Substring)

    static func classify(_ raw: Substring) -> ERCLine {
        let line = Text.trimmed(raw)
        guard !line.isEmpty, !line.utf8.allSatisfy({ $0 == UInt8(ascii: "|") || $0 == 0x20 || $0 == 0x09 }) else { return .blank }
        if isSeparatorRow(line) { return .tableHeader }
        if line.utf8.first == UInt8(ascii: "["), let s = ERCStamps.find(in: line), s.before.isEmpty {
            return .stamps(s)
        }
        if line.utf8.count <= 400 {
            // NB: each test first looks at the line's first byte, so most lines make no string.
            let first = line.utf8.first.map(ByteText.lower) ?? 0
            if PageChrome.isChrome(line) { return .chrome }
            if let n = bareNumber(line) { return .number(n) }
            if ByteText.isDigit(first) || first == UInt8(ascii: "e") || first == UInt8(ascii: "r"),
               let rec = recommendation(line) { return rec }
            if line.utf8.count <= 160, tableHeadFirstBytes.contains(first), isTableHeader(line) { return .tableHeader }
            if line.utf8.count <= 60, furnitureFirstBytes.contains(first),
               ERCVocabulary.furniture.contains(ERCVocabulary.key(line)) { return .furniture }
        }
        if let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 90, of: line) {
            if let field = ERCVocabulary.field(of: line[..<colon]) {
                return .field(field, value(line[line.index(after: colon)...]))
            }
        }
        return .text(line)
    }

    static let tableHeadFirstBytes = Set(ERCVocabulary.tableHeads.compactMap { $0.utf8.first })
    static let furnitureFirstBytes = Set(ERCVocabulary.furniture.compactMap { $0.utf8.first })

    /// A field's value without the pipes of a table layout; nil when empty.
    static func value(_ s: Substring) -> Substring? {
        let v = Text.trimmed(s).trimmingASCII("| \t")
        return v.isEmpty ? nil : v
    }

    /// `2.` / `2` alone on its line.
    static func bareNumber(_ line: Substring) -> Int? {
        var digits = line
        if digits.last == "." { digits = digits.dropLast() }
        guard (1...3).contains(digits.utf8.count), digits.utf8.allSatisfy(ByteText.isDigit) else { return nil }
        return Int(digits)
    }

    /// `N. Recommendation: text`, `Evaluation recommendation N. text`, `Recommendation N: text`,
    /// `Recommendation: text`, in any language of `ERCVocabulary.recommendationOpeners`.
    static func recommendation(_ line: Substring) -> ERCLine? {
        var rest = line
        var number: Int?
        // `1. Recommendation:` / `1 Recommendation:`
        let lead = rest.prefix { $0.isASCII && $0.isNumber }
        if (1...3).contains(lead.count) {
            var after = rest[lead.endIndex...]
            if after.first == "." || after.first == ")" { after = after.dropFirst() }
            guard after.first == " " else { return nil }
            number = Int(lead)
            rest = Text.trimmed(after)
        }
        let lower = rest.prefix(48).lowercased()
        guard let opener = ERCVocabulary.recommendationOpeners.first(where: { lower.hasPrefix($0) }) else { return nil }
        var after = rest.dropFirst(opener.count)
        // `Evaluation recommendation 1.` / `Recommendation 1:` — the number after the opener.
        let trailing = after.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        if number == nil, (1...3).contains(trailing.count) {
            let end = after.drop { $0 == " " }.dropFirst(trailing.count)
            guard let mark = end.first, mark == "." || mark == ":" || mark == ")" else { return nil }
            number = Int(trailing)
            after = end.dropFirst()
        } else {
            // `Recommendation:` (also `Recommendation :` in French typography)
            let colon = after.drop { $0 == " " }
            guard colon.first == ":" else { return nil }
            after = colon.dropFirst()
            // NB: `Recommendation:` without a number opens a block only in the admin layout,
            // where the number stands on the line before; `Recommendations:` is no opener.
        }
        return .recommendation(number, Text.trimmed(after))
    }

    /// `Key Action Responsible DueDate Status Comments Documents`, `Key Action | Responsible | …`,
    /// `Responsible DueDate Status Comments`, and their translations.
    static func isTableHeader(_ line: Substring) -> Bool {
        guard line.utf8.count <= 160 else { return false }
        return ByteText.withUTF8(line) { b in
            tableHeadBytes.contains { ByteText.firstOffset(of: $0, in: b, foldingCase: true) == 0 }
                && tableHeadWordBytes.contains { ByteText.firstOffset(of: $0, in: b, foldingCase: true) != nil }
        }
    }

    static let tableHeadBytes = ERCVocabulary.tableHeads.map { Array($0.utf8) }
    static let tableHeadWordBytes = ERCVocabulary.tableHeadWords.map { Array($0.utf8) }

    /// `---|---|---|`: a markdown table's rule.
    static func isSeparatorRow(_ line: Substring) -> Bool {
        line.utf8.contains(UInt8(ascii: "-")) && line.utf8.contains(UInt8(ascii: "|"))
            && line.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
    }
}
