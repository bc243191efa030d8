/// One writer per output format, with a stated lifecycle:
///
///     begin(tables:directory:) -> write(_ batch)* -> finish()
///
/// Rows reach `write` already in output order (`source_file`, then `seq`), a
/// batch of one table at a time (`RowBatch`: rows laid out as bytes, each row
/// checked against its table), interleaved across tables; a writer streams them to its
/// files and holds no more than a buffer (a Parquet row group, a worksheet spool).
/// Nothing a writer produces may be read before `finish` returns: the pipeline
/// writes into a temporary folder and swaps it in afterwards.
public protocol FormatWriter: AnyObject {
    /// The format's name in `pipeline.yml` (`csv`, `parquet`, `xml`, `xlsx`, `spreadsheetml`).
    var format: OutputFormat { get }
    /// Creates the format's files under `directory` (the run's output root).
    func begin(tables: [TableSchema], directory: String) throws(OutputError)
    /// Appends the batch's rows to its table's file.
    func write(_ batch: RowBatch) throws(OutputError)
    /// Completes and closes every file; returns warnings about values it had to change.
    func finish() throws(OutputError) -> [WriterWarning]
}

/// A value a writer had to change (text cut to fit a cell, characters XML forbids), and whose row it is in.
///
///     WriterWarning("workbook.xlsx: sheet 'actions' row 2 (ev-3f9a1c0b7d2e4a61-R01-A01), column text: …",
///                   row: row, of: .actions)           // evaluationID "ev-3f9a1c0b7d2e4a61", line 41: from the row
///
/// A writer knows rows, not files: the loader, which knows the file each evaluation came from,
/// reports the warning as that file's, at the row's line (`Loader.finish`: `sub/long.txt:41:1: warning: …`).
public struct WriterWarning: Sendable, Hashable {
    public var message: String
    /// The input file, when the row names it (`evaluations`, `rejects`: `source_file`).
    public var sourceFile: String?
    /// The row's evaluation; nil for a row of none (`stakeholders`) or a warning about no one row.
    public var evaluationID: String?
    /// The row's 1-based line in its input file (`RowBatch.lines`); 0 when unknown.
    public var line: Int

    public init(_ message: String, sourceFile: String? = nil, evaluationID: String? = nil, line: Int = 0) {
        self.message = message
        self.sourceFile = sourceFile
        self.evaluationID = evaluationID
        self.line = line
    }

    /// A warning about a value of `row`: its file and evaluation read from the row's own columns, its line the row's.
    init(_ message: String, row: RowBatch.Row, of table: TableSchema) {
        func string(_ column: String) -> String? {
            guard let i = table.index(of: column), row[i].kind == .string else { return nil }
            return row.string(row[i])
        }
        self.init(message, sourceFile: string("source_file"), evaluationID: string("evaluation_id"), line: Int(row.line))
    }
}

extension FormatWriter {
    /// Appends rows, each with one value per column of `table` (laid out first).
    public func write(_ rows: [[Value]], table: TableSchema) throws(OutputError) {
        let batch: RowBatch
        do { batch = try RowBatch(table, rows: rows) } catch { throw OutputError(error) }
        try write(batch)
    }
}

/// The output formats `pipeline.yml` can choose.
///
///     OutputFormat(rawValue: "xlsx") == .xlsx
///     OutputFormat(rawValue: "workbook") == .spreadsheetml   // the name before xlsx existed
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case csv, parquet, xml
    /// `workbook.xlsx` (OpenXML, libxlsxwriter).
    case xlsx
    /// `workbook.xml` (Excel XML Spreadsheet 2003); not written unless asked for.
    case spreadsheetml

    /// What a run writes when `pipeline.yml` names no `formats`.
    public static let defaults: [OutputFormat] = [.csv, .parquet, .xml, .xlsx]

    public init?(rawValue: String) {
        // NB: `workbook` named the SpreadsheetML file before there was an .xlsx; old configs keep working.
        let name = rawValue == "workbook" ? "spreadsheetml" : rawValue
        guard let format = Self.allCases.first(where: { $0.rawValue == name }) else { return nil }
        self = format
    }
}

/// A failure to write output: stops the run, the previous output is kept.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }

    /// A row that did not fit its table, met while loading: a bug in evaletl.
    init(_ mismatch: RowMismatch) {
        self.init(path: "evaletl", "internal error, please report: \(mismatch.message)")
    }
}
