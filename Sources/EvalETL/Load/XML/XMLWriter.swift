import Foundation

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
/// warning per table and column from `finish()`.
public final class XMLWriter: FormatWriter {
    public let format = OutputFormat.xml
    private var files: [String: XMLStreamWriter] = [:]
    private var order: [String] = []
    private var elementNames: [String: [String]] = [:]
    private var tally = ReplacementTally(file: "xml")

    public init() {}

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        let folder = (directory as NSString).appendingPathComponent("xml")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder, "cannot create folder: \(error.localizedDescription)")
        }
        try XSDWriter(tables: tables).write(to: (folder as NSString).appendingPathComponent("schema.xsd"))
        for table in tables {
            let path = (folder as NSString).appendingPathComponent("\(table.name).xml")
            let w = try XMLStreamWriter(path: path, indent: "  ")
            try w.startDocument()
            try w.startElement(XMLText.elementName(table.name))
            try w.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            try w.attribute("xsi:noNamespaceSchemaLocation", "schema.xsd")
            files[table.name] = w
            order.append(table.name)
            elementNames[table.name] = table.columns.map { XMLText.elementName($0.name) }
        }
    }

    public func write(_ rows: [[Value]], table: TableSchema) throws(OutputError) {
        guard let w = files[table.name] else {
            throw OutputError(path: "xml/\(table.name).xml", "table \(table.name) was not announced to begin()")
        }
        let names = elementNames[table.name] ?? table.columns.map { XMLText.elementName($0.name) }
        for row in rows {
            try RowCheck.validate(row, table: table, file: w.path)
            try w.startElement(XSDWriter.rowElement)
            for (i, value) in row.enumerated() {
                try writeValue(value, name: names[i], table: table.name, column: table.columns[i].name, to: w)
            }
            try w.endElement()
            try w.flushIfNeeded()
        }
    }

    public func finish() throws(OutputError) -> [String] {
        for name in order {
            try files[name]?.close()
        }
        files = [:]
        return tally.warnings
    }

    private func writeValue(_ value: Value, name: String, table: String, column: String,
                            to w: XMLStreamWriter) throws(OutputError) {
        switch value {
        case .null:
            return
        case .string(let s):
            try w.element(name, text: tally.scrub(s, table: table, column: column))
        case .int(let i):
            try w.element(name, text: XMLText.int(i))
        case .double(let d):
            try w.element(name, text: XMLText.double(d))
        case .bool(let b):
            try w.element(name, text: XMLText.bool(b))
        case .date(let d):
            try w.element(name, text: XMLText.date(d))
        case .list(let items):
            try w.startElement(name)
            for item in items {
                try w.element(XSDWriter.itemElement, text: tally.scrub(item, table: table, column: column))
            }
            try w.endElement()
        }
    }
}
