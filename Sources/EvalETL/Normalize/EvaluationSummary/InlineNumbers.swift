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
        let chars = Array(text)
        var markers: [(at: Int, n: Int)] = []
        var depth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "(" {
                depth += 1
            } else if c == ")" {
                depth = max(0, depth - 1)
            } else if c.isASCII, c.isNumber, depth == 0, i == 0 || chars[i - 1].isWhitespace {
                var j = i
                var n = 0
                while j < chars.count, j - i < 4, chars[j].isASCII, let d = chars[j].wholeNumberValue {
                    n = n * 10 + d
                    j += 1
                }
                if j - i <= 3, j < chars.count, chars[j] == ")", j + 1 == chars.count || chars[j + 1] == " " {
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
        let prefix = Text.fold(String(chars[0..<chain[0].at]))
        if !prefix.isEmpty { pieces.append(prefix) }
        for (k, m) in chain.enumerated() {
            let end = k + 1 < chain.count ? chain[k + 1].at : chars.count
            let piece = Text.fold(String(chars[m.at..<end]))
            if !piece.isEmpty { pieces.append(piece) }
        }
        return pieces
    }
}
