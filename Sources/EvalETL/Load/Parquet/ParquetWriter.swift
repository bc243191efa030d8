import Foundation

/// The Parquet output format: `<directory>/parquet/<table>.parquet` for every table.
///
///     let w = ParquetWriter(options: config.parquet)
///     try w.begin(tables: TableSchema.all, directory: "output")
///     try w.write(rows, table: .actions)     // streams; holds at most one row group per table
///     _ = try w.finish()
///
/// Types: string → BYTE_ARRAY/STRING, int → INT32, double → DOUBLE, bool → BOOLEAN,
/// date → INT32/DATE, list → 3-level LIST of required STRING elements. GZIP by default.
public final class ParquetWriter: FormatWriter {
    public let format = OutputFormat.parquet
    private let options: PipelineConfig.ParquetOptions
    private var files: [String: ParquetFileWriter] = [:]
    private var order: [String] = []

    public init(options: PipelineConfig.ParquetOptions) {
        self.options = options
    }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        let folder = (directory as NSString).appendingPathComponent("parquet")
        try OutputDirectory.makeFolder(folder)
        for table in tables {
            let path = (folder as NSString).appendingPathComponent("\(table.name).parquet")
            let codec: GzipCodec? = options.compression == .gzip ? try GzipCodec() : nil
            files[table.name] = try ParquetFileWriter(path: path, schema: table, codec: codec,
                                                      rowGroupRows: options.rowGroupRows)
            order.append(table.name)
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        let table = batch.table
        guard let file = files[table.name] else {
            throw OutputError(path: table.name, "parquet: table '\(table.name)' was not passed to begin")
        }
        guard file.schema == table else {
            throw OutputError(path: file.path, "parquet: schema of '\(table.name)' differs from begin")
        }
        try file.write(batch)
    }

    public func finish() throws(OutputError) -> [String] {
        for name in order {
            try files[name]?.close()
        }
        files = [:]
        order = []
        return []
    }
}
