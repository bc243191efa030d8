import Foundation
import XCTest
@testable import EvalETL

final class RunReportTests: XCTestCase {
    /// `run.json` as evaletl wrote it before `inputs` and `warnings` were listed from the
    /// file list and the loader (commit a973671): a duplicate, a reject, a warning, the cache on.
    static let earlierRunJSON = #"""
        {
          "accounted_for": true,
          "documents_parsed": 2,
          "documents_reused": 1,
          "evaletl_version": "0.1.0",
          "evaluations": 2,
          "files_seen": 4,
          "formats": [
            "csv",
            "parquet",
            "xml",
            "workbook"
          ],
          "input": "in",
          "input_fingerprint": "9b2595f5a5bd47ce8963cf1978e4e3d7ed75d5740723478f0b2e2ea27970a77e",
          "inputs": [
            {
              "outcome": "evaluation",
              "source_file": "a.txt"
            },
            {
              "outcome": "rejected: a PDF file, not a text export",
              "source_file": "c.pdf"
            },
            {
              "outcome": "evaluation",
              "source_file": "d.txt"
            },
            {
              "outcome": "rejected: duplicate of a.txt: same evaluation (title and office) as that file",
              "source_file": "sub/b-copy.txt"
            }
          ],
          "jobs": 1,
          "output": "out",
          "rejected": 2,
          "rejects": [
            {
              "reason": "a PDF file, not a text export",
              "source_file": "c.pdf",
              "source_sha256": "4334e5a5f8e94e59a9308a6a1dfe20c1bd0c7dbacbceef17f0eb41ee7acd0b87"
            },
            {
              "reason": "duplicate of a.txt: same evaluation (title and office) as that file",
              "source_file": "sub/b-copy.txt",
              "source_sha256": "88bc1b261ff347fb04b64eee219235c40b4e25e6b7d48286298f4b68930f424d"
            }
          ],
          "responsible_to_check": [],
          "rows": {
            "actions": 15,
            "evaluations": 2,
            "findings": 0,
            "recommendations": 5,
            "rejects": 2,
            "stakeholder_roles": 21,
            "stakeholders": 5
          },
          "seconds": {
            "extract": 0,
            "load.csv": 0.003,
            "load.parquet": 0.002,
            "load.workbook": 0.002,
            "load.xml": 0.004,
            "normalize": 0.005,
            "total": 1.018
          },
          "warnings": [
            {
              "file": "c.pdf",
              "line": 0,
              "message": "rejected: a PDF file, not a text export",
              "severity": "error",
              "text": "c.pdf: error: rejected: a PDF file, not a text export"
            },
            {
              "file": "d.txt",
              "line": 14,
              "message": "page ends inside a recommendation block (cut short?); kept what is there",
              "severity": "warning",
              "text": "d.txt:14:1: warning: page ends inside a recommendation block (cut short?); kept what is there"
            },
            {
              "file": "sub/b-copy.txt",
              "line": 0,
              "message": "rejected: duplicate of a.txt: same evaluation (title and office) as that file",
              "severity": "error",
              "text": "sub/b-copy.txt: error: rejected: duplicate of a.txt: same evaluation (title and office) as that file"
            }
          ]
        }
        """#

    func temporaryPath() -> String {
        NSTemporaryDirectory() + "/evaletl-run-\(UUID().uuidString).json"
    }

    func testEarlierRunJSONReadsBackAsBeforeAndIsWrittenTheSame() throws {
        let path = temporaryPath(), again = temporaryPath()
        defer { unlink(path); unlink(again) }
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(Self.earlierRunJSON.utf8)))
        let report = try XCTUnwrap(RunReport.read(from: path))
        XCTAssertEqual(Array(report.inputs), [
            RunReport.Input(sourceFile: "a.txt", outcome: "evaluation"),
            RunReport.Input(sourceFile: "c.pdf", outcome: "rejected: a PDF file, not a text export"),
            RunReport.Input(sourceFile: "d.txt", outcome: "evaluation"),
            RunReport.Input(sourceFile: "sub/b-copy.txt",
                            outcome: "rejected: duplicate of a.txt: same evaluation (title and office) as that file"),
        ])
        XCTAssertEqual(report.rejects.map(\.sourceFile), ["c.pdf", "sub/b-copy.txt"])
        XCTAssertEqual(report.rejects[0].sha256, "4334e5a5f8e94e59a9308a6a1dfe20c1bd0c7dbacbceef17f0eb41ee7acd0b87")
        XCTAssertEqual(report.warnings, [
            Diagnostic(file: "c.pdf", line: 0, .error, "rejected: a PDF file, not a text export"),
            Diagnostic(file: "d.txt", line: 14, .warning,
                       "page ends inside a recommendation block (cut short?); kept what is there"),
            Diagnostic(file: "sub/b-copy.txt", line: 0, .error,
                       "rejected: duplicate of a.txt: same evaluation (title and office) as that file"),
        ])
        XCTAssertEqual(report.inputFingerprint, "9b2595f5a5bd47ce8963cf1978e4e3d7ed75d5740723478f0b2e2ea27970a77e")
        XCTAssertEqual([report.filesSeen, report.evaluations, report.rejected], [4, 2, 2])
        XCTAssertEqual([report.documentsParsed, report.documentsReused], [2, 1])
        try report.write(to: again)
        XCTAssertEqual(String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: again)), as: UTF8.self),
                       Self.earlierRunJSON + "\n")
    }

    func testSecondsAreWrittenToTheMillisecond() throws {
        let cases: [(Double, String)] = [
            (0.00045147899999999996, "0"), (0.002976596, "0.003"), (0.0005, "0.001"), (1.018433983, "1.018"),
            (12, "12"), (3.9999, "4"),
        ]
        for (seconds, written) in cases {
            XCTAssertEqual(RunReport.milliseconds(seconds).shortestDecimal, written, "\(seconds)")
        }
        let path = temporaryPath()
        defer { unlink(path) }
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(Self.earlierRunJSON.utf8)))
        var report = try XCTUnwrap(RunReport.read(from: path))
        report.seconds = ["extract": 0.00045147899999999996, "total": 0.018433983]
        try report.write(to: path)
        let text = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: path)), as: UTF8.self)
        XCTAssertTrue(text.contains("""
              "seconds": {
                "extract": 0,
                "total": 0.018
              },
            """), text)
    }

    func testARunsInputsAndWarningsComeFromTheFileListAndTheLoaderAndReadBack() throws {
        var files = SourceFileList(root: "in")
        for name in ["a.txt", "c.pdf", "d.txt", "sub/b-copy.txt"] { files.append(relativePath: name) }
        let loader = Loader(files: files, writers: [], directory: "")
        try loader.begin()
        func document(_ id: String, _ file: String) throws -> DocumentRows {
            try DocumentRows(EvaluationRow(id: id, sourceFile: file, sha256: "sha-" + file,
                                           doc: ParsedDocument(docType: .report)))
        }
        try loader.add(.rows(try document("ev-00000000000000aa", "a.txt")))
        try loader.add(.reject(RejectRow(sourceFile: "c.pdf", sha256: "sha-c", reason: "a PDF file, not a text export"),
                               [Diagnostic(file: "c.pdf", line: 1, .warning, "looks binary")]))
        var d = try document("ev-00000000000000dd", "d.txt")
        d.diagnostics = [Diagnostic(file: "d.txt", line: 14, .warning, "unknown action status 'Delayed', kept as written")]
        try loader.add(.rows(d))
        try loader.add(.rows(try document("ev-00000000000000aa", "sub/b-copy.txt")))
        try loader.finish()

        let report = RunReport(config: PipelineConfig(), jobs: 1, files: files, loader: loader, times: (0.5, 0.25))
        let inputs = [
            RunReport.Input(sourceFile: "a.txt", outcome: "evaluation"),
            RunReport.Input(sourceFile: "c.pdf", outcome: "rejected: a PDF file, not a text export"),
            RunReport.Input(sourceFile: "d.txt", outcome: "evaluation"),
            RunReport.Input(sourceFile: "sub/b-copy.txt",
                            outcome: "rejected: duplicate of a.txt: same evaluation (title and office) as that file"),
        ]
        XCTAssertEqual(Array(report.inputs), inputs)
        XCTAssertEqual(report.warnings, loader.diagnostics)
        XCTAssertEqual(report.warnings.map(\.description), [
            "c.pdf:1:1: warning: looks binary",
            "c.pdf: error: rejected: a PDF file, not a text export",
            "d.txt:14:1: warning: unknown action status 'Delayed', kept as written",
            "sub/b-copy.txt: error: rejected: duplicate of a.txt: same evaluation (title and office) as that file",
        ])
        XCTAssertEqual(report.rejects, loader.rejects)
        XCTAssertTrue(report.accountedFor)

        let path = temporaryPath()
        defer { unlink(path) }
        try report.write(to: path)
        let back = try XCTUnwrap(RunReport.read(from: path))
        XCTAssertEqual(Array(back.inputs), inputs)
        XCTAssertEqual(back.warnings, report.warnings)
        XCTAssertEqual(back.rejects, report.rejects)
        XCTAssertEqual(back.seconds, ["extract": 0.5, "normalize": 0.25])
        // Every warning carries its `file:line:1: severity: message` text, as before.
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: path)))
                                 as? [String: Any])
        let texts = (json["warnings"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        XCTAssertEqual(texts, report.warnings.map(\.description))
        XCTAssertEqual((json["inputs"] as? [[String: String]])?.first, ["outcome": "evaluation", "source_file": "a.txt"])
    }
}
