/// The normalize stage: `Document -> rows`, with the document kind's parser.
///
/// A parse failure becomes a reject with the parser's reason and a diagnostic.
enum Normalizer {
    static func normalize(_ document: Document) -> DocumentOutcome {
        do {
            let parsed = try document.kind.parser.parse(document)
            return .rows(RowAssembler.rows(for: parsed, from: document))
        } catch {
            let reason = "cannot be read as \(document.kind.rawValue): \(error.description)"
            var diags = document.diagnostics
            diags.append(Diagnostic(file: document.sourceFile, line: error.line, .error, error.message))
            return .reject(RejectRow(sourceFile: document.sourceFile, sha256: document.sha256, reason: reason), diags)
        }
    }
}
