import ArgumentParser
import EvalETL

/// `evaletl inspect FILE`: what one document extracts to, as JSON.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what one document extracts to, as JSON, for debugging a parse.")

    @Argument(help: "The document to read.")
    var file: String

    func run() throws {
        switch Inspector.inspect(path: file) {
        case .success(let json): print(json)
        case .failure(let reason): fail("\(FileName.display(Array(file.utf8))): \(reason)", .runFailed)
        }
    }
}
