/// How a template's cover reads: a form flattened into one line cut at its labels (with their `:`, or without them in a
/// cover of label–value pairs), each cover field set from its label's value.
///
///     "UNICEF Evaluation Management Response Evaluation title: X Region: Global" -> ["UNICEF …", "Evaluation title: X", "Region: Global"]
///     "Evaluation Title X" -> (.title, "X");  office "Niger-WCA" -> "Niger" (CO)
extension ResponseTemplateParser {
    /// The labels a flattened form is cut at (lower-case bytes): the cover's, the overall response's,
    /// `Recommendation` (before its number) and `Management Response`.
    static let segmentLabels: [[UInt8]] = (ResponseTemplateVocabulary.coverLabels.map(\.label)
        + ResponseTemplateVocabulary.colonCoverLabels.map(\.label) + ResponseTemplateVocabulary.summaryLabels + unkeptLabels
        + ["recommendation", "evaluation recommendation", "management response"]).map { Array($0.utf8) }
    /// Labels cut only before their number (`Recommendation 1:`, OCHA's `Evaluation Recommendation 1:`).
    static let numberedLabels: Set<[UInt8]> = [Array("recommendation".utf8), Array("evaluation recommendation".utf8)]
    /// Labels whose values no row keeps: a cover's others and a sign-off's.
    static let unkeptLabels = ResponseTemplateVocabulary.otherCoverLabels + ResponseTemplateVocabulary.signOffLabels
    static let summaryLabels = Set(ResponseTemplateVocabulary.summaryLabels.map { Array($0.utf8) })

    /// A line cut before each label it holds that starts a word with a capital and is followed by `:`
    /// (`Recommendation` by its number first); the line whole when it holds fewer than two, but for an
    /// overall response's label after other words. Labels are looked
    /// for in the first `limit` characters; one inside another (`Country office:`, `… to management response:`) is none.
    ///
    ///     "UNICEF Evaluation Management Response Evaluation title: X Region: Global Office: HQ"
    ///         -> ["UNICEF Evaluation Management Response", "Evaluation title: X", "Region: Global", "Office: HQ"]
    static func labelSegments(_ line: Substring, limit: Int? = nil) -> [Substring] {
        let b = Array((limit.map { ByteText.prefix(line, scalars: $0) } ?? line).utf8)
        guard b.count > titleBytes else { return [line] }
        let lower = ByteText.lowercased(b)
        var found: [(start: Int, end: Int, alone: Bool)] = []
        for label in segmentLabels {
            var i = 0
            while let at = ByteText.firstOffset(of: label, in: lower, from: i) {
                i = at + label.count
                guard at == 0 || b[at - 1] == 0x20, ByteText.isUpper(b[at]) else { continue }
                var j = at + label.count
                let numbered = numberedLabels.contains(label)
                if numbered {
                    // `Recommendation 1:`
                    guard j + 1 < b.count, b[j] == 0x20, ByteText.isDigit(b[j + 1]) else { continue }
                    j += 1
                    while j < b.count, ByteText.isDigit(b[j]) { j += 1 }
                }
                if j < b.count, b[j] == 0x20 { j += 1 }
                guard j < b.count, b[j] == UInt8(ascii: ":") else { continue }
                // NB: `Recommendation 2 : UNFPA should …` cuts alone where its text opens with a capital (a page a line).
                let opensText = numbered && b[(j + 1)...].first { $0 != 0x20 }.map(ByteText.isUpper) == true
                found.append((at, j, summaryLabels.contains(label) || opensText))
            }
        }
        found += bareCoverLabels(b, lower).map { ($0.start, $0.end, false) }
        found.sort { $0.start < $1.start || $0.start == $1.start && $0.end > $1.end }
        var starts: [Int] = []
        var covered = -1
        for f in found where f.start > covered {
            starts.append(f.start)
            covered = f.end
        }
        // NB: an overall response's label cuts alone (`… April 2018 Overall assessment: The purpose …`).
        let cutsAlone = starts.count == 1 && starts[0] > 0 && found.contains { $0.start == starts[0] && $0.alone }
        guard starts.count >= 2 || cutsAlone else { return [droppingPageNumber(line)] }
        if starts[0] > 0 { starts.insert(0, at: 0) }
        // NB: a host's page number before the first label (`3 Recommendation 3 : …`) is no part.
        if (2...4).contains(starts[1]), b[..<(starts[1] - 1)].allSatisfy(ByteText.isDigit) { starts.removeFirst() }
        let u = line.utf8
        return starts.enumerated().map { k, start in
            let end = k + 1 < starts.count ? u.index(u.startIndex, offsetBy: starts[k + 1]) : line.endIndex
            let part = Text.trimmed(line[u.index(u.startIndex, offsetBy: start)..<end])
            return k == 0 ? droppingPageNumber(part) : part
        }
    }

