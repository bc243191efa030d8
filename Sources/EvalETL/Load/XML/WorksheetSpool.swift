#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file holding one table's worksheet rows, already written as
/// SpreadsheetML `<Row>` elements, until the workbook is assembled.
///
///     let spool = try WorksheetSpool(path: "out/.workbook-actions.spool", rowsPerSheet: 1_048_575)
///     try spool.append(rowMarkup)    // <Row>…</Row>, from SpreadsheetML
///     try spool.closeForReading()
///     for sheet in 0..<spool.sheetCount { try spool.copyRows(ofSheet: sheet, to: workbook) }
///     spool.remove()
///
/// Rows are rendered as they arrive, so assembling the workbook only copies bytes
/// (file to file, in the kernel). The spool notes the byte offset where each full sheet's rows end.
final class WorksheetSpool {
    let path: String
    /// Data rows a worksheet holds (the header row not counted).
    let rowsPerSheet: Int
    private(set) var rowCount = 0
    /// NB: a plain file, not an `XMLStreamWriter`: the rows are XML already, and
    /// libxml2 would only copy them once more; the workbook itself goes through libxml2.
    private var sink: FileSink?
    private var sheetEnds: [Int] = []
    /// The spool opened for reading, its length, and where the next sheet's rows start.
    private var input: Int32 = -1
    private var length = 0
    private var position = 0

    init(path: String, rowsPerSheet: Int) throws(OutputError) {
        precondition(rowsPerSheet >= 1, "a sheet holds at least one row")
        self.path = path
        self.rowsPerSheet = rowsPerSheet
        sink = try FileSink(path: path)
    }

    deinit {
        if input >= 0 { close(input) }
    }

    /// Worksheets the rows fill: at least one, which may be empty.
    var sheetCount: Int { max(1, (rowCount + rowsPerSheet - 1) / rowsPerSheet) }

    /// Data rows on worksheet `sheet` (0-based).
    func rows(onSheet sheet: Int) -> Int { min(rowsPerSheet, rowCount - sheet * rowsPerSheet) }

    /// Appends one row already written as a `<Row>` element.
    func append(_ row: XMLMarkup) throws(OutputError) {
        guard let sink else { throw OutputError(path: path, "spool written after closeForReading()") }
        try sink.write(row.bytes)
        rowCount += 1
        if rowCount % rowsPerSheet == 0 { sheetEnds.append(sink.offset) }
    }

    /// Ends writing and reopens the spool from its start.
    func closeForReading() throws(OutputError) {
        guard let sink else { return }
        length = sink.offset
        // NB: a temporary file: no need to wait for the disk.
        try sink.close(sync: false)
        self.sink = nil
        input = open(path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            throw OutputError(path: path, "cannot reopen spool: \(FileSink.lastError())")
        }
    }

    /// Copies the rows of worksheet `sheet` (0-based, in order) into the workbook.
    func copyRows(ofSheet sheet: Int, to w: XMLStreamWriter) throws(OutputError) {
        guard input >= 0 else { throw OutputError(path: path, "spool read before closeForReading()") }
        let end = sheet < sheetEnds.count ? sheetEnds[sheet] : length
        guard end > position else { return }
        try w.copy(fromFile: input, offset: position, count: end - position, name: path)
        position = end
    }

    /// Closes and deletes the spool file.
    func remove() {
        if input >= 0 { close(input) }
        input = -1
        try? sink?.close(sync: false)
        sink = nil
        unlink(path)
    }
}
