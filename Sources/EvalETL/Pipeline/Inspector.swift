import Foundation

/// Extract and normalize one file and render the parsed document as JSON.
///
///     {"kind": "management_response",
///      "parsed": {"doc_type": …, "office_type": …, "recommendations": [{"response_category": …, "actions": [ … ]}]},
///      "diagnostics": [ … ]}
///
/// Keys are snake_case, as the tables name their columns.
public enum Inspector {
    public enum Outcome { case success(String), failure(String) }

    public static func inspect(path: String, parties: PartyLexicon = .shipped) -> Outcome {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let file = SourceFile(relativePath: name, path: path)
        switch Extractor(maxFileMB: PipelineConfig().limits.maxFileMB).extract(file) {
        case .reject(let r):
            return .failure(r.reason)
        case .document(let doc):
            struct Output: Encodable {
                let source_file: String
                let source_sha256: String
                let kind: String
                var parsed: ParsedDocument?
                var error: String?
                var diagnostics: [String]
            }
            var out = Output(source_file: name, source_sha256: doc.sha256, kind: doc.kind.docType.rawValue,
                             parsed: nil, error: nil, diagnostics: doc.diagnostics.map(\.description))
            do {
                let parsed = try doc.kind.parser.parse(doc, parties: parties)
                out.parsed = parsed
                out.diagnostics = (doc.diagnostics + parsed.diagnostics).map { $0.inFile(name).description }
            } catch {
                out.error = error.description
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            // NB: keys as the tables name their columns (`office_type`, `response_category`), not as Swift does.
            encoder.keyEncodingStrategy = .convertToSnakeCase
            guard let data = try? encoder.encode(out) else { return .failure("cannot render JSON") }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }
}
