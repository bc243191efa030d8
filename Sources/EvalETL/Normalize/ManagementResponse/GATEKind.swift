extension DocumentKind {
    /// UN Women GATE management response: a `: value` header with its period line, then
    /// `Recommendation:` / `Management Response:` blocks and `Key Actions` tables.
    ///
    ///     Management Response                          +2 (in the first 5 lines, any case)
    ///     : 2020 - 2021 , Pakistan (CO)                +2 (in the first 20 lines)
    ///     Management Response: …                       +1 each
    ///     Management Response Category: …  /  Key Actions   +1 each
    ///     Responsible | / Deadline | / Comments |      +1 each (the key action table saved a cell a line)
    ///     Recommendation: …                            +1 each, beside one of the cues above (`supporting`): a
    ///                                                  digest's `Recommendation:` blocks alone are no response
    static let unWomenGATE = DocumentKind(
        name: "un_women_gate", docType: .managementResponse,
        cues: [
            .line("management response", ignoringCase: true, weight: 2, withinFirst: 5),
            .prefix("Recommendation:", supporting: true), .prefix("Management Response:"),
            .prefix("Management Response Category:"), .line("Key Actions"),
            .line("Responsible |"), .line("Deadline |"), .line("Comments |"),
            // The period line (`: 2020 - 2021 , Pakistan (CO)`): `: `, four digits, a `-`.
            KindCue(weight: 2, withinFirst: 20, firstBytes: Array(":".utf8)) { line in
                let period = line.dropFirst(2).utf8
                return line.utf8.starts(with: ": ".utf8) && period.count >= 4 && period.prefix(4).allSatisfy(ByteText.isDigit)
                    && period.contains(UInt8(ascii: "-"))
            },
        ],
        decisiveScore: 3, enoughScore: 2, titleCue: nil, parser: ManagementResponseParser())
}
