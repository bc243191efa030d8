/// Filters text through `XMLText.sanitize` and counts replacements per table and column.
///
///     var tally = ReplacementTally(file: "xml")
///     tally.scrub("a\u{1}b", table: "actions", column: "comments")   // "a\u{FFFD}b"
///     tally.warnings
///     // ["xml: actions.comments: replaced 1 character XML 1.0 forbids with U+FFFD in 1 value"]
struct ReplacementTally {
    private struct Count {
        var characters = 0
        var values = 0
    }

    /// What the warnings name as the output (`xml`, `workbook.xml`).
    let file: String
    private var order: [String] = []
    private var counts: [String: Count] = [:]

    init(file: String) { self.file = file }

    /// The text, safe for XML; replacements are counted against `table.column`.
    mutating func scrub(_ s: String, table: String, column: String) -> String {
        let (text, replaced) = XMLText.sanitize(s)
        guard replaced > 0 else { return text }
        let key = "\(table).\(column)"
        if counts[key] == nil { order.append(key) }
        counts[key, default: Count()].characters += replaced
        counts[key, default: Count()].values += 1
        return text
    }

    /// One warning per affected table and column, in the order they were first seen.
    var warnings: [String] {
        order.map { key in
            let c = counts[key] ?? Count()
            let chars = c.characters == 1 ? "1 character" : "\(c.characters) characters"
            let values = c.values == 1 ? "1 value" : "\(c.values) values"
            return "\(file): \(key): replaced \(chars) XML 1.0 forbids with U+FFFD in \(values)"
        }
    }
}
