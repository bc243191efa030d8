import Foundation
import XCTest
@testable import EvalETL

/// The sample documents in `input/` against golden CSV files in `Golden/`.
///
/// Re-record after a deliberate change: `EVALETL_RECORD=1 swift test --filter GoldenTests`.
final class GoldenTests: XCTestCase {
    static let goldenDir = WorkDir.packageRoot + "/Tests/EndToEndTests/Golden"

    func testSampleDocumentsMatchGoldenCSV() throws {
        let wd = try WorkDir()
        var config = wd.config(formats: [.csv])
        config.input = WorkDir.packageRoot + "/input"
        _ = try Pipeline(config: config).run()
        let record = ProcessInfo.processInfo.environment["EVALETL_RECORD"] == "1"
        for table in TableSchema.all {
            let got = try String(contentsOfFile: "\(wd.output)/csv/\(table.name).csv", encoding: .utf8)
            let path = "\(Self.goldenDir)/\(table.name).csv"
            if record {
                try got.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let want = try String(contentsOfFile: path, encoding: .utf8)
            if got != want {
                let g = got.components(separatedBy: "\r\n"), w = want.components(separatedBy: "\r\n")
                let first = zip(g, w).enumerated().first { $0.element.0 != $0.element.1 }
                XCTFail("""
                    \(table.name).csv differs from Golden (re-record with EVALETL_RECORD=1 if intended); \
                    rows \(g.count) vs \(w.count); first difference at line \((first?.offset ?? min(g.count, w.count)) + 1):
                    got:  \(first?.element.0 ?? "")
                    want: \(first?.element.1 ?? "")
                    """)
            }
        }
    }
}
