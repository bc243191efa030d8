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
/// Rows are rendered as they arrive, so assembling the workbook only copies bytes.
/// The spool notes the byte offset where each full sheet's rows end.
final class WorksheetSpool {
    let path: String
    /// Data rows a worksheet holds (the header row not counted).
    let rowsPerSheet: Int
    private(set) var rowCount = 0
    private var writer: XMLStreamWriter?
    private var sheetEnds: [Int] = []
    private var input: UnsafeMutablePointer<FILE>?
    private var position = 0

    init(path: String, rowsPerSheet: Int) throws(OutputError) {
        precondition(rowsPerSheet >= 1, "a sheet holds at least one row")
        self.path = path
        self.rowsPerSheet = rowsPerSheet
        writer = try XMLStreamWriter(path: path, indent: nil)
    }

    deinit {
        if let input { fclose(input) }
    }

    /// Worksheets the rows fill: at least one, which may be empty.
    var sheetCount: Int { max(1, (rowCount + rowsPerSheet - 1) / rowsPerSheet) }

    /// Data rows on worksheet `sheet` (0-based).
    func rows(onSheet sheet: Int) -> Int { min(rowsPerSheet, rowCount - sheet * rowsPerSheet) }

    /// Appends one row already written as a `<Row>` element.
    func append(_ row: XMLMarkup) throws(OutputError) {
        guard let writer else { throw OutputError(path: path, "spool written after closeForReading()") }
        try writer.raw(row.bytes)
        rowCount += 1
        if rowCount % rowsPerSheet == 0 { sheetEnds.append(try writer.byteOffset()) }
        try writer.flushIfNeeded()
    }

    /// Ends writing and reopens the spool from its start.
    func closeForReading() throws(OutputError) {
        guard let writer else { return }
        try writer.close(fragment: true)
        self.writer = nil
        guard let f = fopen(path, "rb") else {
            throw OutputError(path: path, "cannot reopen spool: \(FileSink.lastError())")
        }
        input = f
    }

    /// Copies the rows of worksheet `sheet` (0-based, in order) into the workbook.
    func copyRows(ofSheet sheet: Int, to w: XMLStreamWriter) throws(OutputError) {
        guard let input else { throw OutputError(path: path, "spool read before closeForReading()") }
        let end = sheet < sheetEnds.count ? sheetEnds[sheet] : Int.max
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while position < end {
            let want = min(chunk.count, end - position)
            let got = chunk.withUnsafeMutableBytes { fread($0.baseAddress!, 1, want, input) }
            if got == 0 {
                if ferror(input) != 0 { throw OutputError(path: path, "cannot read spool: \(FileSink.lastError())") }
                if end == Int.max { return }
                throw OutputError(path: path, "spool file is truncated")
            }
            var failure: OutputError?
            chunk.withUnsafeBytes { b in
                do throws(OutputError) { try w.raw(UnsafeRawBufferPointer(rebasing: b[0..<got])) } catch { failure = error }
            }
            if let failure { throw failure }
            position += got
        }
    }

    /// Closes and deletes the spool file.
    func remove() {
        if let input { fclose(input) }
        input = nil
        try? writer?.close(fragment: true)
        writer = nil
        unlink(path)
    }
}
