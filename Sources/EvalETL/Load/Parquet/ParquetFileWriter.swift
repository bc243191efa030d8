/// Writes one table as one Parquet file: `PAR1`, row groups as they fill, footer, `PAR1`.
///
///     let f = try ParquetFileWriter(path: "out/parquet/actions.parquet", schema: .actions,
///                                   codec: GzipCodec(), rowGroupRows: 100_000)
///     try f.write(rows)      // writes a row group each time 100,000 rows (or 4 MB) are buffered
///     try f.close()          // last row group, FileMetaData, u32 length, "PAR1"
final class ParquetFileWriter {
    static let magic: [UInt8] = Array("PAR1".utf8)
    static let createdBy = "evaletl version \(Build.version) (build 1)"

    let path: String
    let schema: TableSchema
    private let sink: FileSink
    private let codec: GzipCodec?
    private let rowGroupRows: Int
    /// A row group also ends once its values take this many bytes, so a table of long
    /// texts keeps memory flat however many rows `rowGroupRows` allows.
    static let rowGroupBytes = 4 << 20
    private let descriptors: [ColumnDescriptor]
    private let rowGroup: RowGroupWriter
    private var rowGroups: [RowGroup] = []
    private var numRows: Int64 = 0

    init(path: String, schema: TableSchema, codec: GzipCodec?, rowGroupRows: Int) throws(OutputError) {
        guard rowGroupRows > 0 else { throw OutputError(path: path, "rowGroupRows must be positive") }
        self.path = path
        self.schema = schema
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
            let fill = rowGroup.rowsToFill(from: batch, start, maxRows: rowGroupRows, maxBytes: Self.rowGroupBytes)
            let end = start + fill.rows
            try rowGroup.append(batch, start..<end, plainBytes: fill.bytes)
            if rowGroup.rowCount >= rowGroupRows || rowGroup.bufferedBytes >= Self.rowGroupBytes {
                try flushRowGroup()
            }
            start = end
        }
    }

    /// Writes the last row group and the footer, and closes the file.
    func close() throws(OutputError) {
        if rowGroup.rowCount > 0 { try flushRowGroup() }
        let footer = FileMetaData(schema: schemaElements(), numRows: numRows, rowGroups: rowGroups,
                                  createdBy: Self.createdBy, leafCount: descriptors.count).thriftBytes
        try sink.write(footer)
        try sink.write(withUnsafeBytes(of: UInt32(footer.count).littleEndian) { Array($0) })
        try sink.write(Self.magic)
        try sink.close()
    }

    private func flushRowGroup() throws(OutputError) {
        numRows += Int64(rowGroup.rowCount)
        rowGroups.append(try rowGroup.flush(to: sink, codec: codec))
    }

    /// The flattened schema: root `schema`, then each column's nodes depth-first.
    private func schemaElements() -> [SchemaElement] {
        [SchemaElement(name: "schema", numChildren: Int32(descriptors.count))]
            + descriptors.flatMap(\.schemaElements)
    }
}
