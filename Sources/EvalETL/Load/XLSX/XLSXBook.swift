import CXlsxWriter
#if canImport(Glibc)
import Glibc
#endif

/// An .xlsx file written by libxlsxwriter in constant-memory mode: worksheets, cell formats, typed cells.
///
///     let book = try XLSXBook(path: "out/workbook.xlsx", tmpdir: "out")
///     let sheet = try book.addSheet("actions", part: 1)      // `actions (2)` for part 2
///     try book.text(sheet, row: 0, column: 0, "action_id", book.header)
///     try book.date(sheet, row: 1, column: 7, CalendarDate(year: 2021, month: 7, day: 31)!)
///     try book.close()                                         // the file exists from here on
///
/// Each worksheet streams its rows to a temporary file of its own, so rows must be
/// written in order within a sheet but sheets can be filled in any order (a sheet
/// added first can be filled last), and column widths, panes and filters can be set
/// until `close`. Strings are written inline (constant-memory mode keeps no shared
/// string table); libxlsxwriter escapes control characters as `_xHHHH_`.
final class XLSXBook {
    /// One worksheet of the book.
    struct Sheet {
        let name: String
        /// The table (or named sheet) it is a part of: `actions` for `actions (2)`.
        let series: String
        fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    }

    /// A cell format of the book (bold, a date's number format, wrapped, …).
    typealias Format = UnsafeMutablePointer<lxw_format>

    let path: String
    private var book: UnsafeMutablePointer<lxw_workbook>?
    /// NB: kept alive until `close`: the options hold a pointer to it.
    private let tmpdir: UnsafeMutablePointer<CChar>?
    /// A text's UTF-8 with a NUL after it, reused for every cell.
    private var cString: [UInt8] = []
    /// The worksheets' names so far, lower-cased.
    private var names = Set<String>()

    /// Bold: header cells, and the heading line of a note.
    private(set) var header: Format?
    /// `yyyy-mm-dd` dates.
    private(set) var dateFormat: Format?
    /// Long text wrapped within its column, aligned to the top.
    private(set) var wrap: Format?
    /// Top-aligned cells beside wrapped ones.
    private(set) var top: Format?
    /// A date beside wrapped text.
    private(set) var topDate: Format?
    /// A share shown as a percentage with one decimal.
    private(set) var percent: Format?

    /// NB: libxlsxwriter stamps the package's parts and `docProps/core.xml` with the
    /// creation time unless given one; a fixed one (the ZIP epoch, which it already
    /// uses for the parts' dates) keeps the same input giving the same bytes.
    static let created: time_t = 315_532_800

