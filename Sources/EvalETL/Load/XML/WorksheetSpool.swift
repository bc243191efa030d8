import Foundation

/// A temporary file holding one table's worksheet cells until the workbook is assembled.
///
///     let spool = try WorksheetSpool(path: "out/.workbook-actions.spool", columns: 11)
///     try spool.append([.string("E1-R01-A01"), .number("1"), .empty, …])
///     try spool.closeForReading()
///     while let row = try spool.nextRow() { … }
///     spool.remove()
///
/// Record layout, per cell: a kind byte, then for text kinds a little-endian
/// UInt32 byte count and the UTF-8 bytes. Rows are `columns` cells in a row.
final class WorksheetSpool {
    let path: String
    let columns: Int
    private(set) var rowCount = 0
    private var sink: FileSink?
    private var pending: [UInt8] = []
    private var input: UnsafeMutablePointer<FILE>?
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var chunkStart = 0
    private var chunkEnd = 0

    private enum Kind: UInt8 {
        case empty = 0, string, number, date, boolTrue, boolFalse
    }

    init(path: String, columns: Int) throws(OutputError) {
        self.path = path
        self.columns = columns
        sink = try FileSink(path: path)
    }

    deinit {
        if let input { fclose(input) }
    }

    /// Appends a row of `columns` cells.
    func append(_ row: [WorkbookCell]) throws(OutputError) {
        for cell in row {
            switch cell {
            case .empty: pending.append(Kind.empty.rawValue)
            case .bool(let b): pending.append((b ? Kind.boolTrue : Kind.boolFalse).rawValue)
            case .string(let s): appendText(.string, s)
            case .number(let s): appendText(.number, s)
            case .date(let s): appendText(.date, s)
            }
        }
        rowCount += 1
        if pending.count >= 1 << 16 {
            try sink?.write(pending)
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// Ends writing and reopens the spool from its start.
    func closeForReading() throws(OutputError) {
        try sink?.write(pending)
        pending = []
        try sink?.close()
        sink = nil
        guard let f = fopen(path, "rb") else {
            throw OutputError(path: path, "cannot reopen spool: \(FileSink.lastError())")
        }
        input = f
    }

    /// The next row, or nil after the last.
    func nextRow() throws(OutputError) -> [WorkbookCell]? {
        guard try fill(1) else { return nil }
        var row: [WorkbookCell] = []
        row.reserveCapacity(columns)
        for _ in 0..<columns {
            guard try fill(1), let kind = Kind(rawValue: chunk[chunkStart]) else { throw corrupt() }
            chunkStart += 1
            switch kind {
            case .empty: row.append(.empty)
            case .boolTrue: row.append(.bool(true))
            case .boolFalse: row.append(.bool(false))
            case .string: row.append(.string(try readText()))
            case .number: row.append(.number(try readText()))
            case .date: row.append(.date(try readText()))
            }
        }
        return row
    }

    /// Closes and deletes the spool file.
    func remove() {
        if let input { fclose(input) }
        input = nil
        try? sink?.close()
        sink = nil
        unlink(path)
    }

    private func appendText(_ kind: Kind, _ s: String) {
        pending.append(kind.rawValue)
        let count = UInt32(s.utf8.count)
        withUnsafeBytes(of: count.littleEndian) { pending.append(contentsOf: $0) }
        pending.append(contentsOf: s.utf8)
    }

    private func readText() throws(OutputError) -> String {
        guard try fill(4) else { throw corrupt() }
        var count = 0
        for i in 0..<4 { count |= Int(chunk[chunkStart + i]) << (8 * i) }
        chunkStart += 4
        if count <= chunk.count {
            guard try fill(count) else { throw corrupt() }
            let s = String(decoding: chunk[chunkStart..<chunkStart + count], as: UTF8.self)
            chunkStart += count
            return s
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            guard try fill(1) else { throw corrupt() }
            let take = min(count - bytes.count, chunkEnd - chunkStart)
            bytes.append(contentsOf: chunk[chunkStart..<chunkStart + take])
            chunkStart += take
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Makes at least `n` (≤ chunk size) unread bytes available; false at end of file.
    private func fill(_ n: Int) throws(OutputError) -> Bool {
        if chunkEnd - chunkStart >= n { return true }
        guard let input else { throw OutputError(path: path, "spool read before closeForReading()") }
        let left = chunkEnd - chunkStart
        if left > 0 {
            chunk.withUnsafeMutableBytes { raw in
                let base = raw.baseAddress!
                memmove(base, base + chunkStart, left)
            }
        }
        chunkStart = 0
        chunkEnd = left
        while chunkEnd < n {
            let got = chunk.withUnsafeMutableBytes { raw in
                fread(raw.baseAddress! + chunkEnd, 1, raw.count - chunkEnd, input)
            }
            if got == 0 {
                if ferror(input) != 0 { throw OutputError(path: path, "cannot read spool: \(FileSink.lastError())") }
                return false
            }
            chunkEnd += got
        }
        return true
    }

    private func corrupt() -> OutputError { OutputError(path: path, "spool file is truncated") }
}
