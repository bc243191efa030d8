import Foundation

/// Writes `workbook.xml`, an Excel XML Spreadsheet 2003 with one worksheet per table
/// (the markup as `SpreadsheetML` spells it, cells as `appendCell` writes them).
///
/// Rows arrive interleaved across tables, so each table's rows go to a spool file of their own
/// (`.workbook-<k>.spool`); `finish()`, once every column's width is known, writes each worksheet's
/// head and copies its rows in after it (`FileSink.copy`), then removes the spools.
/// NB: each head is padded with spaces to its length at the widest widths, and each table but the
/// last ends on a multiple of 4,096 bytes of the file (spaces where XML ignores them): the layout an
/// earlier writer needed, kept so the bytes stay the same.
/// A table longer than a sheet continues on `actions (2)`, … (`SheetRows`); text over 32,767 characters
/// is cut, with one warning per evaluation, table and column (`CutTally`).
public final class WorkbookWriter: FormatWriter {
    public let format = OutputFormat.spreadsheetml
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
    /// Texts cut to a cell's limit, for the warnings.
    private var cuts = CutTally(file: "workbook.xml")
    private var markup: [UInt8] = []

    /// One table's worksheets while its rows arrive.
    private struct Sheets {
        var header: [String]
        /// Display width of each column so far, in characters.
        var widths: [Int]
        var rows: SheetRows
        /// Each worksheet's name and where its rows start in the table's spool.
        var parts: [(name: String, at: Int)] = []
    }

    /// Each table's worksheets but the last table's end on a multiple of this many bytes of the file.
    static let block = 4096

    public init(rowsPerSheet: Int = Worksheet.maxRows) { self.rowsPerSheet = rowsPerSheet }

    /// NB: a run that fails leaves no spool behind.
    deinit { removeSpools() }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        try OutputDirectory.makeFolder(directory)
        self.tables = tables
        let out = try FileSink(path: directory + "/workbook.xml")
        self.out = out
        try out.write(SpreadsheetML.prolog)
        for (k, table) in tables.enumerated() {
            index[table.name] = k
            let header = table.columns.indices.map { tally.scrub(table.columns[$0].name, table: table, column: $0, row: nil) }
            sheets.append(Sheets(header: header, widths: table.columns.map { Worksheet.width($0.name) },
                                 rows: SheetRows(rowsPerSheet: rowsPerSheet)))
            spools.append(try FileSink(path: "\(directory)/.workbook-\(k).spool"))
            startSheet(k)
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        let table = batch.table
        guard let k = index[table.name], out != nil else {
            throw OutputError(path: "workbook.xml", "table \(table.name) was not announced to begin()")
        }
        // NB: local buffers: a stored property would cost an exclusivity check per append.
        var markup: [UInt8] = []
        swap(&markup, &self.markup)
        defer { swap(&markup, &self.markup) }
        var columnWidths = sheets[k].widths
        defer { sheets[k].widths = columnWidths }
        // NB: the batch's rows gather in `markup` and join the spool once (and at each new
        // sheet); a call per row cost more than the copy it made.
        let spool = spools[k]
        var rows = sheets[k].rows
        markup.removeAll(keepingCapacity: true)
        try batch.forEachRow { (row) throws(OutputError) in
            if rows.next() {
                try spool.write(markup)
                markup.removeAll(keepingCapacity: true)
                try spool.write(SpreadsheetML.sheetEnd(rows: rowsPerSheet, columns: table.columns.count, last: false))
                startSheet(k)
            }
            SpreadsheetML.startRow(&markup)
            for i in row.indices {
                let width = appendCell(row[i], row, column: i, table: table, sheetRow: rows.last + 1, to: &markup)
                columnWidths[i] = max(columnWidths[i], width)
            }
            SpreadsheetML.endRow(&markup)
        }
        try spool.write(markup)
        sheets[k].rows = rows
    }

