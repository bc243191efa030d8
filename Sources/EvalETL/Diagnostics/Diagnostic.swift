/// A problem found in an input document; processing goes on.
///
///     input/002.txt:41:1: warning: unknown action status 'Delayed', kept as written
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    public var severity: Severity
    public var message: String
    /// What an officer should look at, for diagnostics listed apart in `run.json` and `report.html`.
    public var topic: Topic?

    public enum Topic: String, Sendable, Codable {
        /// A key action whose responsible party is a guess, or could not be told.
        case responsible
    }

    public init(file: String = "", line: Int, _ severity: Severity = .warning, _ message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    public static func warning(line: Int, _ message: String) -> Diagnostic {
        Diagnostic(line: line, .warning, message)
    }

    /// The same diagnostic, placed in `file`.
    public func inFile(_ file: String) -> Diagnostic {
        var d = self
        d.file = file
        return d
    }

    /// `file:line:1: severity: message`, the form compilers and editors read.
    public var description: String {
        let place = line > 0 ? "\(file):\(line):1" : file
        return "\(place): \(severity.rawValue): \(message)"
    }
}
