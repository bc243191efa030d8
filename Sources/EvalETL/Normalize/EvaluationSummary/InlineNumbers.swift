/// Splits a run of text at consecutive inline item numbers `1) … 2) … 3) …`.
///
///     InlineNumbers.split("1) Coherence helps. 2) Working takes time.")
///         == ["1) Coherence helps.", "2) Working takes time."]
///     InlineNumbers.split("Lessons: 1) a 2) b") == ["Lessons:", "1) a", "2) b"]
///     InlineNumbers.split("P&B (Outcomes 3, 7 and 8) and SDGs") == ["P&B (Outcomes 3, 7 and 8) and SDGs"]
///
/// A marker is 1–3 digits and `)` standing after white space (or at the start) and
/// before a space, outside parentheses. The chain starts at the first marker when
/// the text opens with it, else at a `1)`; each next marker must carry the next number.
enum InlineNumbers {
    static func split(_ text: String) -> [String] {
        let b = ByteText.Bytes(text.utf8)
        var markers: [(at: Int, n: Int)] = []
        var depth = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "(") {
                depth += 1
            } else if c == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
            } else if ByteText.isDigit(c), depth == 0, ByteText.scalar(before: i, in: b).map(Scalars.isWhitespace) ?? true {
                let digits = b[i...].prefix(while: ByteText.isDigit).prefix(4)
                let j = digits.endIndex
                if digits.count <= 3, j < b.count, b[j] == UInt8(ascii: ")"), j + 1 == b.count || b[j + 1] == 0x20 {
                    markers.append((i, ByteText.decimal(digits)))
                    i = j + 1
                } else {
                    i = j
                }
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
        let cuts = [0] + chain.map(\.at) + [b.count]
        return zip(cuts, cuts.dropFirst()).map { ByteText.string(ByteText.fold(b[$0..<$1])) }.filter { !$0.isEmpty }
    }
}
