/// A file name's bytes as text every output can hold: unchanged when it is plain
/// UTF-8, with a visible, lossless escape where it is not.
///
///     "report.txt"            ->  "report.txt"
///     [0x72, 0xFF, 0x2E, …]   ->  "r\xFF.txt"       (not UTF-8)
///     "line\nbreak.txt"       ->  "line\x0Abreak.txt" (control character)
///     "a\xFF.txt" (as typed)  ->  "a\\xFF.txt"      (a backslash that would read as an escape)
///
/// NB: Linux file names are bytes. Decoding them as UTF-8 with replacement made two
/// different names one, and a newline in a name split a line on stderr (cron mail).
/// Reading `\\` as `\` and `\xHH` as the byte HH gives back the bytes exactly; any
/// other backslash stands for itself, so names with ordinary backslashes are unchanged.
public enum FileName {
    /// The display bytes of `raw` (valid UTF-8), and whether they differ from `raw`.
    public static func escaped(_ raw: some Collection<UInt8>) -> (bytes: [UInt8], changed: Bool) {
        if raw.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") }) { return (Array(raw), false) }
        let b = Array(raw)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 8)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\\") {
                let next = i + 1 < b.count ? b[i + 1] : 0
                out.append(c)
                if next == UInt8(ascii: "x") || next == UInt8(ascii: "\\") { out.append(c) }
                i += 1
            } else if c < 0x20 || c == 0x7F {
                appendEscape(c, to: &out)
                i += 1
            } else if c < 0x80 {
                out.append(c)
                i += 1
            } else if let n = TextDecoder.sequenceLength(b, at: i) {
                // NB: C1 controls (U+0080–U+009F) steer terminals as the C0 ones do.
                if c == 0xC2 && b[i + 1] < 0xA0 {
                    appendEscape(b[i], to: &out)
                    appendEscape(b[i + 1], to: &out)
                } else {
                    out.append(contentsOf: b[i..<i + n])
                }
                i += n
            } else {
                appendEscape(c, to: &out)
                i += 1
            }
        }
        return (out, out != b)
    }

    /// The display text of `raw`.
    public static func display(_ raw: some Collection<UInt8>) -> String {
        String(decoding: escaped(raw).bytes, as: UTF8.self)
    }

    static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        out += [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }
}