    /// Cover labels standing without their `:` (`ResponseTemplateVocabulary.bareCoverLabels`) in the first `coverBytes` of a
    /// cover of label–value pairs read as one line: three or more, the first with its value before the second (labels
    /// then values are another layout: `holdsCoverLabelRun`); none elsewhere.
    ///
    ///     "… to Evaluation Country, Region … the Evaluation Yemen-ARAB STATES Evaluation Title X Year of the Evaluation 2011"
    ///         -> the three labels' ranges
    static func bareCoverLabels(_ b: [UInt8], _ lower: [UInt8]) -> [(start: Int, end: Int)] {
        var found: [(start: Int, end: Int)] = []
        let n = min(b.count, coverBytes)
        for label in bareLabels {
            var i = 0
            while let at = ByteText.firstOffset(of: label, in: lower, from: i), at < n {
                i = at + label.count
                guard at == 0 || b[at - 1] == 0x20, ByteText.isUpper(b[at]), i < b.count, b[i] == 0x20 else { continue }
                found.append((at, i))
            }
        }
        found.sort { $0.start < $1.start || $0.start == $1.start && $0.end > $1.end }
        var kept: [(start: Int, end: Int)] = []
        for f in found where f.start >= (kept.last?.end ?? 0) { kept.append(f) }
        guard kept.count >= 3, kept[1].start > kept[0].end + 1 else { return [] }
        return kept
    }

    static let bareLabels = ResponseTemplateVocabulary.bareCoverLabels.map { Array($0.utf8) }

