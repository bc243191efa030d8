/// The pieces of an Excel XML Spreadsheet 2003 file, written through an `XMLStreamWriter`.
///
///     try SpreadsheetML.startWorkbook(w)
///     try SpreadsheetML.startSheet(w, name: "actions", header: ["action_id", …], widths: [10, …],
///                                  wrap: [false, …])
///     SpreadsheetML.startRow(&markup); SpreadsheetML.appendCell(&markup, .string("E1-R01-A01"))
///     SpreadsheetML.appendNumberCell(&markup, 1); SpreadsheetML.endRow(&markup); try w.raw(markup.bytes)
///     try SpreadsheetML.endSheet(w, rows: 2, columns: 11)
///     try w.close()   // ends the Workbook element
enum SpreadsheetML {
    static let ss = "urn:schemas-microsoft-com:office:spreadsheet"
    static let excel = "urn:schemas-microsoft-com:office:excel"

    /// Prolog, root element with its namespaces, and the styles every sheet uses.
    static func startWorkbook(_ w: XMLStreamWriter) throws(OutputError) {
        try w.startDocument()
        try w.processingInstruction("mso-application", "progid=\"Excel.Sheet\"")
        try w.startElement("Workbook")
        try w.attribute("xmlns", ss)
        try w.attribute("xmlns:o", "urn:schemas-microsoft-com:office:office")
        try w.attribute("xmlns:x", excel)
        try w.attribute("xmlns:ss", ss)
        try w.attribute("xmlns:html", "http://www.w3.org/TR/REC-html40")
        try w.newline()
        try w.startElement("Styles")
        try w.newline()
        try style(w, id: "Default", name: "Normal") { () throws(OutputError) in
            try w.startElement("Alignment")
            try w.attribute("ss:Vertical", "Top")
            try w.endElement()
        }
        try style(w, id: "sHdr") { () throws(OutputError) in
            try w.startElement("Font")
            try w.attribute("ss:Bold", "1")
            try w.endElement()
        }
        try style(w, id: "sDate") { () throws(OutputError) in try numberFormat(w, "yyyy\\-mm\\-dd") }
        // NB: LibreOffice drops ss:Type="Boolean" cells; a 1/0 number shown as TRUE/FALSE survives both.
        try style(w, id: "sBool") { () throws(OutputError) in try numberFormat(w, "\"TRUE\";\"TRUE\";\"FALSE\"") }
        try style(w, id: "sWrap") { () throws(OutputError) in
            try w.startElement("Alignment")
            try w.attribute("ss:Vertical", "Top")
            try w.attribute("ss:WrapText", "1")
            try w.endElement()
        }
        try w.endElement()
        try w.newline()
    }

    /// `Worksheet` and `Table` start tags, column widths (a wrapping style on the columns
    /// `wrap` marks) and the bold header row.
    ///
    ///     <Column ss:Index="1" ss:AutoFitWidth="0" ss:Width="76"/>
    ///     <Column ss:AutoFitWidth="0" ss:StyleID="sWrap" ss:Width="312"/>
    ///
    /// NB: LibreOffice (7.4, the import filter it picks when a person opens the file) numbers
    /// `<Column>` elements on from the previous worksheet's unless a table's first one says
    /// `ss:Index="1"`: without it every sheet after the first loses its widths.
    static func startSheet(_ w: XMLStreamWriter, name: String, header: [String],
                           widths: [Int], wrap: [Bool]) throws(OutputError) {
        try w.startElement("Worksheet")
        try w.attribute("ss:Name", name)
        try w.newline()
        try w.startElement("Table")
        try w.newline()
        for (i, chars) in widths.enumerated() {
            try w.startElement("Column")
            if i == 0 { try w.attribute("ss:Index", "1") }
            try w.attribute("ss:AutoFitWidth", "0")
            if wrap[i] { try w.attribute("ss:StyleID", "sWrap") }
            try w.attribute("ss:Width", String(columnWidth(chars: chars)))
            try w.endElement()
            try w.newline()
        }
        try w.startElement("Row")
        for title in header {
            try w.startElement("Cell")
            try w.attribute("ss:StyleID", "sHdr")
            try data(w, type: "String", title)
            try w.endElement()
        }
        try w.endElement()
        try w.newline()
    }

