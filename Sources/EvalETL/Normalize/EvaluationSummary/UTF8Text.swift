/// The summary rules' text: a document's UTF-8 bytes in `ArraySlice`s, folded once per line.
///
///     UTF8Text.fold("  Key \u{A0}  Words ")      == bytes("Key Words")
///     UTF8Text.lowercased(bytes("ÉTÉ 2023"))     == bytes("été 2023")
///     UTF8Text.words(bytes("Main findings & X"))  == [bytes("Main"), bytes("findings"), bytes("&"), bytes("X")]
///
/// NB: a byte below 0x80 answers for itself; any other scalar is asked through `Scalars`.
/// Slices keep their base's indices, so an index found in a piece is one in the whole line.
enum UTF8Text {
    typealias Bytes = ArraySlice<UInt8>

    /// The bytes of `s` with every run of white space one space, ends trimmed.
    static func fold<S: StringProtocol>(_ s: S) -> Bytes {
        fold(Bytes(s.utf8))
    }

    /// `b` folded; bytes that are folded already come back as they are, without a copy.
    static func fold(_ b: Bytes) -> Bytes {
        let t = trimmed(b)
        if isFolded(t) { return t }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var i = t.startIndex
        var pendingSpace = false
        while i < t.endIndex {
            let width = whitespaceWidth(t, at: i)
            if width > 0 {
                pendingSpace = !out.isEmpty
                i += width
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(t[i])
            i += 1
        }
        return out[...]
    }

    /// No white space but single spaces between other bytes (the ends trimmed already).
    static func isFolded(_ b: Bytes) -> Bool {
        var previousSpace = false
        for i in b.indices {
            let space = b[i] == 0x20
            if space ? previousSpace : whitespaceWidth(b, at: i) > 0 { return false }
            previousSpace = space
        }
        return true
    }

    /// The byte length of the white-space scalar at byte `i`, or 0.
    @inline(__always)
    static func whitespaceWidth(_ b: Bytes, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        // NB: only scalars led by C2, E1, E2 and E3 can be white space; others are not decoded.
        guard c == 0xC2 || (c >= 0xE1 && c <= 0xE3) else { return 0 }
        let (scalar, width) = Scalars.decode(b, at: i)
        return Scalars.isWhitespace(scalar) ? width : 0
    }

    /// Nothing but white space.
    static func isBlank<C: Collection<UInt8>>(_ b: C) -> Bool {
        var i = b.startIndex
        while i != b.endIndex {
            let (scalar, width) = Scalars.decode(b, at: i)
            guard Scalars.isWhitespace(scalar) else { return false }
            i = b.index(i, offsetBy: width)
        }
        return true
    }

    /// A piece of folded text without the spaces at its ends.
    ///
    /// NB: folded text has no white space but single spaces between other bytes, so a
    /// piece of it can be off only at its ends; no pass over the piece, no copy.
    static func trimmed(_ b: Bytes) -> Bytes {
        var t = b
        while t.first == 0x20 { t.removeFirst() }
        while t.last == 0x20 { t.removeLast() }
        return t
    }

    /// The bytes lower-cased: ASCII by a bit, other scalars by their full mapping.
    static func lowercased<C: Collection<UInt8>>(_ b: C) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        while i != b.endIndex {
            let c = b[i]
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                i = b.index(after: i)
                continue
            }
            let (scalar, width) = Scalars.decode(b, at: i)
            out += Scalars.lowercased(scalar).utf8
            i = b.index(i, offsetBy: width)
        }
        return out
    }

    /// `lowercased` of a string.
    static func lowercased(_ s: String) -> String {
        string(lowercased(s.utf8)[...])
    }

    /// The scalar starting at byte `i`, or nil at the end.
    @inline(__always)
    static func scalar(at i: Int, in b: Bytes) -> Unicode.Scalar? {
        i < b.endIndex ? Scalars.decode(b, at: i).scalar : nil
    }

    /// The scalar ending right before byte `i`, or nil at the start.
    static func scalar(before i: Int, in b: Bytes) -> Unicode.Scalar? {
        var j = i - 1
        while j > b.startIndex && b[j] & 0xC0 == 0x80 { j -= 1 }
        return j >= b.startIndex ? Scalars.decode(b, at: j).scalar : nil
    }

    /// How many scalars the bytes hold.
    static func scalarCount(_ b: Bytes) -> Int {
        b.count { $0 & 0xC0 != 0x80 }
    }

    /// The pieces between spaces (`split(separator: " ")`).
    static func words(_ b: Bytes) -> [Bytes] {
        b.split(separator: 0x20)
    }

    /// The lower-cased words of `b`: runs of letters (and of `keeping`), split at any other scalar.
    ///
    ///     letterWords(bytes("Main findings & Conclusions"), keeping: "&") == ["main", "findings", "&", "conclusions"]
    static func letterWords(_ b: Bytes, keeping: UInt8? = nil) -> [String] {
        let lower = lowercased(b)[...]
        var words: [String] = []
        var start = lower.startIndex
        var i = start
        while i < lower.endIndex {
            let (scalar, width) = Scalars.decode(lower, at: i)
            if !Scalars.isLetter(scalar) && lower[i] != keeping {
                if start < i { words.append(string(lower[start..<i])) }
                start = i + width
            }
            i += width
        }
        if start < lower.endIndex { words.append(string(lower[start...])) }
        return words
    }

    static func string(_ b: Bytes) -> String {
        String(decoding: b, as: UTF8.self)
    }
}
