extension DocumentKind {
    /// ILO evaluation summary: `QUICK FACTS` and its `Key: value` lines, or a short page whose
    /// title names an ILO evaluation.
    ///
    ///     QUICK FACTS                                   +3 (any case)
    ///     DC Symbol: …  /  Administrative Office: …     +1 each (and the other quick-fact keys; `TC Project Code: …` …)
    ///     Búsqueda Rápida                               +3 (Spanish `QUICK FACTS`)
    ///     o Type of Evaluation : …  /  ILO EVALUATION Evaluation Title: …   +1 each (a cover: `CoverLines.opensCover`)
    ///     Final evaluation of an ILO project            the first line alone, when nothing else decides (not
    ///                                                   `… of ILO project evaluations`: a synthesis, a report)
    static let iloSummary = DocumentKind(
        name: "ilo_summary", docType: .evaluationSummary,
        cues: [.line("QUICK FACTS", ignoringCase: true, weight: 3), .line("Búsqueda Rápida", ignoringCase: true, weight: 3),
               KindCue(weight: 1, firstBytes: CoverLines.cueFirstBytes) { CoverLines.opensCover($0) }]
            + ["DC Symbol:", "Administrative Office:", "Evaluation timing:", "Evaluation type:",
               "Technical Office:", "Evaluation manager:",
               // The older cover sheet's `Administrative information:`.
               "TC Project Code:", "ILO Administrative Unit:", "ILO Technical Unit:"].map { KindCue.prefix($0) },
        decisiveScore: 3, enoughScore: 1,
        titleCue: { title in
            // NB: `ILO` as a whole word: `Pilot Country Strategic Plans` is no ILO evaluation.
            // NB: `evaluation` as a word: a title naming `evaluations` only (`A meta-analysis of project evaluations`)
            // is about many of them, a report.
            ByteText.withUTF8(title) { t in
                ByteText.firstWordOffset(of: evaluationWord, in: t, foldingCase: true) != nil
                    && titleNames.contains { ByteText.firstWordOffset(of: $0, in: t, foldingCase: true) != nil }
            }
        },
        parser: EvaluationSummaryParser())

    /// Names of the ILO in a title, lower-case, each matched as whole words: `ILO`, `International Labour`.
    private static let titleNames = ["ilo", "international labour"].map { Array($0.utf8) }
    private static let evaluationWord = Array("evaluation".utf8)
}
