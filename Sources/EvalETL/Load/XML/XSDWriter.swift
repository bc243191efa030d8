/// Writes the XML Schema (`xml/schema.xsd`) the per-table XML files validate against,
/// generated from the same `TableSchema` values, so the two cannot drift apart.
///
///     try XSDWriter(tables: TableSchema.all).write(to: "out/xml/schema.xsd")
///
/// One global element per table (its root), holding `row` elements; a row holds
/// one element per column in contract order, `minOccurs="0"` unless required:
///
///     <xs:element name="actions"><xs:complexType><xs:sequence>
///       <xs:element name="row" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence>
///         <xs:element name="action_id" type="xs:string"/>
///         <xs:element name="deadline" type="xs:date" minOccurs="0"/>
///         <xs:element name="countries" type="stringList" minOccurs="0"/>   (list columns)
///
/// No target namespace: the files stay easy to query (`/actions/row/status`).
public struct XSDWriter: Sendable {
    /// The element each row is written as, in every table.
    public static let rowElement = "row"
    /// The element each item of a list column is written as.
    public static let itemElement = "item"
    /// The named complex type of list columns.
    static let listType = "stringList"
    static let xs = "http://www.w3.org/2001/XMLSchema"

    public let tables: [TableSchema]

    public init(tables: [TableSchema]) { self.tables = tables }

    /// Writes the schema to `path`.
    public func write(to path: String) throws(OutputError) {
        let w = try XMLStreamWriter(path: path, indent: "  ")
        try w.startDocument()
        try w.startElement("xs:schema")
        try w.attribute("xmlns:xs", XSDWriter.xs)
        try w.attribute("elementFormDefault", "unqualified")
        try documentation(w, "evaletl output tables: one global element per table, a row element per row, "
            + "one child element per non-null column; a null column is absent, an empty list is an empty element.")
        try listTypeDeclaration(w)
        for table in tables {
            try tableDeclaration(w, table)
        }
        try w.endElement()
        try w.close()
    }

    /// The XSD built-in type of a scalar column type; nil for lists.
    static func xsdType(_ type: ColumnType) -> String? {
        switch type {
        case .string: return "xs:string"
        case .int: return "xs:int"
        case .double: return "xs:double"
        case .bool: return "xs:boolean"
        case .date: return "xs:date"
        case .list: return nil
        }
    }

    private func listTypeDeclaration(_ w: XMLStreamWriter) throws(OutputError) {
        try w.startElement("xs:complexType")
        try w.attribute("name", XSDWriter.listType)
        try w.startElement("xs:sequence")
        try w.startElement("xs:element")
        try w.attribute("name", XSDWriter.itemElement)
        try w.attribute("type", "xs:string")
        try w.attribute("minOccurs", "0")
        try w.attribute("maxOccurs", "unbounded")
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    private func tableDeclaration(_ w: XMLStreamWriter, _ table: TableSchema) throws(OutputError) {
        try w.startElement("xs:element")
        try w.attribute("name", XMLText.elementName(table.name))
        try renamedNote(w, original: table.name)
        try w.startElement("xs:complexType")
        try w.startElement("xs:sequence")
        try w.startElement("xs:element")
        try w.attribute("name", XSDWriter.rowElement)
        try w.attribute("minOccurs", "0")
        try w.attribute("maxOccurs", "unbounded")
        try w.startElement("xs:complexType")
        try w.startElement("xs:sequence")
        for column in table.columns {
            try w.startElement("xs:element")
            try w.attribute("name", XMLText.elementName(column.name))
            try w.attribute("type", XSDWriter.xsdType(column.type) ?? XSDWriter.listType)
            if !column.required { try w.attribute("minOccurs", "0") }
            try renamedNote(w, original: column.name)
            try w.endElement()
        }
        try w.endElement()
        try w.endElement()
        try w.endElement()
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    /// Keeps a name that had to change to be an element name, as `xs:appinfo`.
    private func renamedNote(_ w: XMLStreamWriter, original: String) throws(OutputError) {
        guard XMLText.elementName(original) != original else { return }
        try w.startElement("xs:annotation")
        try w.element("xs:appinfo", text: XMLText.sanitize(original).text)
        try w.endElement()
    }

    private func documentation(_ w: XMLStreamWriter, _ text: String) throws(OutputError) {
        try w.startElement("xs:annotation")
        try w.element("xs:documentation", text: text)
        try w.endElement()
    }
}
