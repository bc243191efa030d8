/// Writes one table as one Parquet file: `PAR1`, row groups as they fill, footer, `PAR1`.
///
///     let f = try ParquetFileWriter(path: "out/parquet/actions.parquet", schema: .actions,
///                                   codec: GzipCodec(), rowGroupRows: 100_000)
///     try f.write(rows)      // writes a row group each time 100,000 rows (or 4 MB) are buffered
///     try f.close()          // last row group, FileMetaData, u32 length, "PAR1"
final class ParquetFileWriter {
    static let magic: [UInt8] = Array("PAR1".utf8)

    private let sink: FileSink
    private let codec: GzipCodec?
    private let rowGroupRows: Int
    /// A row group also ends once its values take this many bytes, so a table of long
    /// texts keeps memory flat however many rows `rowGroupRows` allows.
    static let rowGroupBytes = 4 << 20
    private let descriptors: [ColumnDescriptor]
    private let rowGroup: RowGroupWriter
    private var rowGroups: [RowGroup] = []

    init(path: String, schema: TableSchema, codec: GzipCodec?, rowGroupRows: Int) throws(OutputError) {
        self.codec = codec
        self.rowGroupRows = rowGroupRows
        descriptors = schema.columns.map(ColumnDescriptor.init)
        rowGroup = RowGroupWriter(descriptors: descriptors, path: path)
        sink = try FileSink(path: path)
        try sink.write(Self.magic)
    }

    /// Appends rows; a row group is encoded and written as soon as it is full.
    func write(_ batch: RowBatch) throws(OutputError) {
        var start = 0
        while start < batch.rowCount {
            start = try rowGroup.fill(from: batch, start, maxRows: rowGroupRows, maxBytes: Self.rowGroupBytes)
            if rowGroup.rowCount >= rowGroupRows || rowGroup.bufferedBytes >= Self.rowGroupBytes {
                rowGroups.append(try rowGroup.flush(to: sink, codec: codec))
            }
        }
    }

    /// Writes the last row group and the footer, and closes the file.
    func close() throws(OutputError) {
        if rowGroup.rowCount > 0 { rowGroups.append(try rowGroup.flush(to: sink, codec: codec)) }
        let footer = FileMetaData(columns: descriptors, rowGroups: rowGroups).thriftBytes
        try sink.write(footer)
        try sink.write(withUnsafeBytes(of: UInt32(footer.count).littleEndian) { Array($0) })
        try sink.write(Self.magic)
        try sink.close()
    }
}
