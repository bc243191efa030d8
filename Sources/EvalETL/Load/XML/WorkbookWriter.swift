import Foundation

/// Writes `workbook.xml`, an Excel XML Spreadsheet 2003 with one worksheet per table.
///
///     <?mso-application progid="Excel.Sheet"?>
///     <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" …>
///       <Styles>…</Styles>
///       <Worksheet ss:Name="actions">
///         <Table>
///           <Column ss:AutoFitWidth="0" ss:Width="76"/> …
///           <Row><Cell ss:StyleID="sHdr"><Data ss:Type="String">action_id</Data></Cell> …</Row>
///           <Row><Cell><Data ss:Type="String">E1-R01-A01</Data></Cell> … <Cell/></Row>
///         </Table>
///         <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">…frozen header…</WorksheetOptions>
///         <AutoFilter x:Range="R1C1:R3C11" xmlns="urn:schemas-microsoft-com:office:excel"/>
///       </Worksheet>
///     </Workbook>
///
/// Cells: int and double are Number, dates DateTime with a `yyyy-mm-dd` style,
/// strings String, lists String joined with `"; "`, booleans Number 1/0 shown as
/// TRUE/FALSE by a number format (LibreOffice drops `ss:Type="Boolean"` cells).
/// Rows arrive interleaved across tables, so each table's rows are written as
/// SpreadsheetML to a temporary file in the output directory as they arrive, and
/// `finish()` assembles the workbook: sheet heads (column widths need every row) and the rows' bytes.
/// A table longer than a sheet continues on `actions (2)`, `actions (3)`, …
/// Text over 32,767 characters is cut here only, with a warning naming table,
/// row id and column; dates before 1900-03-01 and non-finite numbers become text.
public final class WorkbookWriter: FormatWriter {
    public let format = OutputFormat.workbook
    /// Rows a worksheet holds, header included (Excel 2007+: 1,048,576).
    let rowsPerSheet: Int
    private var directory = ""
    private var tables: [TableSchema] = []
    private var spools: [String: WorksheetSpool] = [:]
    private var widths: [String: [Int]] = [:]
    private var tally = ReplacementTally(file: "workbook.xml")
    private var cutWarnings: [String] = []
    private var markup = XMLMarkup()

    /// Characters a column's width is estimated from, at most.
    static let widthCap = 50

    public convenience init() { self.init(rowsPerSheet: 1_048_576) }

    init(rowsPerSheet: Int) {
        precondition(rowsPerSheet >= 2, "a sheet needs room for the header and one row")
        self.rowsPerSheet = rowsPerSheet
    }

