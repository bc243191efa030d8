/// Writes `workbook.xlsx` (OpenXML) with libxlsxwriter: "Action tracker", "Implementation", then one sheet
/// per table (unless `xlsx.table_sheets: false`).
///
///     Action tracker   one row per key action, its evaluation and recommendation spelled out (`ActionTracker`)
///     Implementation   measures per office and per evaluation, defined in notes above them (`ImplementationSheet`)
///     evaluations … rejects   the contract's columns: numbers as numbers, dates as dates,
///                             booleans as booleans, lists joined with "; " (`Worksheet`)
///
/// Every sheet has a bold, frozen, filtered header row and set column widths. Rows stream
/// (`XLSXBook`), so the Implementation sheet, added second, is filled by `finish()` from counts
/// taken as rows passed. A sheet over `rowsPerSheet` rows continues on `actions (2)`, … (added
/// after the others); text over 32,767 characters is cut, with one warning per evaluation, sheet
/// and column (`CutTally`).
public final class XLSXWriter: FormatWriter {
    public let format = OutputFormat.xlsx
    /// Rows a worksheet holds, header included (Excel 2007+: 1,048,576).
    let rowsPerSheet: Int
    let options: PipelineConfig.XLSXOptions
    private var book: XLSXBook?
    private var tracker: ActionTracker?
    private var implementation: SheetSeries?
    private var tally = ImplementationTally()
    /// The table sheets, in the order of the tables.
    private var sheets: [SheetSeries] = []
    /// Texts cut to a cell's limit, for the warnings.
    private var cuts = CutTally(file: fileName)
    /// A list's items joined (`Worksheet.join`).
    private var joined: [UInt8] = []

    static let fileName = "workbook.xlsx"

    public init(options: PipelineConfig.XLSXOptions = .init(), rowsPerSheet: Int = Worksheet.maxRows) {
        self.options = options
        self.rowsPerSheet = rowsPerSheet
    }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        let book = try XLSXBook(path: "\(directory)/\(Self.fileName)", tmpdir: directory)
        self.book = book
        tracker = try ActionTracker(rowsPerSheet: rowsPerSheet, in: book)
        implementation = try ImplementationSheet.start(in: book, rowsPerSheet: rowsPerSheet)
        for table in tables where options.tableSheets {
            sheets.append(try SheetSeries(name: table.name, header: table.columns.map(\.name), rowsPerSheet: rowsPerSheet,
                                          in: book))
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        guard let book else { return }
        switch batch.table.name {
        case "evaluations": remember(evaluations: batch)
        case "recommendations": remember(recommendations: batch)
        case "actions": try track(batch, in: book)
        default: break
        }
        guard let s = sheets.firstIndex(where: { $0.name == batch.table.name }) else { return }
        var series = sheets[s]
        try batch.forEachRow { (row) throws(OutputError) in
            let (sheet, r) = try series.nextRow(in: book)
            for c in row.indices {
                guard let width = try cell(row[c], row, of: batch.table, sheet: sheet, row: r, column: c,
                                           header: series.header, in: book) else { continue }
                series.widen(c, to: width)
            }
        }
        sheets[s] = series
    }

    public func finish() throws(OutputError) -> [WriterWarning] {
        guard let book else { return cuts.warnings }
        if var implementation {
            try ImplementationSheet.write(tally.rows, to: &implementation, in: book, cuts: &cuts)
            try implementation.finish(in: book)
        }
        try tracker?.series.finish(in: book)
        for series in sheets { try series.finish(in: book) }
        try book.close()
        self.book = nil
        return cuts.warnings
    }

    // MARK: Table sheets

