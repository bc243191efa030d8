import ArgumentParser
import EvalETL

/// `evaletl check`: validate pipeline.yml and parse every input, writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate pipeline.yml and parse every input without writing outputs.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let settings = options.settings()
        let report: RunReport
        do {
            report = try Pipeline(config: settings).check()
        } catch {
            fail("\(error)", .runFailed)
        }
        for w in report.warnings { print(w) }
        if !options.quiet {
            printError("evaletl: \(report.filesSeen) files: \(report.evaluations) readable, \(report.rejected) cannot be read")
        }
        if report.rejected > 0 || report.warnings.contains(where: { $0.severity == .error }) {
            throw ExitCode(Exit.rejects.rawValue)
        }
    }
}
