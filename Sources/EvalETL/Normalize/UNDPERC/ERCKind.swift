extension DocumentKind {
    /// UNDP ERC management response page: `Commissioning Unit:` and the evaluation's fields, then
    /// `N. Recommendation:` / `Evaluation recommendation N.` blocks with their key-action tables.
    ///
    ///     Commissioning Unit: Fiji  (any language of `ERCVocabulary`)       +3
    ///     Key Action Responsible DueDate Status …                          +3
    ///     1. Recommendation: …  /  Evaluation recommendation 1. …          +1 each
    ///     Management Response: [Added: …]                                   +2
    static let undpERC = DocumentKind(
        name: "undp_erc", docType: .managementResponse,
        cues: ERCVocabulary.labels.filter { $0.1 == .commissioningUnit }.map { labelCue($0.0, weight: 3) }
            + [
                KindCue.prefix("Key Action Responsible DueDate", weight: 3), KindCue.prefix("Key Action | Responsible", weight: 3),
                // NB: numbered recommendations alone are no ERC page (other agencies' templates have them).
                KindCue(weight: 1, firstBytes: Array("0123456789EeRr".utf8)) { line in
                    guard case .recommendation(let n, _) = ERCLine.recommendation(line), n != nil else { return false }
                    // `1. Recommendation:` or `Evaluation recommendation 1.`, not GATE's `Recommendation 1:`.
                    // NB: the number was read first (an ASCII digit starts the line) or after an opener.
                    guard let f = line.utf8.first, !ByteText.isDigit(f) else { return true }
                    return !ByteText.withUTF8(line) { ByteText.starts($0, at: 0, with: recom, foldingCase: true) }
                },
                KindCue(weight: 2, firstBytes: Array("MRr".utf8)) { line in
                    guard case .field(.managementResponse, let value?) = ERCLine.classify(line) else { return false }
                    return ERCStamps.find(in: value)?.added != nil
                },
            ],
        decisiveScore: 3, enoughScore: 3, titleCue: nil, parser: ERCResponseParser())

    /// UNDP ERC evaluation detail page: `Evaluation Plan:`, `Evaluation Budget(US $):`,
    /// `Atlas Project Number:`, `Evaluation Team members:` …; the current site writes each label alone
    /// on its line, no colon, its value on the next (`Atlas Project Number` / `89758`).
    ///
    ///     Report Cover Image                                   +2
    ///     Evaluation Plan: / Evaluation Budget(US $): / Atlas Project Number: / Evaluation Team members:  +1 each
    ///     Evaluation Plan / Evaluation Budget / Atlas Project Number / Evaluation Team members          +1 each
    ///     Plan Period / Plan Date / Quality Assessment / Evaluation Title / Joint Programme …         +1 each
    ///
    /// NB: the current site drops an empty field's label too; an IEO page may keep only `Evaluation Budget`, so its
    /// other labels count (`ERCVocabulary.currentSiteLabels`; those other pages write too, as a table's cell, only beside
    /// another cue).
    static let undpERCRecord = DocumentKind(
        name: "undp_erc_record", docType: .evaluationSummary,
        cues: [.line("Report Cover Image", weight: 2)] + recordLabels.map { labelCue($0) } + recordLabels.map { KindCue.line($0) }
            + ERCVocabulary.currentSiteLabels.map { label, alone in
                var cue = KindCue.line(label)
                cue.supporting = !alone
                return cue
            },
        decisiveScore: 3, enoughScore: 3, titleCue: nil, parser: ERCRecordParser())

    /// The labels that speak for an evaluation detail page, in every language.
    private static let recordLabels = ERCVocabulary.labels
        .filter { [.evaluationPlan, .budget, .atlasProjectNumber, .teamMembers].contains($0.1) }.map(\.0)

    /// What GATE's `Recommendation 1:` starts with.
    private static let recom = Array("recom".utf8)

    /// A line that starts with `label` and its colon (`Unité de mandat : Bénin`, `Commissioning Unit:Fiji`).
    static func labelCue(_ label: String, weight: Int = 1) -> KindCue {
        KindCue(weight: weight, firstBytes: [label.utf8.first!]) { line in
            guard line.utf8.starts(with: label.utf8) else { return false }
            return line.utf8.dropFirst(label.utf8.count).drop { $0 == 0x20 }.first == UInt8(ascii: ":")
        }
    }
}
