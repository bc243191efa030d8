extension DocumentKind {
    /// Any other evaluation document in prose: what a document is when no other kind claims it.
    static let report = DocumentKind(
        name: "report", docType: .report, cues: [], decisiveScore: .max, enoughScore: .max,
        titleCue: nil, parser: ScreenedParser(ReportParser()))
}
