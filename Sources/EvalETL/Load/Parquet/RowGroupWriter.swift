/// Collects rows into one column chunk writer per leaf, then writes them as a row group.
///
///     let g = RowGroupWriter(descriptors: schema.columns.map(ColumnDescriptor.init), path: p)
///     try g.append([.string("a"), .int(1)])
///     let rowGroup = try g.flush(to: sink, codec: nil)   // chunks in schema leaf order
final class RowGroupWriter {
    let path: String
    private var columns: [ColumnChunkWriter]
    private(set) var rowCount = 0

    init(descriptors: [ColumnDescriptor], path: String) {
        self.path = path
        columns = descriptors.map { ColumnChunkWriter($0, path: path) }
    }

    /// Appends one row: one value per column, in schema order.
    func append(_ row: [Value]) throws(OutputError) {
        guard row.count == columns.count else {
            throw OutputError(path: path, "row has \(row.count) values, table has \(columns.count) columns")
        }
        for i in columns.indices { try columns[i].append(row[i]) }
        rowCount += 1
    }

    /// Writes every buffered chunk contiguously and resets for the next row group.
    func flush(to sink: ByteCountingSink, codec: GzipCodec?) throws(OutputError) -> RowGroup {
        let start = sink.offset
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
        return group
    }
}
