/// Rows of one table laid out once as bytes, which every writer then reads side by side.
///
///     var batch = RowBatch(.actions)
///     try batch.append(ActionRow(…), line: 41)        // a typed row (`TableRow`), checked against the table
///     try batch.append([.string("a"), .null, …])      // or values, one per column (tests, ad-hoc tables)
///     batch.forEachRow { row in … row[i].kind … row.text(row[i]) … row.line … }
///
///     cells  [ string 0..<10 | int 1 | null | list items 0..<2 | … ]   rowCount × columns, row by row
///     items  [ string 10..<13 | string 13..<21 | … ]                  list entries
///     text   "E1-R01-A01ILOUN Women…"                                 every text's UTF-8
///     lines  [ 41 | 0 | … ]                                           rowCount: each row's source line
///
/// A worker lays out a document's rows as it assembles them (`RowAssembler`);
/// the loader joins documents' batches with a copy of bytes; the writers read cells and bytes.
///
/// NB: the four writers read each batch at once, on their own threads. Rows of
/// `[Value]` made each of them retain and release every string, so every string's
/// reference count went from core to core four times; bytes are only read.
public struct RowBatch: Sendable, Equatable {
    public let table: TableSchema
    public private(set) var rowCount = 0
    private(set) var cells: [Cell] = []
    private(set) var items: [Cell] = []
    private(set) var text: [UInt8] = []
    /// Each row's 1-based line in its document (a recommendation's, an action's), 0 when unknown.
    ///
    /// NB: one number a row, so a writer's warning (a cut cell) can name the line (`WriterWarning.line`);
    /// part of `==`, so two batches that differ only in lines differ.
    public private(set) var lines: [UInt32] = []

    public init(_ table: TableSchema) {
        self.table = table
    }

    /// An empty batch of `other`'s table with room for as many cells, items and bytes as `other` holds.
    ///
    /// NB: the loader starts each batch like the last one, instead of growing it by doubling
    /// (a copy of everything so far at every step) as documents join it.
    public init(roomOf other: RowBatch) {
        self.init(other.table)
        cells.reserveCapacity(other.cells.count)
        items.reserveCapacity(other.items.count)
        text.reserveCapacity(other.text.count)
        lines.reserveCapacity(other.lines.count)
    }

    /// Makes room for `rows` more rows' cells (not their bytes).
    ///
    /// NB: a large batch grown by doubling holds its old and new cells at once.
    public mutating func reserve(rows: Int) {
        cells.reserveCapacity(cells.count + rows * table.columns.count)
        lines.reserveCapacity(lines.count + rows)
    }

    /// `rows`, each checked against `table` (`RowCheck`).
    public init(_ table: TableSchema, rows: [[Value]]) throws(RowMismatch) {
        self.init(table)
        for row in rows { try append(row) }
    }

    /// One cell: its kind, and its value or where its bytes or items are.
    ///
    /// NB: 16 bytes, no reference: copying one is a copy of bits. A text's facts are
    /// found as it is laid out, so no writer scans it again.
    struct Cell: Sendable, Equatable {
        enum Kind: UInt8, Sendable { case null, string, int, double, bool, date, list }

        var kind: Kind
        /// A string's `TextFacts`; a list's, of all its entries.
        var facts: TextFacts = []
        /// Bytes of a string, entries of a list.
        var count: UInt32
        /// string: offset in `text`; list: index in `items`; int, double, bool: the bits; date: year, month, day.
        var payload: UInt64

        static let null = Cell(kind: .null, count: 0, payload: 0)

        var int: Int32 { Int32(truncatingIfNeeded: payload) }
        var double: Double { Double(bitPattern: payload) }
        var bool: Bool { payload != 0 }
        var date: CalendarDate {
            CalendarDate(unchecked: Int(payload >> 16), Int(payload >> 8 & 0xFF), Int(payload & 0xFF))
        }
    }

    public var isEmpty: Bool { rowCount == 0 }

    /// Appends a row of this batch's table, each value laid straight into the batch; `line`: where in its
    /// document the row comes from (1-based, 0 when unknown).
    ///
    /// Throws, leaving the batch as it was, when a value is not of its column's type (`RowCheck`).
    public mutating func append<Row: TableRow>(_ row: Row, line: Int = 0) throws(RowMismatch) {
        assert(Row.Columns.table.name == table.name, "a row of the batch's table")
        let marks = (cells: cells.count, items: items.count, text: text.count)
        for i in 0..<table.columns.count {
            // NB: a column by its index (`rawValue`): `allCases` would be an array made per row.
            let v = row.value(Row.Columns(rawValue: i)!)
            do throws(RowMismatch) {
                try RowCheck.check(v, column: i, table: table)
            } catch {
                cells.removeSubrange(marks.cells...)
                items.removeSubrange(marks.items...)
                text.removeSubrange(marks.text...)
                throw error
            }
            cells.append(cell(v))
        }
        lines.append(UInt32(clamping: line))
        rowCount += 1
    }

    /// Appends a row: one value per column, each of its column's type or null; `line` as for a typed row.
    public mutating func append(_ row: [Value], line: Int = 0) throws(RowMismatch) {
        try RowCheck.validate(row, table: table)
        for v in row { cells.append(cell(v)) }
        lines.append(UInt32(clamping: line))
        rowCount += 1
    }

    /// Appends every row of `other` (a batch of the same table): its bytes and cells copied, offsets moved.
    public mutating func append(contentsOf other: RowBatch) {
        precondition(other.table.name == table.name, "batches of one table")
        let textBase = UInt64(text.count), itemBase = UInt64(items.count)
        cells.reserveCapacity(cells.count + other.cells.count)
        for var c in other.cells {
            switch c.kind {
            case .string: c.payload += textBase
            case .list: c.payload += itemBase
            default: break
            }
            cells.append(c)
        }
        items.reserveCapacity(items.count + other.items.count)
        for var item in other.items {
            item.payload += textBase
            items.append(item)
        }
        text += other.text
        lines += other.lines
        rowCount += other.rowCount
    }

