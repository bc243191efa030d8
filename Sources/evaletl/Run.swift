import ArgumentParser
import Dispatch
import EvalETL
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `evaletl run`: the whole pipeline over the input folder.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run extract → normalize → load over the input folder.")

    @Option(help: "The pipeline configuration.")
    var config = "pipeline.yml"

    @Option(help: "Folder of input documents (overrides pipeline.yml).")
    var input: String?

    @Option(help: "Folder that receives the tables (overrides pipeline.yml).")
    var output: String?

    @Option(help: "Documents processed at once; 0 = one per core (overrides pipeline.yml).")
    var jobs: Int?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let settings: PipelineConfig
        do {
            settings = try Settings.load(config: config, input: input, output: output, jobs: jobs)
        } catch {
            fail("\(error)", .usage)
        }
        let pipeline = Pipeline(config: settings, isCancelled: { Interrupt.flag.load(ordering: .relaxed) })
        Interrupt.install()
        do {
            let report = try pipeline.run()
            if !quiet {
                for w in report.warnings { printError(w.text) }
                let rows = report.rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                printError("evaletl: \(report.filesSeen) files: \(report.evaluations) evaluations, \(report.rejected) rejected; rows: \(rows); output in \(settings.output)")
            }
        } catch .cancelled {
            fail("interrupted; the previous output in \(settings.output) is unchanged", .interrupted)
        } catch {
            fail("\(error)", .runFailed)
        }
    }
}

/// Config file, then flags: the one place CLI options override `pipeline.yml`.
enum Settings {
    static func load(config: String, input: String?, output: String?, jobs: Int?) throws -> PipelineConfig {
        var settings = PipelineConfig()
        if access(config, F_OK) == 0 {
            settings = try ConfigLoader.load(path: config)
        } else if config != "pipeline.yml" {
            throw ConfigError(file: config, line: 0, column: 0, "no such file")
        }
        if let input { settings.input = input }
        if let output { settings.output = output }
        if let jobs {
            guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more") }
            settings.jobs = jobs
        }
        return settings
    }
}

/// SIGINT and SIGTERM set a flag the pipeline checks between documents.
enum Interrupt {
    static let flag = Atomic<Bool>(false)
    nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

    static func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { flag.store(true, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }
}

func printError(_ s: String) {
    let line = Array((s + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String, _ code: ExitCode32) -> Never {
    printError("evaletl: \(message)")
    exit(code.rawValue)
}
