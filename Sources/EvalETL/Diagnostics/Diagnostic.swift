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

extension Diagnostic {
    /// The diagnostics as a person reads them on a terminal or in cron's mail: a message repeated
    /// within one file is shown `shown` times, then once as a count; `run.json` keeps every one.
    ///
    ///     Diagnostic.terminalLines(unknownStatusOnLines23to20022, shown: 3)
    ///     // big.txt:23:1: warning: unknown action status 'Late', kept as written
    ///     // big.txt:24:1: warning: unknown action status 'Late', kept as written
    ///     // big.txt:25:1: warning: unknown action status 'Late', kept as written
    ///     // big.txt:26:1: warning: unknown action status 'Late', kept as written (and 19996 more times in this file, up to line 20022; run.json lists each)
    ///
    /// NB: one page of 272,000 key actions with a status we do not know would otherwise mail 272,000 lines.
    public static func terminalLines(_ diagnostics: [Diagnostic], shown: Int = 3) -> [String] {
        struct Key: Hashable {
            let file: String
            let severity: Severity
            let message: String
        }
        var totals: [Key: (count: Int, lastLine: Int)] = [:]
        for d in diagnostics {
            let key = Key(file: d.file, severity: d.severity, message: d.message)
            totals[key, default: (0, 0)].count += 1
            totals[key]!.lastLine = max(totals[key]!.lastLine, d.line)
        }
        var printed: [Key: Int] = [:]
        var lines: [String] = []
        for d in diagnostics {
            let key = Key(file: d.file, severity: d.severity, message: d.message)
            let n = printed[key, default: 0]
            printed[key] = n + 1
            let total = totals[key]!
            if n < shown || total.count == shown + 1 {
                lines.append(d.description)
            } else if n == shown {
                let more = total.count - n - 1
                let upTo = total.lastLine > 0 ? ", up to line \(total.lastLine)" : ""
                lines.append("\(d) (and \(more) more \(more == 1 ? "time" : "times") in this file\(upTo); run.json lists each)")
            }
        }
        return lines
    }
}
