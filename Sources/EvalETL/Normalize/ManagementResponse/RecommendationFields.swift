/// Sets the fields of a GATE recommendation block from their label lines.
///
///     Recommendation: Systematize and disseminate lessons learned: The programme was …
///         -> title "Systematize and disseminate lessons learned", text "The programme was …"
///     Management Response Category:            -> nil (blank: never guessed from the response)
///     Operating Principles: Advocacy, Evidence, Data and statistics -> ["Advocacy", "Evidence, Data and statistics"]
enum RecommendationFields {
    /// Longest lead-in, in words, read as a title.
    static let maxTitleWords = 10

    /// Strips a leading label and number (`Recommendation 3: `, `1. `) and splits off a short title lead-in.
    static func setText(_ text: String, of rec: inout ParsedRecommendation) {
        var body = text[...]
        if let (area, rest) = area(body) {
            rec.section = area
            body = rest
        }
        dropLabel(&body)
        _ = KeyActionSplitter.dropNumber(&body)
        if let (title, rest) = titleLeadIn(body) {
            rec.title = title
            rec.text = rest
        } else {
            rec.text = Text.fold(body)
        }
    }

    /// Drops the label and number a recommendation's text repeats: `RECOMMENDATION 1 `, `Recomendación 1: `,
    /// `Recommendation 2 - `, `Recommendation #3:`, `Evaluation Recommendation 1: ` (`Vocabulary.recommendationLabels`);
    /// a label with no number after it (`Recommendations for the Regional Office: …`) is text.
    ///
    ///     "Key Recommendation 1: Focus beyond individual capacity: In future …" -> "Focus beyond individual capacity: In future …"
    static func dropLabel(_ s: inout Substring) {
        if let rest = afterLabel(s) { s = rest; return }
        // NB: `Midterm Review recommendation 1. Undertake …`: up to three capitalized words may name the
        // review the recommendation comes from; the number then ends with its mark (`1.`, `1:`), so that
        // prose (`The recommendation 1 …`) keeps its words.
        var words = s.utf8.split(separator: 0x20, maxSplits: 3).map { Substring($0) }[...]
        for _ in 0..<3 {
            guard let w = words.popFirst(), ByteText.startsUppercase(w), let next = words.first else { return }
            if let rest = afterLabel(s[next.startIndex...], markedNumber: true) { s = rest; return }
        }
    }

    /// The text after a label and its number (`Recommendation No. 1 (R1): Do X` -> `Do X`), or nil.
    private static func afterLabel(_ s: Substring, markedNumber: Bool = false) -> Substring? {
        // NB: every label is tried: `Evaluation recommendation or issue 1` starts with `evaluation recommendation` too.
        for label in recommendationLabels {
            guard let length = ByteText.withUTF8(s, { ByteText.prefixLength(of: $0, lowercasedTo: label) }),
                  let rest = afterNumber(s[s.utf8.index(s.startIndex, offsetBy: length)...], marked: markedNumber) else { continue }
            return rest
        }
        return nil
    }

