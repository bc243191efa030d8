import Foundation

/// What a run did, written as `run.json`: inputs, rows per table, rejects, warnings, stage timings.
///
///     { "files_seen": 5, "evaluations": 5, "rejected": 0, "accounted_for": true,
///       "rows": { "actions": 39, … }, "seconds": { "extract": 0.01, "load.csv": 0.002, … }, … }
public struct RunReport: Sendable, Decodable {
    /// One input file and what became of it: `evaluation`, or `rejected: <reason>`.
    public struct Input: Sendable, Decodable, Equatable {
        public var sourceFile: String
        public var outcome: String

        enum CodingKeys: String, CodingKey { case sourceFile = "source_file", outcome }
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
    public var inputs: Inputs
    public var rows: [String: Int]
    public var rejects: [RejectRow]
    /// Warnings and errors about the input (and the writers'), in the order they were found.
    public var warnings: [Diagnostic]
    public var seconds: [String: Double]
    /// Documents whose rows came from the cache, and documents parsed this run.
    public var documentsReused = 0
    public var documentsParsed = 0
    /// What the outputs were made from (see `Pipeline.inputFingerprint`).
    public var inputFingerprint: String?
    /// Set (not written) when nothing changed and the outputs were left as they were.
    public var upToDate = false

    /// NB: `inputs`, `rejects` and `warnings` are the scan's file list and the loader's
    /// lists, shared rather than copied: they hold an entry per input file.
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
        inputs = Inputs(files: files, rejects: loader.rejects)
        rows = loader.rowCounts
        rejects = loader.rejects
        warnings = loader.diagnostics
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

    /// Warnings about key-action rows whose responsible party is a guess or could not be told.
    public var responsibleToCheck: [Diagnostic] { warnings.filter { $0.topic == .responsible } }

    /// Writes the report as `run.json`, streamed: the same fields `Decodable` reads back, keys sorted.
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
                        try j.field("reason") { j.string(r.reason) }
                        try j.field("source_file") { j.string(r.sourceFile) }
                        if let sha = r.sha256 { try j.field("source_sha256") { j.string(sha) } }
                    }
                }
            }
            // NB: the key-action rows whose responsible party an officer should check, apart
            // from the other warnings, so a lexicon entry can be written for each.
            try j.field("responsible_to_check") { () throws(OutputError) in
                try j.array(responsibleToCheck) { (w) throws(OutputError) in try Self.write(w, to: j, full: false) }
            }
            try j.field("rows") { () throws(OutputError) in try j.object(rows) { j.number($0) } }
            try j.field("seconds") { () throws(OutputError) in try j.object(seconds) { j.number(Self.milliseconds($0)) } }
            try j.field("warnings") { () throws(OutputError) in
                try j.array(warnings) { (w) throws(OutputError) in try Self.write(w, to: j, full: true) }
            }
        }
        try j.close()
    }

    /// A warning as `run.json` lists it: where and what, and (`full`) its severity, text and topic.
    private static func write(_ w: Diagnostic, to j: JSONWriter, full: Bool) throws(OutputError) {
        try j.object { () throws(OutputError) in
            try j.field("file") { j.string(w.file) }
            try j.field("line") { j.number(w.line) }
            try j.field("message") { j.string(w.message) }
            guard full else { return }
            try j.field("severity") { j.string(w.severity.rawValue) }
            try j.field("text") { j.string(w.description) }
            if let topic = w.topic { try j.field("topic") { j.string(topic.rawValue) } }
        }
    }

    /// Seconds rounded to milliseconds, as `run.json` writes stage timings.
    ///
    ///     RunReport.milliseconds(0.0123456)   // 0.012
    ///
    /// NB: a clock read to the nanosecond gives `0.012345678901`; digits past the
    /// millisecond are noise a person reading the file has to skip.
    static func milliseconds(_ s: Double) -> Double { (s * 1000).rounded() / 1000 }
}

extension RunReport {
    /// Every input file and its outcome, in source order, made as they are read.
    ///
    ///     inputs[0]  ->  Input(sourceFile: "2008/000181_ea98….txt", outcome: "evaluation")
    ///
    /// Holds a run's packed file list and the outcomes other than `evaluation`
    /// (rejects, few); `run.json`'s list decodes into the same form.
    public struct Inputs: RandomAccessCollection, Sendable, Decodable {
        var files: SourceFileList
        /// Outcomes other than `evaluation`, by index in `files`.
        var outcomes: [Int: String] = [:]

        public var startIndex: Int { 0 }
        public var endIndex: Int { files.count }

        public subscript(i: Int) -> Input {
            Input(sourceFile: files.relativePath(i), outcome: outcomes[i] ?? "evaluation")
        }

        /// `files`, each an evaluation unless a reject names it (the first such reject gives the reason).
        init(files: SourceFileList, rejects: [RejectRow]) {
            self.files = files
            if rejects.isEmpty { return }
            let reasons = Dictionary(rejects.map { ($0.sourceFile, $0.reason) }, uniquingKeysWith: { a, _ in a })
            for i in files.indices {
                if let reason = reasons[files.relativePath(i)] { outcomes[i] = "rejected: \(reason)" }
            }
        }

        public init(from decoder: any Decoder) throws {
            var list = try decoder.unkeyedContainer()
            files = SourceFileList(root: "")
            while !list.isAtEnd {
                let input = try list.decode(Input.self)
                if input.outcome != "evaluation" { outcomes[files.count] = input.outcome }
                files.append(relativePath: input.sourceFile)
            }
        }
    }
}

public enum Build {
    public static let version = "0.1.0"
}
