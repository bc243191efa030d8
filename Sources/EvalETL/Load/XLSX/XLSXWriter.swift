/// Writes `workbook.xlsx` (OpenXML) with libxlsxwriter: "Action tracker", "Implementation", then one sheet
/// per table (unless `xlsx.table_sheets: false`).
///
///     Action tracker   one row per key action, its evaluation and recommendation spelled out (`ActionTracker`)
///     Implementation   measures per office and per evaluation, defined in notes above them (`ImplementationSheet`)
///     evaluations … rejects   the contract's columns: numbers as numbers, dates as dates,
///                             booleans as booleans, lists joined with "; " (`Worksheet`)
///
/// Every sheet has a bold, frozen, filtered header row and set column widths. Rows
/// stream through libxlsxwriter's constant-memory mode (each worksheet to a
/// temporary file of its own, so the Implementation sheet, added second, is filled
/// by `finish()` from counts taken as rows passed). A sheet over `rowsPerSheet`
/// rows continues on `actions (2)`, … (added after the others); text over 32,767
/// characters is cut, with one warning per evaluation, sheet and column naming how many rows and the
/// first, with its line in its document (`CutTally`; the tracker's recommendation text: the recommendation's line).
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
    /// Each table's column indices by name (the tracker and the tally read them).
    private var columns: [String: [String: Int]] = [:]
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
        for t in tables { columns[t.name] = Dictionary(uniqueKeysWithValues: t.columns.enumerated().map { ($1.name, $0) }) }
        tracker = try ActionTracker(actions: tables.first { $0.name == "actions" } ?? .actions, rowsPerSheet: rowsPerSheet,
                                    in: book)
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
        let col = columns["evaluations", default: [:]]
        tracker?.forget()
        tally.forgetWaiting()
        batch.forEachRow { row in
            guard let id = string(row, col["evaluation_id"]) else { return }
            let title = string(row, col["title"]), office = string(row, col["office"])
            let period = ActionTracker.period(start: cell(row, col["period_start"], .int)?.int,
                                              end: cell(row, col["period_end"], .int)?.int,
                                              date: cell(row, col["evaluation_date"], .date)?.date)
            let handle = tally.evaluation(id: id, title: title, office: office, period: period)
            tracker?.evaluations[id] = .init(title: title, office: office, period: period, tally: handle,
                                             line: Int(row.line))
        }
    }

    /// Keeps what action rows need of each recommendation, and counts it.
    private func remember(recommendations batch: RowBatch) {
        let col = columns["recommendations", default: [:]]
        batch.forEachRow { row in
            guard let id = string(row, col["recommendation_id"]) else { return }
            var text = string(row, col["text"])
            if let title = string(row, col["title"]) { text = text.map { "\(title): \($0)" } ?? title }
            tracker?.recommendations[id] = .init(seq: cell(row, col["seq"], .int)?.int, text: text,
                                                 category: string(row, col["response_category"]), line: Int(row.line))
            if let e = string(row, col["evaluation_id"]).flatMap({ tracker?.evaluations[$0] }) {
                tally.recommendation(of: e.tally, actions: Int(cell(row, col["action_count"], .int)?.int ?? 0))
            }
        }
    }

    /// One tracker row per action, and its count in the tally.
    private func track(_ batch: RowBatch, in book: XLSXBook) throws(OutputError) {
        guard var tracker else { return }
        defer { self.tracker = tracker }
        let col = columns["actions", default: [:]], sources = tracker.sources
        try batch.forEachRow { (row) throws(OutputError) in
            let e = string(row, col["evaluation_id"]).flatMap { tracker.evaluations[$0] }
            let rec = string(row, col["recommendation_id"]).flatMap { tracker.recommendations[$0] }
            if let e {
                tally.action(of: e.tally, status: string(row, col["status"]),
                             overdue: cell(row, col["overdue"], .bool)?.bool == true,
                             hasDeadline: cell(row, col["deadline"], .date) != nil)
            }

            let (sheet, r) = try tracker.series.nextRow(in: book)
            for (c, field) in tracker.fields.enumerated() {
                let format = field.layout.wraps ? book.wrap : book.top
                if let i = sources[c] {
                    try cell(row[i], row, of: batch.table, sheet: sheet, row: r, column: c, header: tracker.series.header,
                             in: book, format: format, dateFormat: book.topDate)
                    continue
                }
                /// `s`, from the row of line `line` (its evaluation's or recommendation's).
                func text(_ s: String?, line: Int?) throws(OutputError) {
                    guard let s, let cut = try book.text(sheet, row: r, column: c, s, format) else { return }
                    cuts.add(series: sheet.series, sheet: sheet.name, row: r + 1, column: field.layout.title,
                             characters: cut, row, of: batch.table, line: line ?? 0)
                }
                switch field {
                case .evaluation: try text(e?.title, line: e?.line)
                case .office: try text(e?.office, line: e?.line)
                case .period: try text(e?.period, line: e?.line)
                case .recommendationSeq:
                    if let seq = rec?.seq { try book.number(sheet, row: r, column: c, Double(seq), format) }
                case .recommendation: try text(rec?.text, line: rec?.line)
                case .category: try text(rec?.category, line: rec?.line)
                default: break
                }
            }
        }
    }

    /// Column `i` of `row`, when the table has it and it holds a value of `kind`.
    private func cell(_ row: RowBatch.Row, _ i: Int?, _ kind: RowBatch.Cell.Kind) -> RowBatch.Cell? {
        guard let i, row[i].kind == kind else { return nil }
        return row[i]
    }

    private func string(_ row: RowBatch.Row, _ i: Int?) -> String? {
        cell(row, i, .string).map(row.string)
    }
}
