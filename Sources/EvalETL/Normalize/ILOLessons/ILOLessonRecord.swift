/// The `key:` / value lines of a single i-eval lesson record, read through a vocabulary of keys (`SummaryVocabulary.lessonRecordKeys`).
///
///     "Evaluation title:" / "Technical Cooperation …"  -> .evaluationTitle = "Technical Cooperation …"
///     "Lesson learned: The hosting of …"                -> .lesson = "The hosting of …"
///     "Good practice: Tripartite committees …"          -> .practice = "Tripartite committees …"
///     "Country: Qatar"                                  -> .country = "Qatar"
///     "Country: Lebanon" / "Country: Algeria"           -> .country = "Lebanon; Algeria" (`listKeys`)
///     "Brief description of lesson learned (link to specific action or task) Early …"  -> .lesson = "Early …"
///                                                          (ILO's template: `SummaryVocabulary.templateElements`)
///
/// i-eval Discovery's own export writes each key on a line of its own, the value on the lines after
/// it, perhaps each line a `- ` list item:
///
///     "lessons_learned:" / … / "description:" / "Projects working on policy …" / "eval_title:" / "Inclusive …"
///     -> .lesson = "Projects working on policy …", .evaluationTitle = "Inclusive …"
///     "good_practices:" / … / "description:" / "…"   -> a good practice (`items`)
///     "recommendations:" / … / "action_plan:" / "Partially accepted. …" / "title:" / "Strengthen …"
///                                                     -> a recommendation "Strengthen …", its response "Partially accepted. …"
///     "management_response:" / "Completed" / "progress:" / "Achieved"   -> .responseStatus, .progress: its follow-up
///
/// A value runs from its key to the next key line; keys are compared folded and lowercased.
///
/// In i-eval's export (a line names one of its own fields, `eval_number:`) only its field names are keys,
/// and a one-line field's value is its first line:
///
///     "Decent work across borders: A pilot project - Final Evaluation" / "eval_number:"   -> the heading, no key
///     "eval_title:" / "Better Work - Final Evaluation" / "Skip to t"                     -> .evaluationTitle = "Better Work - Final Evaluation"
struct ILOLessonRecord {
    enum Key: Hashable {
        case evaluationTitle, lessonTitle, lesson, practiceTitle, practice, country, administrativeOffice, projectCode, evaluationType,
             evaluationTiming, evaluators, other
        /// i-eval's section keys: what the record's item is (`Items`).
        case practices, recommendations
        /// i-eval's `action_plan:`: the management response to a recommendation.
        case actionPlan
        /// i-eval's `comments:`: a newer recommendation record's response when it has no `action_plan:`, else the
        /// progress noted on it.
        case comments
        /// i-eval's `management_response:` (`Completed`, `Partially completed`) and `progress:` (`Achieved`): where the
        /// recommendation's follow-up stands.
        case responseStatus, progress
        /// i-eval's own field names that hold nothing we keep (`eval_number:`, `lessons_learned:`): the page is an export.
        case discoveryField
    }

    /// What a record's item is: a lesson (`description:`), a good practice, or a recommendation (`title:`).
    enum Items { case lessons, practices, recommendations }

    private(set) var values: [Key: String] = [:]
    /// Key lines read (known or not).
    private(set) var keys = 0
    /// What the record's item is, by its section key (`good_practices:`, `recommendations:`); lessons otherwise.
    private(set) var items = Items.lessons
    /// The one line above the first key line: the page's heading (i-eval names the evaluation there).
    private(set) var heading: Substring?
    /// A key line is one of i-eval Discovery's own field names (`eval_number:`, `lessons_learned:`): the page is
    /// the export of one record, even one cut before its `description:`.
    private(set) var fromDiscovery = false

    static func read(_ lines: [Substring]) -> ILOLessonRecord {
        var r = ILOLessonRecord()
        var current: Key?
        var parts: [Substring] = []
        func close() {
            defer { parts = [] }
            guard let k = current, k != .other, let v = Text.nonEmpty(parts.joined(separator: " ")) else { return }
            // NB: a multi-country record repeats `country:` (each with its `region:`): every value, in order, once.
            if let had = r.values[k] {
                if Self.listKeys.contains(k), !had.components(separatedBy: "; ").contains(v) { r.values[k] = had + "; " + v }
            } else {
                r.values[k] = v
            }
        }
        // NB: `- eval_number:` / `- 3359`: the export as a list, an item a line.
        let unlisted = lines.map { $0.utf8.starts(with: "- ".utf8) ? Text.trimmed($0.dropFirst(2)) : $0 }
        // NB: i-eval's export names its evaluation in a heading that may hold `: ` (`Decent work across borders: A pilot …`),
        // and its values may too; there only the export's own field names (`eval_title:`, `administrative_issues:`) are keys.
        let discovery = unlisted.contains { keyLine($0)?.0 == .discoveryField }
        var above: [Substring] = []
        for line in unlisted {
            // NB: `eval_title:` / `Outcome 11: Strengthening …`: a key alone on its line takes the next line
            // as its value, unless that line is a known key or a key alone in turn.
            if let (key, value) = keyLine(line), !discovery || isFieldName(line),
               !(current != nil && parts.isEmpty && key == .other && !value.isEmpty) {
                close()
                if r.keys == 0, above.count == 1 { r.heading = above[0] }
                r.keys += 1
                if key == .practices { r.items = .practices }
                if key == .recommendations { r.items = .recommendations }
                if key == .discoveryField { r.fromDiscovery = true }
                current = key
                if !value.isEmpty { parts = [value] }
            } else if let k = current {
                // NB: the export writes a one-line field's value on one line; what follows it is no part of it.
                if discovery, !parts.isEmpty, Self.oneLineKeys.contains(k) { continue }
                parts.append(line)
            } else {
                above.append(line)
            }
        }
        close()
        return r
    }

    /// Fields a record may repeat, each value one item of a list (`country:` / `Lebanon` / … / `country:` / `Algeria`):
    /// their values joined with `; `. Any other key's first value is its value.
    static let listKeys: Set<Key> = [.country]

    /// Fields whose value i-eval's export writes on one line: the evaluation's title and its facts.
    static let oneLineKeys: Set<Key> = [.evaluationTitle, .country, .administrativeOffice, .projectCode, .evaluationType, .evaluationTiming,
                                        .responseStatus, .progress, .discoveryField]

    /// Whether a `key:` line names one of i-eval's own fields: lower-case ASCII letters and digits, perhaps joined by `_`.
    ///
    ///     "administrative_issues:" -> true;  "Promoting decent work across borders: A pilot …" -> false
    static func isFieldName(_ line: Substring) -> Bool {
        guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")), colon > line.utf8.startIndex else { return false }
        return line.utf8[..<colon].allSatisfy { ByteText.isDigit($0) || ByteText.isLower($0) || $0 == UInt8(ascii: "_") }
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
