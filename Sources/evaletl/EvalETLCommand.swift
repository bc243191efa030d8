import ArgumentParser
import EvalETL

/// The `evaletl` command: a thin shell over the EvalETL library.
@main
struct EvalETLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaletl",
        abstract: "Turn a folder of evaluation documents into tables (CSV, Parquet, XML).",
        version: Build.version,
        subcommands: [Run.self, Check.self, Inspect.self],
        defaultSubcommand: Run.self)
}

/// Exit codes, mapped in one place (README "Exit codes").
enum Exit: Int32 {
    /// Every document was processed; the outputs are written.
    case ok = 0
    /// The run failed; the previous outputs were kept.
    case runFailed = 1
    /// The outputs are written, but some documents were rejected (see `rejects`);
    /// for `check`: some documents cannot be read.
    case rejects = 3
    /// Bad usage or a bad pipeline.yml; nothing ran.
    case usage = 64
    /// `--no-wait`, and another run holds the output folder (EX_TEMPFAIL); nothing ran.
    case busy = 75
    /// Stopped by SIGINT or SIGTERM; the previous outputs were kept.
    case interrupted = 130
}
