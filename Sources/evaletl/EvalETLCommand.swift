import ArgumentParser
import EvalETL

/// The `evaletl` command: a thin shell over the EvalETL library.
@main
struct EvalETLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaletl",
        abstract: "Turn a folder of evaluation documents into tables: CSV, Parquet, XML, an Excel workbook, run.json and report.html.",
        discussion: outputs,
        version: Build.version,
        subcommands: [Run.self, Check.self, Inspect.self, Tables.self],
        defaultSubcommand: Run.self)

    /// What `run` writes into the output folder, as `--help` lists it (README "What lands in `output/`").
    static let outputs = """
        OUTPUTS (in output/, or where pipeline.yml or --output says):
          csv/<table>.csv          CSV tables, UTF-8, header row    (formats: csv)
          parquet/<table>.parquet  Apache Parquet tables            (formats: parquet)
          xml/<table>.xml          one <row> per row                (formats: xml)
          xml/schema.xsd           XML Schema of the table files    (formats: xml)
          workbook.xlsx            Excel workbook: Action tracker,  (formats: xlsx)
                                   Implementation, a sheet per table
          workbook.xml             Excel XML Spreadsheet 2003       (formats:
                                   (not a default)                   spreadsheetml)
          run.json                 inputs, rows, rejects, warnings, stage timings
          report.html              the run for a person: counts, charts, warnings
        Default formats: \(OutputFormat.defaults.map(\.rawValue).joined(separator: ", ")).
        Tables: \(TableSchema.all.map(\.name).joined(separator: ", ")).
        `evaletl tables` prints their columns, types and vocabularies (docs/tables.md).
        """
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
    /// Stopped by SIGINT or SIGTERM (at once at a second one, or 10 s after the first); the previous outputs were kept.
    case interrupted = 130
}
