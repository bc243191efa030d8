/// Reads UNDP's older management response template pasted flat into one text (a page's response, its
/// table's cells run together): each issue's recommendation, its response and its key actions.
///
///     … Evaluation Recommendation or Issue 1: Improve the CPD's format Management Response: Key Action(s)
///     Time Frame Responsible Unit(s) Tracking* Status Comments 1.1. Align the results table 2009 2010 Programme
///     In process Done for the new CPD 1.2 … Evaluation Recommendation or Issue 2: Economic growth …
///         -> R1 "Improve the CPD's format", actions 1.1 (deadline 2010-12-31, `Programme`, Ongoing, comments), 1.2 …;
///            R2 "Economic growth …"
///
/// An issue runs from its label (`ResponseTemplateVocabulary.flatIssueLabels`) to the next; its text up to
/// `Management Response:`, the response up to the table's header (`Key Action…`), whose words end at the
/// first action's number (`1.1`). Actions are numbered `<issue>.1`, `<issue>.2`, … in turn: each runs to the
/// next number, and is cut as a template's row is (`TemplateActionRow`, a time frame of years its deadline).
enum FlatTemplate {
    /// The recommendations of a text holding the template, or nil when it holds no issue label.
    static func recommendations(in text: String, line: Int, parties: PartyLexicon) -> (recs: [ParsedRecommendation], diagnostics: [Diagnostic])? {
        let b = Array(text.utf8)
        var issues: [(start: Int, body: Int)] = []
        var from = 0
        while let (at, end) = nextIssue(b, from: from) {
            issues.append((at, end))
            from = end
        }
        guard !issues.isEmpty else { return nil }
        var recs: [ParsedRecommendation] = []
        var diagnostics: [Diagnostic] = []
        for (k, issue) in issues.enumerated() {
            let end = k + 1 < issues.count ? issues[k + 1].start : b.count
            let body = Substring(String(decoding: b[issue.body..<end], as: UTF8.self))
            var rec = ParsedRecommendation(line: line)
            let number = k + 1
            var rest: Substring = ""
            if let r = ByteText.firstOffset(of: ResponseTemplateVocabulary.flatResponseLabel, in: Array(body.utf8), foldingCase: true) {
                RecommendationFields.setText(Text.fold(body[..<body.utf8.index(body.startIndex, offsetBy: r)]), of: &rec)
                rest = body[body.utf8.index(body.startIndex, offsetBy: r + ResponseTemplateVocabulary.flatResponseLabel.count)...]
            } else {
                RecommendationFields.setText(Text.fold(body), of: &rec)
            }
            let restBytes = Array(rest.utf8)
            let table = ByteText.firstOffset(of: ResponseTemplateVocabulary.flatTableStart, in: restBytes, foldingCase: true)
            rec.managementResponse = Text.nonEmpty(Substring(String(decoding: restBytes.prefix(table ?? restBytes.count), as: UTF8.self)))
            if let table {
                let rows = Substring(String(decoding: restBytes[table...], as: UTF8.self))
                for row in self.rows(Text.folded(rows), issue: number) {
                    let split = TemplateActionRow.split(row, responsibleFirst: false, line: line, parties: parties, years: true)
                    rec.actions.append(split.action)
                    diagnostics += split.diagnostics
                }
            }
            recs.append(rec)
        }
        return (recs, diagnostics)
    }

    /// The next issue label at or after `from`, with its number and `:`: (where it starts, where its text starts).
    static func nextIssue(_ b: [UInt8], from: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for label in ResponseTemplateVocabulary.flatIssueLabels {
            var i = from
            while let at = ByteText.firstOffset(of: label, in: b, from: i, foldingCase: true) {
                i = at + 1
                // ` 1:` after the label
                var j = at + label.count
                guard j < b.count, b[j] == 0x20 else { continue }
                j += 1
                let digits = j
                while j < b.count, ByteText.isDigit(b[j]) { j += 1 }
                guard j > digits, j - digits <= 2, j < b.count, b[j] == UInt8(ascii: ":") else { continue }
                if best.map({ at < $0.0 }) ?? true { best = (at, j + 1) }
                break
            }
        }
        return best
    }

    /// The rows of a table's text: from `<issue>.1` to `<issue>.2` and so on, each number a word of its own
    /// (`1.1.`, `1.2`); the header's words before the first are no row.
    ///
    ///     "Key Action(s) … Comments 1.1. Do X 2009 Programme Completed 1.2 Do Y …" -> ["1.1. Do X …", "1.2 Do Y …"]
    static func rows(_ table: Substring, issue: Int) -> [Substring] {
        var starts: [String.Index] = []
        var next = 1
        for word in table.split(separator: " ") {
            let number = "\(issue).\(next)"
            if word == number || word == number + "." {
                starts.append(word.startIndex)
                next += 1
            }
        }
        return starts.enumerated().map { k, start in
            Text.trimmed(table[start..<(k + 1 < starts.count ? starts[k + 1] : table.endIndex)])
        }
    }
}
