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
/// A generic rule takes any byte collection with `Int` indices (`UnsafeBufferPointer` in the
/// GATE parser, `ArraySlice` in the summary parser); a release build specializes it for each.
/// Folding white space is in `ByteText+Fold.swift`.
enum ByteText {
    /// A piece of a document's bytes. A slice keeps its base's indices, so an index found
    /// in a piece is one in the whole line.
    typealias Bytes = ArraySlice<UInt8>

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }

    /// ASCII whitespace: space, tab, LF, VT, FF, CR.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }

    /// A word of at most four bytes as one number (its bytes and its length), so a short
    /// word is told apart from several others by comparing numbers; nil for a longer word.
    ///
    ///     ByteText.shortKey("and".utf8) == ByteText.shortKey("and"[...].utf8)   // true
    ///     ByteText.shortKey("words".utf8) == nil
    @inline(__always)
    static func shortKey<C: Collection<UInt8>>(_ b: C) -> UInt64? {
        guard b.count <= 4 else { return nil }
        var key = UInt64(b.count) << 32
        var shift: UInt64 = 0
        for c in b { key |= UInt64(c) << shift; shift += 8 }
        return key
    }

    /// `b` lower-cased if it is an ASCII capital.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// What one pass over some bytes found.
    struct Scan {
        /// No byte is 0x80 or above.
        var ascii = true
        /// Some byte is an ASCII capital.
        var hasUpper = false
    }

    /// One pass over `b`: ASCII and capitals, eight bytes at a time where it can.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Scan {
        var out = Scan()
        guard let base = b.baseAddress else { return out }
        let n = b.count
        var i = 0
        while i + 8 <= n {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if x & 0x8080_8080_8080_8080 != 0 { return Scan(ascii: false, hasUpper: out.hasUpper) }
            // NB: on ASCII bytes, b + 0x3F sets the high bit from `A` up and b + 0x25 from `[` up.
            if ((x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080) != 0 {
                out.hasUpper = true
            }
            i += 8
        }
        while i < n {
            let c = base[i]
            if c >= 0x80 { return Scan(ascii: false, hasUpper: out.hasUpper) }
            if isUpper(c) { out.hasUpper = true }
            i += 1
        }
        return out
    }

    /// 0x80 in each byte of `x` that is zero, 0 elsewhere.
    @inline(__always)
    static func zeroMask(_ x: UInt64) -> UInt64 {
        let low = UInt64(0x7F7F_7F7F_7F7F_7F7F)
        return ~(((x & low) &+ low) | x | low)
    }

    /// `s.lowercased()` (`withLowercased`: ASCII without decoding).
    static func lowercased<S: StringProtocol>(_ s: S) -> String {
        withLowercased(s, string)
    }

    /// The bytes lower-cased: ASCII by a bit, other scalars by their full mapping.
    ///
    ///     lowercased(bytes("ÉTÉ 2023")) == bytes("été 2023")
    static func lowercased<C: Collection<UInt8>>(_ b: C) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        while i != b.endIndex {
            let c = b[i]
            if c < 0x80 {
                out.append(lower(c))
                i = b.index(after: i)
                continue
            }
            let (scalar, width) = Scalars.decode(b, at: i)
            out += Scalars.lowercased(scalar).utf8
            i = b.index(i, offsetBy: width)
        }
        return out
    }

    /// `body` over the bytes of `s` lower-cased (`lowercased`), without building a string.
    ///
    ///     withLowercased("Key Actions") { string($0) } == "key actions"
    ///
    /// NB: a rule that compares lower-case words reads them here: the bytes themselves
    /// when they hold no capital, a copy on the stack when they are ASCII, and the full
    /// scalar mapping only for other text.
    static func withLowercased<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUTF8(s) { withLowercased($0, body) }
    }

    /// `body` over `b` lower-cased (`withLowercased` of a string).
    static func withLowercased<R>(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let found = scan(b)
        guard found.ascii else { return lowercased(b).withUnsafeBufferPointer(body) }
        guard found.hasUpper else { return body(b) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { out in
            for k in 0..<b.count { out[k] = lower(b[k]) }
            return body(UnsafeBufferPointer(out))
        }
    }

    /// `body` over the UTF-8 bytes of `s`, without a copy when they are contiguous (native strings).
    @inline(__always)
    static func withUTF8<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// The first `n` scalars of `s`.
    static func prefix(_ s: Substring, scalars n: Int) -> Substring {
        Substring(s.unicodeScalars.prefix(n))
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
    static func extendsCharacter<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Bool where C.Index == Int {
        i < b.endIndex && b[i] >= 0x80 && Scalars.extendsCharacter(Scalars.decode(b, at: i).scalar)
    }

    /// The scalar starting at byte `i`, or nil at the end.
    @inline(__always)
    static func scalar<C: RandomAccessCollection<UInt8>>(at i: Int, in b: C) -> Unicode.Scalar? where C.Index == Int {
        i < b.endIndex ? Scalars.decode(b, at: i).scalar : nil
    }

    /// The scalar ending right before byte `i`, or nil at the start.
    static func scalar<C: RandomAccessCollection<UInt8>>(before i: Int, in b: C) -> Unicode.Scalar? where C.Index == Int {
        var j = i - 1
        while j > b.startIndex && UTF8.isContinuation(b[j]) { j -= 1 }
        return j >= b.startIndex ? Scalars.decode(b, at: j).scalar : nil
    }

    /// How many scalars the bytes hold.
    static func scalarCount<C: Collection<UInt8>>(_ b: C) -> Int {
        b.count { !UTF8.isContinuation($0) }
    }

    /// How many scalars `s` holds, counted over its bytes in place (`String.UnicodeScalarView.count`
    /// decodes every scalar, and a generic walk of `utf8` is no faster).
    static func scalarCount(_ s: Substring) -> Int {
        withUTF8(s) { scalarCount($0) }
    }

    /// The first scalar of `s` is upper case (false when `s` is empty).
    static func startsUppercase(_ s: Substring) -> Bool {
        s.unicodeScalars.first.map(Scalars.isUppercase) ?? false
    }

    /// Byte offset of the first `needle` in `hay` at or after `from` (its start when nil); ASCII
    /// letters of `hay` compared lower-cased when `foldingCase` (then `needle` is lower-case).
    ///
    ///     firstOffset(of: Array("ab".utf8), in: "xxAB" bytes, foldingCase: true) == 2
    ///
    /// NB: the one substring search (`Collection.firstRange(of:)` of _StringProcessing asks
    /// for generic metadata at every step). Case is folded on ASCII only: the needles are
    /// ASCII, and no NFC scalar but ASCII lower-cases to an ASCII letter. A match that a
    /// combining mark follows is none (the mark belongs to its last character).
    static func firstOffset<C: RandomAccessCollection<UInt8>>(of needle: [UInt8], in hay: C, from: Int? = nil,
                                                              foldingCase: Bool = false) -> Int? where C.Index == Int {
        guard !needle.isEmpty else { return nil }
        var i = from ?? hay.startIndex
        while i <= hay.endIndex - needle.count {
            if starts(hay, at: i, with: needle, foldingCase: foldingCase) && !extendsCharacter(hay, at: i + needle.count) { return i }
            i += 1
        }
        return nil
    }

    /// Byte offset of the first `needle` in `hay` that stands as whole words (`firstOffset`, then no letter
    /// or number, `Scalars.isWordCharacter`, right before or after it); ASCII letters compared lower-cased
    /// when `foldingCase`.
    ///
    ///     firstWordOffset(of: bytes("ilo"), in: bytes("pilot of the ilo"), foldingCase: true) == 13
    ///     firstWordOffset(of: bytes("ilo"), in: bytes("Pilot Plans"), foldingCase: true)     == nil
    ///     firstWordOffset(of: bytes("WFP"), in: bytes("WFP’s policy"))                       == 0
    ///
    /// NB: the one whole-word search: a short name (`ILO`, `WHO`) is part of many longer words (`pilot`, `whole`).
    /// A word ends at any scalar that is no letter or number, the typographic apostrophe (`’`, U+2019) as `'` does.
    static func firstWordOffset<C: RandomAccessCollection<UInt8>>(of needle: [UInt8], in hay: C,
                                                                  foldingCase: Bool = false) -> Int? where C.Index == Int {
        var from = hay.startIndex
        while let at = firstOffset(of: needle, in: hay, from: from, foldingCase: foldingCase) {
            let before = at == hay.startIndex ? nil : scalar(before: at, in: hay)
            let after = scalar(at: at + needle.count, in: hay)
            if !(before.map(Scalars.isWordCharacter) ?? false) && !(after.map(Scalars.isWordCharacter) ?? false) { return at }
            from = at + 1
        }
        return nil
    }

    /// Some needle (lower-case) stands in `s`, its ASCII letters compared lower-cased (`firstOffset`).
    ///
    ///     holdsAny([bytes("review")], in: "Mid-term REVIEW of X") == true
    static func holdsAny(_ needles: [[UInt8]], in s: Substring) -> Bool {
        withUTF8(s) { b in needles.contains { firstOffset(of: $0, in: b, foldingCase: true) != nil } }
    }

    /// `text` is `word`, byte for byte.
    @inline(__always)
    static func equals<C: RandomAccessCollection<UInt8>>(_ text: C, _ word: [UInt8]) -> Bool where C.Index == Int {
        text.count == word.count && starts(text, at: text.startIndex, with: word, foldingCase: false)
    }

    /// How many bytes at the start of `b` lower-case (`lowercased`) to `needle` and end a
    /// character; nil when they don't. The prefix of `b` that `needle` names, as written.
    ///
    ///     prefixLength(of: bytes("RECOMENDACIÓN 2."), lowercasedTo: bytes("recomendación")) == 14
    ///
    /// NB: ASCII is compared a bit at a time; another scalar by its full mapping (`Scalars.lowercased`).
    static func prefixLength<C: RandomAccessCollection<UInt8>>(of b: C, lowercasedTo needle: [UInt8]) -> Int?
    where C.Index == Int {
        var i = b.startIndex
        var k = 0
        while k < needle.count {
            guard i < b.endIndex else { return nil }
            let c = b[i]
            if c < 0x80 {
                guard lower(c) == needle[k] else { return nil }
                i += 1
                k += 1
                continue
            }
            let (scalar, width) = Scalars.decode(b, at: i)
            for l in Scalars.lowercased(scalar).utf8 {
                guard k < needle.count, needle[k] == l else { return nil }
                k += 1
            }
            i += width
        }
        return extendsCharacter(b, at: i) ? nil : i - b.startIndex
    }

    /// The bytes of `b` from `i` on start with `prefix`; ASCII capitals of `b` compared
    /// lower-cased when `foldingCase` (then `prefix` is lower-case).
    ///
    ///     starts(bytes("Not applicable"), at: 0, with: bytes("not"), foldingCase: true) == true
    @inline(__always)
    static func starts<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int, with prefix: [UInt8],
                                                         foldingCase: Bool) -> Bool where C.Index == Int {
        guard b.endIndex - i >= prefix.count else { return false }
        for k in 0..<prefix.count where (foldingCase ? lower(b[i + k]) : b[i + k]) != prefix[k] { return false }
        return true
    }

    /// `firstOffset` of `needle` in `b`, as a range of `b`.
    static func firstRange<C: RandomAccessCollection<UInt8>>(of needle: [UInt8], in b: C) -> Range<Int>? where C.Index == Int {
        firstOffset(of: needle, in: b).map { $0..<($0 + needle.count) }
    }

    /// `firstOffset` of `needle` in `s`, as a range of `s`.
    ///
    ///     firstRange(of: ": ", in: "Countries: Kenya")  // the `: ` at offset 9
    static func firstRange(of needle: String, in s: String) -> Range<String.Index>? {
        let bytes = Array(needle.utf8)
        guard let at = withUTF8(s, { firstOffset(of: bytes, in: $0) }) else { return nil }
        let lower = s.utf8.index(s.startIndex, offsetBy: at)
        return lower..<s.utf8.index(lower, offsetBy: bytes.count)
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

    /// Nothing but white space (`Scalars.isWhitespace`).
    static func isBlank<C: Collection<UInt8>>(_ b: C) -> Bool {
        var i = b.startIndex
        while i != b.endIndex {
            let (scalar, width) = Scalars.decode(b, at: i)
            guard Scalars.isWhitespace(scalar) else { return false }
            i = b.index(i, offsetBy: width)
        }
        return true
    }

    /// How many pieces lie between spaces (`split(separator: " ").count`), counted without splitting.
    ///
    ///     wordCount(bytes("Main findings & X")) == 4
    static func wordCount<C: Sequence<UInt8>>(_ b: C) -> Int {
        var words = 0
        var previous: UInt8 = 0x20
        for c in b {
            if c != 0x20 && previous == 0x20 { words += 1 }
            previous = c
        }
        return words
    }

    /// Runs of letters (`Scalars.isLetter`, and the byte `keeping`), as written; a mark that joins
    /// a letter (`Scalars.extendsCharacter`) belongs to its run; with `joining`, an apostrophe or
    /// hyphen inside a run belongs to it, and so does a typographic apostrophe before a possessive's `s`
    /// (elsewhere `’` parts words, as the country names that hold it are written: `Côte d’Ivoire`).
    ///
    ///     letterWords(bytes("Côte d'Ivoire, Guinea-Bissau's"), joining: true) == ["Côte", "d'Ivoire", "Guinea-Bissau's"]
    ///     letterWords(bytes("People’s Republic, Côte d’Ivoire"), joining: true) == ["People’s", "Republic", "Côte", "d", "Ivoire"]
    ///     letterWords(bytes("main findings & conclusions"), keeping: "&") == ["main", "findings", "&", "conclusions"]
    static func letterWords<C: RandomAccessCollection<UInt8>>(_ b: C, keeping: UInt8? = nil,
                                                              joining: Bool = false) -> [String] where C.Index == Int {
        var words: [String] = []
        var start: Int?
        func end(_ i: Int) {
            guard let s = start.take() else { return }
            var e = i
            while joining, e > s, b[e - 1] == UInt8(ascii: "'") || b[e - 1] == UInt8(ascii: "-") { e -= 1 }
            words.append(String(decoding: b[s..<e], as: UTF8.self))
        }
        var i = b.startIndex
        while i < b.endIndex {
            let (scalar, width) = Scalars.decode(b, at: i)
            if Scalars.isLetter(scalar) || b[i] == keeping
                || (start != nil && (Scalars.extendsCharacter(scalar) || joining && (scalar == "'" || scalar == "-")))
                || (start != nil && joining && scalar == "\u{2019}" && Self.opensPossessive(b, after: i + width)) {
                if start == nil { start = i }
            } else {
                end(i)
            }
            i += width
        }
        end(b.endIndex)
        return words
    }

    /// Whether the bytes at `i` are a possessive's `s` that ends its word: after `’`, `s` in `People’s`, never in `’self`.
    private static func opensPossessive<C: RandomAccessCollection<UInt8>>(_ b: C, after i: Int) -> Bool where C.Index == Int {
        guard i < b.endIndex, b[i] == UInt8(ascii: "s") else { return false }
        return i + 1 == b.endIndex || !Scalars.isWordCharacter(Scalars.decode(b, at: i + 1).scalar)
    }

    /// Up to three runs of ASCII digits parted by marks (`2021/07/15`, `07-2021`): each run's value and
    /// digit count, and how many runs; nil when a byte is neither digit nor mark, or a fourth run starts.
    ///
    ///     digitRuns(bytes("2021/7"), parted: { $0 == UInt8(ascii: "/") })  // values (2021, 7, 0), digits (4, 1, 0), count 2
    ///
    /// NB: the one reader of a written date's numbers (`DateText.deadline`, `ERCCells.yearMonth`);
    /// values and counts in tuples, not arrays.
    static func digitRuns(_ b: UnsafeBufferPointer<UInt8>, parted isMark: (UInt8) -> Bool)
    -> (values: (Int, Int, Int), digits: (Int, Int, Int), count: Int)? {
        var values = (0, 0, 0)
        var digits = (0, 0, 0)
        var count = 1
        for c in b {
            if isMark(c) {
                count += 1
                guard count <= 3 else { return nil }
                continue
            }
            guard isDigit(c) else { return nil }
            let v = Int(c - 0x30)
            switch count {
            case 1: values.0 = values.0 &* 10 &+ v; digits.0 += 1
            case 2: values.1 = values.1 &* 10 &+ v; digits.1 += 1
            default: values.2 = values.2 &* 10 &+ v; digits.2 += 1
            }
        }
        return (values, digits, count)
    }

    /// The value of some ASCII digits.
    ///
    ///     decimal(bytes("042")) == 42
    static func decimal<C: Collection<UInt8>>(_ digits: C) -> Int {
        digits.reduce(0) { $0 &* 10 &+ Int($1 &- 0x30) }
    }

    static func string<C: Collection<UInt8>>(_ b: C) -> String {
        String(decoding: b, as: UTF8.self)
    }
}
