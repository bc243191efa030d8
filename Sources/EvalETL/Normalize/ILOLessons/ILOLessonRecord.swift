/// The `key:` / value lines of a single i-eval lesson record, read through a vocabulary of keys (`SummaryVocabulary.lessonRecordKeys`).
///
///     "Evaluation title:" / "Technical Cooperation …"  -> .evaluationTitle = "Technical Cooperation …"
///     "Lesson learned: The hosting of …"                -> .lesson = "The hosting of …"
///     "Good practice: Tripartite committees …"          -> .practice = "Tripartite committees …"
///     "Country: Qatar"                                  -> .country = "Qatar"
///
/// A value runs from its key to the next key line; keys are compared folded and lowercased.
struct ILOLessonRecord {
    enum Key: Hashable {
        case evaluationTitle, lessonTitle, lesson, practiceTitle, practice, country, administrativeOffice, projectCode, evaluationType, evaluationTiming, other
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

    /// `Key: value` with a short label (at most 6 words), or nil.
    static func keyLine(_ line: Substring) -> (Key, Substring)? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 60, of: line) else { return nil }
        let label = Text.labelKey(line[..<colon])
        guard !label.isEmpty, ByteText.wordCount(label.utf8) <= 6, label.unicodeScalars.first.map(Scalars.isLetter) == true else { return nil }
        let value = Text.trimmed(line[line.index(after: colon)...])
        return (SummaryVocabulary.lessonRecordKeys[label] ?? .other, value)
    }
}