    init(path: String, tmpdir: String) throws(OutputError) {
        self.path = path
        self.tmpdir = strdup(tmpdir)
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: self.tmpdir,
                                           use_zip64: UInt8(LXW_TRUE.rawValue))
        guard let book = workbook_new_opt(path, &options) else {
            free(self.tmpdir)
            throw OutputError(path: path, "libxlsxwriter could not start a workbook")
        }
        self.book = book
        var properties = lxw_doc_properties()
        properties.created = Self.created
        workbook_set_properties(book, &properties)
        header = format { format_set_bold($0) }
        dateFormat = format { format_set_num_format($0, "yyyy-mm-dd") }
        wrap = format {
            format_set_text_wrap($0)
            format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        top = format { format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        topDate = format {
            format_set_num_format($0, "yyyy-mm-dd")
            format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        percent = format { format_set_num_format($0, "0.0%") }
    }

    deinit {
        // NB: a run that failed never reaches `close`: free everything without writing a file.
        if let book { lxw_workbook_free(book) }
        free(tmpdir)
    }

    private func format(_ set: (Format) -> Void) -> Format? {
        guard let f = workbook_add_format(book) else { return nil }
        set(f)
        return f
    }

    /// A new worksheet after the others: part `part` (1-based) of `table` (`Worksheet.name`).
    func addSheet(_ table: String, part: Int) throws(OutputError) -> Sheet {
        let name = Worksheet.name(table, part: part, used: &names)
        guard let book, let ws = workbook_add_worksheet(book, name) else {
            throw OutputError(path: path, "libxlsxwriter could not add the worksheet '\(name)'")
        }
        return Sheet(name: name, series: table, pointer: ws)
    }

    /// A text cell: NUL (which would end a C string) becomes U+FFFD, and text over Excel's
    /// 32,767 characters is cut; returns the characters it had when it was cut, else nil.
    @discardableResult
    func text(_ sheet: Sheet, row: Int, column: Int, _ utf8: UnsafeBufferPointer<UInt8>,
              _ format: Format? = nil) throws(OutputError) -> Int? {
        var bytes = utf8
        var cutFrom: Int?
        if let cut = Worksheet.cut(utf8) {
            bytes = UnsafeBufferPointer(rebasing: utf8[..<cut.keep])
            cutFrom = cut.characters
        }
        cString.removeAll(keepingCapacity: true)
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
            for b in bytes {
                if b == 0 { cString += [0xEF, 0xBF, 0xBD] } else { cString.append(b) }
            }
        } else {
            cString.append(contentsOf: bytes)
        }
        cString.append(0)
        let e = cString.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                worksheet_write_string(sheet.pointer, lxw_row_t(row), lxw_col_t(column), $0, format)
            }
        }
        try check(e, sheet, row, column)
        return cutFrom
    }

    @discardableResult
    func text(_ sheet: Sheet, row: Int, column: Int, _ s: String, _ format: Format? = nil) throws(OutputError) -> Int? {
        var s = s
        // NB: `withUTF8` rethrows untyped errors; the result carries the typed one out.
        let result = s.withUTF8 { utf8 in
            Result { () throws(OutputError) -> Int? in try text(sheet, row: row, column: column, utf8, format) }
        }
        return try result.get()
    }

    func number(_ sheet: Sheet, row: Int, column: Int, _ value: Double, _ format: Format? = nil) throws(OutputError) {
        try check(worksheet_write_number(sheet.pointer, lxw_row_t(row), lxw_col_t(column), value, format),
                  sheet, row, column)
    }

    func bool(_ sheet: Sheet, row: Int, column: Int, _ value: Bool, _ format: Format? = nil) throws(OutputError) {
        try check(worksheet_write_boolean(sheet.pointer, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, format),
                  sheet, row, column)
    }

    /// A date cell; a date with no right serial in Excel (`Worksheet.hasSerial`) as `YYYY-MM-DD` text.
    func date(_ sheet: Sheet, row: Int, column: Int, _ d: CalendarDate, _ format: Format? = nil) throws(OutputError) {
        guard Worksheet.hasSerial(d) else {
            try text(sheet, row: row, column: column, d.iso, format)
            return
        }
        var dt = lxw_datetime(year: Int32(d.year), month: Int32(d.month), day: Int32(d.day), hour: 0, min: 0, sec: 0)
        try check(worksheet_write_datetime(sheet.pointer, lxw_row_t(row), lxw_col_t(column), &dt, format ?? dateFormat),
                  sheet, row, column)
    }

    /// A column's width in characters (Excel's unit).
    func setWidth(_ sheet: Sheet, column: Int, _ width: Double) {
        _ = worksheet_set_column(sheet.pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
    }

    /// Rows above `row` stay in view while the rest scrolls.
    func freeze(_ sheet: Sheet, rows row: Int) {
        worksheet_freeze_panes(sheet.pointer, lxw_row_t(row), 0)
    }

    /// A filter on the header row `first` over rows `first...last` and columns `0..<columns`.
    func autofilter(_ sheet: Sheet, first: Int, last: Int, columns: Int) throws(OutputError) {
        let e = worksheet_autofilter(sheet.pointer, lxw_row_t(first), 0, lxw_row_t(max(first, last)),
                                     lxw_col_t(max(0, columns - 1)))
        try check(e, sheet, first, 0)
    }

    /// Writes the file: zips every part (the worksheets' rows from their temporary files).
    func close() throws(OutputError) {
        guard let book else { return }
        self.book = nil
        let e = workbook_close(book)
        guard e == LXW_NO_ERROR else {
            throw OutputError(path: path, "libxlsxwriter could not write the workbook: \(String(cString: lxw_strerror(e)))")
        }
    }

    private func check(_ e: lxw_error, _ sheet: Sheet, _ row: Int, _ column: Int) throws(OutputError) {
        guard e != LXW_NO_ERROR else { return }
        throw OutputError(path: path, "sheet '\(sheet.name)' row \(row + 1) column \(column + 1): "
                          + String(cString: lxw_strerror(e)))
    }
}
