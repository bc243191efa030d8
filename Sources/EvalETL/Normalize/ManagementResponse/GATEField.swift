/// The labels a GATE recommendation block uses.
///
///     GATEField(label: "Management Response Category") == .responseCategory
///     GATEField(label: "Recommendation 3")             == .recommendation
///     GATEField(label: "Evaluation Manager")           == nil
enum GATEField: Equatable {
    case recommendation
    case managementResponse
    case description
    case responseCategory
    case thematicAreas
    case operatingPrinciples
    case organizationalPriorities
    case unegCriteria
    case donors

    /// The field a folded label names (case and `Recommendation 3` numbers ignored), or nil.
    init?(label: String) {
        guard Self.mayName(label), let field = ByteText.withLowercased(label, Self.field) else { return nil }
        self = field
    }

    /// The field a folded, lower-cased label names, or nil.
    private static func field(_ l: UnsafeBufferPointer<UInt8>) -> GATEField? {
        if let known = GATEVocabulary.fields.first(where: { ByteText.equals(l, $0.label) }) { return known.field }
        // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
        // NB: words lie between spaces (`wordCount`); the first word ends at a space.
        let word = GATEVocabulary.recommendationWord
        let space = UInt8(ascii: " ")
        var i = 0
        while i < l.count, l[i] == space { i += 1 }
        guard (2...5).contains(ByteText.wordCount(l)), ByteText.starts(l, at: i, with: word, foldingCase: false) else { return nil }
        i += word.count
        guard i < l.count, l[i] == space else { return nil }
        while i < l.count, l[i] == space { i += 1 }
        guard let f = ByteText.scalar(at: i, in: l), Scalars.isNumber(f) || f == "#" || f == "(" else { return nil }
        return .recommendation
    }

    /// False when the first byte rules out every label.
    ///
    /// NB: most `…:` lines are key action rows (`1. KAZ: …`); an ASCII first
    /// byte whose lowercase starts no label rejects them before lowercasing.
    private static func mayName(_ label: String) -> Bool {
        guard let f = label.utf8.first, f < 0x80 else { return true }
        return firstLetters.contains(f | 0x20)
    }

    /// The first bytes of the labels, lower-case.
    ///
    /// NB: `| 0x20` lower-cases an ASCII capital and makes no other ASCII byte a letter.
    private static let firstLetters = Set(GATEVocabulary.fields.compactMap(\.label.first))
}

extension GATEField {
    /// The `value` of the field on line `i` of `lines`, with the lines wrapped below it (`continues`) joined by a space.
    ///
    ///     "Operating Principles: Oversight/governance, …, Data and" / "statistics"
    ///         -> "Oversight/governance, …, Data and statistics"
    static func value(_ value: Substring, in lines: [Substring], at i: Int, widest: @autoclosure () -> Int) -> Substring {
        var end = i + 1
        while continues(lines, at: end - 1, widest: widest()) { end += 1 }
        return end == i + 1 ? value : Substring(([value] + lines[(i + 1)..<end]).joined(separator: " "))
    }

    /// Whether line `i + 1` of `lines` goes on with the field value on line `i`, as a line wrapped by a
    /// PDF-to-text export does: line `i` fills the width (`PageChrome.fillsWidth`) and line `i + 1` is
    /// text (`GATELine.classify`), not the next field's label, a heading, a `:` value or a blank line.
    ///
    ///     "Operating Principles: …, Evidence, Data and" / "statistics"          -> true
    ///     "Operating Principles: …, Data and statistics" / "Organizational Priorities: …"  -> false (the next field)
    ///     "UNEG Criteria: Efficiency, Sustainability, Impact" / "Key Actions"   -> false (short; a heading)
    static func continues(_ lines: [Substring], at i: Int, widest: @autoclosure () -> Int) -> Bool {
        guard PageChrome.fillsWidth(lines, at: i, widest: widest()), case .text = GATELine.classify(lines[i + 1]) else { return false }
        return true
    }
}