    /// Writes one cell as its type asks (dates in `dateFormat`, the rest in `format`); returns the
    /// characters the column's width counts, or nil for none.
    @discardableResult
    private func cell(_ c: RowBatch.Cell, _ row: RowBatch.Row, of table: TableSchema, sheet: XLSXBook.Sheet,
                      row r: Int, column: Int, header: [String], in book: XLSXBook,
                      format: XLSXBook.Format? = nil, dateFormat: XLSXBook.Format? = nil) throws(OutputError) -> Int? {
        func text(_ utf8: UnsafeBufferPointer<UInt8>) throws(OutputError) -> Int {
            if let cut = try book.text(sheet, row: r, column: column, utf8, format) {
                cuts.add(series: sheet.series, sheet: sheet.name, row: r + 1, column: header[column], characters: cut,
                         row, of: table)
            }
            return Worksheet.width(utf8, c.facts, cap: Worksheet.widthCap)
        }
        switch c.kind {
        case .null: return nil
        case .int:
            try book.number(sheet, row: r, column: column, Double(c.int), format)
            return 6
        case .double:
            let d = c.double
            guard d.isFinite else {
                try book.text(sheet, row: r, column: column, CSVWriter.double(d), format)
                return 4
            }
            try book.number(sheet, row: r, column: column, d, format)
            return min(d.shortestDecimal.utf8.count, Worksheet.widthCap)
        case .bool:
            try book.bool(sheet, row: r, column: column, c.bool, format)
            return 5
        case .date:
            try book.date(sheet, row: r, column: column, c.date, dateFormat)
            return 10
        case .string:
            return try text(row.text(c))
        case .list:
            guard c.count > 0 else { return nil }
            Worksheet.join(c, of: row, into: &joined)
            return try joined.withUnsafeBufferPointer { (utf8) throws(OutputError) -> Int in try text(utf8) }
        }
    }

    // MARK: Action tracker and implementation measures

    /// Keeps what action rows need of each evaluation, and starts its tally.
    private func remember(evaluations batch: RowBatch) {
        tracker?.forget()
        tally.forgetWaiting()
        batch.forEachRow { row in
            guard let e = ImplementationTally.Evaluation(row) else { return }
            tracker?.evaluations[e.id] = .init(title: e.title, office: e.office, period: e.period, tally: tally.add(e),
                                               line: Int(row.line))
        }
    }

    /// Keeps what action rows need of each recommendation, and counts it.
    private func remember(recommendations batch: RowBatch) {
        batch.forEachRow { row in
            guard let id = row.string(RecommendationColumn.recommendationID) else { return }
            var text = row.string(RecommendationColumn.text)
            if let title = row.string(RecommendationColumn.title) { text = text.map { "\(title): \($0)" } ?? title }
            tracker?.recommendations[id] = .init(seq: row.cell(RecommendationColumn.seq, .int)?.int, text: text,
                                                 category: row.string(RecommendationColumn.responseCategory),
                                                 line: Int(row.line))
            if let e = row.string(RecommendationColumn.evaluationID).flatMap({ tracker?.evaluations[$0] }) {
                tally.recommendation(of: e.tally, row)
            }
        }
    }

    /// One tracker row per action, and its count in the tally.
    private func track(_ batch: RowBatch, in book: XLSXBook) throws(OutputError) {
        guard var tracker else { return }
        defer { self.tracker = tracker }
        try batch.forEachRow { (row) throws(OutputError) in
            let e = row.string(ActionColumn.evaluationID).flatMap { tracker.evaluations[$0] }
            let rec = row.string(ActionColumn.recommendationID).flatMap { tracker.recommendations[$0] }
            if let e { tally.action(of: e.tally, row) }

            let (sheet, r) = try tracker.series.nextRow(in: book)
            for (c, column) in ActionTracker.columns.enumerated() {
                let format = column.wraps ? book.wrap : book.top
                /// `s`, from the row of line `line` (its evaluation's or recommendation's).
                func text(_ s: String?, line: Int?) throws(OutputError) {
                    guard let s, let cut = try book.text(sheet, row: r, column: c, s, format) else { return }
                    cuts.add(series: sheet.series, sheet: sheet.name, row: r + 1, column: column.title,
                             characters: cut, row, of: batch.table, line: line ?? 0)
                }
                switch column.source {
                case .action(let source):
                    try cell(row[source.rawValue], row, of: batch.table, sheet: sheet, row: r, column: c,
                             header: tracker.series.header, in: book, format: format, dateFormat: book.topDate)
                case .title: try text(e?.title, line: e?.line)
                case .office: try text(e?.office, line: e?.line)
                case .period: try text(e?.period, line: e?.line)
                case .recommendationSeq:
                    if let seq = rec?.seq { try book.number(sheet, row: r, column: c, Double(seq), format) }
                case .recommendation: try text(rec?.text, line: rec?.line)
                case .category: try text(rec?.category, line: rec?.line)
                }
            }
        }
    }
}
