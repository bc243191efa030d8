import Foundation

/// Writes `workbook.xml`, an Excel XML Spreadsheet 2003 with one worksheet per table.
///
///     <?mso-application progid="Excel.Sheet"?>
///     <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" …>
///       <Styles>…</Styles>
///       <Worksheet ss:Name="actions">
///         <Table>
///           <Column ss:Index="1" ss:AutoFitWidth="0" ss:Width="76"/>
///           <Column ss:AutoFitWidth="0" ss:StyleID="sWrap" ss:Width="312"/> …
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
/// Every sheet's columns have fixed widths (its first `<Column>` says `ss:Index="1"`);
/// text with a line break or a line wider than the widest column wraps (`sWrap`, on the
/// cell and on a text column some cell fills to that width).
/// Rows arrive interleaved across tables, so each table's rows go to a spool file
/// of their own (`.workbook-<k>.spool`, next to the workbook), and `finish()`, once
/// every column's width is known, writes each worksheet's head and copies its rows
/// in after it (`FileSink.copy`); the spools are then removed.
/// Each head is padded with spaces to the length it has at the widest widths, and each
/// table's worksheets but the last table's end padded to a multiple of 4,096 bytes of
/// the file: spaces at the end of a line between elements, where XML ignores them.
/// NB: the padding is the layout an earlier writer needed (each table grew in place in
/// a sparse file and the gaps were collapsed); kept so the bytes stay the same.
/// A table longer than a sheet continues on `actions (2)`, `actions (3)`, …
/// Text over 32,767 characters is cut here only, with a warning naming table,
/// row id and column; dates before 1900-03-01 and non-finite numbers become text.
/// libxml2 renders all the workbook's own markup; rows are built as bytes by `SpreadsheetML`.
public final class WorkbookWriter: FormatWriter {
    public let format = OutputFormat.workbook
    /// Rows a worksheet holds, header included (Excel 2007+: 1,048,576).
    let rowsPerSheet: Int
    private var tables: [TableSchema] = []
    private var index: [String: Int] = [:]
    private var out: FileSink?
    /// Each table's rows, in the order they arrive.
    private var spools: [FileSink] = []
    private var sheets: [Sheets] = []
    private var usedNames = Set<String>()
    private var tally = ReplacementTally(file: "workbook.xml")
    private var cutWarnings: [String] = []
    private var markup = XMLMarkup()

    /// One table's worksheets while its rows arrive.
    private struct Sheets {
        var header: [String]
        /// Display width of each column so far, in characters.
        var widths: [Int]
        /// Data rows on the worksheet being filled.
        var rows = 0
        /// Each worksheet's name and where its rows start in the table's spool.
        var parts: [(name: String, at: Int)] = []
    }

    /// Characters a column's width is estimated from, at most.
    static let widthCap = 50
    /// Each table's worksheets but the last table's end on a multiple of this many bytes of the file.
    static let block = 4096

    public convenience init() { self.init(rowsPerSheet: 1_048_576) }

    init(rowsPerSheet: Int) {
        precondition(rowsPerSheet >= 2, "a sheet needs room for the header and one row")
        self.rowsPerSheet = rowsPerSheet
    }