    public func finish() throws(OutputError) -> [WriterWarning] {
        guard let out else { throw OutputError(path: "workbook.xml", "finish() before begin()") }
        for (k, table) in tables.enumerated() {
            let spool = spools[k], sheet = sheets[k]
            let widest = Array(repeating: Worksheet.widthCap, count: table.columns.count)
            let text = table.columns.map { $0.type == .string || $0.type == .list }
            // NB: a long-text column is a text column some cell fills to the widest width.
            let wrap = zip(text, sheet.widths).map { $0 && $1 >= Worksheet.widthCap }
            for (n, part) in sheet.parts.enumerated() {
                let size = SpreadsheetML.sheetHead(name: part.name, header: sheet.header, widths: widest, wrap: text).count
                let head = SpreadsheetML.sheetHead(name: part.name, header: sheet.header, widths: sheet.widths, wrap: wrap)
                try out.write(Self.padded(head, to: size))
                try out.copy(part.at..<(n + 1 < sheet.parts.count ? sheet.parts[n + 1].at : spool.offset), of: spool)
            }
            let last = k == tables.count - 1
            var end = SpreadsheetML.sheetEnd(rows: sheet.rows.last + 1, columns: table.columns.count, last: last)
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
        return tally.warnings + cuts.warnings
    }

    /// Starts worksheet 1, 2, … of table `k` (its head is written by `finish()`).
    private func startSheet(_ k: Int) {
        let name = Worksheet.name(tables[k].name, part: sheets[k].parts.count + 1, used: &usedNames)
        sheets[k].parts.append((name, spools[k].offset))
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

    /// Appends the cell for one value (on row `sheetRow` of its worksheet) and returns its display width (capped).
    ///
    /// Cells: int and double are Number (a non-finite double is text), dates DateTime
    /// (text before 1900-03-01), booleans Number 1/0, strings and lists String.
    private func appendCell(_ c: RowBatch.Cell, _ row: RowBatch.Row, column: Int, table: TableSchema, sheetRow: Int,
                            to markup: inout [UInt8]) -> Int {
        /// A String cell of the text, filtered and cut to Excel's limit (with a warning) when it needs to be.
        /// NB: nearly every text needs neither: it is written from its bytes, its width measured
        /// in the scan that decides escaping.
        func text(_ utf8: UnsafeBufferPointer<UInt8>, _ facts: TextFacts) -> Int {
            guard facts.contains(.suspect) || utf8.count > Worksheet.maxCharacters else {
                return Self.appendCleanTextCell(utf8, facts, to: &markup)
            }
            let clean = tally.scrub(String(decoding: utf8, as: UTF8.self), table: table, column: column, row: row)
            return ByteText.withUTF8(clean) { clean in
                guard let cut = Worksheet.cut(clean) else { return Self.appendCleanTextCell(clean, TextFacts(clean), to: &markup) }
                let sheet = index[table.name].flatMap { sheets[$0].parts.last?.name } ?? table.name
                cuts.add(series: table.name, sheet: sheet, row: sheetRow, column: table.columns[column].name,
                         characters: cut.characters, row, of: table)
                let kept = UnsafeBufferPointer(rebasing: clean[..<cut.keep])
                return Self.appendCleanTextCell(kept, TextFacts(kept), to: &markup)
            }
        }
        func text(_ utf8: UnsafeBufferPointer<UInt8>) -> Int { text(utf8, TextFacts(utf8)) }

        let cap = Worksheet.widthCap
        switch c.kind {
        case .null:
            SpreadsheetML.appendEmptyCell(&markup)
            return 0
        case .int:
            return min(SpreadsheetML.appendNumberCell(&markup, c.int), cap)
        case .double where c.double.isFinite:
            return min(SpreadsheetML.appendNumberCell(&markup, c.double), cap)
        case .double:
            return ByteText.withUTF8(XMLText.double(c.double), text)
        case .bool:
            SpreadsheetML.appendBoolCell(&markup, c.bool)
            return c.bool ? 4 : 5
        case .date where Worksheet.hasSerial(c.date):
            SpreadsheetML.appendDateCell(&markup, c.date)
            return 10
        case .date:
            return ByteText.withUTF8(c.date.iso, text)
        case .string:
            return text(row.text(c), c.facts)
        case .list:
            if let width = appendPlainListCell(c, row, to: &markup) { return width }
            var joined: [UInt8] = []
            Worksheet.join(c, of: row, into: &joined)
            return joined.withUnsafeBufferPointer(text)
        }
    }

    /// Appends a String cell of text that needs neither filtering nor cutting and returns its width.
    private static func appendCleanTextCell(_ utf8: UnsafeBufferPointer<UInt8>, _ facts: TextFacts,
                                            to markup: inout [UInt8]) -> Int {
        let width = Worksheet.width(utf8, facts, cap: Worksheet.widthCap + 1)
        SpreadsheetML.appendStringCell(&markup, wrap: SpreadsheetML.wraps(facts, width: width)) {
            $0.appendXMLText(utf8, escaping: facts.contains(.xmlEscape))
        }
        return min(width, Worksheet.widthCap)
    }

    /// Appends a String cell of list items joined (`Worksheet.join`), without building the joined
    /// text, when it is plain one-line ASCII or only needs escaping; nil (nothing appended) otherwise.
    ///
    /// NB: `"; "` is never escaped, so escaping item by item gives the joined text's bytes;
    /// the width of one ASCII line is its byte count. Anything else takes the joined path.
    private func appendPlainListCell(_ list: RowBatch.Cell, _ row: RowBatch.Row, to markup: inout [UInt8]) -> Int? {
        // NB: a list's facts are those of all its items.
        guard list.facts.isDisjoint(with: [.nonASCII, .newline, .suspect]) else { return nil }
        let items = row.items(list)
        let separator = Worksheet.listSeparator
        let length = items.reduce(separator.utf8CodeUnitCount * max(0, items.count - 1)) { $0 + Int($1.count) }
        guard length <= Worksheet.maxCharacters else { return nil }
        SpreadsheetML.appendStringCell(&markup, wrap: length > Worksheet.widthCap) { m in
            for n in items.indices {
                if n > 0 { m.append(separator) }
                m.appendXMLText(row.text(items[n]), escaping: list.facts.contains(.xmlEscape))
            }
        }
        return min(length, Worksheet.widthCap)
    }
}
