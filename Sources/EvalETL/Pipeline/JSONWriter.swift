/// A JSON document written straight to a file, for `run.json`: no tree of values
/// in memory, so a report of 100,000 inputs costs no more than its bytes.
///
///     let j = try JSONWriter(path: "out/run.json")
///     try j.object { () throws(OutputError) in
///         try j.field("files_seen") { j.number(3) }
///         try j.field("formats") { () throws(OutputError) in try j.array(["csv"]) { j.string($0) } }
///     }
///     try j.close()
///
/// Pretty-printed with two-space indentation; the caller writes keys in sorted order.
final class JSONWriter {
    private let sink: FileSink
    private var bytes: [UInt8] = []
    private var depth = 0
    private var first = true

    init(path: String) throws(OutputError) {
        sink = try FileSink(path: path)
    }

    func close() throws(OutputError) {
        bytes.append(0x0A)
        try flush()
        try sink.close()
    }

    /// `{ … }`; `body` writes the fields.
    func object(_ body: () throws(OutputError) -> Void) throws(OutputError) {
        try container(open: "{", close: "}", body)
    }

    /// `{ … }` of `fields`, keys sorted, each value written by `value`.
    func object<V>(_ fields: [String: V], _ value: (V) -> Void) throws(OutputError) {
        try object { () throws(OutputError) in
            for key in fields.keys.sorted() { try field(key) { value(fields[key]!) } }
        }
    }

    /// `[ … ]` of `items`, each written by `element`.
    func array<S: Sequence>(_ items: S, _ element: (S.Element) throws(OutputError) -> Void) throws(OutputError) {
        try container(open: "[", close: "]") { () throws(OutputError) in
            for item in items {
                try next()
                try element(item)
            }
        }
    }

    /// `"key": value` inside an object.
    func field(_ key: String, _ value: () throws(OutputError) -> Void) throws(OutputError) {
        try next()
        string(key)
        bytes.append(contentsOf: ": ".utf8)
        try value()
    }

    func string(_ s: String) {
        // NB: escaped into a local buffer, one append to `bytes`: an append a byte to the
        // stored property costs an exclusivity check each.
        var out: [UInt8] = [0x22]
        ByteText.withUTF8(s) { utf8 in
            out.reserveCapacity(utf8.count + 2)
            for b in utf8 {
                switch b {
                case 0x22: out.append(contentsOf: #"\""#.utf8)
                case 0x5C: out.append(contentsOf: #"\\"#.utf8)
                case 0x0A: out.append(contentsOf: #"\n"#.utf8)
                case 0x0D: out.append(contentsOf: #"\r"#.utf8)
                case 0x09: out.append(contentsOf: #"\t"#.utf8)
                case ..<0x20:
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(Self.hex[Int(b >> 4)])
                    out.append(Self.hex[Int(b & 0xF)])
                default: out.append(b)
                }
            }
        }
        out.append(0x22)
        bytes.append(contentsOf: out)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    func number(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    /// A finite double in its shortest round-trip form; JSON has no NaN or infinity, so those are 0.
    func number(_ d: Double) { bytes.append(contentsOf: (d.isFinite ? d.shortestDecimal : "0").utf8) }

    func bool(_ b: Bool) { bytes.append(contentsOf: (b ? "true" : "false").utf8) }

    private func container(open: String, close: String, _ body: () throws(OutputError) -> Void) throws(OutputError) {
        bytes.append(contentsOf: open.utf8)
        depth += 1
        first = true
        try body()
        depth -= 1
        if !first { newline() }
        first = false
        bytes.append(contentsOf: close.utf8)
    }

    /// The separator before a field or element.
    private func next() throws(OutputError) {
        if !first { bytes.append(0x2C) }
        first = false
        newline()
        if bytes.count >= 1 << 16 { try flush() }
    }

    private func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    private func flush() throws(OutputError) {
        try sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
