/// The layout of the workbook's "Implementation" sheet: notes defining each measure, then the table.
///
///     Implementation of key actions, by office and by evaluation          <- notes (rows 1-7)
///     …
///     Level | Office | Evaluation | Period or year | Evaluations | Recommendations | … | Share completed | …
///     All offices |  |  |  | 12 | 80 | … | 41.7% | …
///     Office | MCO Kazakhstan | … 
///     Evaluation | MCO Kazakhstan | Mid-term review … | 2018-2021 | 1 | 7 | … | ev-7d95782…
enum ImplementationSheet {
    static let name = "Implementation"

    /// What each measure means; the first line is a heading.
    static let notes = [
        "Implementation of key actions, by office and by evaluation (evaluations with at least one recommendation)",
        "Key actions by status: the status the management response gives, in its canonical spelling; "
            + "'Other status' is one outside that vocabulary, 'No status' none at all.",
        "Actions counted (the denominator) = key actions minus those 'No Longer Applicable', "
            + "which are counted apart and left out of both shares, as UNDP's management-response indicators do.",
        "Share completed = 'Completed' key actions ÷ actions counted. Share overdue = key actions whose status "
            + "begins with 'Overdue' ÷ actions counted. Both are empty when no action is counted.",
        "Overdue is as the document states it on the date it was exported; it is not recomputed against today's date.",
        "Recommendations without key actions = recommendations with no key action listed. "
            + "Actions without a deadline = key actions with no deadline date, whatever their status.",
    ]

    static let header = ["Level", "Office", "Evaluation", "Period or year", "Evaluations", "Recommendations",
                         "Recommendations without key actions", "Key actions"]
        + ImplementationTally.statusColumns
        + ["Actions counted", "Share completed", "Share overdue", "Actions without a deadline", "Evaluation ID"]

    static let widths: [Double?] = [12, 28, 50, 14, 11, 11, 14, 10]
        + ImplementationTally.statusColumns.map { _ in 11 }
        + [11, 11, 11, 12, 22]

    /// The sheet's series (notes and header written at once), to be filled at the end of the run.
    static func start(in book: XLSXBook, rowsPerSheet: Int) throws(OutputError) -> SheetSeries {
        // NB: only the tests' tiny sheets (a few rows) have no room for the notes.
        let fits = rowsPerSheet > notes.count + 2
        return try SheetSeries(name: name, header: header, rowsPerSheet: rowsPerSheet, notes: fits ? notes : [],
                               fixedWidths: widths, in: book)
    }

    /// A cell of the table: text, a count, or a share shown as a percentage; nil text and shares stay empty.
    enum Cell { case text(String?), number(Int), share(Double?) }

    /// Writes the rows; a text cut to a cell's limit (an evaluation's title or office) is counted in `cuts`
    /// against its evaluation, an office row's against the first evaluation of that office.
    static func write(_ rows: [ImplementationTally.Row], to series: inout SheetSeries, in book: XLSXBook,
                      cuts: inout CutTally) throws(OutputError) {
        let evaluations = rows.filter { $0.level == .evaluation }
        let firstOfOffice = Dictionary(evaluations.map { ($0.office, $0.evaluationID) }) { first, _ in first }
        for r in rows {
            let (sheet, row) = try series.nextRow(in: book)
            let c = r.counts
            let office = r.office ?? (r.level == .office ? "(office not given)" : nil)
            let cells: [Cell] = [.text(r.level.rawValue), .text(office), .text(r.title), .text(r.period),
                                 .number(c.evaluations), .number(c.recommendations),
                                 .number(c.recommendationsWithoutActions), .number(c.actions)]
                + c.byStatus.map(Cell.number)
                + [.number(c.denominator), .share(c.shareCompleted), .share(c.shareOverdue),
                   .number(c.withoutDeadline), .text(r.evaluationID)]
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .text(let s?):
                    guard let cut = try book.text(sheet, row: row, column: column, s) else { continue }
                    cuts.add(series: sheet.series, sheet: sheet.name, row: row + 1, column: header[column],
                             characters: cut, id: r.evaluationID,
                             evaluationID: r.evaluationID ?? firstOfOffice[r.office, default: nil])
                case .number(let n): try book.number(sheet, row: row, column: column, Double(n))
                case .share(let d?): try book.number(sheet, row: row, column: column, d, book.percent)
                case .text(nil), .share(nil): break
                }
            }
        }
    }
}
