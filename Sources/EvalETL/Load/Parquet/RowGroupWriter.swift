/// Collects rows into one column chunk writer per leaf, then writes them as a row group.
///
///     let g = RowGroupWriter(descriptors: schema.columns.map(ColumnDescriptor.init), path: p)
///     try g.append([[.string("a"), .int(1)]], plainBytes: 9)
///     let rowGroup = try g.flush(to: sink, codec: nil)   // chunks in schema leaf order
final class RowGroupWriter {
    let path: String
    private var columns: [ColumnChunkWriter]
    private(set) var rowCount = 0
    /// About how many bytes the buffered values take as PLAIN (an upper bound for dictionary columns).
    private(set) var bufferedBytes = 0

    init(descriptors: [ColumnDescriptor], path: String) {
        self.path = path
        columns = descriptors.map { ColumnChunkWriter($0, path: path) }
    }

    /// Appends rows, each with one value per column in schema order, column by column;
    /// `plainBytes` is their values' PLAIN size, as `rowsToFill` measured it.
    ///
    /// NB: one column at a time keeps that column's buffers at hand for the whole batch,
    /// instead of visiting every column's buffers for each row.
    func append(_ rows: ArraySlice<[Value]>, plainBytes: Int) throws(OutputError) {
        for row in rows where row.count != columns.count {
            throw OutputError(path: path, "row has \(row.count) values, table has \(columns.count) columns")
        }
        for i in columns.indices {
            try columns[i].append(rows, column: i)
        }
        rowCount += rows.count
        bufferedBytes += plainBytes
    }

    /// How many of `rows` this group takes before it is full, and their values' PLAIN size:
    /// at least one row, and up to the first after which it holds `maxRows` rows or `maxBytes` bytes.
    func rowsToFill(from rows: ArraySlice<[Value]>, maxRows: Int, maxBytes: Int) -> (rows: Int, bytes: Int) {
        var count = rowCount
        var bytes = 0
        var taken = 0
        for row in rows {
            taken += 1
            count += 1
            for value in row { bytes += Self.plainSize(value) }
            if count >= maxRows || bufferedBytes + bytes >= maxBytes { break }
        }
        return (taken, bytes)
    }

    /// A value's PLAIN size: 4-byte length and bytes for text, the width for numbers.
    static func plainSize(_ value: Value) -> Int {
        switch value {
        case .null: return 0
        case .string(let s): return 4 + s.utf8.count
        case .list(let items): return items.reduce(0) { $0 + 4 + $1.utf8.count }
        case .int, .date: return 4
        case .double: return 8
        case .bool: return 1
        }
    }

    /// Writes every buffered chunk contiguously and resets for the next row group.
    func flush(to sink: FileSink, codec: GzipCodec?) throws(OutputError) -> RowGroup {
        let start = Int64(sink.offset)
        var chunks: [ColumnChunk] = []
        chunks.reserveCapacity(columns.count)
        for i in columns.indices {
            chunks.append(try columns[i].flush(to: sink, codec: codec))
            columns[i].reset()
        }
        let group = RowGroup(
            columns: chunks,
            totalByteSize: chunks.reduce(0) { $0 + $1.metaData.totalUncompressedSize },
            numRows: Int64(rowCount),
            fileOffset: start,
            totalCompressedSize: chunks.reduce(0) { $0 + $1.metaData.totalCompressedSize })
        rowCount = 0
        bufferedBytes = 0
        return group
    }
}
