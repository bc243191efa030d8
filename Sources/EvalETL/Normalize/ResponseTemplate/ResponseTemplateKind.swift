extension DocumentKind {
    /// An agency's management response template (UNFPA's `Management Response to Evaluation`, and UNICEF's,
    /// WFP's, FAO's of the same shape): a cover table, then `Recommendation N :` / `Management Response :`
    /// blocks, each with a key action table of deadline and responsible unit.
    ///
    ///     UNFPA Management Response to Evaluation                   +3 (in the first 40 lines)
    ///     Key Action(s) Deadline Responsible unit(s)                +2
    ///     Management Response :  /  Management response: Agree.     +1 each
    ///     Evaluation title: …  /  Evaluation year: 2016             +1 each (in the first 40 lines)
    ///     UNICEF … Response Evaluation title: … Region: … Office: … +2 (a cover flattened into one line)
    ///
    /// NB: numbered recommendations with responses are also a report's annex: the table's header or the
    /// page's title must speak too (decisive: title, header and a response; enough: title and header, or
    /// the header and three responses).
    static let responseTemplate = DocumentKind(
        name: "response_template", docType: .managementResponse,
        cues: [
            // NB: a PDF's page number may stand before the heading (`1 UNICEF Evaluation Management Response …`).
            KindCue(weight: 3, withinFirst: 40, firstBytes: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)) {
                ResponseTemplateParser.isTitleLine($0)
            },
            KindCue(weight: 1, withinFirst: 40, firstBytes: Array("EeTtYy".utf8)) { ResponseTemplateParser.opensWithCoverLabel($0) },
            KindCue(weight: 2, withinFirst: 40, firstBytes: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)) {
                ResponseTemplateParser.isFlattenedCover($0)
            },
            KindCue(weight: 2, firstBytes: Array("AaKk".utf8)) { ResponseTemplateParser.tableHeaderOrder($0) != nil },
            KindCue(weight: 1, firstBytes: Array("Mm".utf8)) { line in
                guard case .field(.managementResponse, let value) = GATELine.classify(line) else { return false }
                return value.isEmpty || RecommendationFields.leadingCategory(value) != nil
            },
        ],
        decisiveScore: 6, enoughScore: 5, titleCue: nil, parser: ResponseTemplateParser())
}
