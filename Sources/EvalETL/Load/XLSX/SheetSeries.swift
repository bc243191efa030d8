/// One table of a workbook on as many worksheets as its rows need: `actions`, `actions (2)`, …
///
///     var series = try SheetSeries(name: "actions", header: ["action_id", …], rowsPerSheet: 1_048_576, in: book)
///     let (sheet, row) = try series.nextRow(in: book)     // adds `actions (2)` when `actions` is full (`SheetRows`)
///     try book.text(sheet, row: row, column: 0, "ev-…-A01")
///     series.widen(0, to: 24)
///     try series.finish(in: book)                          // widths, frozen header, autofilter on every sheet
///
/// Every worksheet starts with the header row; the first may have lines of notes
/// above it (the first in bold) and an empty row. Widths are in characters: the widest cell seen (capped),
/// at least the header's, or fixed ones given up front.
struct SheetSeries {
    let name: String
    let header: [String]
    /// Lines above the first worksheet's header.
    let notes: [String]
    /// The first worksheet's header row (rows above it hold the notes).
    let headerRow: Int
    /// Widths that do not follow the data (wrapped columns); nil: from the data.
    let fixedWidths: [Double?]
    private(set) var sheets: [XLSXBook.Sheet] = []
    private var rows: SheetRows
    /// Widest cell seen per column, in characters (capped at `Worksheet.widthCap`).
    private(set) var widths: [Int]

    /// Adds the first worksheet (and its header) at once, so sheets come in the order their series are made.
    init(name: String, header: [String], rowsPerSheet: Int, notes: [String] = [], fixedWidths: [Double?]? = nil,
         in book: XLSXBook) throws(OutputError) {
        self.name = name
        self.header = header
        self.notes = notes
        headerRow = notes.isEmpty ? 0 : notes.count + 1
        self.fixedWidths = fixedWidths ?? Array(repeating: nil, count: header.count)
        widths = header.map(Worksheet.width)
        rows = SheetRows(rowsPerSheet: rowsPerSheet, header: headerRow)
        try addSheet(in: book)
    }

    /// Where the next data row goes; starts a new worksheet (with its header) when the current one is full.
    mutating func nextRow(in book: XLSXBook) throws(OutputError) -> (XLSXBook.Sheet, Int) {
        if rows.next() { try addSheet(in: book) }
        return (sheets[sheets.count - 1], rows.last)
    }

    /// Column `column` is at least `characters` wide (up to the cap).
    @inline(__always)
    mutating func widen(_ column: Int, to characters: Int) {
        if characters > widths[column] { widths[column] = min(characters, Worksheet.widthCap) }
    }

    private mutating func addSheet(in book: XLSXBook) throws(OutputError) {
        let sheet = try book.addSheet(name, part: sheets.count + 1)
        let row = sheets.isEmpty ? headerRow : 0
        if sheets.isEmpty {
            // NB: constant-memory mode takes rows in order: the notes before the header.
            for (i, note) in notes.enumerated() { try book.text(sheet, row: i, column: 0, note, i == 0 ? book.header : nil) }
        }
        for (c, title) in header.enumerated() { try book.text(sheet, row: row, column: c, title, book.header) }
        sheets.append(sheet)
    }

    /// Sets widths, freezes the header and filters it, on every worksheet.
    func finish(in book: XLSXBook) throws(OutputError) {
        for (n, sheet) in sheets.enumerated() {
            let top = n == 0 ? headerRow : 0
            let last = n == sheets.count - 1 ? rows.last : rows.rowsPerSheet - 1
            for c in header.indices {
                // NB: a character of Calibri 11 is about one unit; two more leave room for the filter button.
                book.setWidth(sheet, column: c, fixedWidths[c] ?? Double(widths[c] + 2))
            }
            book.freeze(sheet, rows: top + 1)
            try book.autofilter(sheet, first: top, last: last, columns: header.count)
        }
    }
}
