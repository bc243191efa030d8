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
        if line.utf8.count <= 60, let kind = shortLineKind(line) { return kind }
        guard let colon = ByteText.firstIndex(ofASCII: UInt8(ascii: ":"), inFirst: 48, of: line) else { return .text(line) }
        let label = Text.fold(line[..<colon])
        let value = ResponsibleCell.trimmed(line[line.index(after: colon)...])
        if let field = GATEField(label: label) { return .field(field, value) }
        if isLabel(label) { return .otherField(label: line[..<colon], value: value) }
        return .text(line)
    }

    /// The page title, a footer, or a Key Actions heading, judged on a line of at most 60 bytes.
    private static func shortLineKind(_ line: Substring) -> GATELine? {
        // NB: at most 60 bytes is at most 60 characters, so the whole line is read.
        let folded = foldedLowercase(line)
        if folded == "management response" { return .pageTitle }
        if mayBePageFooter(folded), isPageFooter(folded) { return .blank }
        if mayBeKeyAction(folded) {
            if keyActionHeadings.contains(folded) { return .keyActionsHeading }
            if folded.hasPrefix("key action"), ByteText.isSimpleASCII(folded) ? holds(folded, notAdded) : folded.contains("not added") {
                return .noKeyActions
            }
        }
        // NB: the three words take 25 bytes at least; most short lines are shorter.
        if folded.utf8.count >= 25, ByteText.isSimpleASCII(folded) ? tableHeaderWords.allSatisfy({ holds(folded, $0) })
            : ByteText.firstRange(ofASCII: "responsible", in: folded) != nil && ByteText.firstRange(ofASCII: "deadline", in: folded) != nil
                && ByteText.firstRange(ofASCII: "status", in: folded) != nil {
            return .keyActionsTableHeader
        }
        return nil
    }

    private static let notAdded = Array("not added".utf8)
    private static let tableHeaderWords = ["responsible", "deadline", "status"].map { Array($0.utf8) }

    /// Whether byte text holds `word`: where a byte is a Character, a byte match is a Character match.
    private static func holds(_ text: String, _ word: [UInt8]) -> Bool {
        ByteText.withUTF8(text) { ByteText.firstOffset(of: word, in: $0) } != nil
    }

    private static let keyActionHeadings: Set<String> = ["key actions", "key action", "key action(s)"]

    /// `Text.fold(ByteText.lowercased(line))`, in one pass over byte text.
    static func foldedLowercase(_ line: Substring) -> String {
        let folded = line.utf8.withContiguousStorageIfAvailable { b -> String? in
            guard ByteText.scan(b).simple else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { ByteText.fold(b, into: $0, lowercasing: true) }
        }
        return (folded ?? nil) ?? Text.fold(ByteText.lowercased(line))
    }

    /// False when the first byte rules out `page …`, `página …` and a leading number.
    ///
    /// NB: an ASCII letter other than `p` starts neither word nor number; anything
    /// else (a digit, a non-ASCII character) is left to `isPageFooter`.
    private static func mayBePageFooter(_ folded: String) -> Bool {
        guard let f = folded.utf8.first, ByteText.isLetter(f) else { return true }
        return f == UInt8(ascii: "p")
    }

    /// False when the first byte rules out every `key action …` line.
    private static func mayBeKeyAction(_ folded: String) -> Bool {
        guard let f = folded.utf8.first else { return false }
        return f == UInt8(ascii: "k") || f >= 0x80
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
        return words.allSatisfy(isLabelWord)
    }

    /// A capitalised word with a lowercase letter and no digit, or a small connector.
    private static func isLabelWord(_ w: Substring) -> Bool {
        if ByteText.isSimpleASCII(w), let f = w.utf8.first {
            guard ByteText.isUpper(f) else { return labelConnectors.contains(w) }
            return w.utf8.contains(where: ByteText.isLower) && !w.utf8.contains(where: ByteText.isDigit)
        }
        guard let f = w.first, f.isUppercase else { return labelConnectors.contains(w) }
        return w.contains(where: \.isLowercase) && !w.contains(where: \.isNumber)
    }

    private static let labelConnectors: [Substring] = ["of", "and", "&", "de", "du", "la"]
}