    deinit {
        for spool in spools.values { spool.remove() }
    }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: directory, "cannot create folder: \(error.localizedDescription)")
        }
        self.directory = directory
        self.tables = tables
        for table in tables {
            let path = (directory as NSString).appendingPathComponent(".workbook-\(XMLText.elementName(table.name)).spool")
            spools[table.name] = try WorksheetSpool(path: path, rowsPerSheet: rowsPerSheet - 1)
            widths[table.name] = table.columns.map { min($0.name.count, WorkbookWriter.widthCap) }
        }
    }

    public func write(_ rows: [[Value]], table: TableSchema) throws(OutputError) {
        guard let spool = spools[table.name], var columnWidths = widths[table.name] else {
            throw OutputError(path: "workbook.xml", "table \(table.name) was not announced to begin()")
        }
        // NB: a local buffer: a stored property would cost an exclusivity check per append.
        var markup = XMLMarkup()
        swap(&markup, &self.markup)
        defer { swap(&markup, &self.markup) }
        for row in rows {
            try RowCheck.validate(row, table: table, file: "workbook.xml")
            markup.removeAll()
            SpreadsheetML.startRow(&markup)
            // NB: values read in place: `row[i]` copies each value (a retain and a release).
            row.withUnsafeBufferPointer { cells in
                for i in cells.indices {
                    let width = appendCell(cells[i], row: row, column: i, table: table, to: &markup)
                    columnWidths[i] = max(columnWidths[i], width)
                }
            }
            SpreadsheetML.endRow(&markup)
            try spool.append(markup)
        }
        widths[table.name] = columnWidths
    }

    public func finish() throws(OutputError) -> [String] {
        let path = (directory as NSString).appendingPathComponent("workbook.xml")
        // NB: no indentation: a row a line keeps a large workbook compact.
        let w = try XMLStreamWriter(path: path, indent: nil)
        try SpreadsheetML.startWorkbook(w)
        var used = Set<String>()
        for table in tables {
            guard let spool = spools[table.name] else { continue }
            try spool.closeForReading()
            try writeSheets(table, spool: spool, to: w, used: &used)
            spool.remove()
            spools[table.name] = nil
        }
        try w.close()
        return tally.warnings + cutWarnings
    }

    /// Writes one table as one or more worksheets.
    private func writeSheets(_ table: TableSchema, spool: WorksheetSpool, to w: XMLStreamWriter,
                             used: inout Set<String>) throws(OutputError) {
        let header = table.columns.map { tally.scrub($0.name, table: table.name, column: $0.name) }
        for sheet in 0..<spool.sheetCount {
            let name = SpreadsheetML.sheetName(table.name, part: sheet + 1, used: &used)
            try SpreadsheetML.startSheet(w, name: name, header: header, widths: widths[table.name] ?? [])
            try spool.copyRows(ofSheet: sheet, to: w)
            try SpreadsheetML.endSheet(w, rows: spool.rows(onSheet: sheet) + 1, columns: table.columns.count)
        }
    }

    /// Appends the cell for one value and returns its display width (capped).
    ///
    /// NB: ints, dates, booleans and text that is neither suspect nor too long are
    /// written straight to bytes, their width measured in the scan that decides
    /// escaping; anything else goes through `cell(…)` and `WorkbookCell`.
    private func appendCell(_ value: Value, row: [Value], column: Int, table: TableSchema,
                            to markup: inout XMLMarkup) -> Int {
        let cap = WorkbookWriter.widthCap
        switch value {
        case .null:
            SpreadsheetML.appendEmptyCell(&markup)
            return 0
        case .int(let i):
            return min(SpreadsheetML.appendNumberCell(&markup, i), cap)
        case .bool(let b):
            SpreadsheetML.appendBoolCell(&markup, b)
            return WorkbookCell.bool(b).displayWidth(cap: cap)
        case .date(let d) where WorkbookCell.hasSerial(d):
            SpreadsheetML.appendDateCell(&markup, d)
            return WorkbookCell.dateWidth
        case .string(let s):
            if let width = appendCleanStringCell(s, to: &markup) { return width }
        case .list(let items):
            if let width = appendCleanListCell(items, to: &markup) { return width }
        case .double, .date:
            break
        }
        let slow = cell(value, row: row, column: column, table: table)
        SpreadsheetML.appendCell(&markup, slow)
        return slow.displayWidth(cap: cap)
    }

    /// Appends a String cell when the text needs neither filtering nor cutting and
    /// returns its width; nil (nothing appended) when it does.
    private func appendCleanStringCell(_ s: String, to markup: inout XMLMarkup) -> Int? {
        ByteText.withUTF8(s) { utf8 in
            let scan = XMLTextScan(utf8, widthCap: WorkbookWriter.widthCap)
            guard !scan.mayHoldForbidden, utf8.count <= WorkbookCell.maxTextLength else { return nil }
            SpreadsheetML.appendStringCell(&markup, utf8, scan)
            return scan.width
        }
    }

    /// Appends a String cell of list items joined with `"; "`, without building the joined
    /// text, when it is plain one-line ASCII or only needs escaping; nil (nothing appended) otherwise.
    ///
    /// NB: `"; "` is never escaped, so escaping item by item gives the joined text's bytes;
    /// the width of one ASCII line is its byte count. Anything else takes the joined path.
    private func appendCleanListCell(_ items: [String], to markup: inout XMLMarkup) -> Int? {
        var escaping = false
        var length = 0
        for n in items.indices {
            let clean = ByteText.withUTF8(items[n]) { utf8 in
                let scan = XMLTextScan(utf8)
                escaping = escaping || scan.needsEscaping
                length += utf8.count
                return scan.isASCII && !scan.hasNewline && !scan.mayHoldForbidden
            }
            guard clean else { return appendCleanStringCell(items.joined(separator: "; "), to: &markup) }
        }
        length += 2 * max(0, items.count - 1)
        guard length <= WorkbookCell.maxTextLength else { return nil }
        SpreadsheetML.appendStringCell(&markup) { m in
            for n in items.indices {
                if n > 0 { m.append("; ") }
                ByteText.withUTF8(items[n]) { m.appendText($0, escaping: escaping) }
            }
        }
        return min(length, WorkbookWriter.widthCap)
    }

    /// The cell for one value: filtered, lists joined, text cut to Excel's limit (with a warning).
    private func cell(_ value: Value, row: [Value], column: Int, table: TableSchema) -> WorkbookCell {
        let name = table.columns[column].name
        let text: String
        switch value {
        case .null: return .empty
        case .int(let i): return .number(String(i))
        case .double(let d): return WorkbookCell.double(d)
        case .bool(let b): return .bool(b)
        case .date(let d): return WorkbookCell.date(d)
        case .string(let s): text = s
        case .list(let items): text = items.joined(separator: "; ")
        }
        let clean = tally.scrub(text, table: table.name, column: name)
        guard let cut = WorkbookCell.cut(clean) else { return .string(clean) }
        cutWarnings.append("workbook.xml: \(table.name) row \(rowLabel(row)), column \(name): "
            + "text of \(clean.utf16.count) characters cut to \(WorkbookCell.maxTextLength) "
            + "(Excel's limit per cell); xml/\(table.name).xml keeps it whole")
        return .string(cut)
    }

    /// The row's id (its first column) for a warning.
    private func rowLabel(_ row: [Value]) -> String {
        switch row.first {
        case .string(let s)?: return "'\(XMLText.sanitize(String(s.prefix(80))).text)'"
        case .int(let i)?: return String(i)
        default: return "(no id)"
        }
    }
}
