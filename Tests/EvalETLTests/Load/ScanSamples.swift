/// Texts for the writers' block scans: each interesting byte at many offsets inside
/// and across 64-byte blocks, and pairs of them.
enum ScanSamples {
    static let pieces = ["", "a", "plain text", "Tom & Jerry", "a<b>c", "say \"hi\"", "x]]>y", "cr\rlf\n", "crlf\r\n",
                         "tab\t", "nul\u{0}", "bell\u{7}", "esc\u{1B}", "del\u{7F}", "Zürich", "日本語", "😀",
                         "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "\u{EFFF}", "\u{FFFD}", ",", "a,b", "\"", "'", "=1", " "]

    static var texts: [String] {
        var out: [String] = []
        for p in pieces {
            for pad in [0, 1, 7, 8, 31, 32, 60, 63, 64, 65, 127] {
                let lead = String(repeating: "x", count: pad)
                out.append(lead + p)
                out.append(lead + p + String(repeating: "y", count: 70))
            }
            for q in pieces { out.append(p + String(repeating: "0123456", count: 10) + q) }
        }
        out.append(String(repeating: "long line of text ", count: 10) + "\n" + String(repeating: "ß", count: 70))
        out.append(String(repeating: "a", count: 40) + "\n" + String(repeating: "b", count: 100) + "\n" + "c")
        return out
    }
}
