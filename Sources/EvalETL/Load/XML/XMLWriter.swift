/// Writes each table as `xml/<table>.xml`, plus `xml/schema.xsd` that they validate against.
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <actions xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="schema.xsd">
///       <row>
///         <action_id>E1-R01-A01</action_id>
///         <seq>1</seq>
///         <deadline>2021-07-31</deadline>
///         <overdue>false</overdue>
///       </row>
///     </actions>
///
/// A row is a `row` element with one child per non-null column (a null column is
/// absent); a list column is a wrapper with one `item` per entry, an empty list an
/// empty wrapper (`<countries/>`). Values use XML Schema lexical forms (`INF`,
/// `NaN`, `true`, `2021-07-31`). Characters XML 1.0 forbids become U+FFFD, with a
/// warning per table, column and evaluation from `finish()`.
/// The markup is built as bytes (`XMLMarkup.swift`, `RowTags`), indented as libxml2's text
/// writer indented it when it wrote these files.
public final class XMLWriter: FormatWriter {
    public let format = OutputFormat.xml
    private var files: [String: FileSink] = [:]
    private var order: [String] = []
    private var tags: [String: RowTags] = [:]
    private var hasRows: Set<String> = []
    private var tally = ReplacementTally(file: "xml")

    public init() {}

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        let folder = directory + "/xml"
        try OutputDirectory.makeFolder(folder)
        try XSDWriter.write(tables, to: folder + "/schema.xsd")
        for table in tables {
            let sink = try FileSink(path: "\(folder)/\(table.name).xml")
            let root = XMLText.elementName(table.name)
            // NB: the root's start tag stays open: `>` and rows follow, or `/>` for a table without rows.
            try sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(root) "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"schema.xsd\"")
            files[table.name] = sink
            order.append(table.name)
            tags[table.name] = RowTags(row: XSDWriter.rowElement, item: XSDWriter.itemElement,
                                       names: table.columns.map { XMLText.elementName($0.name) })
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        let table = batch.table
        guard let sink = files[table.name], let tags = tags[table.name] else {
            throw OutputError(path: "xml/\(table.name).xml", "table \(table.name) was not announced to begin()")
        }
        // NB: the batch's rows go straight into the sink's buffer: no copy, no sink call per row.
        try sink.append { markup in
            if !batch.isEmpty && hasRows.insert(table.name).inserted { markup.append(">\n") }
            tags.bytes.withUnsafeBufferPointer { tagBytes in
                batch.forEachRow { row in
                    markup.append(tagBytes, tags.rowOpen)
                    for i in row.indices {
                        appendValue(row[i], row, tags, column: i, tagBytes, table: table, to: &markup)
                    }
                    markup.append(tagBytes, tags.rowClose)
                }
            }
        }
    }

    public func finish() throws(OutputError) -> [WriterWarning] {
        for name in order {
            try files[name]?.write(hasRows.contains(name) ? "</\(XMLText.elementName(name))>\n" : "/>\n")
            try files[name]?.close()
        }
        files = [:]
        return tally.warnings
    }

    /// One column of a row, as libxml2's writer indents it (a null column is absent).
    private func appendValue(_ c: RowBatch.Cell, _ row: RowBatch.Row, _ tags: RowTags, column: Int,
                             _ tagBytes: UnsafeBufferPointer<UInt8>, table: TableSchema, to markup: inout [UInt8]) {
        let t = tags.columns[column]
        switch c.kind {
        case .null: return
        case .list where c.count == 0: return markup.append(tagBytes, t.empty)
        case .list:
            markup.append(tagBytes, t.listOpen)
            for item in row.items(c) {
                markup.append(tagBytes, tags.itemOpen)
                appendText(row.text(item), item.facts, row, table: table, column: column, to: &markup)
                markup.append(tagBytes, tags.itemClose)
            }
            return markup.append(tagBytes, t.listClose)
        default: markup.append(tagBytes, t.open)
        }
        switch c.kind {
        case .string: appendText(row.text(c), c.facts, row, table: table, column: column, to: &markup)
        // NB: ints, dates and booleans never need escaping; they go straight to bytes.
        case .int: markup.appendDecimal(c.int)
        case .bool: markup.append(c.bool ? "true" : "false")
        case .date: markup.appendISODate(c.date)
        case .double: markup.append(contentsOf: XMLText.double(c.double).utf8)
        case .null, .list: break
        }
        markup.append(tagBytes, t.close)
    }

    /// Text filtered and escaped as its facts, found when it was laid out, say.
    private func appendText(_ utf8: UnsafeBufferPointer<UInt8>, _ facts: TextFacts, _ row: RowBatch.Row,
                            table: TableSchema, column: Int, to markup: inout [UInt8]) {
        guard facts.contains(.suspect) else { return markup.appendXMLText(utf8, escaping: facts.contains(.xmlEscape)) }
        markup.appendXMLText(tally.scrub(String(decoding: utf8, as: UTF8.self), table: table, column: column, row: row))
    }
}
