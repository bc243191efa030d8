import ArgumentParser
import EvalETL

/// `evaletl tables`: the tables' columns, types, meanings and vocabularies, as Markdown.
///
///     $ evaletl tables > docs/tables.md
struct Tables: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every table's columns, types, meanings and vocabularies as Markdown (docs/tables.md).")

    func run() throws {
        print(TablesDocument.markdown, terminator: "")
    }
}