    /// `<Row>`, then cells (`append…Cell`), then `endRow`: one line, as `XMLStreamWriter` calls
    /// would write it without indentation.
    ///
    ///     <Row><Cell><Data ss:Type="String">E1-R01-A01</Data></Cell><Cell/></Row>
    static func startRow(_ m: inout XMLMarkup) { m.append("<Row>") }

    static func endRow(_ m: inout XMLMarkup) { m.append("</Row>\n") }

    /// One cell of a row.
    static func appendCell(_ m: inout XMLMarkup, _ cell: WorkbookCell) {
        switch cell {
        case .empty: appendEmptyCell(&m)
        case .string(let s):
            let scan = XMLTextScan(s)
            appendStringCell(&m, s, scan, wrap: wraps(scan, width: cell.displayWidth(cap: wrapWidth + 1)))
        case .number(let s):
            m.append("<Cell><Data ss:Type=\"Number\">")
            m.appendText(s)
            m.append("</Data></Cell>")
        case .date(let iso):
            m.append("<Cell ss:StyleID=\"sDate\"><Data ss:Type=\"DateTime\">")
            m.appendText(iso)
            m.append("T00:00:00.000</Data></Cell>")
        case .bool(let b): appendBoolCell(&m, b)
        }
    }

    static func appendEmptyCell(_ m: inout XMLMarkup) { m.append("<Cell/>") }

    /// Characters a text's longest line may have before its cell wraps (the widest a column is made).
    static let wrapWidth = WorkbookWriter.widthCap

    /// Whether a text cell wraps: it has a line break, or a line wider than the widest column
    /// (`width`: its longest line, measured up to at least `wrapWidth + 1`).
    ///
    /// NB: a column's style does not reach the written cells in every reader (LibreOffice's
    /// import applied it to some cells and not others), so each long cell carries the
    /// wrapping style itself; the column's is for what a person types into it.
    static func wraps(_ scan: XMLTextScan, width: Int) -> Bool {
        scan.hasNewline || width > wrapWidth
    }

    /// A String cell of text already filtered and cut; `scan` is the text's scan.
    static func appendStringCell(_ m: inout XMLMarkup, _ s: String, _ scan: XMLTextScan, wrap: Bool) {
        var s = s
        s.withUTF8 { appendStringCell(&m, $0, scan, wrap: wrap) }
    }

    /// A one-line String cell whose text `body` appends, already filtered, cut and escaped.
    static func appendStringCell(_ m: inout XMLMarkup, wrap: Bool, _ body: (inout XMLMarkup) -> Void) {
        m.append(wrap ? "<Cell ss:StyleID=\"sWrap\">" : "<Cell>")
        m.append("<Data ss:Type=\"String\">")
        body(&m)
        m.append("</Data></Cell>")
    }

    /// A String cell of UTF-8 text already filtered and cut; `scan` is the text's scan.
    static func appendStringCell(_ m: inout XMLMarkup, _ utf8: UnsafeBufferPointer<UInt8>, _ scan: XMLTextScan,
                                 wrap: Bool) {
        m.append(wrap ? "<Cell ss:StyleID=\"sWrap\">" : "<Cell>")
        m.append("<Data ss:Type=\"String\">")
        m.appendText(utf8, escaping: scan.needsEscaping)
        m.append("</Data></Cell>")
    }

    /// An int as a Number cell; returns the digits' count (its display width).
    @discardableResult
    static func appendNumberCell(_ m: inout XMLMarkup, _ i: Int32) -> Int {
        m.append("<Cell><Data ss:Type=\"Number\">")
        let digits = m.appendDecimal(i)
        m.append("</Data></Cell>")
        return digits
    }

    /// A date Excel's serials can hold (see `WorkbookCell.date`) as a DateTime cell at midnight.
    static func appendDateCell(_ m: inout XMLMarkup, _ d: CalendarDate) {
        m.append("<Cell ss:StyleID=\"sDate\"><Data ss:Type=\"DateTime\">")
        m.appendISODate(d)
        m.append("T00:00:00.000</Data></Cell>")
    }

    static func appendBoolCell(_ m: inout XMLMarkup, _ b: Bool) {
        m.append("<Cell ss:StyleID=\"sBool\"><Data ss:Type=\"Number\">")
        m.append(b ? "1" : "0")
        m.append("</Data></Cell>")
    }

