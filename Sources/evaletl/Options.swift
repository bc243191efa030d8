import ArgumentParser
import EvalETL
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Options `run` and `check` share: where the config is, what overrides it, how loud to be.
struct CommonOptions: ParsableArguments {
    @Option(help: "The pipeline configuration.")
    var config = "pipeline.yml"

    @Option(help: "Folder of input documents (overrides pipeline.yml).")
    var input: String?

    @Option(help: "Folder that receives the tables (overrides pipeline.yml).")
    var output: String?

    @Option(help: "Documents processed at once; 0 = one per core, 1 = everything on one thread (overrides pipeline.yml).")
    var jobs: Int?

    @Option(help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @Flag(help: "Print nothing on success; problems still go to stderr.")
    var quiet = false

    /// The config file, then the flags: the one place CLI options override `pipeline.yml`.
    func settings() -> PipelineConfig {
        var settings = PipelineConfig()
        do {
            if access(config, F_OK) == 0 {
                settings = try ConfigLoader.load(path: config)
            } else if config != "pipeline.yml" {
                throw ConfigError(file: config, line: 0, column: 0, "no such file")
            }
        } catch {
            fail("\(error)", .usage)
        }
        if let input { settings.input = input }
        if let output { settings.output = output }
        if let jobs {
            let range = PipelineConfig.jobsRange
            guard range.contains(jobs) else {
                fail("--jobs must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(jobs)", .usage)
            }
            settings.jobs = jobs
        }
        return settings
    }

    /// A logger writing plain lines to stderr at the chosen level.
    func logger() -> Logger {
        guard let level = Logger.Level(rawValue: logLevel) else {
            fail("--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))", .usage)
        }
        var log = Logger(label: "evaletl") { _ in StderrLogHandler() }
        log.logLevel = quiet ? .error : level
        return log
    }
}

/// Log lines as cron mails them: `evaletl: message`, diagnostics as `file:line:1: warning: …`.
struct StderrLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let text = "\(event.message)"
        printError(text.contains(": warning: ") || text.contains(": error: ") ? text : "evaletl: \(text)")
    }
}

func printError(_ s: String) { writeError(s + "\n") }

/// `s` on stderr in one write(2), unbuffered.
func writeError(_ s: String) {
    let bytes = Array(s.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String, _ code: Exit) -> Never {
    printError("evaletl: \(message)")
    exit(code.rawValue)
}
