/// Byte-level answers to `Character` questions, for the ASCII text most documents are.
///
///     ByteText.lowercased("UN Women"[...])          == "un women"
///     ByteText.startsUppercase("Élan"[...])          == true   (non-ASCII: asks the Character)
///     ByteText.prefix("abc"[...], characters: 2)     == "ab"
///
///     ByteText.isSpace(0x09)                         == true
///     ByteText.firstRange(ofASCII: ": ", in: "Countries: Kenya")  // the `: ` at offset 9
///
/// NB: every helper answers exactly as the `Character` code it replaces. It decides on
/// bytes only where that is provably the same answer (ASCII, no `\r`, no byte that
/// could extend a character), and otherwise asks the `Character` API. A Character is a
/// grapheme cluster: a combining mark after an ASCII byte joins it (`e` + U+0301), so a
/// byte test speaks for a Character only where its neighbours are ASCII.
enum ByteText {
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }

    /// Every byte is ASCII.
    @inline(__always)
    static func isASCII<S: StringProtocol>(_ s: S) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { scan($0).ascii } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Every byte is ASCII and none is `\r`: one byte is one `Character`.
    ///
    /// NB: `\r\n` is the one ASCII pair that makes a single `Character`.
    @inline(__always)
    static func isSimpleASCII<S: StringProtocol>(_ s: S) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { scan($0).simple }
            ?? s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
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
    ///
    /// NB: the helpers above used to walk a `Substring.UTF8View` by index, once per
    /// question; a buffer walked once answers them all.
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
    static func lowercased(_ s: Substring) -> String {
        let found = s.utf8.withContiguousStorageIfAvailable(scan)
            ?? Scan(ascii: isASCII(s), simple: false, hasUpper: s.utf8.contains(where: isUpper))
        guard found.ascii else { return s.lowercased() }
        guard found.hasUpper else { return String(s) }
        return String(unsafeUninitializedCapacity: s.utf8.count) { out in
            var o = 0
            for b in s.utf8 {
                out[o] = isUpper(b) ? b | 0x20 : b
                o += 1
            }
            return o
        }
    }

    /// `s.lowercased()`, returning `s` itself when it has no ASCII capital and no other byte.
    static func lowercased(_ s: String) -> String {
        let found = s.utf8.withContiguousStorageIfAvailable(scan)
            ?? Scan(ascii: isASCII(s), simple: false, hasUpper: s.utf8.contains(where: isUpper))
        guard found.ascii else { return s.lowercased() }
        guard found.hasUpper else { return s }
        return lowercased(s[...])
    }

    /// `s.prefix(n)` (in `Character`s), counting bytes when that is the same.
    static func prefix(_ s: Substring, characters n: Int) -> Substring {
        let u = s.utf8
        var i = u.startIndex
        var k = 0
        while k < n, i < u.endIndex {
            let b = u[i]
            guard b < 0x80, b != 0x0D else { return s.prefix(n) }
            i = u.index(after: i)
            k += 1
        }
        // NB: the character after the cut must not extend the last one kept.
        if i < u.endIndex, u[i] >= 0x80 { return s.prefix(n) }
        return s[..<i]
    }

    /// `s.prefix(n).firstIndex(of: mark)` for an ASCII `mark`.
    static func firstIndex(of mark: UInt8, inFirst n: Int, of s: Substring) -> Substring.Index? {
        let head = prefix(s, characters: n)
        if isSimpleASCII(head) { return head.utf8.firstIndex(of: mark) }
        return head.firstIndex(of: Character(Unicode.Scalar(mark)))
    }

    /// The first `Character` of `s` is uppercase (false when `s` is empty).
    static func startsUppercase(_ s: Substring) -> Bool {
        let u = s.utf8
        guard let f = u.first else { return false }
        if f < 0x80, u.count == 1 || u[u.index(after: u.startIndex)] < 0x80 { return isUpper(f) }
        return s.first!.isUppercase
    }

    /// `s.contains(where: \.isNumber)`.
    static func hasNumber(_ s: Substring) -> Bool {
        guard isASCII(s) else { return s.contains(where: \.isNumber) }
        return s.utf8.contains(where: isDigit)
    }

    /// The last `Character` of `s` is one of the ASCII `marks` (false when `s` is empty).
    static func endsWith(oneOf marks: StaticString, _ s: Substring) -> Bool {
        let u = s.utf8
        guard let l = u.last else { return false }
        let asciiEnd = l < 0x80 && l != 0x0A && (u.count == 1 || u[u.index(before: u.index(before: u.endIndex))] < 0x80)
        guard asciiEnd else {
            let last = s.last!
            return marks.withUTF8Buffer { m in m.contains { Character(Unicode.Scalar($0)) == last } }
        }
        return marks.withUTF8Buffer { $0.contains(l) }
    }

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
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// An ASCII letter or digit: `Character.isLetter || isNumber` of a one-byte Character.
    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// ASCII punctuation or symbol: `Character.isPunctuation || isSymbol` of a one-byte Character.
    @inline(__always)
    static func isPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// `Text.fold` of byte text (`isSimpleASCII`): ASCII whitespace runs become one space, ends trimmed.
    static func fold(_ b: [UInt8]) -> [UInt8] {
        b.withUnsafeBufferPointer { fold($0) }
    }

    /// `s.allSatisfy(\.isWhitespace)`: nothing but spaces, tabs and line breaks.
    ///
    /// NB: an ASCII byte that is no space settles it (an ASCII space never goes on into
    /// the next Character, but for `\r\n`, both spaces); a non-ASCII byte asks the Characters.
    static func isBlank(_ s: Substring) -> Bool {
        let answer: Bool? = withUTF8(s) { b in
            for c in b {
                if c >= 0x80 { return nil }
                if !isSpace(c) { return false }
            }
            return true
        }
        return answer ?? s.allSatisfy(\.isWhitespace)
    }

    /// `s.prefix(n).firstIndex(of: mark)` for an ASCII `mark`, as `firstIndex(of:inFirst:of:)`
    /// answers it, in one pass over the bytes.
    ///
    /// NB: while the bytes are byte text each is a Character, so the mark is found by its
    /// byte (unless a non-ASCII byte follows it and may join it); from the first other byte
    /// on, `firstIndex(of:inFirst:of:)` decides.
    static func firstIndex(ofASCII mark: UInt8, inFirst n: Int, of s: Substring) -> Substring.Index? {
        let found: Int?? = withUTF8(s) { b in
            var i = 0
            while i < b.count && i < n {
                let c = b[i]
                if c >= 0x80 || c == 0x0D { return nil }
                if c == mark { return i + 1 < b.count && b[i + 1] >= 0x80 ? nil : .some(i) }
                i += 1
            }
            return .some(nil)
        }
        guard let found else { return firstIndex(of: mark, inFirst: n, of: s) }
        return found.map { s.utf8.index(s.startIndex, offsetBy: $0) }
    }

    /// `s.split(separator: " ").count`, counted on the bytes of byte text.
    static func wordCount(_ s: Substring) -> Int {
        let counted: Int? = withUTF8(s) { b in
            guard scan(b).simple else { return nil }
            var words = 0
            var previous: UInt8 = 0x20
            for c in b {
                if c != 0x20 && previous == 0x20 { words += 1 }
                previous = c
            }
            return words
        }
        return counted ?? s.split(separator: " ").count
    }
}

extension ByteText {
    /// `fold` of byte text in a buffer, into a new array of the folded bytes.
    static func fold(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // NB: `Array(unsafeUninitializedCapacity: 0)` stores its count into the one
        // shared empty array, a write other threads race with (ThreadSanitizer says so).
        guard !b.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: b.count) { out, count in count = fold(b, into: out) }
    }

    /// `fold` of byte text written to `out` (room for `b.count` bytes), ASCII letters
    /// lower-cased when `lowercasing`; returns how many bytes it wrote.
    ///
    /// NB: the one folding loop for byte text: `fold`, `MarkdownText.foldBytes` and
    /// `GATELine.foldedLowercase` all write through it.
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
            out[o] = lowercasing && isUpper(c) ? c | 0x20 : c
            o += 1
        }
        return o
    }
}
