import XCTest
@testable import EvalETL

final class ConfigLoaderTests: XCTestCase {
    func testDefaultsAndValues() throws {
        XCTAssertEqual(try ConfigLoader.parse(""), PipelineConfig())
        let c = try ConfigLoader.parse("""
            version: 1
            input: docs
            jobs: 3
            formats: [csv, parquet]
            csv:
              formula_guard: false
            parquet:
              compression: none
              row_group_rows: 10
            limits:
              max_file_mb: 2
            """)
        XCTAssertEqual(c.input, "docs")
        XCTAssertEqual(c.jobs, 3)
        XCTAssertEqual(c.formats, [.csv, .parquet])
        XCTAssertFalse(c.csv.formulaGuard)
        XCTAssertEqual(c.parquet.compression, .none)
        XCTAssertEqual(c.parquet.rowGroupRows, 10)
        XCTAssertEqual(c.limits.maxFileMB, 2)
    }

    /// One row per mistake: the YAML, and the place and words the error must carry.
    func testErrorsNameTheLine() {
        let cases: [(String, String)] = [
            ("input: in\nfoo: 1\n", "pipeline.yml:2:1: unknown key 'foo'"),
            ("parquet:\n  compresion: gzip\n", "pipeline.yml:2:3: unknown key 'compresion' in parquet"),
            ("parquet:\n  compression: zstd\n", "pipeline.yml:2:16: 'parquet.compression' must be one of gzip, none"),
            ("jobs: many\n", "pipeline.yml:1:7: 'jobs' must be a whole number"),
            ("formats: [csv, pdf]\n", "pipeline.yml:1:16: 'formats' must be one of"),
            ("version: 2\n", "pipeline.yml:1:10: 'version' must be"),
            ("csv: [1]\n", "pipeline.yml:1:6: csv must be a mapping"),
            ("csv:\n  bom: maybe\n", "pipeline.yml:2:8: 'csv.bom' must be true or false"),
        ]
        for (yaml, want) in cases {
            XCTAssertThrowsError(try ConfigLoader.parse(yaml)) { error in
                XCTAssertTrue("\(error)".hasPrefix(want), "\(yaml): \(error)")
            }
        }
    }
}