    /// NB: a run that fails leaves no spool behind.
    deinit { removeSpools() }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        try OutputDirectory.makeFolder(directory)
        self.tables = tables
        let folder = directory as NSString
        let out = try FileSink(path: folder.appendingPathComponent("workbook.xml"))
        self.out = out
        try out.write(SpreadsheetML.prolog())
        for (k, table) in tables.enumerated() {
            index[table.name] = k
            let header = table.columns.map { tally.scrub($0.name, table: table.name, column: $0.name) }
            sheets.append(Sheets(header: header,
                                 widths: table.columns.map { min($0.name.count, WorkbookWriter.widthCap) }))
            spools.append(try FileSink(path: folder.appendingPathComponent(".workbook-\(k).spool")))
            startSheet(k)
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        let table = batch.table
        guard let k = index[table.name], out != nil else {
            throw OutputError(path: "workbook.xml", "table \(table.name) was not announced to begin()")
        }
        // NB: local buffers: a stored property would cost an exclusivity check per append.
        var markup = XMLMarkup()
        swap(&markup, &self.markup)
        defer { swap(&markup, &self.markup) }
        var columnWidths = sheets[k].widths
        defer { sheets[k].widths = columnWidths }
        // NB: the batch's rows gather in `markup` and join the spool once (and at each new
        // sheet); a call per row cost more than the copy it made.
        let spool = spools[k]
        var rows = sheets[k].rows
        markup.removeAll()
        try batch.forEachRow { (row) throws(OutputError) in
            if rows == rowsPerSheet - 1 {
                try spool.write(markup.bytes)
                markup.removeAll()
                try spool.write(SpreadsheetML.sheetEnd(rows: rowsPerSheet, columns: table.columns.count,
                                                            last: false))
                startSheet(k)
                rows = 0
            }
            SpreadsheetML.startRow(&markup)
            for i in row.indices {
                let width = appendCell(row[i], row, column: i, table: table, to: &markup)
                columnWidths[i] = max(columnWidths[i], width)
            }
            SpreadsheetML.endRow(&markup)
            rows += 1
        }
        try spool.write(markup.bytes)
        sheets[k].rows = rows
    }

    public func finish() throws(OutputError) -> [String] {
        guard let out else { throw OutputError(path: "workbook.xml", "finish() before begin()") }
        for (k, table) in tables.enumerated() {
            let spool = spools[k]
            let parts = sheets[k].parts
            for (n, part) in parts.enumerated() {
                let widest = Array(repeating: WorkbookWriter.widthCap, count: table.columns.count)
                let text = table.columns.map { $0.type == .string || $0.type == .list }
                let size = try SpreadsheetML.sheetHead(name: part.name, header: sheets[k].header, widths: widest,
                                                       wrap: text).count
                // NB: a long-text column is a text column some cell fills to the widest width.
                let wrap = zip(text, sheets[k].widths).map { $0 && $1 >= WorkbookWriter.widthCap }
                let head = try SpreadsheetML.sheetHead(name: part.name, header: sheets[k].header,
                                                       widths: sheets[k].widths, wrap: wrap)
                try out.write(Self.padded(head, to: size))
                try out.copy(part.at..<(n + 1 < parts.count ? parts[n + 1].at : spool.offset), of: spool)
            }
            let last = k == tables.count - 1
            var end = try SpreadsheetML.sheetEnd(rows: sheets[k].rows + 1, columns: table.columns.count, last: last)
            if !last {
                let length = out.offset + end.count
                end = Self.padded(end, to: end.count + (Self.block - length % Self.block) % Self.block)
            }
            try out.write(end)
            try spool.close(sync: false)
        }
        try out.close()
        self.out = nil
        removeSpools()
        return tally.warnings + cutWarnings
    }

    /// Starts worksheet 1, 2, … of table `k` (its head is written by `finish()`).
    private func startSheet(_ k: Int) {
        let name = SpreadsheetML.sheetName(tables[k].name, part: sheets[k].parts.count + 1, used: &usedNames)
        sheets[k].parts.append((name, spools[k].offset))
        sheets[k].rows = 0
    }

    private func removeSpools() {
        for spool in spools { try? FileManager.default.removeItem(atPath: spool.path) }
        spools = []
    }

    /// `markup` (ending in a line break) made `size` bytes long by spaces before that line break.
    static func padded(_ markup: [UInt8], to size: Int) -> [UInt8] {
        precondition(markup.last == 0x0A && markup.count <= size, "markup fits its place and ends a line")
        var out = markup.dropLast() + [UInt8](repeating: 0x20, count: size - markup.count)
        out.append(0x0A)
        return Array(out)
    }

