/// Writes every table as RFC 4180 CSV: `csv/<table>.csv`, UTF-8, header row, CRLF.
///
///     evaluation_id,source_file,…,organizations,…
///     ev-3f9a…,000.txt,…,UN Women,…
///     ev-77c1…,003.txt,…,"ILO; UN Women",…      (lists joined with "; ")
///
/// Null is an empty cell. With `formulaGuard`, a cell starting with `=` `+` `-` `@`,
/// tab or CR gets a leading `'` so spreadsheets do not run it (OWASP CSV injection).
public final class CSVWriter: FormatWriter {
    public let format = OutputFormat.csv
    let options: PipelineConfig.CSVOptions
    private var sinks: [String: FileSink] = [:]

    public init(options: PipelineConfig.CSVOptions) {
        self.options = options
    }

    public func begin(tables: [TableSchema], directory: String) throws(OutputError) {
        let dir = directory + "/csv"
        try OutputDirectory.makeFolder(dir)
        for table in tables {
            let sink = try FileSink(path: "\(dir)/\(table.name).csv")
            if options.bom { try sink.write([0xEF, 0xBB, 0xBF]) }
            try sink.write(table.columns.map(\.name).joined(separator: ",") + "\r\n")
            sinks[table.name] = sink
        }
    }

    public func write(_ batch: RowBatch) throws(OutputError) {
        guard let sink = sinks[batch.table.name] else { return }
        // NB: the batch's lines go straight into the sink's buffer: no copy, no sink call per line.
        try sink.append { out in
            batch.forEachRow { row in
                for i in row.indices {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    appendCell(row[i], row, to: &out)
                }
                out.append(13)
                out.append(10)
            }
        }
    }

    public func finish() throws(OutputError) -> [WriterWarning] {
        for name in sinks.keys.sorted() { try sinks[name]!.close() }
        sinks = [:]
        return []
    }

    /// The cell's text, guarded and quoted as needed.
    func appendCell(_ c: RowBatch.Cell, _ row: RowBatch.Row, to out: inout [UInt8]) {
        switch c.kind {
        case .null: return
        case .int: out.appendDecimal(c.int)
        case .double: out.append(contentsOf: Self.double(c.double).utf8)
        case .bool: out.append(contentsOf: c.bool ? "true".utf8 : "false".utf8)
        case .date: out.appendISODate(c.date)
        case .string, .list: appendText(c, row, to: &out)
        }
    }

    /// A string, or a list's items as their `"; "`-joined text is written, without building that text.
    ///
    ///     ["ILO", "UN Women"]  ->  ILO; UN Women        ["a,b", "c"]  ->  "a,b; c"
    ///
    /// NB: `facts` come from the scan made when the row was laid out (`TextFacts`); a list's
    /// are those of all its items. `"; "` needs no quoting and is never a formula start, so the
    /// items' scans decide the quoting and the first item's first byte the guard (an empty first item gives `;`).
    func appendText(_ c: RowBatch.Cell, _ row: RowBatch.Row, to out: inout [UInt8]) {
        let isList = c.kind == .list
        let first = isList ? row.items(c).first.flatMap { row.text($0).first } : row.text(c).first
        let doublingQuotes = c.facts.contains(.csvQuote)
        let quoted = c.facts.contains(.csvQuoted)
        if quoted { out.append(0x22) }
        if options.formulaGuard && first.map(Self.isFormulaStart) == true { out.append(0x27) }
        if isList {
            for (n, item) in row.items(c).enumerated() {
                if n > 0 { out.append(contentsOf: "; ".utf8) }
                Self.append(row.text(item), doublingQuotes: doublingQuotes, to: &out)
            }
        } else {
            Self.append(row.text(c), doublingQuotes: doublingQuotes, to: &out)
        }
        if quoted { out.append(0x22) }
    }

    /// The bytes as they are, or with every `"` doubled.
    static func append(_ utf8: UnsafeBufferPointer<UInt8>, doublingQuotes: Bool, to out: inout [UInt8]) {
        guard doublingQuotes else {
            out.append(contentsOf: utf8)
            return
        }
        for b in utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
    }

    /// Whether a cell starting with `b` needs the formula guard: `=`, `+`, `-`, `@`, tab, CR.
    ///
    /// NB: a switch, not `Set.contains`, which hashes the byte for every cell.
    static func isFormulaStart(_ b: UInt8) -> Bool {
        switch b {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Shortest text that reads back as the same double; `NaN`, `inf`, `-inf` spelled out.
    static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.shortestDecimal
    }
}
