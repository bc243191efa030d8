/// The text primitives every rule reads a document with: its UTF-8 bytes, and its
/// Unicode scalars where a byte is not ASCII (asked through `Scalars`).
///
///     ByteText.lowercased("UN Women"[...])                          == "un women"
///     ByteText.startsUppercase("Élan"[...])                         == true
///     ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 20, of: "KAZ: Engage"[...])  // the `:` at offset 3
///     ByteText.firstOffset(of: Array("ab".utf8), in: hay)           // byte offset of the first `ab`
///
/// NB: the text is NFC (extract normalizes it) and holds no `\r` (extract turns it into a
/// line break), so a rule asks about bytes and scalars, never about `Character`s: an
/// ASCII byte is a character of its own but beside a combining mark NFC could not compose.
enum ByteText {
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }

    /// ASCII whitespace: space, tab, LF, VT, FF, CR.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// An ASCII letter or digit.
    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// ASCII punctuation or symbol.
    @inline(__always)
    static func isPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// `b` lower-cased if it is an ASCII capital.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Every byte is ASCII.
    @inline(__always)
    static func isASCII<S: StringProtocol>(_ s: S) -> Bool {
        withUTF8(s) { scan($0).ascii }
    }

    /// Every byte is ASCII and none is `\r`: one byte is one character.
    @inline(__always)
    static func isSimpleASCII<S: StringProtocol>(_ s: S) -> Bool {
        withUTF8(s) { scan($0).simple }
    }

    /// What one pass over some bytes found.
    struct Scan {
        /// No byte is 0x80 or above.
        var ascii = true
        /// ASCII, and no `\r`.
        var simple = true
        /// Some byte is an ASCII capital.
        var hasUpper = false
    }

    /// One pass over `b`: ASCII, `\r` and capitals, eight bytes at a time where it can.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Scan {
        var out = Scan()
        guard let base = b.baseAddress else { return out }
        let n = b.count
        var i = 0
        while i + 8 <= n {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if x & 0x8080_8080_8080_8080 != 0 { return Scan(ascii: false, simple: false, hasUpper: out.hasUpper) }
            if hasZeroByte(x ^ 0x0D0D_0D0D_0D0D_0D0D) { out.simple = false }
            // NB: on ASCII bytes, b + 0x3F sets the high bit from `A` up and b + 0x25 from `[` up.
            if ((x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080) != 0 {
                out.hasUpper = true
            }
            i += 8
        }
        while i < n {
            let c = base[i]
            if c >= 0x80 { return Scan(ascii: false, simple: false, hasUpper: out.hasUpper) }
            if c == 0x0D { out.simple = false }
            if isUpper(c) { out.hasUpper = true }
            i += 1
        }
        return out
    }

    /// Some byte of `x` is zero.
    @inline(__always)
    private static func hasZeroByte(_ x: UInt64) -> Bool {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// `s.lowercased()`, without decoding when `s` is ASCII.
    ///
    /// NB: `String.lowercased()` maps scalar by scalar (`Scalars.lowercased`); on ASCII it
    /// is setting one bit of each capital.
    static func lowercased(_ s: Substring) -> String {
        let found = withUTF8(s, scan)
        guard found.ascii else { return s.lowercased() }
        guard found.hasUpper else { return String(s) }
        return String(unsafeUninitializedCapacity: s.utf8.count) { out in
            var o = 0
            for b in s.utf8 {
                out[o] = lower(b)
                o += 1
            }
            return o
        }
    }

    /// `s.lowercased()`, returning `s` itself when it has no ASCII capital and no other byte.
    static func lowercased(_ s: String) -> String {
        let found = withUTF8(s, scan)
        guard found.ascii else { return s.lowercased() }
        guard found.hasUpper else { return s }
        return lowercased(s[...])
    }

    /// `body` over the UTF-8 bytes of `s`, without a copy when they are contiguous (native strings).
    @inline(__always)
    static func withUTF8<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// The first `n` scalars of `s`.
    static func prefix(_ s: Substring, scalars n: Int) -> Substring {
        let u = s.utf8
        var i = u.startIndex
        var k = 0
        while i < u.endIndex {
            if !UTF8.isContinuation(u[i]) {
                if k == n { break }
                k += 1
            }
            i = u.index(after: i)
        }
        return s[..<i]
    }

    /// The first ASCII `mark` among the first `n` characters of `s` (a character: a scalar and its marks).
    ///
    ///     firstIndex(of: UInt8(ascii: ":"), inFirst: 48, of: "Evaluation Manager: Jane")  // offset 18
    static func firstIndex(of mark: UInt8, inFirst n: Int, of s: Substring) -> Substring.Index? {
        let at: Int? = withUTF8(s) { b in
            var characters = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 || !extendsCharacter(b, at: i) {
                    characters += 1
                    if characters > n { return nil }
                }
                if c == mark && !extendsCharacter(b, at: i + 1) { return i }
                i += c < 0x80 ? 1 : Scalars.decode(b, at: i).width
            }
            return nil
        }
        return at.map { s.utf8.index(s.startIndex, offsetBy: $0) }
    }

    /// The scalar at byte `i` (if any) joins the character before it (`Scalars.extendsCharacter`).
    ///
    /// NB: NFC leaves a combining mark it cannot compose (`x\u{301}`); an ASCII byte before
    /// one is no character of its own, so a search or trim does not stop at it alone.
    @inline(__always)
    static func extendsCharacter(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i < b.count && b[i] >= 0x80 && Scalars.extendsCharacter(Scalars.decode(b, at: i).scalar)
    }

    /// The first scalar of `s` is upper case (false when `s` is empty).
    static func startsUppercase(_ s: Substring) -> Bool {
        s.unicodeScalars.first.map(Scalars.isUppercase) ?? false
    }

    /// Some scalar of `s` is a number (`Scalars.isNumber`).
    static func hasNumber(_ s: Substring) -> Bool {
        s.unicodeScalars.contains(where: Scalars.isNumber)
    }

    /// The last byte of `s` is one of the ASCII `marks` (false when `s` is empty).
    static func endsWith(oneOf marks: StaticString, _ s: Substring) -> Bool {
        guard let l = s.utf8.last else { return false }
        return marks.withUTF8Buffer { $0.contains(l) }
    }

    /// Byte offset of the first `needle` in `hay` at or after `from`; ASCII letters of `hay`
    /// compared lower-cased when `foldingCase` (then `needle` is lower-case).
    ///
    ///     firstOffset(of: Array("ab".utf8), in: "xxAB" bytes, foldingCase: true) == 2
    ///
    /// NB: the one substring search. Case is folded on ASCII only: the needles are ASCII,
    /// and no NFC scalar but ASCII lower-cases to an ASCII letter. A match that a combining
    /// mark follows is none (the mark belongs to its last character).
    static func firstOffset(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from: Int = 0,
                            foldingCase: Bool = false) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        let last = hay.count - needle.count
        var i = from
        while i <= last {
            if byte(hay[i], foldingCase) == first {
                var k = 1
                while k < needle.count && byte(hay[i + k], foldingCase) == needle[k] { k += 1 }
                if k == needle.count && !extendsCharacter(hay, at: i + k) { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func byte(_ b: UInt8, _ foldingCase: Bool) -> UInt8 {
        foldingCase ? lower(b) : b
    }

    /// `firstOffset` of an ASCII `needle` in `s`, as a range of `s`.
    ///
    ///     firstRange(ofASCII: ": ", in: "Countries: Kenya")  // the `: ` at offset 9
    static func firstRange(ofASCII needle: String, in s: String) -> Range<String.Index>? {
        let bytes = Array(needle.utf8)
        guard let at = withUTF8(s, { firstOffset(of: bytes, in: $0) }) else { return nil }
        let lower = s.utf8.index(s.startIndex, offsetBy: at)
        return lower..<s.utf8.index(lower, offsetBy: bytes.count)
    }

    /// Nothing but white space (`Scalars.isWhitespace`).
    static func isBlank(_ s: Substring) -> Bool {
        s.unicodeScalars.allSatisfy(Scalars.isWhitespace)
    }

    /// Space-separated words of `s`.
    static func wordCount(_ s: Substring) -> Int {
        var words = 0
        var previous: UInt8 = 0x20
        for c in s.utf8 {
            if c != 0x20 && previous == 0x20 { words += 1 }
            previous = c
        }
        return words
    }

    /// `Text.fold` of ASCII text: ASCII whitespace runs become one space, ends trimmed.
    static func fold(_ b: [UInt8]) -> [UInt8] {
        b.withUnsafeBufferPointer { fold($0) }
    }

    /// `fold` of ASCII text in a buffer, into a new array of the folded bytes.
    static func fold(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // NB: `Array(unsafeUninitializedCapacity: 0)` stores its count into the one
        // shared empty array, a write other threads race with (ThreadSanitizer says so).
        guard !b.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: b.count) { out, count in count = fold(b, into: out) }
    }

    /// `fold` of ASCII text written to `out` (room for `b.count` bytes), ASCII letters
    /// lower-cased when `lowercasing`; returns how many bytes it wrote.
    ///
    /// NB: the one folding loop for ASCII text: `fold` and `MarkdownText.foldBytes` write through it.
    @inline(__always)
    static func fold(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                     lowercasing: Bool = false) -> Int {
        var o = 0
        var pendingSpace = false
        for c in b {
            if isSpace(c) {
                pendingSpace = o > 0
                continue
            }
            if pendingSpace { out[o] = 0x20; o += 1; pendingSpace = false }
            out[o] = lowercasing ? lower(c) : c
            o += 1
        }
        return o
    }
}
