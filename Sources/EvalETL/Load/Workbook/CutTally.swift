/// Texts a workbook cut to a cell's limit, counted per evaluation, sheet series and column: one warning each.
///
///     var cuts = CutTally(file: "workbook.xlsx")
///     cuts.add(series: "Action tracker", sheet: "Action tracker", row: 2, column: "Recommendation",
///              characters: 40_000, row, of: .actions)
///     cuts.warnings     // one a key: `Worksheet.cutWarning`, at the first cut row's line (`RowBatch.lines`)
///
/// A sheet series is one table's worksheets (`actions`, `actions (2)`, …): its cuts count together.
/// NB: the Action tracker repeats a recommendation's text and its evaluation's title on every key-action
/// row, so one long text is cut once a row; the tally keeps one entry per evaluation, series and column.
struct CutTally {
    /// Where the cuts are: a sheet series' column, in the rows of one evaluation (or input file).
    private struct Key: Hashable {
        let series: String
        let column: String
        let sourceFile: String?
        let evaluationID: String?
    }

    /// What the warning says of a key's cuts.
    private struct Cuts {
        var rows: Int
        let firstSheet: String
        var lastSheet: String
        /// The first cut row (1-based, on `firstSheet`) and its id.
        let firstRow: Int
        let firstID: String?
        /// The first cut row's line in its input file, 0 when unknown.
        let firstLine: Int
        var longest: Int
    }

    /// What the warnings name as the output (`workbook.xlsx`, `workbook.xml`).
    let file: String
    /// The keys in the order first cut.
    private var order: [Key] = []
    private var cuts: [Key: Cuts] = [:]

    init(file: String) { self.file = file }

    /// Counts a cut of `row` (of `table`), on row `r` (1-based) of worksheet `sheet` of series `series`:
    /// the evaluation and line are the row's (`WriterWarning`), its id its first column's text;
    /// `line`, when given, instead of the row's (the Action tracker's recommendation text: its recommendation's).
    mutating func add(series: String, sheet: String, row r: Int, column: String, characters: Int,
                      _ row: RowBatch.Row, of table: TableSchema, line: Int? = nil) {
        let owner = WriterWarning("", row: row, of: table)
        add(series: series, sheet: sheet, row: r, column: column, characters: characters,
            id: row.count > 0 && row[0].kind == .string ? row.string(row[0]) : nil,
            sourceFile: owner.sourceFile, evaluationID: owner.evaluationID, line: line ?? owner.line)
    }

    /// Counts a cut on row `r` (1-based) of worksheet `sheet` of series `series`, of a row whose id is
    /// `id`, which belongs to the evaluation or input file given and comes from line `line` of it (0: unknown).
    mutating func add(series: String, sheet: String, row r: Int, column: String, characters: Int,
                      id: @autoclosure () -> String?, sourceFile: String? = nil, evaluationID: String?,
                      line: Int = 0) {
        let key = Key(series: series, column: column, sourceFile: sourceFile, evaluationID: evaluationID)
        guard var c = cuts[key] else {
            order.append(key)
            cuts[key] = Cuts(rows: 1, firstSheet: sheet, lastSheet: sheet, firstRow: r,
                             firstID: id().map { String($0.prefix(80)) }, firstLine: line, longest: characters)
            return
        }
        c.rows += 1
        c.lastSheet = sheet
        c.longest = max(c.longest, characters)
        cuts[key] = c
    }

    /// One warning per evaluation, sheet series and column cut, in the order first cut (`Worksheet.cutWarning`).
    var warnings: [WriterWarning] {
        order.map { key in
            let c = cuts[key]!
            let message = Worksheet.cutWarning(file, sheets: (c.firstSheet, c.lastSheet), column: key.column, rows: c.rows,
                                               firstRow: c.firstRow, id: c.firstID, longest: c.longest)
            return WriterWarning(message, sourceFile: key.sourceFile, evaluationID: key.evaluationID, line: c.firstLine)
        }
    }
}
