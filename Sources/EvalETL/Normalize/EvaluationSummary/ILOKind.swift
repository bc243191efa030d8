extension DocumentKind {
    /// ILO evaluation summary: `QUICK FACTS` and its `Key: value` lines, or a short page whose
    /// title names an ILO evaluation.
    ///
    ///     QUICK FACTS                                   +3 (any case)
    ///     DC Symbol: …  /  Administrative Office: …     +1 each (and the other quick-fact keys)
    ///     Final evaluation of an ILO project            the first line alone, when nothing else decides
    static let iloSummary = DocumentKind(
        name: "ilo_summary", docType: .evaluationSummary,
        cues: [.line("QUICK FACTS", ignoringCase: true, weight: 3)]
            + ["DC Symbol:", "Administrative Office:", "Evaluation timing:", "Evaluation type:",
               "Technical Office:", "Evaluation manager:"].map { KindCue.prefix($0) },
        decisiveScore: 3, enoughScore: 1,
        titleCue: { title in
            let t = ByteText.lowercased(title).utf8
            return t.contains("evaluation".utf8) && (t.contains("ilo".utf8) || t.contains("international labour".utf8))
        },
        parser: EvaluationSummaryParser())
}
