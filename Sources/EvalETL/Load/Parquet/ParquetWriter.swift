/// The Parquet output format: `<directory>/parquet/<table>.parquet` for every table, each
/// streamed a row group at a time (`ParquetFileWriter`).
///
/// Types: string → BYTE_ARRAY/STRING, int → INT32, double → DOUBLE, bool → BOOLEAN,
/// date → INT32/DATE, list → 3-level LIST of required STRING elements. GZIP by default.
public final class ParquetWriter: FormatWriter {
    public let format = OutputFormat.parquet
    private let options: PipelineConfig.ParquetOptions
    private var files: [String: ParquetFileWriter] = [:]

    public init(options: PipelineConfig.ParquetOptions) {
        self.options = options
    }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        let folder = directory + "/parquet"
        try OutputDirectory.makeFolder(folder)
        for table in tables {
            let codec = options.compression == .gzip ? try GzipCodec() : nil
            files[table.name] = try ParquetFileWriter(path: "\(folder)/\(table.name).parquet", schema: table,
                                                      codec: codec, rowGroupRows: options.rowGroupRows)
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        guard let file = files[batch.table.name] else {
            throw OutputError(path: batch.table.name, "parquet: table '\(batch.table.name)' was not passed to begin")
        }
        try file.write(batch)
    }

    public func finish() throws(OutputError) -> [WriterWarning] {
        for name in files.keys.sorted() { try files[name]!.close() }
        files = [:]
        return []
    }
}
