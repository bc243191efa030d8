extension DocumentKind {
    /// UN Women GATE management response: a `: value` header with its period line, then
    /// `Recommendation:` / `Management Response:` blocks and `Key Actions` tables.
    ///
    ///     Management Response                          +2 (in the first 5 lines, any case)
    ///     : 2020 - 2021 , Pakistan (CO)                +2 (in the first 20 lines)
    ///     Recommendation: …  /  Management Response: … +1 each
    ///     Management Response Category: …  /  Key Actions   +1 each
    static let unWomenGATE = DocumentKind(
        name: "un_women_gate", docType: .managementResponse,
        cues: [
            .line("management response", ignoringCase: true, weight: 2, withinFirst: 5),
            .prefix("Recommendation:"), .prefix("Management Response:"),
            .prefix("Management Response Category:"), .line("Key Actions"),
            KindCue(weight: 2, withinFirst: 20, firstBytes: Array(":".utf8)) { line in
                line.utf8.starts(with: ": ".utf8) && isPeriodLine(line.dropFirst(2))
            },
        ],
        decisiveScore: 3, enoughScore: 2, titleCue: nil, parser: ManagementResponseParser())

    /// `2020 - 2021 , Pakistan (CO)`: a GATE period line.
    static func isPeriodLine(_ s: Substring) -> Bool {
        let u = s.utf8
        return u.count >= 4 && u.prefix(4).allSatisfy(ByteText.isDigit) && u.contains(UInt8(ascii: "-"))
    }
}