    /// A response without the label its text repeats in another language (`ERCVocabulary`'s management
    /// response labels).
    ///
    ///     "Respuesta de Gestión: La Estrategia será …" -> "La Estrategia será …"
    static func droppingResponseLabel(_ s: Substring) -> Substring {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 40, of: s),
              ERCVocabulary.field(of: s[..<colon]) == .managementResponse else { return s }
        return Text.trimmed(s[s.index(after: colon)...])
    }

    /// `Area: Capacity Strengthening of AWLN Recommendation 1: There is need …` -> (`Capacity Strengthening of
    /// AWLN`, `There is need …`): an area the recommendation stands under, written before its label and number
    /// on the same line; nil unless the text starts with a short label (at most 3 words) and `: `.
    static func area(_ s: Substring) -> (String, Substring)? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 30, of: s),
              (1...3).contains(ByteText.wordCount(s[..<colon].utf8)) else { return nil }
        let words = s[s.index(after: colon)...].split(separator: " ")
        for w in words.prefix(16).dropFirst() {
            let from = s[w.startIndex...]
            guard ByteText.startsUppercase(w) else { continue }
            if let rest = afterLabel(from), let area = Text.nonEmpty(s[s.index(after: colon)..<w.startIndex]) {
                return (area, rest)
            }
        }
        return nil
    }

    /// `Vocabulary.recommendationLabels`, as bytes.
    static let recommendationLabels = Vocabulary.recommendationLabels.map { Array($0.utf8) }

    /// The text after a label's number: ` 1 Do X`, ` 1: Do X`, ` 1 - Do X`, ` #3: Do X`, ` No. 1: Do X`,
    /// ` 1 (R1): Do X`, ` IV: Do X` -> `Do X`; nil when no number follows (or, `marked`, when the number
    /// and its mark do not end with `.`, `:`, `-`).
    private static func afterNumber(_ s: Substring, marked: Bool = false) -> Substring? {
        // NB: `s` is folded: words are parted by single ASCII spaces.
        guard s.utf8.first == 0x20 else { return nil }
        var words = s.utf8.dropFirst().split(separator: 0x20, maxSplits: 1).map { Substring($0) }
        // `Recommendation No. 1`, `Recomendación Nº 1`: the number's sign.
        if let sign = words.first, numberSigns.contains(ByteText.lowercased(sign)), words.count > 1 {
            words = words[1].utf8.split(separator: 0x20, maxSplits: 1).map { Substring($0) }
        }
        guard let word = words.first else { return nil }
        let number = ByteText.trimming(word, anyOf: ":.)#")
        let arabic = number.utf8.first.map(ByteText.isDigit) == true
            && number.utf8.allSatisfy({ ByteText.isDigit($0) || $0 == UInt8(ascii: ".") })
        // NB: a roman number counts only with its mark (`Recommendation IV:`): `Recommendation I would …` is prose.
        let roman = number.utf8.count < word.utf8.count && !number.isEmpty && number.utf8.allSatisfy { romanDigits.contains($0) }
        guard arabic || roman else { return nil }
        var rest = words.count > 1 ? words[1] : ""
        var hasMark = number.utf8.count < word.utf8.count
        // `Recommendation 1 (R1): Do X`: the number again, as a code.
        if let code = rest.utf8.split(separator: 0x20, maxSplits: 1).first.map({ Substring($0) }),
           code.utf8.first == UInt8(ascii: "("), code.utf8.count <= 8,
           code.utf8.last == UInt8(ascii: ")") || code.utf8.last == UInt8(ascii: ":") {
            rest = rest[code.endIndex...]
            hasMark = hasMark || code.utf8.last == UInt8(ascii: ":")
        }
        // `Recommendation 1 - Do X`, `Recommendation 1 : Do X`: a mark standing alone after the number.
        if let mark = rest.utf8.split(separator: 0x20, maxSplits: 1).first.map({ Substring($0) }), ["-", "–", ":"].contains(mark) {
            rest = rest[mark.endIndex...]
            hasMark = true
        }
        guard !marked || hasMark else { return nil }
        return Text.trimmed(rest)
    }

    /// Signs written before a label's number (`Recommendation No. 1`), lower-case.
    static let numberSigns: Set<String> = ["no.", "no", "nº", "n°", "nr.", "num.", "number"]
    /// Capital roman digits, as bytes.
    static let romanDigits: Set<UInt8> = Set("IVXL".utf8)

    /// `Lead-in: Sentence…` -> (lead-in, sentence) when the lead-in is a short heading
    /// and what follows is a sentence, not a list (`i.`, `(1)`, `a.`).
    ///
    /// NB: the one title lead-in rule: GATE and ERC recommendations, ILO items (`SummaryItems.leadIn`).
    static func titleLeadIn(_ text: Substring) -> (String, String)? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 160, of: text) else { return nil }
        let lead = text[..<colon]
        let afterColon = text.index(after: colon)
        guard afterColon < text.endIndex, text.utf8[afterColon] == UInt8(ascii: " ") else { return nil }
        let after = Text.trimmed(text[afterColon...])
        guard (1...maxTitleWords).contains(ByteText.wordCount(lead.utf8)), ByteText.startsUppercase(lead),
              !lead.utf8.contains(where: GATEVocabulary.titlePunctuation.contains) else { return nil }
        guard let a = after.unicodeScalars.first, Scalars.isUppercase(a) || GATEVocabulary.openingQuotes.contains(a)
        else { return nil }
        // NB: `after` is folded: a space is the one white space in it.
        let firstWord = after[..<(after.utf8.firstIndex(of: UInt8(ascii: " ")) ?? after.endIndex)]
        if isListMarker(firstWord) { return nil }
        return (Text.fold(lead), Text.fold(after))
    }

    /// `i.`, `iv)`, `(1)`, `a.`, `1.`, `A)`.
    static func isListMarker(_ w: Substring) -> Bool {
        var core = w.unicodeScalars[...]
        if core.first == "(" { core = core.dropFirst() }
        guard let l = core.last, l == "." || l == ")" else { return false }
        core = core.dropLast()
        if core.isEmpty { return false }
        if core.allSatisfy(Scalars.isNumber) { return true }
        if core.count == 1, Scalars.isLetter(core.first!) { return true }
        return core.count <= 5 && core.allSatisfy { "ivxlcIVXLC".unicodeScalars.contains($0) }
    }

    /// Sets a category or list field.
    static func set(_ field: GATEField, _ value: Substring, of rec: inout ParsedRecommendation,
                    line: Int, diagnostics: inout [Diagnostic]) {
        switch field {
        case .responseCategory:
            rec.responseCategory = category(value, line: line, diagnostics: &diagnostics)
        case .thematicAreas: rec.thematicAreas = Text.splitList(value)
        case .operatingPrinciples: rec.operatingPrinciples = Text.splitList(value)
        case .organizationalPriorities: rec.organizationalPriorities = Text.splitList(value)
        case .unegCriteria: rec.unegCriteria = Text.splitList(value)
        case .recommendation, .managementResponse, .description, .donors: break
        }
    }

    /// The canonical category, nil when blank; unknown ones kept as written with a warning.
    static func category(_ value: Substring, line: Int, diagnostics: inout [Diagnostic]) -> String? {
        guard let written = Text.nonEmpty(value) else { return nil }
        var key = ByteText.lowercased(written)
        while let l = key.utf8.last, l == UInt8(ascii: ".") || l == UInt8(ascii: ";") { key.removeLast() }
        if let c = Vocabulary.responseCategories.first(where: { ByteText.lowercased($0) == key }) { return c }
        if let c = Vocabulary.responseCategoryVariants[key] { return c }
        diagnostics.append(.warning(line: line, "unknown management response category '\(written)', kept as written"))
        return written
    }
}
