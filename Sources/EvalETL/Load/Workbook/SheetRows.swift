/// Where a table's next row goes, on as many worksheets as its rows need: each holds `rowsPerSheet` rows,
/// its header included (`Worksheet.maxRows`), and a full one continues on the next (`actions (2)`, …).
///
///     var rows = SheetRows(rowsPerSheet: 3)     // the first worksheet, its header at row 0
///     rows.next()                               // false: row 1
///     rows.next()                               // false: row 2
///     rows.next()                               // true: a new worksheet (the caller starts it, header at row 0); row 1
struct SheetRows {
    let rowsPerSheet: Int
    /// The current worksheet's last row taken (0-based); its header row before any.
    private(set) var last: Int

    /// `header`: the first worksheet's header row (the rows above it hold notes).
    init(rowsPerSheet: Int, header: Int = 0) {
        precondition(rowsPerSheet > header + 1, "room for a data row under the header")
        self.rowsPerSheet = rowsPerSheet
        last = header
    }

    /// Takes the next row; true when it starts a new worksheet.
    @inline(__always)
    mutating func next() -> Bool {
        let full = last + 1 >= rowsPerSheet
        last = full ? 1 : last + 1
        return full
    }
}
