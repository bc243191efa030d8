import ArgumentParser
import EvalETL

/// `evaletl inspect FILE`: what one document extracts to, as JSON.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what one document extracts to, as JSON, for debugging a parse.")

    @Argument(help: "The document to read.")
    var file: String

    @Option(help: "A pipeline.yml whose party lexicon (`parties:`) the parse uses.")
    var config: String?

    func run() throws {
        var parties = PartyLexicon.shipped
        if let config {
            do {
                parties = PartyLexicon(user: try ConfigLoader.load(path: config).parties)
            } catch {
                fail("\(error)", .usage)
            }
        }
        switch Inspector.inspect(path: file, parties: parties) {
        case .success(let json): print(json)
        case .failure(let reason): fail("\(FileName.display(Array(file.utf8))): \(reason)", .runFailed)
        }
    }
}