    /// A part without the page's number a host writes before a page transcribed onto one line, where a numbered row
    /// follows it (`2 1. Technical meeting …` -> `1. Technical meeting …`); the part as it stands otherwise.
    static func droppingPageNumber(_ part: Substring) -> Substring {
        let words = part.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].utf8.count <= 3, words[0].utf8.allSatisfy(ByteText.isDigit) else { return part }
        var rest = words[1]
        return KeyActionSplitter.dropNumber(&rest) ? words[1] : part
    }

    /// The value after a label of `labels` that opens a lower-cased line and is followed by `:`
    /// (`Region: Global` -> "Global"), or nil.
    static func labelled(_ labels: [String], _ lower: String, _ text: Substring) -> Substring? {
        for label in labels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            return Text.trimmed(rest.dropFirst())
        }
        return nil
    }

    /// The overall response after its heading with no `:` (a cover read as one line), without the `Recommendations` heading
    /// after it; empty when it says there is none (`Vocabulary.noValues`); nil for any other line.
    ///
    ///     "General Management Response N/A Recommendations" -> ""
    static func afterSummaryHeading(_ text: Substring, _ lower: String) -> Substring? {
        guard let heading = ResponseTemplateVocabulary.summaryHeadings.first(where: { lower.hasPrefix($0 + " ") }) else { return nil }
        var value = Text.trimmed(text.dropFirst(heading.count))
        if let last = value.split(separator: " ").last, ResponseTemplateVocabulary.summaryEnds.contains(ByteText.lowercased(Text.fold(last))) {
            value = Text.trimmed(value[..<last.startIndex])
        }
        return Vocabulary.noValues.contains(ByteText.lowercased(Text.fold(value))) ? value[value.endIndex...] : value
    }

    /// A recommendation's text and its first key action row a page transcribed a line runs on after it: from a `1. ` and a
    /// capital after the text's sentence or parenthesis closes; nil when none stands there.
    ///
    ///     "Link outputs to strategies (not UNDAF) 1. All outputs are aligned. March 31,2011 M&E Officer"
    ///         -> ("Link outputs to strategies (not UNDAF)", "1. All outputs are aligned. March 31,2011 M&E Officer")
    static func splittingFirstRow(_ value: Substring) -> (text: Substring, row: Substring)? {
        guard value.utf8.count > titleBytes, let r = value.range(of: " 1. "), r.lowerBound > value.startIndex,
              ".)".contains(value[value.index(before: r.lowerBound)]), ByteText.startsUppercase(value[r.upperBound...])
        else { return nil }
        return (Text.trimmed(value[..<r.lowerBound]), Text.trimmed(value[value.index(after: r.lowerBound)...]))
    }

    /// The cover field a line's label names and the value after it (`Evaluation Title X` -> (.title, "X")).
    static func cover(_ lower: String, _ text: Substring) -> (ResponseTemplateVocabulary.CoverField, Substring)? {
        for (label, field) in ResponseTemplateVocabulary.colonCoverLabels {
            if let value = labelled([label], lower, text) { return (field, value) }
        }
        for (label, field) in ResponseTemplateVocabulary.coverLabels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
            return (field, ByteText.trimming(rest, anyOf: " :"))
        }
        return nil
    }

    /// A cover label cut at the end of its line (its last words and the value on the next): a line of
    /// three words or more that starts a label and holds no value.
    static func isCutLabel(_ lower: String) -> Bool {
        lower.split(separator: " ").count >= 3
            && ResponseTemplateVocabulary.coverLabels.contains { $0.label.count > lower.count && $0.label.hasPrefix(lower) }
    }

    /// Sets one cover field.
    ///
    ///     office "Niger-WCA" -> "Niger" (a country with its region's code); year "2012" -> period 2012–2012
    static func apply(_ field: ResponseTemplateVocabulary.CoverField, _ value: String, line: Int,
                      to doc: inout ParsedDocument, parties: PartyLexicon) {
        // NB: a template's placeholder left unfilled (`[Name of unit]`) is no value.
        guard !value.isEmpty, !(value.first == "[" && value.last == "]") else { return }
        switch field {
        case .office:
            let name = office(value)
            doc.office = name
            // NB: a country with its region's code (`Niger-WCA`) is a country office.
            doc.officeType = QuickFacts.officeType(of: value) ?? (name != value ? "CO" : nil)
        case .title: doc.title = value
        case .type: doc.evaluationType = value
        case .manager: doc.roles += manager(value, parties).map { ParsedRole(.evaluationManager, $0) }
        case .year:
            // NB: the year the evaluation was done: the period it covers, one year long (no day is made up).
            if value.utf8.count == 4, let year = Int(value), (1950...2100).contains(year) {
                doc.periodStart = year
                doc.periodEnd = year
            } else {
                doc.diagnostics.append(.warning(line: line, "year of the evaluation '\(value)' is not a year, left empty"))
            }
        }
    }

    /// A commissioning unit written as its country and its region's code or name in capitals (`Niger-WCA`, `Kenya - ESARO`,
    /// `Republic of Yemen-ARAB STATES`): the country; any other value as written.
    static func office(_ value: String) -> String {
        guard let dash = value.lastIndex(where: { $0 == "-" || $0 == "–" }) else { return value }
        let code = Text.trimmed(value[value.index(after: dash)...])
        let words = code.split(separator: " ")
        guard (2...5).contains(code.count) || (2...3).contains(words.count) && words.allSatisfy({ $0.count >= 2 }),
              code.unicodeScalars.allSatisfy({ Scalars.isUppercase($0) || $0 == " " }),
              let country = country(Text.fold(value[..<dash])) else { return value }
        return country
    }

    /// The country a place is, or ends with in a few words (`Republic of Yemen` -> `Yemen`); nil for any other place.
    static func country(_ place: String) -> String? {
        if Vocabulary.countrySet.contains(place) { return place }
        let found = Text.countries(in: place)
        guard found.count == 1, ByteText.wordCount(place.utf8) <= 4, place.hasSuffix(found[0]) else { return nil }
        return found[0]
    }

    /// The evaluation manager's cell: a person with their post's code and place after commas is one person
    /// with them as detail; any other value is read as a list of people (`QuickFacts.people`).
    ///
    ///     "Jane DOE,NPO,Niger" -> Jane DOE (detail "NPO, Niger")
    static func manager(_ value: String, _ parties: PartyLexicon) -> [Party] {
        let parts = value.split(separator: ",").map { Text.fold($0) }.filter { !$0.isEmpty }
        guard parts.count > 1, parts.dropFirst().allSatisfy({ part in
            country(part) != nil || part.unicodeScalars.allSatisfy { Scalars.isUppercase($0) || $0 == "/" }
        }) else { return QuickFacts.people(value, parties) }
        return [Party(name: parts[0], kind: .person, detail: parts.dropFirst().joined(separator: ", "))]
    }
}
