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

    public func write(_ rows: [[Value]], table: TableSchema) throws(OutputError) {
        guard let sink = sinks[table.name] else { return }
        // NB: the batch's lines go straight into the sink's buffer: no copy, no sink call per line.
        try sink.append { out in
            // NB: cells read in place: `row[i]` copies each value (a retain and a release).
            rows.forEachRow { cells in
                for i in cells.indices {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    appendCell(cells[i], to: &out)
                }
                out.append(13)
                out.append(10)
            }
        }
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
        case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
        case .date(let d): out.appendISODate(d)
        case .string(let s): appendText(s, to: &out)
        case .list(let items): appendList(items, to: &out)
        }
    }

    func appendText(_ s: String, to out: inout [UInt8]) {
        ByteText.withUTF8(s) { utf8 in
            let guarded = options.formulaGuard && utf8.first.map(Self.isFormulaStart) == true
            let found = Self.quotingClasses(utf8)
            if found != 0 { out.append(0x22) }
            if guarded { out.append(0x27) }
            Self.appendBytes(utf8, doublingQuotes: found & Self.quote != 0, to: &out)
            if found != 0 { out.append(0x22) }
        }
    }

    /// List items as their `"; "`-joined text is written, without building that text.
    ///
    ///     ["ILO", "UN Women"]  ->  ILO; UN Women        ["a,b", "c"]  ->  "a,b; c"
    ///
    /// NB: `"; "` needs no quoting and is never a formula start, so the items' scans decide
    /// the quoting and the first item's first byte the guard (an empty first item gives `;`).
    func appendList(_ items: [String], to out: inout [UInt8]) {
        var found: UInt8 = 0
        var guarded = false
        for n in items.indices {
            ByteText.withUTF8(items[n]) { utf8 in
                if n == 0 { guarded = options.formulaGuard && utf8.first.map(Self.isFormulaStart) == true }
                found |= Self.quotingClasses(utf8)
            }
        }
        if found != 0 { out.append(0x22) }
        if guarded { out.append(0x27) }
        for n in items.indices {
            if n > 0 {
                out.append(UInt8(ascii: ";"))
                out.append(UInt8(ascii: " "))
            }
            ByteText.withUTF8(items[n]) { Self.appendBytes($0, doublingQuotes: found & Self.quote != 0, to: &out) }
        }
        if found != 0 { out.append(0x22) }
    }

    /// The bytes as they are, or with every `"` doubled.
    static func appendBytes(_ utf8: UnsafeBufferPointer<UInt8>, doublingQuotes: Bool, to out: inout [UInt8]) {
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

    /// A byte that makes the cell quoted: `,` LF CR, and `"` (which is also doubled).
    static let quoted: UInt8 = 1
    static let quote: UInt8 = 2

    /// The quoting classes some byte of the text has, so one pass over a cell decides its quoting.
    ///
    /// NB: bit operations without branches, which the compiler turns into checks of
    /// 16 bytes per instruction (a table lookup or a switch per byte costs several times more).
    static func quotingClasses(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var found: UInt8 = 0
        for i in 0..<utf8.count {
            let b = utf8[i]
            let doubled: UInt8 = b == 0x22 ? quoted | quote : 0
            let comma: UInt8 = b == 0x2C ? quoted : 0
            let lf: UInt8 = b == 0x0A ? quoted : 0
            let cr: UInt8 = b == 0x0D ? quoted : 0
            found |= doubled | comma | lf | cr
        }
        return found
    }

    /// Shortest text that reads back as the same double; `NaN`, `inf`, `-inf` spelled out.
    static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }
}