    /// Ends the table, freezes the header row and puts an AutoFilter over `rows` × `columns`.
    static func endSheet(_ w: XMLStreamWriter, rows: Int, columns: Int) throws(OutputError) {
        try w.endElement()
        try w.newline()
        try w.startElement("WorksheetOptions")
        try w.attribute("xmlns", excel)
        try w.startElement("FreezePanes")
        try w.endElement()
        try w.startElement("FrozenNoSplit")
        try w.endElement()
        try w.element("SplitHorizontal", text: "1")
        try w.element("TopRowBottomPane", text: "1")
        try w.element("ActivePane", text: "2")
        try w.startElement("Panes")
        for pane in ["3", "2"] {
            try w.startElement("Pane")
            try w.element("Number", text: pane)
            try w.endElement()
        }
        try w.endElement()
        try w.endElement()
        try w.newline()
        if columns > 0 {
            try w.startElement("AutoFilter")
            try w.attribute("x:Range", "R1C1:R\(rows)C\(columns)")
            try w.attribute("xmlns", excel)
            try w.endElement()
            try w.newline()
        }
        try w.endElement()
        try w.newline()
    }

    /// `startWorkbook`'s markup as bytes: prolog, root start tag, styles.
    static func prolog() throws(OutputError) -> [UInt8] {
        let w = try XMLStreamWriter(indent: nil)
        try startWorkbook(w)
        return try w.take()
    }

    /// `startSheet`'s markup as bytes, as libxml2 writes it inside the workbook.
    static func sheetHead(name: String, header: [String], widths: [Int], wrap: [Bool]) throws(OutputError) -> [UInt8] {
        let w = try XMLStreamWriter(indent: nil)
        try w.startElement("Workbook")
        _ = try w.take()
        try startSheet(w, name: name, header: header, widths: widths, wrap: wrap)
        return try w.take()
    }

    /// `endSheet`'s markup as bytes, as libxml2 writes it inside the workbook; `last`:
    /// the workbook's end follows.
    static func sheetEnd(rows: Int, columns: Int, last: Bool) throws(OutputError) -> [UInt8] {
        let w = try XMLStreamWriter(indent: nil)
        for element in ["Workbook", "Worksheet", "Table"] { try w.startElement(element) }
        _ = try w.take()
        try endSheet(w, rows: rows, columns: columns)
        if last { try w.endDocument() }
        return try w.take()
    }

    /// A worksheet name Excel accepts, unique case-insensitively: `actions`, `actions (2)`, …
    static func sheetName(_ table: String, part: Int, used: inout Set<String>) -> String {
        var base = String(table.unicodeScalars.map { ":\\/?*[]".unicodeScalars.contains($0) ? "_" : Character($0) })
        base = XMLText.sanitize(base).text
        while base.hasPrefix("'") { base.removeFirst() }
        if base.isEmpty || base.lowercased() == "history" { base = "_" + base }
        var n = part
        while true {
            let suffix = n == 1 ? "" : " (\(n))"
            var stem = base
            // NB: Excel caps names at 31 characters; count UTF-16 units to be safe.
            while stem.utf16.count + suffix.utf16.count > 31 { stem.removeLast() }
            while stem.hasSuffix("'") && suffix.isEmpty { stem.removeLast() }
            let name = stem + suffix
            if used.insert(name.lowercased()).inserted { return name }
            n += 1
        }
    }

    /// Column width in points from a width in characters.
    static func columnWidth(chars: Int) -> Int { max(chars, 6) * 6 + 12 }

    private static func data(_ w: XMLStreamWriter, type: String, _ text: String) throws(OutputError) {
        try w.startElement("Data")
        try w.attribute("ss:Type", type)
        try w.text(text)
        try w.endElement()
    }

    private static func numberFormat(_ w: XMLStreamWriter, _ format: String) throws(OutputError) {
        try w.startElement("NumberFormat")
        try w.attribute("ss:Format", format)
        try w.endElement()
    }

    private static func style(_ w: XMLStreamWriter, id: String, name: String? = nil,
                              _ body: () throws(OutputError) -> Void) throws(OutputError) {
        try w.startElement("Style")
        try w.attribute("ss:ID", id)
        if let name { try w.attribute("ss:Name", name) }
        try body()
        try w.endElement()
        try w.newline()
    }
}