    /// Appends rows `rows` of `other` (a batch of the same table): their cells, and the bytes they point to.
    ///
    ///     pending.append(contentsOf: document.actions, rows: 0..<2048)
    ///
    /// NB: how the loader hands on a document larger than a batch a slice at a time,
    /// instead of a copy of all its rows at once.
    public mutating func append(contentsOf other: RowBatch, rows: Range<Int>) {
        precondition(other.table.name == table.name, "batches of one table")
        precondition(rows.lowerBound >= 0 && rows.upperBound <= other.rowCount, "rows of the batch")
        if rows == 0..<other.rowCount { return append(contentsOf: other) }
        cells.reserveCapacity(cells.count + rows.count * table.columns.count)
        other.forEachRow(in: rows) { row in
            for i in row.indices {
                let c = row[i]
                var moved = c
                switch c.kind {
                case .string:
                    moved.payload = UInt64(text.count)
                    text.append(contentsOf: row.text(c))
                case .list:
                    moved.payload = UInt64(items.count)
                    for var item in row.items(c) {
                        let bytes = row.text(item)
                        item.payload = UInt64(text.count)
                        text.append(contentsOf: bytes)
                        items.append(item)
                    }
                default: break
                }
                cells.append(moved)
            }
        }
        lines += other.lines[rows]
        rowCount += rows.count
    }

    /// The value of row `row`, column `column`, rebuilt (for tests, messages and rare paths).
    public func value(row: Int, column: Int) -> Value {
        var value = Value.null
        forEachRow(in: row..<row + 1) { value = $0.value(column) }
        return value
    }

    /// Every row as values (for tests).
    public var rows: [[Value]] {
        (0..<rowCount).map { r in (0..<table.columns.count).map { value(row: r, column: $0) } }
    }

    /// Calls `body` with rows `range` in order, read in place.
    @inline(__always)
    func forEachRow<E: Error>(in range: Range<Int>? = nil, _ body: (Row) throws(E) -> Void) throws(E) {
        let width = table.columns.count
        try cells.withUnsafeBufferPointer { (cells) throws(E) in
            try items.withUnsafeBufferPointer { (items) throws(E) in
                try text.withUnsafeBufferPointer { (bytes) throws(E) in
                    try lines.withUnsafeBufferPointer { (lines) throws(E) in
                        for r in range ?? 0..<rowCount {
                            try body(Row(cells: UnsafeBufferPointer(rebasing: cells[r * width..<(r + 1) * width]),
                                         items: items, bytes: bytes, line: lines[r]))
                        }
                    }
                }
            }
        }
    }

    /// One row's cells, with the batch's items and bytes they point into.
    struct Row {
        let cells: UnsafeBufferPointer<Cell>
        let items: UnsafeBufferPointer<Cell>
        /// The batch's text bytes.
        let bytes: UnsafeBufferPointer<UInt8>
        /// The row's 1-based line in its document, 0 when unknown.
        let line: UInt32

        var count: Int { cells.count }
        var indices: Range<Int> { 0..<cells.count }
        subscript(i: Int) -> Cell { cells[i] }

        /// A string cell's UTF-8.
        @inline(__always)
        func text(_ c: Cell) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(c.payload)..<Int(c.payload) + Int(c.count)])
        }

        /// A list cell's entries (string cells).
        @inline(__always)
        func items(_ c: Cell) -> UnsafeBufferPointer<Cell> {
            UnsafeBufferPointer(rebasing: items[Int(c.payload)..<Int(c.payload) + Int(c.count)])
        }

        func string(_ c: Cell) -> String { String(decoding: text(c), as: UTF8.self) }

        /// Column `i` as a `Value`.
        func value(_ i: Int) -> Value {
            let c = cells[i]
            switch c.kind {
            case .null: return .null
            case .string: return .string(string(c))
            case .int: return .int(c.int)
            case .double: return .double(c.double)
            case .bool: return .bool(c.bool)
            case .date: return .date(c.date)
            case .list: return .list(items(c).map(string))
            }
        }
    }

    private mutating func cell(_ v: Value) -> Cell {
        switch v {
        case .null: return .null
        case .string(let s): return textCell(s)
        case .int(let i): return Cell(kind: .int, count: 0, payload: UInt64(UInt32(bitPattern: i)))
        case .double(let d): return Cell(kind: .double, count: 0, payload: d.bitPattern)
        case .bool(let b): return Cell(kind: .bool, count: 0, payload: b ? 1 : 0)
        case .date(let d):
            return Cell(kind: .date, count: 0, payload: UInt64(d.year) << 16 | UInt64(d.month) << 8 | UInt64(d.day))
        case .list(let entries):
            var list = Cell(kind: .list, count: UInt32(entries.count), payload: UInt64(items.count))
            for e in entries {
                let item = textCell(e)
                list.facts.formUnion(item.facts)
                items.append(item)
            }
            return list
        }
    }

    private mutating func textCell(_ s: String) -> Cell {
        ByteText.withUTF8(s) { textCell($0) }
    }

    private mutating func textCell(_ utf8: UnsafeBufferPointer<UInt8>) -> Cell {
        precondition(utf8.count <= Int(UInt32.max), "a text under 4 GiB")
        let offset = UInt64(text.count)
        text.append(contentsOf: utf8)
        return Cell(kind: .string, facts: TextFacts(utf8), count: UInt32(utf8.count), payload: offset)
    }
}
