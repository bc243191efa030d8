import Foundation

/// Runs an external program (python, xmllint) and returns its exit status and
/// combined stdout and stderr, for tests that check outputs with real tools.
///
///     let (status, output) = try ToolRun.run("/usr/bin/xmllint", ["--noout", file])
enum ToolRun {
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
