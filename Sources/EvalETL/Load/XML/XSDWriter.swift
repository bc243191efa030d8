/// Writes the XML Schema (`xml/schema.xsd`) the per-table XML files validate against,
/// generated from the same `TableSchema` values, so the two cannot drift apart.
///
///     try XSDWriter.write(TableSchema.all, to: "out/xml/schema.xsd")
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
/// Indented two spaces a level, as libxml2's text writer wrote it.
enum XSDWriter {
    /// The element each row is written as, in every table.
    static let rowElement = "row"
    /// The element each item of a list column is written as.
    static let itemElement = "item"
    /// The named complex type of list columns.
    static let listType = "stringList"
    static let xs = "http://www.w3.org/2001/XMLSchema"

    /// Writes the schema of `tables` to `path`.
    static func write(_ tables: [TableSchema], to path: String) throws(OutputError) {
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xs:schema xmlns:xs="\(XSDWriter.xs)" elementFormDefault="unqualified">
              <xs:annotation>
                <xs:documentation>evaletl output tables: one global element per table, a row element per row, \
            one child element per non-null column; a null column is absent, an empty list is an empty element.\
            </xs:documentation>
              </xs:annotation>
              <xs:complexType name="\(XSDWriter.listType)">
                <xs:sequence>
                  <xs:element name="\(XSDWriter.itemElement)" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
                </xs:sequence>
              </xs:complexType>

            """
        for table in tables {
            x += "  <xs:element name=\"\(XMLText.elementName(table.name))\">\n" + Self.renamedNote(table.name, depth: 2)
            x += "    <xs:complexType>\n      <xs:sequence>\n"
            x += "        <xs:element name=\"\(XSDWriter.rowElement)\" minOccurs=\"0\" maxOccurs=\"unbounded\">\n"
            x += "          <xs:complexType>\n            <xs:sequence>\n"
            for column in table.columns {
                x += "              <xs:element name=\"\(XMLText.elementName(column.name))\" "
                    + "type=\"\(XSDWriter.xsdType(column.type))\""
                    + (column.required ? "" : " minOccurs=\"0\"")
                let note = Self.renamedNote(column.name, depth: 8)
                x += note.isEmpty ? "/>\n" : ">\n" + note + "              </xs:element>\n"
            }
            x += "            </xs:sequence>\n          </xs:complexType>\n        </xs:element>\n"
            x += "      </xs:sequence>\n    </xs:complexType>\n  </xs:element>\n"
        }
        let sink = try FileSink(path: path)
        try sink.write(x + "</xs:schema>\n")
        try sink.close()
    }

    /// The XSD type of a column: a built-in type, or `listType` for a list.
    static func xsdType(_ type: ColumnType) -> String {
        switch type {
        case .string: return "xs:string"
        case .int: return "xs:int"
        case .double: return "xs:double"
        case .bool: return "xs:boolean"
        case .date: return "xs:date"
        case .list: return listType
        }
    }

    /// Keeps a name that had to change to be an element name, as `xs:appinfo` (`depth`: of
    /// the element it annotates, plus one); nothing for a name that did not.
    private static func renamedNote(_ original: String, depth: Int) -> String {
        guard XMLText.elementName(original) != original else { return "" }
        let indent = String(repeating: "  ", count: depth)
        return "\(indent)<xs:annotation>\n\(indent)  <xs:appinfo>\(XMLText.escaped(XMLText.sanitize(original).text))"
            + "</xs:appinfo>\n\(indent)</xs:annotation>\n"
    }
}
