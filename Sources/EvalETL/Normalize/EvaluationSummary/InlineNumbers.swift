/// Splits a run of text at consecutive inline item numbers `1) … 2) … 3) …`.
///
///     InlineNumbers.split("1) Coherence helps. 2) Working takes time.")
///         == ["1) Coherence helps.", "2) Working takes time."]
///     InlineNumbers.split("Lessons: 1) a 2) b") == ["Lessons:", "1) a", "2) b"]
///     InlineNumbers.split("P&B (Outcomes 3, 7 and 8) and SDGs") == ["P&B (Outcomes 3, 7 and 8) and SDGs"]
///
/// A marker is 1–3 digits and `)` standing after whitespace (or at the start) and
/// before a space, outside parentheses. The chain starts at the first marker when
/// the text opens with it, else at a `1)`; each next marker must carry the next number.
enum InlineNumbers {
    static func split(_ text: String) -> [String] {
        guard mayHaveChain(text) else { return [text] }
        // NB: in byte text each byte is a Character; no Character array is needed.
        if ByteText.isSimpleASCII(text) {
            return ByteText.withUTF8(text) { b in split(text, units: b) { String(decoding: b[$0], as: UTF8.self) } }
        }
        let chars = Array(text)
        return split(text, units: chars) { String(chars[$0]) }
    }

    /// `split` over the Characters (or bytes) of `text`; `piece` makes the text of a range of them.
    fileprivate static func split<Units: RandomAccessCollection>(_ text: String, units chars: Units, piece: (Range<Int>) -> String) -> [String]
    where Units.Index == Int, Units.Element: MarkerUnit {
        var markers: [(at: Int, n: Int)] = []
        var depth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == .open {
                depth += 1
            } else if c == .close {
                depth = max(0, depth - 1)
            } else if c.digit != nil, depth == 0, i == 0 || chars[i - 1].isWhitespace {
                var j = i
                var n = 0
                while j < chars.count, j - i < 4, let d = chars[j].digit {
                    n = n * 10 + d
                    j += 1
                }
                if j - i <= 3, j < chars.count, chars[j] == .close, j + 1 == chars.count || chars[j + 1] == .space {
                    markers.append((i, n))
                    i = j + 1
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        guard let start = markers.firstIndex(where: { $0.at == 0 || $0.n == 1 }) else { return [text] }
        var chain = [markers[start]]
        for m in markers[(start + 1)...] where m.n == chain[chain.count - 1].n + 1 {
            chain.append(m)
        }
        guard chain.count >= 2 else { return [text] }
        var pieces: [String] = []
        let prefix = Text.fold(piece(0..<chain[0].at))
        if !prefix.isEmpty { pieces.append(prefix) }
        for (k, m) in chain.enumerated() {
            let end = k + 1 < chain.count ? chain[k + 1].at : chars.count
            let text = Text.fold(piece(m.at..<end))
            if !text.isEmpty { pieces.append(text) }
        }
        return pieces
    }

    /// False when `text` has fewer than two digit bytes right before a `)`, so no chain of two markers.
    ///
    /// NB: most blocks have no inline numbers; this spares them the Character array.
    static func mayHaveChain(_ text: String) -> Bool {
        ByteText.withUTF8(text) { b in
            var pairs = 0
            var i = 1
            while i < b.count {
                if b[i] == UInt8(ascii: ")"), b[i - 1] >= 0x30, b[i - 1] <= 0x39 {
                    pairs += 1
                    if pairs == 2 { return true }
                }
                i += 1
            }
            return false
        }
    }
}

/// A Character, or a byte of byte text, as `InlineNumbers` reads it.
fileprivate protocol MarkerUnit: Equatable {
    /// The value of an ASCII digit.
    var digit: Int? { get }
    var isWhitespace: Bool { get }
    static var open: Self { get }
    static var close: Self { get }
    static var space: Self { get }
}

extension Character: MarkerUnit {
    fileprivate var digit: Int? { isASCII ? wholeNumberValue : nil }
    fileprivate static var open: Character { "(" }
    fileprivate static var close: Character { ")" }
    fileprivate static var space: Character { " " }
}

extension UInt8: MarkerUnit {
    fileprivate var digit: Int? { self >= 0x30 && self <= 0x39 ? Int(self - 0x30) : nil }
    fileprivate var isWhitespace: Bool { ByteText.isSpace(self) }
    fileprivate static var open: UInt8 { UInt8(ascii: "(") }
    fileprivate static var close: UInt8 { UInt8(ascii: ")") }
    fileprivate static var space: UInt8 { UInt8(ascii: " ") }
}
