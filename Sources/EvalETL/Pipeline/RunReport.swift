import Foundation

/// What a run did, written as `run.json`: inputs, rows per table, rejects, warnings, stage timings.
///
///     { "files_seen": 5, "evaluations": 5, "rejected": 0, "accounted_for": true,
///       "rows": { "actions": 39, … }, "seconds": { "extract": 0.01, "load.csv": 0.002, … }, … }
public struct RunReport: Sendable, Codable {
    public struct Input: Sendable, Codable {
        public var sourceFile: String
        public var outcome: String
    }

    public struct Warning: Sendable, Codable {
        public var file: String
        public var line: Int
        public var severity: String
        public var message: String
        /// `file:line:1: severity: message`
        public var text: String
    }

    public var evaletlVersion = Build.version
    public var input: String
    public var output: String
    public var jobs: Int
    public var formats: [String]
    public var filesSeen: Int
    public var evaluations: Int
    public var rejected: Int
    /// Every file is an evaluation row or a reject row.
    public var accountedFor: Bool
    public var inputs: [Input]
    public var rows: [String: Int]
    public var rejects: [[String: String]]
    public var warnings: [Warning]
    public var seconds: [String: Double]
    /// Documents whose rows came from the cache, and documents parsed this run.
    public var documentsReused = 0
    public var documentsParsed = 0
    /// What the outputs were made from (see `Pipeline.inputFingerprint`).
    public var inputFingerprint: String?
    /// Set (not written) when nothing changed and the outputs were left as they were.
    public var upToDate = false

    init(config: PipelineConfig, jobs: Int, files: [SourceFile], loader: Loader,
         times: (extract: Double, normalize: Double)) {
        input = config.input
        output = config.output
        self.jobs = jobs
        formats = config.formats.map(\.rawValue)
        filesSeen = files.count
        evaluations = loader.evaluationFiles.count
        rejected = loader.rejects.count
        accountedFor = filesSeen == evaluations + rejected
        let rejectReasons = Dictionary(loader.rejects.map { ($0.sourceFile, $0.reason) }, uniquingKeysWith: { a, _ in a })
        inputs = files.map { Input(sourceFile: $0.relativePath,
                                   outcome: rejectReasons[$0.relativePath].map { "rejected: \($0)" } ?? "evaluation") }
        rows = loader.rowCounts
        rejects = loader.rejects.map { r in
            var d = ["source_file": r.sourceFile, "reason": r.reason]
            if let s = r.sha256 { d["source_sha256"] = s }
            return d
        }
        warnings = loader.diagnostics.map(Warning.init)
        seconds = ["extract": times.extract, "normalize": times.normalize]
        for (format, s) in loader.writerSeconds { seconds["load.\(format.rawValue)"] = s }
    }

    enum CodingKeys: String, CodingKey {
        case evaletlVersion = "evaletl_version", input, output, jobs, formats
        case filesSeen = "files_seen", evaluations, rejected, accountedFor = "accounted_for"
        case inputs, rows, rejects, warnings, seconds
        case documentsReused = "documents_reused", documentsParsed = "documents_parsed"
        case inputFingerprint = "input_fingerprint"
    }

    /// The report of an earlier run, if it can be read.
    static func read(from path: String) -> RunReport? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(RunReport.self, from: data)
    }

    func write(to path: String) throws(OutputError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(self)
            let sink = try FileSink(path: path)
            try sink.write(Array(data))
            try sink.write("\n")
            try sink.close()
        } catch let e as OutputError {
            throw e
        } catch {
            throw OutputError(path: path, "\(error)")
        }
    }
}

extension RunReport.Warning {
    init(_ d: Diagnostic) {
        self.init(file: d.file, line: d.line, severity: d.severity.rawValue, message: d.message, text: d.description)
    }
}

extension RunReport.Input {
    enum CodingKeys: String, CodingKey { case sourceFile = "source_file", outcome }
}

public enum Build {
    public static let version = "0.1.0"
}
