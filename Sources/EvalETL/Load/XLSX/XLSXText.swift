/// Text measured for a worksheet cell: Excel's 32,767-character limit and the column-width estimate.
///
///     XLSXText.cut(bytes)                        // nil: fits; (keep: 32_767 bytes' prefix, characters: 40_000)
///     XLSXText.width(Array("ab\ncde".utf8)…)     // 3: the longest line, in characters
enum XLSXText {
    /// Excel's limit on characters (UTF-16 code units) in a cell.
    static let maxCharacters = 32_767

    /// Where to cut a text so it keeps at most `limit` UTF-16 code units, never inside a character,
    /// and how many units it has; nil when it fits.
    ///
    /// NB: a text never has more UTF-16 units than UTF-8 bytes, so most texts are answered by their length.
    static func cut(_ utf8: UnsafeBufferPointer<UInt8>, limit: Int = maxCharacters) -> (keep: Int, characters: Int)? {
        guard utf8.count > limit else { return nil }
        var units = 0
        var keep = -1
        for (i, b) in utf8.enumerated() {
            // NB: a lead byte 11110xxx starts a character of two UTF-16 units; continuation bytes none.
            let width = b & 0xC0 == 0x80 ? 0 : (b >= 0xF0 ? 2 : 1)
            if keep < 0 && width > 0 && units + width > limit { keep = i }
            units += width
        }
        return keep < 0 ? nil : (keep, units)
    }

    /// The longest line's characters, counted up to `cap`.
    static func width(_ utf8: UnsafeBufferPointer<UInt8>, _ facts: TextFacts, cap: Int) -> Int {
        if !facts.contains(.nonASCII) && !facts.contains(.newline) { return min(utf8.count, cap) }
        var longest = 0
        var current = 0
        for b in utf8 {
            if b == 0x0A {
                current = 0
            } else if b & 0xC0 != 0x80 {
                current += 1
                if current > longest {
                    longest = current
                    if longest >= cap { return cap }
                }
            }
        }
        return longest
    }
}
