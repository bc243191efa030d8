/// Small text helpers shared by the parsers.
public enum Text {
    /// Every whitespace run (newlines included) becomes one space; ends trimmed.
    ///
    ///     Text.fold("  a \n b ") == "a b"
    public static func fold<S: StringProtocol>(_ s: S) -> String {
        // NB: folds on UTF-8 bytes; whitespace is ASCII or one of the few
        // multi-byte spaces below, so no decoding is needed. Most text reaching
        // here is folded already, so it is checked first and then copied once.
        let folded = s.utf8.withContiguousStorageIfAvailable { b -> String? in
            isFolded(b) ? nil : foldBytes(b)
        }
        switch folded {
        case .some(.some(let f)): return f
        case .some(.none): return String(s)
        case .none: return Array(s.utf8).withUnsafeBufferPointer { foldBytes($0) }
        }
    }

    /// No whitespace but single spaces between other bytes: `fold` would change nothing.
    static func isFolded(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last, let base = b.baseAddress else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previousSpace = false
        var i = 0
        let n = b.count
        while i < n {
            // NB: eight bytes at a time while they hold no control and no non-ASCII byte,
            // so only doubled spaces need looking for.
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if zeroBytes(x & 0xE0E0_E0E0_E0E0_E0E0) | (x & 0x8080_8080_8080_8080) == 0 {
                    let spaces = zeroBytes(x ^ 0x2020_2020_2020_2020)
                    if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                    previousSpace = spaces >> 63 != 0
                    i += 8
                    continue
                }
            }
            for j in i..<min(i + 8, n) {
                let c = b[j]
                if c == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if c >= 0x09 && c <= 0x0D { return false }
                if c >= 0xC2 && whitespaceWidth(b, j) > 0 { return false }
            }
            i += 8
        }
        return true
    }

    /// 0x80 in each byte of `v` that is zero, 0 elsewhere.
    @inline(__always)
    private static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low = UInt64(0x7F7F_7F7F_7F7F_7F7F)
        return ~(((v & low) &+ low) | v | low)
    }

    /// `fold` of UTF-8 bytes, written straight into the new string.
    private static func foldBytes(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            var o = 0
            var i = 0
            var pendingSpace = false
            let n = b.count
            while i < n {
                let c = b[i]
                var width = 0
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                    width = 1
                } else if c >= 0xC2 {
                    width = whitespaceWidth(b, i)
                }
                if width > 0 {
                    pendingSpace = o > 0
                    i += width
                    continue
                }
                if pendingSpace { out[o] = 0x20; o += 1; pendingSpace = false }
                out[o] = c
                o += 1
                i += 1
            }
            return o
        }
    }

    /// Byte length of the Unicode space starting at `i` (U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), or 0.
    @inline(__always)
    static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count
        switch b[i] {
        case 0xC2 where i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0):
            return 2
        case 0xE1 where i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80:
            return 3
        case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] <= 0x8A || b[i + 2] == 0xA8 || b[i + 2] == 0xA9 || b[i + 2] == 0xAF):
            return 3
        case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0x9F:
            return 3
        case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80:
            return 3
        default:
            return 0
        }
    }

    /// Trimmed, or nil when nothing is left.
    ///
    ///     Text.nonEmpty("  ") == nil
    public static func nonEmpty<S: StringProtocol>(_ s: S?) -> String? {
        guard let s else { return nil }
        let f = fold(s)
        return f.isEmpty ? nil : f
    }

    /// `s` without leading and trailing white space (`Scalars.isWhitespace`), and the marks
    /// that join it (`Scalars.extendsCharacter`).
    ///
    ///     Text.trimmed("\u{A0} a b ") == "a b"
    static func trimmed(_ s: Substring) -> Substring {
        // NB: most texts trimmed start and end with a visible ASCII byte.
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return s }
        let u = s.unicodeScalars
        var lo = u.startIndex
        while lo < u.endIndex, Scalars.isWhitespace(u[lo]) {
            lo = u.index(after: lo)
            while lo < u.endIndex, Scalars.extendsCharacter(u[lo]) { lo = u.index(after: lo) }
        }
        var hi = u.endIndex
        while hi > lo {
            var base = u.index(before: hi)
            while base > lo, Scalars.extendsCharacter(u[base]) { base = u.index(before: base) }
            guard Scalars.isWhitespace(u[base]) else { break }
            hi = base
        }
        return Substring(u[lo..<hi])
    }

    /// Splits a GATE list field on `, `, keeping vocabulary items that contain a
    /// comma whole and dropping `Not applicable`.
    ///
    ///     splitList("Advocacy, Evidence, Data and statistics, Not applicable")
    ///         == ["Advocacy", "Evidence, Data and statistics"]
    ///
    /// NB: most values are folded already; they are cut where they lie, without a copy.
    public static func splitList<S: StringProtocol>(_ value: S) -> [String] {
        ByteText.withUTF8(value) { b in
            isFolded(b) ? splitFoldedList(b) : ByteText.withUTF8(foldBytes(b), splitFoldedList)
        }
    }

    /// `splitList` of folded text.
    ///
    /// NB: items and `Not applicable` are ASCII, compared with ASCII case folded (`ByteText.firstOffset`).
    private static func splitFoldedList(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        var items: [String] = []
        let n = b.count
        var i = 0
        outer: while i < n {
            for (item, itemLower) in lowercasedCommaItems where startsFoldingCase(b, at: i, with: itemLower) {
                let after = i + itemLower.count
                if after == n || b[after] == UInt8(ascii: ",") {
                    if !ByteText.withUTF8(item, isNotApplicable) { items.append(item) }
                    i = after
                    while i < n && (b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: " ")) { i += 1 }
                    continue outer
                }
            }
            var end = i
            while end < n && b[end] != UInt8(ascii: ",") { end += 1 }
            // NB: a piece of folded text folds by trimming its ends.
            var lower = i
            var upper = end
            while lower < upper && b[lower] == UInt8(ascii: " ") { lower += 1 }
            while upper > lower && b[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
            let piece = UnsafeBufferPointer(rebasing: b[lower..<upper])
            if !piece.isEmpty && !isNotApplicable(piece) { items.append(String(decoding: piece, as: UTF8.self)) }
            i = end + 1
            while i < n && b[i] == UInt8(ascii: " ") { i += 1 }
        }
        return items
    }

    /// `item` lower-cased is `not applicable`.
    private static func isNotApplicable(_ item: UnsafeBufferPointer<UInt8>) -> Bool {
        item.count == notApplicableLower.count && startsFoldingCase(item, at: 0, with: notApplicableLower)
    }

    private static let notApplicableLower = Array(Vocabulary.notApplicable.lowercased().utf8)

    /// `Vocabulary.commaItems`, each with its lower-case bytes.
    static let lowercasedCommaItems = Vocabulary.commaItems.map { ($0, Array($0.lowercased().utf8)) }

    /// The bytes from `i` on, ASCII capitals lower-cased, start with the lower-case bytes `prefix`.
    private static func startsFoldingCase(_ b: UnsafeBufferPointer<UInt8>, at i: Int, with prefix: [UInt8]) -> Bool {
        guard b.count - i >= prefix.count else { return false }
        for k in 0..<prefix.count where ByteText.lower(b[i + k]) != prefix[k] { return false }
        return true
    }

    /// Country names from `Vocabulary.countries` that stand in `text` as whole words,
    /// in order of first appearance; the longest name wins (`Papua New Guinea`, not `Guinea`).
    ///
    ///     countries(in: "Multi-Country Office for Central Asia (Kazakhstan)") == ["Kazakhstan"]
    public static func countries(in text: String) -> [String] {
        let words = letterWords(text)
        var found: [String] = []
        var i = 0
        while i < words.count {
            var matched = 0
            if let candidates = countryIndex[words[i]] {
                for (name, parts) in candidates where i + parts.count <= words.count
                    && words[i..<(i + parts.count)].elementsEqual(parts) {
                    if !found.contains(name) { found.append(name) }
                    matched = parts.count
                    break
                }
            }
            i += max(1, matched)
        }
        return found
    }

    /// Country names by first word, each with its words; longest first.
    static let countryIndex: [String: [(String, [String])]] = {
        var index: [String: [(String, [String])]] = [:]
        for name in Vocabulary.countries {
            let parts = letterWords(name)
            guard let first = parts.first else { continue }
            index[first, default: []].append((name, parts))
        }
        for k in index.keys { index[k]!.sort { $0.1.count > $1.1.count } }
        return index
    }()

    /// Runs of letters (`Scalars.isLetter`; apostrophes and hyphens inside), as written.
    ///
    ///     letterWords("Côte d'Ivoire, Guinea-Bissau's") == ["Côte", "d'Ivoire", "Guinea-Bissau's"]
    static func letterWords(_ text: String) -> [String] {
        ByteText.withUTF8(text) { b in
            var words: [String] = []
            var start: Int?
            func end(_ i: Int) {
                guard let s = start else { return }
                var e = i
                while e > s, b[e - 1] == UInt8(ascii: "'") || b[e - 1] == UInt8(ascii: "-") { e -= 1 }
                words.append(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
                start = nil
            }
            var i = 0
            while i < b.count {
                let (scalar, width) = Scalars.decode(b, at: i)
                if Scalars.isLetter(scalar) || ((scalar == "'" || scalar == "-") && start != nil) {
                    if start == nil { start = i }
                } else {
                    end(i)
                }
                i += width
            }
            end(b.count)
            return words
        }
    }

    /// A byte that can be part of a word: ASCII letters and digits, and any non-ASCII byte.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
