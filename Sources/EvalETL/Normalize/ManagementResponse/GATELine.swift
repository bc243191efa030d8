/// What one line of a GATE management response page is, judged on the line alone.
///
///     "Management Response"                      -> .pageTitle
///     ": 2020 - 2020 , Pakistan (CO)"            -> .headerValue("2020 - 2020 , Pakistan (CO)")
///     "Recommendation 2: Commission a study"     -> .field(.recommendation, "Commission a study")
///     "UNEG Criteria: Impact, Sustainability"    -> .field(.unegCriteria, "Impact, Sustainability")
///     "Evaluation Manager: Jane Doe"             -> .otherField(label: "Evaluation Manager", value: "Jane Doe")
///     "Key Actions"                              -> .keyActionsHeading
///     "Responsible Deadline Status Comments"     -> .keyActionsTableHeader
///     "Responsible Deadline Statu"               -> .keyActionsTableHeader (a page cut inside it)
///     "Key Action not added."                    -> .noKeyActions
///     "Recommendation" / "Description"           -> .bareLabel(.recommendation) (a block's label, its colon lost)
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
    /// A block's label alone on its line, with no colon (`Recommendation`: the next block's heading, a page cut below it).
    case bareLabel(GATEField)
    case text(Substring)

    /// The kind of one line, on its own.
    ///
    /// NB: a function of the line alone, so another management response layout can classify with it.
    static func classify(_ raw: Substring) -> GATELine {
        let line = Text.unboldedLabel(Text.trimmed(raw))
        guard let first = line.utf8.first else { return .blank }
        if first == UInt8(ascii: ":") { return .headerValue(Text.trimmed(line.dropFirst())) }
        // NB: labels and headings are short; a long line is text whatever it starts with.
        if line.utf8.count <= 60, let kind = shortLineKind(line) { return kind }
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 48, of: line) else {
            // NB: a label is short and capitalised (a wrapped line's last word, `recommendations`, is text);
            // `GATEField(label:)` rules out most lines on their first byte.
            if line.utf8.count <= longestLabelBytes, line.unicodeScalars.first.map(Scalars.isUppercase) == true,
               let field = GATEField(label: Text.fold(line)) { return .bareLabel(field) }
            return .text(line)
        }
        let label = Text.fold(line[..<colon])
        let value = Text.trimmed(line[line.index(after: colon)...])
        if let field = GATEField(label: label) { return .field(field, value) }
        if isLabel(label) { return .otherField(label: line[..<colon], value: value) }
        return .text(line)
    }

    /// The page title, a footer, or a Key Actions heading, judged on a line of at most 60 bytes.
    private static func shortLineKind(_ line: Substring) -> GATELine? {
        // NB: most short lines are none of these, and their first byte says so: a line
        // shorter than any table header whose first letter or digit starts no title,
        // footer or heading is not folded and lower-cased to be judged.
        if line.utf8.count < minTableHeaderBytes, let f = line.utf8.first.map(ByteText.lower), ByteText.isAlphanumeric(f),
           f != GATEVocabulary.pageTitle.first, f != GATEVocabulary.tableHeaders[0].row.first,
           !PageFooter.mayStart(with: f), !mayBeKeyAction(f) { return nil }
        return ByteText.withFolded(line) { ByteText.withLowercased($0, kind) }
    }

    /// The longest field label (`Management Response Category`, `Recommendation 12 (Relevance)`) takes fewer bytes.
    private static let longestLabelBytes = 40

    /// The table header's three words take 25 bytes at least.
    private static let minTableHeaderBytes = 25

    /// `shortLineKind` of the line folded and lower-cased.
    private static func kind(_ folded: UnsafeBufferPointer<UInt8>) -> GATELine? {
        if ByteText.equals(folded, GATEVocabulary.pageTitle) { return .pageTitle }
        if PageFooter.mayStart(with: folded.first), PageFooter.isFooter(folded, bareNumbers: false) { return .blank }
        if mayBeKeyAction(folded.first) {
            if GATEVocabulary.keyActionHeadings.contains(where: { ByteText.equals(folded, $0) }) { return .keyActionsHeading }
            let lead = GATEVocabulary.keyAction
            if ByteText.starts(folded, at: 0, with: lead, foldingCase: false), !ByteText.extendsCharacter(folded, at: lead.count),
               ByteText.firstOffset(of: GATEVocabulary.noKeyActions, in: folded) != nil { return .noKeyActions }
        }
        // NB: most short lines are shorter than the table header.
        if folded.count >= minTableHeaderBytes, GATEVocabulary.tableHeaderWords.allSatisfy({ ByteText.firstOffset(of: $0, in: folded) != nil }) {
            return .keyActionsTableHeader
        }
        if isCutTableHeader(folded) { return .keyActionsTableHeader }
        return nil
    }

    /// A page cut inside the key action table's header row: the line is a prefix of the row, past its
    /// `Responsible` (`GATEVocabulary.tableHeaders`), never an action.
    ///
    ///     "responsible deadline statu" -> true;  "responsible" -> false
    private static func isCutTableHeader(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        GATEVocabulary.tableHeaders.contains { header in
            (header.shortest..<header.row.count).contains(folded.count) && folded.elementsEqual(header.row.prefix(folded.count))
        }
    }

    /// A block's label cut where the page ends (`Management R`, `Desc`): a proper prefix of a field's label
    /// (`GATEVocabulary.fields`), of four bytes or more, capitalised; nil for any other line.
    ///
    ///     "Management R" -> .managementResponse;  "Desc" -> .description;  "Des" / "management r" -> nil
    static func cutLabel(_ line: Substring) -> GATEField? {
        guard (4..<longestLabelBytes).contains(line.utf8.count), line.unicodeScalars.first.map(Scalars.isUppercase) == true else { return nil }
        return ByteText.withFolded(line) { folded in
            ByteText.withLowercased(folded) { b in
                GATEVocabulary.fields.first { b.count < $0.label.count && b.elementsEqual($0.label.prefix(b.count)) }?.field
            }
        }
    }

    /// A line of the key action table's header saved a cell a line: `|` alone, or a column closed by `|`
    /// (`Responsible |`, `GATEVocabulary.tableColumns`).
    static func isPipedHeaderCell(_ raw: Substring) -> Bool {
        let line = Text.trimmed(raw)
        guard line.utf8.last == UInt8(ascii: "|") else { return false }
        let cell = Text.trimmed(line.dropLast())
        return cell.isEmpty || GATEVocabulary.tableColumns.contains(ByteText.lowercased(cell))
    }

    /// Whether line `i` opens a key action table saved a cell a line: a column closed by `|` (`Responsible |`),
    /// or `|` alone right above one.
    static func opensPipedTable(_ lines: [Substring], at i: Int) -> Bool {
        guard isPipedHeaderCell(lines[i]) else { return false }
        if !Text.trimmed(lines[i]).utf8.elementsEqual("|".utf8) { return true }
        return lines.dropFirst(i + 1).first { !Text.trimmed($0).isEmpty }.map(isPipedHeaderCell) ?? false
    }

    /// The cells a line of a table saved a cell a line closes: its `|` marks, but for the one opening a row.
    ///
    ///     "| 1. Hold the forum. |" (opening a row) -> 1;  "Country Representative |" -> 1;  "2026/12" -> 0
    static func closedCells(_ raw: Substring, opening: Bool) -> Int {
        let marks = raw.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
        return opening && Text.trimmed(raw).utf8.first == UInt8(ascii: "|") ? marks - 1 : marks
    }

    /// A line that opens a row of the key action table saved a cell a line: `| Hold the forum … |`.
    static func opensPipedRow(_ raw: Substring) -> Bool {
        let line = Text.trimmed(raw)
        return line.utf8.first == UInt8(ascii: "|") && line.utf8.count > 2
    }

    /// False when the first byte rules out every `key action …` line.
    private static func mayBeKeyAction(_ first: UInt8?) -> Bool {
        guard let f = first else { return false }
        return f == UInt8(ascii: "k") || f >= 0x80
    }

    /// `Evaluation Manager`, `Budget`: 1–4 capitalised words (or `(s)`), no digits, no codes only.
    static func isLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy(isLabelWord)
    }

    /// A capitalised word with a lowercase letter and no digit, or a small connector.
    private static func isLabelWord(_ w: Substring) -> Bool {
        let scalars = w.unicodeScalars
        guard let f = scalars.first, Scalars.isUppercase(f) else { return GATEVocabulary.labelConnectors.contains(w) }
        return scalars.contains(where: Scalars.isLowercase) && !scalars.contains(where: Scalars.isNumber)
    }
}
