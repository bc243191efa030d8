/// The pieces of an Excel XML Spreadsheet 2003 file, as bytes.
///
///     <?xml …?><?mso-application …?><Workbook …><Styles>…</Styles>            prolog
///     <Worksheet ss:Name="actions"><Table><Column …/>…<Row>header</Row>      sheetHead
///     <Row><Cell><Data ss:Type="String">E1-R01-A01</Data></Cell><Cell/></Row>  startRow, append…Cell, endRow
///     </Table><WorksheetOptions …/><AutoFilter …/></Worksheet></Workbook>      sheetEnd (`last`)
///
/// NB: the bytes are those libxml2's text writer made of this markup when it rendered
/// it (no indentation, a line break after a line's last element), so files stay the same.
enum SpreadsheetML {
    static let excel = "urn:schemas-microsoft-com:office:excel"

    /// Prolog, root element with its namespaces, and the styles every sheet uses.
    ///
    /// NB: LibreOffice drops ss:Type="Boolean" cells; a 1/0 number shown as TRUE/FALSE (`sBool`) survives both.
    static let prolog = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
        xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" \
        xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
        <Styles>
        <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Top"/></Style>
        <Style ss:ID="sHdr"><Font ss:Bold="1"/></Style>
        <Style ss:ID="sDate"><NumberFormat ss:Format="yyyy\\-mm\\-dd"/></Style>
        <Style ss:ID="sBool"><NumberFormat ss:Format="&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;"/></Style>
        <Style ss:ID="sWrap"><Alignment ss:Vertical="Top" ss:WrapText="1"/></Style>
        </Styles>

        """.utf8)

    /// `Worksheet` and `Table` start tags, column widths (a wrapping style on the columns
    /// `wrap` marks) and the bold header row.
    ///
    ///     <Column ss:Index="1" ss:AutoFitWidth="0" ss:Width="76"/>
    ///     <Column ss:AutoFitWidth="0" ss:StyleID="sWrap" ss:Width="312"/>
    ///
    /// NB: LibreOffice (7.4, the import filter it picks when a person opens the file) numbers
    /// `<Column>` elements on from the previous worksheet's unless a table's first one says
    /// `ss:Index="1"`: without it every sheet after the first loses its widths.
    static func sheetHead(name: String, header: [String], widths: [Int], wrap: [Bool]) -> [UInt8] {
        var m: [UInt8] = []
        m.append(contentsOf: "<Worksheet ss:Name=\"\(XMLText.escaped(name))\">\n<Table>\n".utf8)
        for (i, chars) in widths.enumerated() {
            m.append(i == 0 ? "<Column ss:Index=\"1\" ss:AutoFitWidth=\"0\"" : "<Column ss:AutoFitWidth=\"0\"")
            if wrap[i] { m.append(" ss:StyleID=\"sWrap\"") }
            m.append(contentsOf: " ss:Width=\"\(columnWidth(chars: chars))\"/>\n".utf8)
        }
        guard !header.isEmpty else {
            m.append("<Row/>\n")
            return m
        }
        m.append("<Row>")
        for title in header {
            m.append("<Cell ss:StyleID=\"sHdr\"><Data ss:Type=\"String\">")
            m.appendXMLText(title)
            m.append("</Data></Cell>")
        }
        m.append("</Row>\n")
        return m
    }

    /// Ends the table, freezes the header row and puts an AutoFilter over `rows` × `columns`;
    /// `last`: the workbook's end follows.
    static func sheetEnd(rows: Int, columns: Int, last: Bool) -> [UInt8] {
        var s = "</Table>\n<WorksheetOptions xmlns=\"\(excel)\"><FreezePanes/><FrozenNoSplit/>"
            + "<SplitHorizontal>1</SplitHorizontal><TopRowBottomPane>1</TopRowBottomPane><ActivePane>2</ActivePane>"
            + "<Panes><Pane><Number>3</Number></Pane><Pane><Number>2</Number></Pane></Panes></WorksheetOptions>\n"
        if columns > 0 { s += "<AutoFilter x:Range=\"R1C1:R\(rows)C\(columns)\" xmlns=\"\(excel)\"/>\n" }
        s += last ? "</Worksheet>\n</Workbook>\n" : "</Worksheet>\n"
        return Array(s.utf8)
    }

    /// `<Row>`, then cells (`append…Cell`), then `endRow`: one line.
    static func startRow(_ m: inout [UInt8]) { m.append("<Row>") }

    static func endRow(_ m: inout [UInt8]) { m.append("</Row>\n") }

    static func appendEmptyCell(_ m: inout [UInt8]) { m.append("<Cell/>") }

    /// Whether a text cell wraps: it has a line break, or a line wider than the widest column
    /// (`Worksheet.widthCap`; `width`: its longest line, measured up to at least one more).
    ///
    /// NB: a column's style does not reach the written cells in every reader (LibreOffice's
    /// import applied it to some cells and not others), so each long cell carries the
    /// wrapping style itself; the column's is for what a person types into it.
    static func wraps(_ facts: TextFacts, width: Int) -> Bool {
        facts.contains(.newline) || width > Worksheet.widthCap
    }

    /// A one-line String cell whose text `body` appends, already filtered, cut and escaped.
    static func appendStringCell(_ m: inout [UInt8], wrap: Bool, _ body: (inout [UInt8]) -> Void) {
        m.append(wrap ? "<Cell ss:StyleID=\"sWrap\">" : "<Cell>")
        m.append("<Data ss:Type=\"String\">")
        body(&m)
        m.append("</Data></Cell>")
    }

    /// An int as a Number cell; returns the digits' count (its display width).
    static func appendNumberCell(_ m: inout [UInt8], _ i: Int32) -> Int {
        m.append("<Cell><Data ss:Type=\"Number\">")
        let digits = m.appendDecimal(i)
        m.append("</Data></Cell>")
        return digits
    }

    /// A finite double as a Number cell, in its shortest decimal; returns that decimal's length.
    static func appendNumberCell(_ m: inout [UInt8], _ d: Double) -> Int {
        let digits = d.shortestDecimal
        m.append("<Cell><Data ss:Type=\"Number\">")
        m.append(contentsOf: digits.utf8)
        m.append("</Data></Cell>")
        return digits.utf8.count
    }

    /// A date Excel's serials can hold (`Worksheet.hasSerial`) as a DateTime cell at midnight.
    static func appendDateCell(_ m: inout [UInt8], _ d: CalendarDate) {
        m.append("<Cell ss:StyleID=\"sDate\"><Data ss:Type=\"DateTime\">")
        m.appendISODate(d)
        m.append("T00:00:00.000</Data></Cell>")
    }

    static func appendBoolCell(_ m: inout [UInt8], _ b: Bool) {
        m.append("<Cell ss:StyleID=\"sBool\"><Data ss:Type=\"Number\">")
        m.append(b ? "1" : "0")
        m.append("</Data></Cell>")
    }

    /// Column width in points from a width in characters.
    static func columnWidth(chars: Int) -> Int { max(chars, 6) * 6 + 12 }
}
