/// A parser that first asks whether the page is an evaluation document at all (`NotAnEvaluation`).
///
///     DocumentKind.report.parser = ScreenedParser(ReportParser())
///     "Hello world"          -> throws "not an evaluation document: prose that names no evaluation"
///     a report in prose      -> ReportParser's rows
///     "1. Négocier … 7. Assurer …" / "*Comments"  -> throws "not an evaluation document: nothing read: …" (no field read)
///
/// NB: the catch-all kind takes whatever no other kind claims, so it is the one that must
/// tell a navigation page, a listing or random text from a report.
public struct ScreenedParser: DocumentParser {
    let inner: any DocumentParser

    public init(_ inner: any DocumentParser) { self.inner = inner }

    public func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        if let what = NotAnEvaluation.reason(document.lines) { throw .notAnEvaluation(what) }
        let doc = try inner.parse(document, parties: parties)
        if let what = NotAnEvaluation.reason(report: doc) { throw .notAnEvaluation(what) }
        return doc
    }
}
