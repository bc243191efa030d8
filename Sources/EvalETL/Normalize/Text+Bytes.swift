/// Byte-level text tests for hot paths: the same answers as the Character-level ones, without decoding.
///
///     Text.isSpaceByte(0x09) == true
///     Text.firstRange(ofASCII: ": ", in: "Countries: Kenya")  // the `: ` at offset 9
///
/// NB: a Character is a grapheme cluster; a combining mark after an ASCII byte joins it
/// (`e` + U+0301), so a byte test speaks for a Character only where its neighbours are ASCII.
extension Text {
    /// `body` over the UTF-8 bytes of `s`, without a copy when they are contiguous (native strings).
    @inline(__always)
    static func withUTF8<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Byte offset of the first `needle` in `hay` at or after `from`; ASCII letters of `hay`
    /// compared lower-cased when `foldingCase` (then `needle` is lower-case).
    static func firstOffset(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from: Int = 0,
                            foldingCase: Bool = false) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        let last = hay.count - needle.count
        var i = from
        while i <= last {
            if byte(hay[i], foldingCase) == first {
                var k = 1
                while k < needle.count && byte(hay[i + k], foldingCase) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func byte(_ b: UInt8, _ foldingCase: Bool) -> UInt8 {
        foldingCase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    /// The first `needle` in `s`, as `s.firstRange(of: needle)` finds it.
    ///
    /// `needle` is printable ASCII without `K`, `;` and `` ` `` (the only ASCII characters with
    /// a canonical equivalent outside ASCII), so every Character match is also a byte match.
    ///
    /// NB: the first byte match is the first Character match when the bytes either side of it
    /// are ASCII; beside other bytes (a combining mark may join it) `firstRange` itself decides.
    static func firstRange(ofASCII needle: String, in s: String) -> Range<String.Index>? {
        let bytes = Array(needle.utf8)
        let found: Int?? = withUTF8(s) { hay in
            guard let at = firstOffset(of: bytes, in: hay) else { return .some(nil) }
            let end = at + bytes.count
            let clear = (at == 0 || hay[at - 1] < 0x80) && (end == hay.count || hay[end] < 0x80)
            return clear ? .some(at) : nil
        }
        guard let found else { return s.firstRange(of: needle) }
        guard let at = found else { return nil }
        let lower = s.utf8.index(s.startIndex, offsetBy: at)
        return lower..<s.utf8.index(lower, offsetBy: bytes.count)
    }

    /// ASCII whitespace as `Character.isWhitespace` sees it: space, tab, LF, VT, FF, CR.
    @inline(__always)
    static func isSpaceByte(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// An ASCII letter or digit: `Character.isLetter || isNumber` of a one-byte Character.
    @inline(__always)
    static func isAlphanumericByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// ASCII punctuation or symbol: `Character.isPunctuation || isSymbol` of a one-byte Character.
    @inline(__always)
    static func isPunctuationByte(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// `fold` of byte text: whitespace runs become one space, ends trimmed.
    static func foldBytes(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var pendingSpace = false
        for c in b {
            if isSpaceByte(c) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(c)
        }
        return out
    }
}
