/// Decides which kind of document a text is, from the lines that mark each kind.
///
///     "Management Response" / ": 2020 - 2020 , Pakistan (CO)" / "Recommendation: …"  -> management_response
///     "QUICK FACTS" / "DC Symbol: …" / "Administrative Office: …"                  -> evaluation_summary
///     anything else                                                                 -> report
public enum KindDetector {
    public static func detect(lines: [Substring]) -> DocType {
        var gate = 0
        var ilo = 0
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingBlanks()
            guard let first = line.utf8.first, mayMark(first: first) else { continue }
            // NB: in byte text a byte is a Character: prefixes compare as bytes.
            let simple = ByteText.isSimpleASCII(line)
            func starts(_ p: StaticString) -> Bool {
                simple ? p.withUTF8Buffer { line.utf8.starts(with: $0) } : line.hasPrefix("\(p)")
            }
            if i < 5 && line.lowercased() == "management response" { gate += 2 }
            if starts("Recommendation:") || starts("Management Response:") { gate += 1 }
            if starts("Management Response Category:") || line == "Key Actions" { gate += 1 }
            if starts(": ") && i < 20 && isPeriodLine(line.dropFirst(2)) { gate += 2 }
            if line.utf8.count == 11 && line.uppercased() == "QUICK FACTS" { ilo += 3 }
            for key in iloKeys where starts(key) {
                ilo += 1
            }
            if gate >= 3 { return .managementResponse }
            if ilo >= 3 { return .evaluationSummary }
        }
        if gate >= 2 { return .managementResponse }
        if ilo >= 1 { return .evaluationSummary }
        // A short ILO page: a title naming an ILO evaluation and an abstract.
        if let title = lines.first(where: { !$0.trimmingCharacters(in: " \t").isEmpty }) {
            let t = title.lowercased()
            if t.contains("evaluation") && (t.contains("ilo") || t.contains("international labour")) {
                return .evaluationSummary
            }
        }
        return .report
    }

    static let iloKeys: [StaticString] = [
        "DC Symbol:", "Administrative Office:", "Evaluation timing:", "Evaluation type:", "Technical Office:", "Evaluation manager:",
    ]

    /// Whether a line starting with this byte can be one the checks in `detect` count.
    ///
    /// NB: most lines start with some other letter; skipping them saves the case
    /// mapping and the prefix comparisons. A non-ASCII first byte is always checked
    /// (U+212A KELVIN SIGN compares equal to `K`).
    static func mayMark(first: UInt8) -> Bool {
        first >= 0x80 || markStarts[Int(first)]
    }

    /// The first letters of the marking lines: `: 2020 - …`, `Recommendation:`,
    /// `Management Response…`, `management response` in any case, `Key Actions`,
    /// `QUICK FACTS` in any case, `DC Symbol:`, `Administrative Office:`,
    /// `Evaluation …:`, `Technical Office:`.
    private static let markStarts: [Bool] = (0..<128).map { b in
        ":RMmKQqDAET".utf8.contains(UInt8(b))
    }

    /// `2020 - 2021 , Pakistan (CO)`: a GATE period line.
    static func isPeriodLine(_ s: Substring) -> Bool {
        let u = Array(s.utf8.prefix(4))
        guard u.count == 4 && u.allSatisfy({ (48...57).contains($0) }) else { return false }
        return ByteText.isSimpleASCII(s) ? s.utf8.contains(UInt8(ascii: "-")) : s.contains("-")
    }
}

extension Substring {
    /// The line without leading and trailing spaces and tabs.
    func trimmingBlanks() -> Substring {
        let u = utf8
        let isBlank = { (b: UInt8) in b == 0x20 || b == 0x09 }
        guard let start = u.firstIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
        let end = u.lastIndex(where: { !isBlank($0) })!
        return self[start...end]
    }
}

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> Substring {
        let s = Substring(self)
        let bytes = Set(set.utf8)
        let u = s.utf8
        guard let start = u.firstIndex(where: { !bytes.contains($0) }) else { return s[s.endIndex...] }
        let end = u.lastIndex(where: { !bytes.contains($0) })!
        return s[start...end]
    }
}
