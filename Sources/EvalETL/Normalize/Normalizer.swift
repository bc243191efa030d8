/// The normalize stage: `Document -> rows`, with the document kind's parser.
///
/// A parse failure becomes a reject with the parser's reason and a diagnostic.
enum Normalizer {
    static func normalize(_ document: Document) -> DocumentOutcome {
        outcome(document, parse(document))
    }

    static func parse(_ document: Document) -> Result<ParsedDocument, ParseError> {
        do {
            return .success(try document.kind.parser.parse(document))
        } catch {
            return .failure(error)
        }
    }

    /// Rows for a parsed document, or the reject for a failed parse.
    static func outcome(_ document: Document, _ parsed: Result<ParsedDocument, ParseError>) -> DocumentOutcome {
        switch parsed {
        case .success(let doc):
            return .rows(RowAssembler.rows(for: doc, from: document))
        case .failure(let error):
            let reason = "cannot be read as \(document.kind.rawValue): \(error.description)"
            var diags = document.diagnostics
            diags.append(Diagnostic(file: document.sourceFile, line: error.line, .error, error.message))
            return .reject(RejectRow(sourceFile: document.sourceFile, sha256: document.sha256, reason: reason), diags)
        }
    }
}
