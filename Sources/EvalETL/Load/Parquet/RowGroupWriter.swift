/// Collects rows into one column chunk writer per leaf, then writes them as a row group.
///
///     let g = RowGroupWriter(descriptors: schema.columns.map(ColumnDescriptor.init), path: p)
///     let next = try g.fill(from: batch, 0, maxRows: 100_000, maxBytes: 4 << 20)   // rows [.string("a"), .int(1)]
///     let rowGroup = try g.flush(to: sink, codec: nil)   // chunks in schema leaf order
final class RowGroupWriter {
    private var columns: [ColumnChunkWriter]
    private(set) var rowCount = 0
    /// About how many bytes the buffered values take as PLAIN (an upper bound for dictionary columns).
    private(set) var bufferedBytes = 0

    init(descriptors: [ColumnDescriptor], path: String) {
        columns = descriptors.map { ColumnChunkWriter($0, path: path) }
    }

    /// Appends the batch's rows from `start` until the group is full: at least one row, and up to the
    /// first after which it holds `maxRows` rows or `maxBytes` bytes (as PLAIN); returns the row after the last taken.
    ///
    /// NB: the rows go in a column at a time, which keeps that column's buffers at hand for the whole
    /// batch, instead of visiting every column's buffers for each row.
    func fill(from batch: RowBatch, _ start: Int, maxRows: Int, maxBytes: Int) throws(OutputError) -> Int {
        var end = start
        var bytes = 0
        batch.forEachRow(in: start..<batch.rowCount) { row in
            guard rowCount + (end - start) < maxRows && bufferedBytes + bytes < maxBytes || end == start else { return }
            end += 1
            for c in row.cells { bytes += Self.plainSize(c, row) }
        }
        for i in columns.indices {
            try columns[i].append(batch, start..<end, column: i)
        }
        rowCount += end - start
        bufferedBytes += bytes
        return end
    }

    static func plainSize(_ c: RowBatch.Cell, _ row: RowBatch.Row) -> Int {
        switch c.kind {
        case .null: return 0
        case .string: return 4 + Int(c.count)
        case .list: return row.items(c).reduce(0) { $0 + 4 + Int($1.count) }
        case .int, .date: return 4
        case .double: return 8
        case .bool: return 1
        }
    }

    /// Writes the buffered rows as one row group, a chunk per column in leaf order, and empties the buffers.
    func flush(to sink: FileSink, codec: GzipCodec?) throws(OutputError) -> RowGroup {
        let start = Int64(sink.offset)
        let chunks = try columns.indices.map { (i) throws(OutputError) in try columns[i].flush(to: sink, codec: codec) }
        let group = RowGroup(columns: chunks, numRows: Int64(rowCount), fileOffset: start)
        rowCount = 0
        bufferedBytes = 0
        return group
    }
}
