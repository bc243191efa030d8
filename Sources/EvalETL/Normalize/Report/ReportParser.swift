/// Placeholder until the Report parser lands: reads the first line as the title.
public struct ReportParser: DocumentParser {
    public init() {}

    public func parse(_ document: Document) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind)
        doc.title = document.lines.lazy.compactMap { Text.nonEmpty($0) }.first
        return doc
    }
}
