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
        case .failure(let r):
            return .failure(r.reason)
        case .success(let doc):
            struct Output: Encodable {
                let source_file: String
                let source_sha256: String
                let kind: String
                let parsed: ParsedDocument?
                let error: String?
                let diagnostics: [String]
            }
            let n = Normalizer.normalize(doc, parties: parties)
            let diagnostics = n.extractDiagnostics + (n.parsed?.diagnostics ?? [])
            let out = Output(source_file: name, source_sha256: doc.sha256, kind: doc.kind.docType.rawValue,
                             parsed: n.parsed, error: n.error?.description,
                             diagnostics: diagnostics.map { $0.inFile(name).description })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            // NB: keys as the tables name their columns (`office_type`, `response_category`), not as Swift does.
            encoder.keyEncodingStrategy = .convertToSnakeCase
            guard let data = try? encoder.encode(out) else { return .failure("cannot render JSON") }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }
}
