import Foundation
import XCTest
@testable import EvalETL

/// A temporary folder for one end-to-end test, removed afterwards.
///
///     let wd = try WorkDir()
///     try wd.write("input/a.txt", "text")
///     let report = try wd.run()            // the pipeline, in process
final class WorkDir {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("evaletl-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/input", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var input: String { root + "/input" }
    var output: String { root + "/output" }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Array(text.utf8))
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    func config(jobs: Int = 2, output: String? = nil, formats: [OutputFormat] = OutputFormat.allCases) -> PipelineConfig {
        var c = PipelineConfig()
        c.input = input
        c.output = output ?? self.output
        c.jobs = jobs
        c.formats = formats
        return c
    }

    func run(jobs: Int = 2, output: String? = nil, formats: [OutputFormat] = OutputFormat.allCases) throws -> RunReport {
        try Pipeline(config: config(jobs: jobs, output: output, formats: formats)).run()
    }

    /// The rows of an output CSV as dictionaries (a small RFC 4180 reader for assertions).
    func csv(_ table: String, in output: String? = nil) throws -> [[String: String]] {
        let text = try String(contentsOfFile: (output ?? self.output) + "/csv/\(table).csv", encoding: .utf8)
        let records = CSVRecords.parse(text)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Every output file's bytes, by relative path, except run.json, and report.html without its "Made" line.
    func outputFiles(_ output: String? = nil) throws -> [String: Data] {
        let base = output ?? self.output
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: base)!
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: base + "/" + rel, isDirectory: &isDir)
            if !exists || isDir.boolValue || rel == "run.json" { continue }
            out[rel] = FileManager.default.contents(atPath: base + "/" + rel)
            if rel == "report.html", let page = out[rel] {
                // NB: the one line that says when the page was made differs from run to run.
                let lines = String(decoding: page, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                out[rel] = Data(lines.filter { !$0.hasPrefix("<p class=\"made\">") }.joined(separator: "\n").utf8)
            }
        }
        return out
    }

    /// The document with `mark` added to its title: the GATE title line (after the
    /// period line), else the first line. Copies of a sample then stay distinct evaluations.
    static func retitle(_ text: String, _ mark: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let period = lines.firstIndex(where: { $0.hasPrefix(": ") && $0.dropFirst(2).prefix(4).allSatisfy(\.isNumber) && $0.contains(" - ") }),
           period + 1 < lines.count {
            lines[period + 1] += " (\(mark))"
        } else if let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            lines[first] += " (\(mark))"
        }
        return lines.joined(separator: "\n")
    }

    /// The package's root folder (for input/ and the golden files).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
}

/// RFC 4180 records: quoted fields, doubled quotes, CRLF inside quotes.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.endIndex && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 }
                    else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" {
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
