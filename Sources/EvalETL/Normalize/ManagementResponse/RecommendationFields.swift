/// Sets the fields of a GATE recommendation block from their label lines.
///
///     Recommendation: Systematize and disseminate lessons learned: The programme was …
///         -> title "Systematize and disseminate lessons learned", text "The programme was …"
///     Management Response Category:            -> nil (blank: never guessed from the response)
///     Operating Principles: Advocacy, Evidence, Data and statistics -> ["Advocacy", "Evidence, Data and statistics"]
enum RecommendationFields {
    /// Longest lead-in, in words, read as a title.
    static let maxTitleWords = 10

    /// Strips a leading number (`1. `) and splits off a short title lead-in.
    static func setText(_ text: String, of rec: inout ParsedRecommendation) {
        var body = text[...]
        _ = KeyActionSplitter.dropNumber(&body)
        if let (title, rest) = titleLeadIn(body) {
            rec.title = title
            rec.text = rest
        } else {
            rec.text = Text.fold(body)
        }
    }

    /// `Lead-in: Sentence…` -> (lead-in, sentence) when the lead-in is a short heading
    /// and what follows is a sentence, not a list (`i.`, `(1)`, `a.`).
    static func titleLeadIn(_ text: Substring) -> (String, String)? {
        guard let colon = ByteText.firstIndex(ofASCII: UInt8(ascii: ":"), inFirst: 160, of: text) else { return nil }
        let lead = text[..<colon]
        guard text.index(after: colon) < text.endIndex, text[text.index(after: colon)] == " " else { return nil }
        let after = ResponsibleCell.trimmed(text[text.index(after: colon)...])
        guard (1...maxTitleWords).contains(ByteText.wordCount(lead)), ByteText.startsUppercase(lead),
              !hasTitlePunctuation(lead) else { return nil }
        guard let a = after.first, a.isUppercase || a == "“" || a == "\"" || a == "‘" else { return nil }
        let firstWord = after.prefix { !$0.isWhitespace }
        if isListMarker(firstWord) { return nil }
        return (Text.fold(lead), Text.fold(after))
    }

    /// A character no title holds: `.;,!?()[]"`.
    ///
    /// NB: compared by bytes on ASCII only: a non-ASCII character can equal one of
    /// these (`U+037E` is `;`), so other text asks `Character`.
    private static func hasTitlePunctuation(_ lead: Substring) -> Bool {
        let marks = ".;,!?()[]\""
        if ByteText.isSimpleASCII(lead) { return lead.utf8.contains(where: isTitleMark) }
        return lead.contains(where: { marks.contains($0) })
    }

    /// `.;,!?()[]"` as a byte.
    private static func isTitleMark(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// `i.`, `iv)`, `(1)`, `a.`, `1.`, `A)`.
    static func isListMarker(_ w: Substring) -> Bool {
        var core = w
        if core.first == "(" { core = core.dropFirst() }
        guard let l = core.last, l == "." || l == ")" else { return false }
        core = core.dropLast()
        if core.isEmpty { return false }
        if core.allSatisfy({ $0.isNumber }) { return true }
        if core.count == 1, core.first!.isLetter { return true }
        return core.lowercased().allSatisfy { "ivxlc".contains($0) } && core.count <= 5
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
        var key = written.lowercased()
        while let l = key.last, l == "." || l == ";" { key.removeLast() }
        if let c = Vocabulary.responseCategories.first(where: { $0.lowercased() == key }) { return c }
        if let c = Vocabulary.responseCategoryVariants[key] { return c }
        diagnostics.append(.warning(line: line, "unknown management response category '\(written)', kept as written"))
        return written
    }
}
