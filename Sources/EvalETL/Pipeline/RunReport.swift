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

    init(config: PipelineConfig, jobs: Int, files: SourceFileList, loader: Loader,
         times: (extract: Double, normalize: Double)) {
        input = config.input
        output = config.output
        self.jobs = jobs
        formats = config.formats.map(\.rawValue)
        filesSeen = files.count
        evaluations = loader.evaluationCount
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

    /// Writes the report as `run.json`, streamed: the same fields `Codable` reads back, keys sorted.
    func write(to path: String) throws(OutputError) {
        let j = try JSONWriter(path: path)
        try j.object { () throws(OutputError) in
            try j.field("accounted_for") { j.bool(accountedFor) }
            try j.field("documents_parsed") { j.number(documentsParsed) }
            try j.field("documents_reused") { j.number(documentsReused) }
            try j.field("evaletl_version") { j.string(evaletlVersion) }
            try j.field("evaluations") { j.number(evaluations) }
            try j.field("files_seen") { j.number(filesSeen) }
            try j.field("formats") { () throws(OutputError) in try j.array(formats) { j.string($0) } }
            try j.field("input") { j.string(input) }
            if let inputFingerprint { try j.field("input_fingerprint") { j.string(inputFingerprint) } }
            try j.field("inputs") { () throws(OutputError) in
                try j.array(inputs) { (i) throws(OutputError) in
                    try j.object { () throws(OutputError) in
                        try j.field("outcome") { j.string(i.outcome) }
                        try j.field("source_file") { j.string(i.sourceFile) }
                    }
                }
            }
            try j.field("jobs") { j.number(jobs) }
            try j.field("output") { j.string(output) }
            try j.field("rejected") { j.number(rejected) }
            try j.field("rejects") { () throws(OutputError) in
                try j.array(rejects) { (r) throws(OutputError) in
                    try j.object { () throws(OutputError) in
                        for key in r.keys.sorted() { try j.field(key) { j.string(r[key]!) } }
                    }
                }
            }
            try j.field("rows") { () throws(OutputError) in
                try j.object { () throws(OutputError) in
                    for key in rows.keys.sorted() { try j.field(key) { j.number(rows[key]!) } }
                }
            }
            try j.field("seconds") { () throws(OutputError) in
                try j.object { () throws(OutputError) in
                    for key in seconds.keys.sorted() { try j.field(key) { j.number(seconds[key]!) } }
                }
            }
            try j.field("warnings") { () throws(OutputError) in
                try j.array(warnings) { (w) throws(OutputError) in
                    try j.object { () throws(OutputError) in
                        try j.field("file") { j.string(w.file) }
                        try j.field("line") { j.number(w.line) }
                        try j.field("message") { j.string(w.message) }
                        try j.field("severity") { j.string(w.severity) }
                        try j.field("text") { j.string(w.text) }
                    }
                }
            }
        }
        try j.close()
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
