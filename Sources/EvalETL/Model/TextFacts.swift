/// What the writers must know about a text, from one pass over its UTF-8 bytes.
///
///     TextFacts("Tom & Jerry").contains(.xmlEscape)     // through xmlEncodeSpecialChars
///     TextFacts("a\u{1}b").contains(.suspect)           // through XMLText.sanitize first
///     TextFacts("a,b").contains(.csvQuoted)             // quoted in CSV
///     TextFacts("plain text") == []                     // copied as it is, everywhere
///
/// `RowBatch` takes them when it lays a text out, on the worker that made the text,
/// so the XML, workbook and CSV writers read answers instead of scanning each text
/// again (`XMLWriter`, `WorkbookWriter`, `CSVWriter`).
public struct TextFacts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `<` `>` `&` `"` CR: bytes libxml2's `xmlEncodeSpecialChars` rewrites (NUL: it ends a C string).
    static let xmlEscape = TextFacts(rawValue: 1)
    /// C0 controls but tab, LF, CR; and 0xEF, which starts U+FFFE and U+FFFF.
    static let suspect = TextFacts(rawValue: 2)
    static let newline = TextFacts(rawValue: 4)
    static let nonASCII = TextFacts(rawValue: 8)
    /// `,` LF CR or `"`: the CSV cell is quoted.
    static let csvQuoted = TextFacts(rawValue: 16)
    /// `"`: doubled inside a quoted CSV cell.
    static let csvQuote = TextFacts(rawValue: 32)

    init(_ s: String) {
        self = ByteText.withUTF8(s) { TextFacts($0) }
    }

    /// NB: one pass of bit operations without branches over whole blocks of 16 bytes,
    /// which the compiler turns into checks of 16 bytes per instruction (a table lookup
    /// or a switch per byte costs several times more); the last bytes, and most short
    /// texts (ids, names, statuses), are looked up in `classes`, one load a byte.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let blocks = bytes.count & ~15
        var raw: UInt8 = 0
        for i in 0..<blocks { raw |= Self.facts(of: bytes[i]) }
        Self.classes.withUnsafeBufferPointer { table in
            for i in blocks..<bytes.count { raw |= table[Int(bytes[i])] }
        }
        rawValue = raw
    }

    /// The facts one byte brings, as a raw value, without a branch: the one statement of every rule above.
    @inline(__always)
    static func facts(of b: UInt8) -> UInt8 {
        let nul: UInt8 = b == 0x00 ? 1 : 0
        let lf: UInt8 = b == 0x0A ? 1 : 0
        let cr: UInt8 = b == 0x0D ? 1 : 0
        let dq: UInt8 = b == 0x22 ? 1 : 0
        let quoteOrAmp: UInt8 = (b | 0x04) == 0x26 ? 1 : 0     // 0x22 `"`, 0x26 `&`
        let angle: UInt8 = (b | 0x02) == 0x3E ? 1 : 0          // 0x3C `<`, 0x3E `>`
        let comma: UInt8 = b == 0x2C ? 1 : 0
        let control: UInt8 = b < 0x20 ? 1 : 0
        let tab: UInt8 = b == 0x09 ? 1 : 0
        let ef: UInt8 = b == 0xEF ? 1 : 0
        let escape = nul | cr | quoteOrAmp | angle
        let suspect = (control & ~(tab | lf | cr)) | ef
        let quoted = comma | lf | cr | dq
        return escape | suspect << 1 | lf << 2 | (b >> 7) << 3 | quoted << 4 | dq << 5
    }

    /// `facts(of:)` of each byte value.
    static let classes: [UInt8] = (0...255).map { facts(of: UInt8($0)) }
}
