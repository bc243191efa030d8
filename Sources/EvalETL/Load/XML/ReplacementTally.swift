/// Filters text through `XMLText.sanitize` and counts replacements per table, column and evaluation.
///
///     var tally = ReplacementTally(file: "xml")
///     tally.scrub("a\u{1}b", table: .actions, column: 10, row: row)   // "a\u{FFFD}b"
///     tally.warnings.map(\.message)
///     // ["xml: actions.comments: replaced 1 character XML 1.0 forbids with U+FFFD in 1 value"]
///
/// Each warning carries its rows' evaluation (or file), so the loader reports it as that input file's,
/// and the line of the first row replaced in (`RowBatch.lines`).
struct ReplacementTally {
    private struct Count {
        var characters = 0
        var values = 0
        /// The first row's line in its input file, 0 when unknown.
        var firstLine = 0
    }

    /// Where the replacements are: a `table.column`, in the rows of one evaluation (or input file).
    private struct Key: Hashable {
        let place: String
        let sourceFile: String?
        let evaluationID: String?
    }

    /// What the warnings name as the output (`xml`, `workbook.xml`).
    let file: String
    /// The keys in the order first seen.
    private var order: [Key] = []
    private var counts: [Key: Count] = [:]

    init(file: String) { self.file = file }

    /// The text, safe for XML; replacements are counted against column `column` of `table` and the row's
    /// evaluation (`row`: nil for a header).
    mutating func scrub(_ s: String, table: TableSchema, column: Int, row: RowBatch.Row?) -> String {
        let (text, replaced) = XMLText.sanitize(s)
        guard replaced > 0 else { return text }
        let owner = row.map { WriterWarning("", row: $0, of: table) } ?? WriterWarning("")
        // NB: one warning per column and evaluation, whatever the rows' lines: the first line is kept.
        let key = Key(place: "\(table.name).\(table.columns[column].name)",
                      sourceFile: owner.sourceFile, evaluationID: owner.evaluationID)
        if counts[key] == nil {
            order.append(key)
            counts[key] = Count(firstLine: owner.line)
        }
        counts[key]!.characters += replaced
        counts[key]!.values += 1
        return text
    }

    /// One warning per affected table, column and evaluation, in the order they were first seen.
    var warnings: [WriterWarning] {
        order.map { key in
            let c = counts[key] ?? Count()
            let chars = c.characters == 1 ? "1 character" : "\(c.characters) characters"
            let values = c.values == 1 ? "1 value" : "\(c.values) values"
            return WriterWarning("\(file): \(key.place): replaced \(chars) XML 1.0 forbids with U+FFFD in \(values)",
                                 sourceFile: key.sourceFile, evaluationID: key.evaluationID, line: c.firstLine)
        }
    }
}
