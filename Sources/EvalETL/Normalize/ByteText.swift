/// Byte-level answers to `Character` questions, for the ASCII text most documents are.
///
///     ByteText.lowercased("UN Women"[...])          == "un women"
///     ByteText.startsUppercase("Élan"[...])          == true   (non-ASCII: asks the Character)
///     ByteText.prefix("abc"[...], characters: 2)     == "ab"
///
/// NB: every helper answers exactly as the `Character` code it replaces. It decides on
/// bytes only where that is provably the same answer (ASCII, no `\r`, no byte that
/// could extend a character), and otherwise asks the `Character` API.
enum ByteText {
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }

    /// Every byte is ASCII.
    static func isASCII<S: StringProtocol>(_ s: S) -> Bool {
        s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Every byte is ASCII and none is `\r`: one byte is one `Character`.
    ///
    /// NB: `\r\n` is the one ASCII pair that makes a single `Character`.
    static func isSimpleASCII<S: StringProtocol>(_ s: S) -> Bool {
        s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `s.lowercased()`, without decoding when `s` is ASCII.
    static func lowercased(_ s: Substring) -> String {
        guard isASCII(s) else { return s.lowercased() }
        guard s.utf8.contains(where: isUpper) else { return String(s) }
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
        guard isASCII(s) else { return s.lowercased() }
        guard s.utf8.contains(where: isUpper) else { return s }
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
}
