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
            do {
                return .rows(try RowAssembler.rows(for: doc, from: document))
            } catch {
                // NB: a row that does not fit its table is a bug in evaletl; the file is
                // still accounted for, as a reject that says so, and the run goes on.
                let reason = "internal error, please report: \(error.message)"
                let diags = document.diagnostics + [Diagnostic(file: document.sourceFile, line: 0, .error, reason)]
                return .reject(RejectRow(sourceFile: document.sourceFile, sha256: document.sha256, reason: reason), diags)
            }
        case .failure(let error):
            let reason = "cannot be read as \(document.kind.rawValue): \(error.description)"
            var diags = document.diagnostics
            diags.append(Diagnostic(file: document.sourceFile, line: error.line, .error, error.message))
            return .reject(RejectRow(sourceFile: document.sourceFile, sha256: document.sha256, reason: reason), diags)
        }
    }
}
