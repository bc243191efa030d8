extension DocumentKind {
    /// An agency's management response template (UNFPA's `Management Response to Evaluation`, and UNICEF's,
    /// WFP's, FAO's of the same shape): a cover table, then `Recommendation N :` / `Management Response :`
    /// blocks, each with a key action table of deadline and responsible unit.
    ///
    ///     UNFPA Management Response to Evaluation                   +3 (in the first 40 lines)
    ///     Key Action(s) Deadline Responsible unit(s)                +2 (or its first line, the row wrapped)
    ///     Management Response (Agree, Partially Agree, Disagree):   +3 (the categories to choose from)
    ///     Management Response :  /  Management response: Agree.     +1 each
    ///     Evaluation title: …  /  Evaluation year: 2016             +1 each (in the first 40 lines)
    ///     UNICEF … Response Evaluation title: … Region: … Office: … +2 (a cover flattened into one line)
    ///     … Overall assessment: The purpose …                       +2 (the overall response's label, in the first 40 lines)
    ///     … Report Issue Year Evaluation type … Region … 2018 …     +3 (a cover flattened as its labels, then its values)
    ///     KEY RECOMMENDATIONS TO OCHA                               +2 (a matrix's column of recommendations)
    ///
    /// NB: numbered recommendations with responses are also a report's annex: the table's header or the
    /// page's title must speak too (decisive: title, header and a response; enough: title and header, the
    /// header and the categories to choose from, or the header and three responses).
    static let responseTemplate = DocumentKind(
        name: "response_template", docType: .managementResponse,
        cues: [
            // NB: a PDF's page number may stand before the heading (`1 UNICEF Evaluation Management Response …`).
            KindCue(weight: 3, withinFirst: 40, firstBytes: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)) {
                ResponseTemplateParser.isTitleLine($0)
            },
            KindCue(weight: 1, withinFirst: 40, firstBytes: Array("DdEeTtYy".utf8)) { ResponseTemplateParser.opensWithCoverLabel($0) },
            KindCue(weight: 2, withinFirst: 40, firstBytes: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)) {
                ResponseTemplateParser.isFlattenedCover($0)
            },
            KindCue(weight: 2, withinFirst: 40, firstBytes: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)) {
                ResponseTemplateParser.holdsSummaryLabel($0)
            },
            KindCue(weight: 3, withinFirst: 40, firstBytes: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)) {
                ResponseTemplateParser.holdsCoverLabelRun($0)
            },
            // NB: a header row wrapped over lines (`Action Planned Responsible` / `Office/Person Expected Completion Date`)
            // is seen on its first line.
            KindCue(weight: 2, firstBytes: Array("AaKkMm".utf8)) {
                ResponseTemplateParser.tableHeaderOrder($0) != nil || ResponseTemplateParser.opensTableHeader($0)
            },
            KindCue(weight: 3, firstBytes: Array("AaMm".utf8)) { ResponseTemplateParser.listsCategoryChoices($0) },
            KindCue(weight: 2, firstBytes: Array("Kk".utf8)) { ResponseTemplateParser.isRecommendationsColumn($0) },
            KindCue(weight: 1, firstBytes: Array("Mm".utf8)) { line in
                guard case .field(.managementResponse, let value) = GATELine.classify(line) else { return false }
                return value.isEmpty || RecommendationFields.leadingCategory(value) != nil
            },
        ],
        decisiveScore: 6, enoughScore: 5, titleCue: nil, parser: ResponseTemplateParser())
}
