/// Cutting a line on marks: trimming them off its ends, splitting at them.
///
///     ByteText.trimming("| Ethiopia |"[...], ByteText.isPipeOrBlank)  == "Ethiopia"
///     ByteText.trimming("Italy – "[...], anyOf: " ,;:-–")             == "Italy"
///     ByteText.trimmingBlanks("\t Key Actions  "[...])               == "Key Actions"
///     ByteText.split("PMU | 2021/12 | Completed |"[...]) { $0 == UInt8(ascii: "|") }
///         == ["PMU ", " 2021/12 ", " Completed ", ""]
///
/// NB: every cut is between two scalars; a mark that a combining mark follows is no mark of
/// its own (it belongs to that character) and is not cut at. The byte forms take ASCII marks.
extension ByteText {
    /// `s` without the bytes `isTrimmed` picks (ASCII ones) at its ends.
    @inline(__always)
    static func trimming(_ s: Substring, _ isTrimmed: (UInt8) -> Bool) -> Substring {
        let u = s.utf8
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi, isTrimmed(u[lo]), !startsMark(u, after: lo) { lo = u.index(after: lo) }
        while hi > lo {
            let last = u.index(before: hi)
            // NB: the byte after `last` is kept or the end, so a mark can follow it only at `hi`.
            guard isTrimmed(u[last]), !startsMark(u, after: last) else { break }
            hi = last
        }
        return s[lo..<hi]
    }

    /// `s` without the scalars `isTrimmed` picks at its ends (any scalar, `–` and `\u{A0}` too).
    ///
    ///     ByteText.trimming(" #2."[...], scalars: { $0 == " " || $0 == "#" || $0 == "." }) == "2"
    static func trimming(_ s: Substring, scalars isTrimmed: (Unicode.Scalar) -> Bool) -> Substring {
        let u = s.unicodeScalars
        func trims(_ i: Substring.UnicodeScalarView.Index) -> Bool {
            let next = u.index(after: i)
            return isTrimmed(u[i]) && (next == u.endIndex || !Scalars.extendsCharacter(u[next]))
        }
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi, trims(lo) { lo = u.index(after: lo) }
        while hi > lo, trims(u.index(before: hi)) { hi = u.index(before: hi) }
        return Substring(u[lo..<hi])
    }

    /// `s` without the scalars of `marks` at its ends.
    ///
    ///     ByteText.trimming("Italy (; –"[...], anyOf: " (;:–-,") == "Italy"
    static func trimming(_ s: Substring, anyOf marks: String) -> Substring {
        trimming(s, scalars: { marks.unicodeScalars.contains($0) })
    }

    /// `s` without white space (`Scalars.isWhitespace`) and list punctuation (`,;:.`) at its ends.
    ///
    ///     ByteText.trimmingPunctuation(" Italy;\u{A0}"[...]) == "Italy"
    static func trimmingPunctuation(_ s: Substring) -> Substring {
        trimming(s, scalars: { Scalars.isWhitespace($0) || $0 == "," || $0 == ";" || $0 == ":" || $0 == "." })
    }

    /// `s` without spaces and tabs at its ends.
    static func trimmingBlanks(_ s: Substring) -> Substring {
        trimming(s) { $0 == 0x20 || $0 == 0x09 }
    }

    /// A space, a tab or `|`: what stands around a cell of a pipe table.
    @inline(__always) static func isPipeOrBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == UInt8(ascii: "|") }

    /// `s` split at every ASCII mark `isMark` picks (empty pieces kept), as `split(omittingEmptySubsequences: false)`.
    static func split(_ s: Substring, where isMark: (UInt8) -> Bool) -> [Substring] {
        let u = s.utf8
        var parts: [Substring] = []
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            if isMark(u[i]), !startsMark(u, after: i) {
                parts.append(s[start..<i])
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        parts.append(s[start...])
        return parts
    }

    /// The byte length of the mark parting two words at byte `i` — an ASCII byte `isMark` picks,
    /// or `–` — or 0 (also when a combining mark joins it).
    ///
    ///     markWidth(bytes("a – b"), at: 2) { $0 == 0x20 } == 3
    @inline(__always)
    static func markWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ isMark: (UInt8) -> Bool) -> Int {
        let width: Int
        if isMark(b[i]) {
            width = 1
        } else if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 {
            width = 3
        } else {
            return 0
        }
        return extendsCharacter(b, at: i + width) ? 0 : width
    }

    /// Some byte of `s` is `b`.
    ///
    /// NB: over the contiguous bytes, not the generic `UTF8View.contains` (which steps an index a byte at a time).
    @inline(__always)
    static func contains(_ s: Substring, _ b: UInt8) -> Bool {
        withUTF8(s) { $0.contains(b) }
    }

    /// The scalar after byte `i` (an ASCII byte) joins it into one character.
    @inline(__always)
    private static func startsMark(_ u: Substring.UTF8View, after i: Substring.UTF8View.Index) -> Bool {
        let next = u.index(after: i)
        guard next < u.endIndex, u[next] >= 0x80 else { return false }
        return Scalars.extendsCharacter(Scalars.decode(u, at: next).scalar)
    }
}
