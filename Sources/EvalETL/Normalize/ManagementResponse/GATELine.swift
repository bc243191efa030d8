/// What one line of a GATE management response page is, judged on the line alone.
///
///     "Management Response"                      -> .pageTitle
///     ": 2020 - 2020 , Pakistan (CO)"            -> .headerValue("2020 - 2020 , Pakistan (CO)")
///     "Recommendation 2: Commission a study"     -> .field(.recommendation, "Commission a study")
///     "UNEG Criteria: Impact, Sustainability"    -> .field(.unegCriteria, "Impact, Sustainability")
///     "Evaluation Manager: Jane Doe"             -> .otherField(label: "Evaluation Manager", value: "Jane Doe")
///     "Key Actions"                              -> .keyActionsHeading
///     "Responsible Deadline Status Comments"     -> .keyActionsTableHeader
///     "Key Action not added."                    -> .noKeyActions
///     "" / "   "                                 -> .blank
///     anything else                              -> .text
enum GATELine: Equatable {
    case blank
    case pageTitle
    case headerValue(Substring)
    case field(GATEField, Substring)
    case otherField(label: Substring, value: Substring)
    case keyActionsHeading
    case keyActionsTableHeader
    case noKeyActions
    case text(Substring)

    static func classify(_ raw: Substring) -> GATELine {
        let line = ResponsibleCell.trimmed(raw)
        guard let first = line.first else { return .blank }
        if first == ":" { return .headerValue(ResponsibleCell.trimmed(line.dropFirst())) }
        // NB: labels and headings are short; a long line is text whatever it starts with.
        let lower = line.prefix(64).lowercased()
        if line.utf8.count <= 60 {
            let folded = Text.fold(lower)
            if folded == "management response" { return .pageTitle }
            if isPageFooter(folded) { return .blank }
            if ["key actions", "key action", "key action(s)"].contains(folded) { return .keyActionsHeading }
            if folded.hasPrefix("key action") && folded.contains("not added") { return .noKeyActions }
            if folded.contains("responsible") && folded.contains("deadline") && folded.contains("status") {
                return .keyActionsTableHeader
            }
        }
        guard let colon = line.prefix(48).firstIndex(of: ":") else { return .text(line) }
        let label = Text.fold(line[..<colon])
        let value = ResponsibleCell.trimmed(line[line.index(after: colon)...])
        if let field = GATEField(label: label) { return .field(field, value) }
        if isLabel(label) { return .otherField(label: line[..<colon], value: value) }
        return .text(line)
    }

    /// `page 2 of 5`, `page 3`, `2 / 5`: print furniture between pages, read as a blank line.
    static func isPageFooter(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        func number(_ w: Substring) -> Bool { !w.isEmpty && w.count <= 4 && w.allSatisfy(\.isNumber) }
        if words.first == "page" || words.first == "página" {
            return (words.count == 2 && number(words[1]))
                || (words.count == 4 && number(words[1]) && ["of", "de", "sur"].contains(words[2]) && number(words[3]))
        }
        return words.count == 3 && number(words[0]) && words[1] == "/" && number(words[2])
    }

    /// `Evaluation Manager`, `Budget`: 1–4 capitalised words (or `(s)`), no digits, no codes only.
    static func isLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return ["of", "and", "&", "de", "du", "la"].contains(w) }
            return w.contains(where: \.isLowercase) && !w.contains(where: \.isNumber)
        }
    }
}
