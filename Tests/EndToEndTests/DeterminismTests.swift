import Foundation
import XCTest
@testable import EvalETL

/// The same input gives byte-identical output files whatever the number of jobs.
final class DeterminismTests: XCTestCase {
    func testJobCountDoesNotChangeBytes() throws {
        let wd = try WorkDir()
        // The samples, several times over under other names and folders, so workers interleave.
        let samples = try FileManager.default.contentsOfDirectory(atPath: WorkDir.packageRoot + "/input").sorted()
        for copy in 0..<6 {
            for name in samples {
                let text = try String(contentsOfFile: WorkDir.packageRoot + "/input/" + name, encoding: .utf8)
                try wd.write("input/set\(copy)/\(name)", WorkDir.retitle(text, "copy \(copy)"))
            }
        }
        var outputs: [[String: Data]] = []
        for jobs in [1, 2, 8] {
            let out = wd.root + "/out-\(jobs)"
            let report = try wd.run(jobs: jobs, output: out)
            XCTAssertEqual(report.filesSeen, samples.count * 6)
            XCTAssertEqual(report.rejected, 0, "\(report.rejects)")
            outputs.append(try wd.outputFiles(out))
        }
        _ = try wd.run(jobs: 8, output: wd.root + "/out-8")
        outputs.append(try wd.outputFiles(wd.root + "/out-8"))
        XCTAssertFalse(outputs[0].isEmpty)
        for (i, o) in outputs.enumerated().dropFirst() {
            XCTAssertEqual(o.keys.sorted(), outputs[0].keys.sorted())
            for (path, bytes) in outputs[0] {
                XCTAssertEqual(o[path], bytes, "run \(i): \(path) differs")
            }
        }
    }
}
