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
    private var lines: [UInt8] = []

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

    public func write(_ rows: [[Value]], table: TableSchema) throws(OutputError) {
        guard let sink = sinks[table.name] else { return }
        // NB: the batch's lines in one buffer and one sink write, not a write per line.
        lines.removeAll(keepingCapacity: true)
        for row in rows {
            for (i, value) in row.enumerated() {
                if i > 0 { lines.append(UInt8(ascii: ",")) }
                appendCell(value, to: &lines)
            }
            lines.append(13)
            lines.append(10)
        }
        try sink.write(lines)
    }

    public func finish() throws(OutputError) -> [String] {
        for name in sinks.keys.sorted() { try sinks[name]!.close() }
        sinks = [:]
        return []
    }

    /// The cell's text, guarded and quoted as needed.
    func appendCell(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .null: return
        case .int(let i): out.appendDecimal(i)
        case .double(let d): out.append(contentsOf: Self.double(d).utf8)
        case .bool(let b): out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes)
        case .date(let d): out.appendISODate(d)
        case .string(let s): appendText(s, to: &out)
        case .list(let items): appendText(items.joined(separator: "; "), to: &out)
        }
    }

    func appendText(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            let guarded = options.formulaGuard && utf8.first.map(Self.isFormulaStart) == true
            let found = Self.quoting.withUnsafeBufferPointer { table in
                utf8.reduce(UInt8(0)) { $0 | table[Int($1)] }
            }
            let needsQuotes = found != 0
            let quotes = found & Self.quote != 0
            if needsQuotes { out.append(0x22) }
            if guarded { out.append(0x27) }
            if quotes {
                for b in utf8 {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
            } else {
                out.append(contentsOf: utf8)
            }
            if needsQuotes { out.append(0x22) }
        }
    }

    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)

    /// Whether a cell starting with `b` needs the formula guard: `=`, `+`, `-`, `@`, tab, CR.
    ///
    /// NB: a switch, not `Set.contains`, which hashes the byte for every cell.
    static func isFormulaStart(_ b: UInt8) -> Bool {
        switch b {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
    }

    /// A byte that makes the cell quoted: `,` LF CR, and `"` (which is also doubled).
    static let quoted: UInt8 = 1
    static let quote: UInt8 = 2

    /// The quoting classes of each byte value, so one pass over a cell decides its quoting.
    static let quoting: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x22: return quoted | quote
        case 0x2C, 0x0A, 0x0D: return quoted
        default: return 0
        }
    }

    /// Shortest text that reads back as the same double; `NaN`, `inf`, `-inf` spelled out.
    static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }
}
