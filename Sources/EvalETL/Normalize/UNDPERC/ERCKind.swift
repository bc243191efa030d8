extension DocumentKind {
    /// UNDP ERC management response page: `Commissioning Unit:` and the evaluation's fields, then
    /// `N. Recommendation:` / `Evaluation recommendation N.` blocks with their key-action tables.
    ///
    ///     Commissioning Unit: Fiji  (any language of `ERCVocabulary`)       +3
    ///     Key Action Responsible DueDate Status …                          +3
    ///     1. Recommendation: …  /  Evaluation recommendation 1. …          +2 each
    ///     Management Response: [Added: …]                                   +2
    static let undpERC = DocumentKind(
        name: "undp_erc", docType: .managementResponse,
        cues: ERCVocabulary.labels.filter { $0.1 == .commissioningUnit }.map { KindCue.prefix($0.0 + ":", weight: 3) }
            + [
                KindCue.prefix("Key Action Responsible DueDate", weight: 3), KindCue.prefix("Key Action | Responsible", weight: 3),
                KindCue(weight: 2, firstBytes: Array("0123456789EeRr".utf8)) { line in
                    guard case .recommendation(let n, _) = ERCLine.recommendation(line) else { return false }
                    return n != nil
                },
                KindCue(weight: 2, firstBytes: Array("MRr".utf8)) { line in
                    guard case .field(.managementResponse, let value)? = Optional(ERCLine.classify(line)),
                          let value, let s = ERCStamps.find(in: value) else { return false }
                    return s.added != nil
                },
            ],
        decisiveScore: 3, enoughScore: 3, titleCue: nil, parser: ERCResponseParser())

    /// UNDP ERC evaluation detail page: `Evaluation Plan:`, `Evaluation Budget(US $):`,
    /// `Atlas Project Number:`, `Evaluation Team members:` …
    ///
    ///     Report Cover Image                                   +1
    ///     Evaluation Plan: / Evaluation Budget(US $): / Atlas Project Number: / Evaluation Team members:  +1 each
    static let undpERCRecord = DocumentKind(
        name: "undp_erc_record", docType: .evaluationSummary,
        cues: [.line("Report Cover Image")]
            + ERCVocabulary.labels.filter { [.evaluationPlan, .budget, .atlasProjectNumber, .teamMembers].contains($0.1) }
                .map { KindCue.prefix($0.0 + ":") },
        decisiveScore: 3, enoughScore: 3, titleCue: nil, parser: ERCRecordParser())
}
