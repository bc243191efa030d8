import Foundation
import XCTest
@testable import EvalETL

/// Whatever lands in `input/`, every file ends as an evaluation or a reject with a reason.
final class BadInputTests: XCTestCase {
    let gate = """
        Management Response

        : Pakistan
        : 2020 - 2021 , Pakistan (CO)
        : A title
        :

        Overall comment.

        : Approved
        Recommendation: Do the thing.
        Management Response: Agreed.
        Description:
        Management Response Category: Accepted
        Key Actions
        Key Action not added.

        """

    /// One row per kind of bad file: name, bytes, and a word the reject reason must carry (nil: read fine).
    func testEveryFileIsAccountedFor() throws {
        let wd = try WorkDir()
        let cases: [(String, [UInt8], String?)] = [
            ("a-empty.txt", [], "empty file"),
            ("b-report.pdf", Array("%PDF-1.4\n1 0 obj".utf8), "PDF"),
            ("c-photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "PNG"),
            ("d-archive.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], "zip"),
            ("e-tool", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "executable"),
            ("f-utf16le.txt", [0xFF, 0xFE] + Array("A report title\n\nSome prose here.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, nil),
            ("g-utf16be.txt", [0xFE, 0xFF] + Array("Another evaluation report\n\nProse.\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, nil),
            ("h-cp1252.txt", Array("Caf".utf8) + [0xE9] + Array(" report\n\nText \u{0093}quoted\u{0094}.\n".utf8.map { $0 }), nil),
            ("i-crlf.txt", Array(gate.replacingOccurrences(of: "\n", with: "\r\n").utf8), nil),
            ("j-unknown.txt", Array("Just some notes on the evaluation\nwith no known shape\n".utf8), nil),
            ("k-duplicate.txt", Array(gate.replacingOccurrences(of: "\n", with: "\r\n").utf8), "duplicate of i-crlf.txt"),
            ("n-hello.txt", Array("Hello world\n".utf8), "not an evaluation document: prose that names no evaluation"),
            ("o-menu.txt", Array("Home\nAbout us\nEvaluations\nSearch\nContact\n".utf8), "not an evaluation document: only site navigation"),
            ("sub/z-nested.txt", Array("Nested evaluation title\n\nNested prose.\n".utf8), nil),
        ]
        for (name, bytes, _) in cases { try wd.write("input/" + name, bytes) }
        // Larger than limits.max_file_mb.
        try wd.write("input/l-huge.txt", [UInt8](repeating: 0x41, count: 2 * 1_048_576 + 1))
        // A broken symlink and a symlink loop.
        try FileManager.default.createSymbolicLink(atPath: wd.input + "/m-broken.txt", withDestinationPath: wd.root + "/nowhere")
        try FileManager.default.createSymbolicLink(atPath: wd.input + "/sub/loop", withDestinationPath: wd.input)

        var config = wd.config(formats: [.csv])
        config.limits.maxFileMB = 1
        let report = try Pipeline(config: config).run()

        let evaluations = try wd.csv("evaluations").map { $0["source_file"]! }
        let rejects = try wd.csv("rejects")
        let reasons = Dictionary(uniqueKeysWithValues: rejects.map { ($0["source_file"]!, $0["reason"]!) })
        for (name, _, reason) in cases {
            if let reason {
                XCTAssertTrue(reasons[name]?.contains(reason) == true, "\(name): \(reasons[name] ?? "not rejected")")
            } else {
                XCTAssertTrue(evaluations.contains(name), "\(name): \(reasons[name] ?? "missing")")
            }
        }
        XCTAssertTrue(reasons["l-huge.txt"]?.contains("max_file_mb") == true, "\(reasons)")
        XCTAssertEqual(reasons["m-broken.txt"], "broken symbolic link")
        XCTAssertTrue(reasons["sub/loop"]?.contains("loop") == true, "\(reasons)")
        XCTAssertEqual(report.filesSeen, evaluations.count + rejects.count)
        XCTAssertTrue(report.accountedFor)
        XCTAssertEqual(report.filesSeen, cases.count + 3)
        // Sorted, recursive order.
        XCTAssertEqual(evaluations, evaluations.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        XCTAssertEqual(try wd.csv("evaluations").first { $0["source_file"] == "j-unknown.txt" }?["doc_type"], "report")
        XCTAssertTrue(report.warnings.contains { $0.file == "h-cp1252.txt" && $0.message.contains("Windows-1252") })
    }

    /// A file swapped for a FIFO (or a device) after the scan is a reject, never a read that blocks.
    func testFileSwappedForAFIFOAfterTheScanIsRejected() throws {
        let wd = try WorkDir()
        try wd.write("input/a.txt", "Title\n\nText\n")
        let files = try SourceScanner.scan(root: wd.input)
        XCTAssertNil(files[0].problem)
        try FileManager.default.removeItem(atPath: wd.input + "/a.txt")
        XCTAssertEqual(mkfifo(wd.input + "/a.txt", 0o644), 0)
        let extractor = Extractor(maxFileMB: 1)
        for file in [files[0], SourceFile(relativePath: "null", path: "/dev/null")] {
            guard case .failure(let row) = extractor.extract(file) else { return XCTFail("\(file.path) was read") }
            XCTAssertEqual(row.reason, Extractor.notRegular, file.path)
        }
    }

    func testUnreadableFileIsRejected() throws {
        try XCTSkipIf(getuid() == 0, "root reads files whatever their permissions")
        let wd = try WorkDir()
        try wd.write("input/secret.txt", "Evaluation report\n\nText\n")
        chmod(wd.input + "/secret.txt", 0)
        _ = try wd.run(formats: [.csv])
        XCTAssertTrue(try wd.csv("rejects").first?["reason"]?.contains("cannot be read") == true)
    }
}

/// The output folder is a transaction: the previous output stays whole unless a run completes.
final class OutputSafetyTests: XCTestCase {
    func testRefusesDangerousOutputFolders() throws {
        let wd = try WorkDir()
        try wd.write("input/a.txt", "Evaluation report\n\nText\n")
        try wd.write("foreign/keep.txt", "not evaletl's")
        for (output, words) in [(wd.input, "input folder"), ("/", "/"), (wd.root + "/foreign", "did not write"),
                                (wd.input + "/out", "input folder")] {
            XCTAssertThrowsError(try wd.run(output: output)) { error in
                XCTAssertTrue("\(error)".contains(words), "\(output): \(error)")
            }
        }
        XCTAssertEqual(try String(contentsOfFile: wd.root + "/foreign/keep.txt", encoding: .utf8), "not evaletl's")
    }

    func testInterruptedRunKeepsPreviousOutput() throws {
        let wd = try WorkDir()
        try wd.write("input/a.txt", "First evaluation\n\nText\n")
        _ = try wd.run(formats: [.csv])
        let before = try wd.outputFiles()
        try wd.write("input/b.txt", "Second evaluation\n\nText\n")
        let pipeline = Pipeline(config: wd.config(formats: [.csv]), isCancelled: { true })
        XCTAssertThrowsError(try pipeline.run()) { error in
            guard case RunError.cancelled = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try wd.outputFiles(), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: wd.root).filter { $0.contains("staging") }
        XCTAssertEqual(leftovers, [])
        // The next run succeeds and replaces it.
        let report = try wd.run(formats: [.csv])
        XCTAssertEqual(report.evaluations, 2)
    }

    /// NB: a file evaletl did not write (a user's notes, a copy saved beside the tables)
    /// stops the run instead of being swapped away with the previous output (issue 18).
    func testRerunRefusesAnOutputHoldingOtherFiles() throws {
        let wd = try WorkDir()
        try wd.write("input/a.txt", "Evaluation report\n\nText\n")
        _ = try wd.run(formats: [.csv])
        try wd.write("output/csv/stale.csv", "old")
        try wd.write("output/xml/notes.txt", "mine")
        try wd.write("input/b.txt", "Another evaluation\n\nText\n")
        // Of two such files the message names the first in name order, on every run.
        XCTAssertThrowsError(try wd.run(formats: [.csv])) { error in
            XCTAssertTrue("\(error)".contains("csv/stale.csv"), "\(error)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: wd.output + "/csv/stale.csv"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: wd.output + "/run.json"))
    }
}
