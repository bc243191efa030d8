/// The normalize stage: `Document -> NormalizedDocument`, with the document kind's parser;
/// then `assemble`: a normalized document (new, or from the cache) to rows or a reject.
///
///     var normalized = cache.lookup(sha256) ?? Normalizer.normalize(extract(file), parties: lexicon)
///     let outcome = Normalizer.assemble(taking: &normalized, sourceFile: file.relativePath, sha256: sha256)
enum Normalizer {
    static func normalize(_ document: Document, parties: PartyLexicon) -> NormalizedDocument {
        var n = NormalizedDocument(kind: document.kind.name, extractDiagnostics: document.diagnostics)
        do {
            n.parsed = try document.kind.parser.parse(document, parties: parties)
        } catch {
            n.error = error
        }
        return n
    }

    /// Rows for a normalized document, or the reject for a failed parse, letting go of `n`'s parse
    /// as its rows are laid out (`RowAssembler.rows(taking:)`).
    static func assemble(taking n: inout NormalizedDocument, sourceFile: String, sha256: String) -> DocumentOutcome {
        let extractDiagnostics = n.extractDiagnostics.map { $0.inFile(sourceFile) }
        func reject(_ reason: String, line: Int, _ message: String) -> DocumentOutcome {
            // NB: the load stage says `rejected: <reason>`; a message that is the reason is not said twice.
            let diags = extractDiagnostics + (message == reason ? [] : [Diagnostic(file: sourceFile, line: line, .error, message)])
            return .reject(RejectRow(sourceFile: sourceFile, sha256: sha256, reason: reason), diags)
        }
        guard var parsed = n.parsed else {
            let error = n.error ?? ParseError(line: 0, "unreadable")
            if error.notEvaluation == true { return reject(error.message, line: 0, error.message) }
            let docType = DocumentKind.named(n.kind)?.docType.rawValue ?? n.kind
            return reject("cannot be read as \(docType): \(error.description)", line: error.line, error.message)
        }
        do {
            n.parsed = nil
            return .rows(try RowAssembler.rows(taking: &parsed, sourceFile: sourceFile, sha256: sha256,
                                               extractDiagnostics: extractDiagnostics))
        } catch {
            // NB: a row that does not fit its table is a bug in evaletl; the file is
            // still accounted for, as a reject that says so, and the run goes on.
            let reason = "internal error, please report: \(error.message)"
            return reject(reason, line: 0, reason)
        }
    }
}

/// What normalize makes of one document: its parse, or why it has none, with the warnings
/// extract gave. It is what the cache keeps: it names no file (the name is the run's own).
public struct NormalizedDocument: Sendable {
    /// `DocumentKind.name` of the parser that read it.
    public var kind: String
    public var extractDiagnostics: [Diagnostic]
    public var parsed: ParsedDocument?
    public var error: ParseError?
}
