/// The summary rules' text: a document's UTF-8 bytes in `ArraySlice`s, folded once per line.
///
///     UTF8Text.fold("  Key \u{A0}  Words ")      == bytes("Key Words")
///     UTF8Text.lowercased(bytes("ÉTÉ 2023"))     == bytes("été 2023")
///     UTF8Text.wordCount(bytes("Main findings & X"))  == 4
///
/// NB: a byte below 0x80 answers for itself; any other scalar is asked through `Scalars`.
/// Slices keep their base's indices, so an index found in a piece is one in the whole line.
enum UTF8Text {
    typealias Bytes = ArraySlice<UInt8>

    /// The bytes of `s` with every run of white space one space, ends trimmed.
    static func fold<S: StringProtocol>(_ s: S) -> Bytes {
        s.utf8.withContiguousStorageIfAvailable(folded) ?? folded(Array(s.utf8))
    }

    /// `b` folded; bytes that are folded already come back as they are, without a copy.
    static func fold(_ b: Bytes) -> Bytes {
        let t = trimmed(b)
        return isFolded(t) ? t : folded(t)
    }

    /// `b` folded into new bytes.
    private static func folded<C: RandomAccessCollection<UInt8>>(_ b: C) -> Bytes where C.Index == Int {
        // NB: `Array(unsafeUninitializedCapacity: 0)` stores its count into the one
        // shared empty array, a write other threads race with (ThreadSanitizer says so).
        guard !b.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
            var i = b.startIndex
            var pendingSpace = false
            while i < b.endIndex {
                let width = whitespaceWidth(b, at: i)
                if width > 0 {
                    pendingSpace = count > 0
                    i += width
                    continue
                }
                if pendingSpace { out[count] = 0x20; count += 1 }
                pendingSpace = false
                out[count] = b[i]
                count += 1
                i += 1
            }
        }[...]
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
    static func whitespaceWidth<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Int where C.Index == Int {
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

    /// The first occurrence of `needle` in `b`.
    ///
    /// NB: `Collection.firstRange(of:)` of _StringProcessing asks for generic metadata at every
    /// step; this loop costs a byte compare.
    static func firstRange(of needle: [UInt8], in b: Bytes) -> Range<Int>? {
        guard let first = needle.first, needle.count <= b.count else { return nil }
        var i = b.startIndex
        while i <= b.endIndex - needle.count {
            if b[i] == first && b[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }

    /// `b` with every occurrence of `needle` (left to right, not overlapping) replaced.
    static func replacing(_ needle: String, with replacement: String, in b: [UInt8]) -> [UInt8] {
        let needle = Array(needle.utf8)
        var out: [UInt8] = []
        var rest = b[...]
        while let r = firstRange(of: needle, in: rest) {
            out += rest[..<r.lowerBound]
            out += replacement.utf8
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// `": "`, the mark between a label and its value.
    static let colonSpace = Array(": ".utf8)

    /// How many scalars the bytes hold.
    static func scalarCount(_ b: Bytes) -> Int {
        b.count { $0 & 0xC0 != 0x80 }
    }

    /// How many pieces lie between spaces (`split(separator: " ").count`), counted without splitting.
    static func wordCount(_ b: Bytes) -> Int {
        var words = 0
        var previous: UInt8 = 0x20
        for c in b {
            if c != 0x20 && previous == 0x20 { words += 1 }
            previous = c
        }
        return words
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
