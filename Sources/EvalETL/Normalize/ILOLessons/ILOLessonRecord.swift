/// The `key:` / value lines of a single i-eval lesson record, read through a vocabulary of keys (`SummaryVocabulary.lessonRecordKeys`).
///
///     "Evaluation title:" / "Technical Cooperation …"  -> .evaluationTitle = "Technical Cooperation …"
///     "Lesson learned: The hosting of …"                -> .lesson = "The hosting of …"
///     "Good practice: Tripartite committees …"          -> .practice = "Tripartite committees …"
///     "Country: Qatar"                                  -> .country = "Qatar"
///     "Brief description of lesson learned (link to specific action or task) Early …"  -> .lesson = "Early …"
///                                                          (ILO's template: `SummaryVocabulary.templateElements`)
///
/// A value runs from its key to the next key line; keys are compared folded and lowercased.
struct ILOLessonRecord {
    enum Key: Hashable {
        case evaluationTitle, lessonTitle, lesson, practiceTitle, practice, country, administrativeOffice, projectCode, evaluationType,
             evaluationTiming, evaluators, other
    }

    private(set) var values: [Key: String] = [:]
    /// Key lines read (known or not).
    private(set) var keys = 0

    static func read(_ lines: [Substring]) -> ILOLessonRecord {
        var r = ILOLessonRecord()
        var current: Key?
        var parts: [Substring] = []
        func close() {
            if let k = current, k != .other, r.values[k] == nil, let v = Text.nonEmpty(parts.joined(separator: " ")) { r.values[k] = v }
            parts = []
        }
        for line in lines {
            if let (key, value) = keyLine(line) {
                close()
                r.keys += 1
                current = key
                if !value.isEmpty { parts = [value] }
            } else if current != nil {
                parts.append(line)
            }
        }
        close()
        return r
    }

    /// `SummaryVocabulary.templateElements`, each label as UTF-8.
    private static let templateElements = SummaryVocabulary.templateElements.map { (label: Array($0.label.utf8), key: $0.key) }

    /// `Key: value` with a short label (at most 6 words), or a template element's label and its text; nil otherwise.
    static func keyLine(_ line: Substring) -> (Key, Substring)? {
        if let (key, length) = ByteText.withUTF8(line, { b in
            templateElements.lazy.compactMap { e in ByteText.prefixLength(of: b, lowercasedTo: e.label).map { (e.key, $0) } }.first
        }) {
            return (key, Text.trimmed(line[line.utf8.index(line.startIndex, offsetBy: length)...]))
        }
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 60, of: line) else { return nil }
        let label = Text.labelKey(line[..<colon])
        guard !label.isEmpty, ByteText.wordCount(label.utf8) <= 6, label.unicodeScalars.first.map(Scalars.isLetter) == true else { return nil }
        let value = Text.trimmed(line[line.index(after: colon)...])
        return (SummaryVocabulary.lessonRecordKeys[label] ?? .other, value)
    }
}