    /// Appends the cell for one value and returns its display width (capped).
    ///
    /// NB: ints, dates, booleans and text that is neither suspect nor too long are
    /// written straight to bytes, their width measured in the scan that decides
    /// escaping; anything else goes through `cell(…)` and `WorkbookCell`.
    private func appendCell(_ c: RowBatch.Cell, _ row: RowBatch.Row, column: Int, table: TableSchema,
                            to markup: inout XMLMarkup) -> Int {
        let cap = WorkbookWriter.widthCap
        switch c.kind {
        case .null:
            SpreadsheetML.appendEmptyCell(&markup)
            return 0
        case .int:
            return min(SpreadsheetML.appendNumberCell(&markup, c.int), cap)
        case .bool:
            SpreadsheetML.appendBoolCell(&markup, c.bool)
            return WorkbookCell.bool(c.bool).displayWidth(cap: cap)
        case .date where WorkbookCell.hasSerial(c.date):
            SpreadsheetML.appendDateCell(&markup, c.date)
            return WorkbookCell.dateWidth
        case .string:
            if let width = appendCleanStringCell(row.text(c), c.facts, to: &markup) { return width }
        case .list:
            if let width = appendCleanListCell(row.items(c), row, to: &markup) { return width }
        case .double, .date:
            break
        }
        let slow = cell(row.value(column), row: row, column: column, table: table)
        SpreadsheetML.appendCell(&markup, slow)
        return slow.displayWidth(cap: cap)
    }

    /// Appends a String cell when the text needs neither filtering nor cutting and
    /// returns its width; nil (nothing appended) when it does.
    private func appendCleanStringCell(_ utf8: UnsafeBufferPointer<UInt8>, _ facts: TextFacts,
                                       to markup: inout XMLMarkup) -> Int? {
        let scan = XMLTextScan(utf8, facts: facts, widthCap: SpreadsheetML.wrapWidth + 1)
        guard !scan.mayHoldForbidden, utf8.count <= WorkbookCell.maxTextLength else { return nil }
        SpreadsheetML.appendStringCell(&markup, utf8, scan, wrap: SpreadsheetML.wraps(scan, width: scan.width))
        return min(scan.width, WorkbookWriter.widthCap)
    }

    /// Appends a String cell of list items joined with `"; "`, without building the joined
    /// text, when it is plain one-line ASCII or only needs escaping; nil (nothing appended) otherwise.
    ///
    /// NB: `"; "` is never escaped, so escaping item by item gives the joined text's bytes;
    /// the width of one ASCII line is its byte count. Anything else takes the joined path.
    private func appendCleanListCell(_ items: UnsafeBufferPointer<RowBatch.Cell>, _ row: RowBatch.Row,
                                     to markup: inout XMLMarkup) -> Int? {
        var escaping = false
        var length = 0
        for item in items {
            let scan = XMLTextScan(facts: item.facts)
            escaping = escaping || scan.needsEscaping
            length += Int(item.count)
            guard scan.isASCII && !scan.hasNewline && !scan.mayHoldForbidden else {
                var joined: [UInt8] = []
                for n in items.indices {
                    if n > 0 { joined += "; ".utf8 }
                    joined.append(contentsOf: row.text(items[n]))
                }
                return joined.withUnsafeBufferPointer { appendCleanStringCell($0, TextFacts($0), to: &markup) }
            }
        }
        length += 2 * max(0, items.count - 1)
        guard length <= WorkbookCell.maxTextLength else { return nil }
        SpreadsheetML.appendStringCell(&markup, wrap: length > SpreadsheetML.wrapWidth) { m in
            for n in items.indices {
                if n > 0 { m.append("; ") }
                m.appendText(row.text(items[n]), escaping: escaping)
            }
        }
        return min(length, WorkbookWriter.widthCap)
    }

    /// The cell for one value: filtered, lists joined, text cut to Excel's limit (with a warning).
    private func cell(_ value: Value, row: RowBatch.Row, column: Int, table: TableSchema) -> WorkbookCell {
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
    private func rowLabel(_ row: RowBatch.Row) -> String {
        switch row.count > 0 ? row.value(0) : nil {
        case .string(let s)?: return "'\(XMLText.sanitize(String(s.prefix(80))).text)'"
        case .int(let i)?: return String(i)
        default: return "(no id)"
        }
    }
}
