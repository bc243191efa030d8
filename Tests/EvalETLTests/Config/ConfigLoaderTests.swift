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
            xlsx:
              table_sheets: false
            limits:
              max_file_mb: 2
            """)
        XCTAssertEqual(c.input, "docs")
        XCTAssertEqual(c.jobs, 3)
        XCTAssertEqual(c.formats, [.csv, .parquet])
        XCTAssertFalse(c.csv.formulaGuard)
        XCTAssertEqual(c.parquet.compression, .none)
        XCTAssertEqual(c.parquet.rowGroupRows, 10)
        XCTAssertFalse(c.xlsx.tableSheets)
        XCTAssertTrue(PipelineConfig().xlsx.tableSheets)
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
            ("xlsx:\n  tables: no\n", "pipeline.yml:2:3: unknown key 'tables' in xlsx (known: table_sheets)"),
        ]
        for (yaml, want) in cases {
            XCTAssertThrowsError(try ConfigLoader.parse(yaml)) { error in
                XCTAssertTrue("\(error)".hasPrefix(want), "\(yaml): \(error)")
            }
        }
    }

    /// `parties:` names a lexicon file beside the config; its entries join the run's config.
    func testPartiesLexiconFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evaletl-parties-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "version: 1\nparties: parties.yml\n".write(toFile: dir + "/pipeline.yml", atomically: true, encoding: .utf8)
        try """
        version: 1
        parties:
          - name: Programme Management Unit
            kind: unit
            aliases: [PMU, Project  Management Unit]
          - name: Wanalher Ag Alwaly
            kind: person
        """.write(toFile: dir + "/parties.yml", atomically: true, encoding: .utf8)
        let c = try ConfigLoader.load(path: dir + "/pipeline.yml")
        XCTAssertEqual(c.parties, [PartyName(name: "Programme Management Unit", kind: .unit, aliases: ["PMU", "Project Management Unit"]),
                                   PartyName(name: "Wanalher Ag Alwaly", kind: .person)])

        try "parties: missing.yml\n".write(toFile: dir + "/pipeline.yml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ConfigLoader.load(path: dir + "/pipeline.yml")) { error in
            XCTAssertEqual("\(error)", "\(dir)/missing.yml: cannot be read (named by 'parties' in the config)")
        }
    }

    /// One row per mistake in a party lexicon: the YAML, and the place and words the error must carry.
    func testPartyLexiconErrorsNameTheLine() {
        let cases: [(String, String)] = [
            ("partys: []\n", "parties.yml:1:1: unknown key 'partys' in the top level"),
            ("parties:\n  - name: PMU\n    kind: unit\n    alias: [P]\n", "parties.yml:4:5: unknown key 'alias' in a party"),
            ("parties:\n  - name: PMU\n    kind: office\n", "parties.yml:3:11: 'kind' must be one of organization, unit, person, group"),
            ("parties:\n  - kind: unit\n", "parties.yml:2:5: a party needs a 'name'"),
            ("parties:\n  - name: PMU\n", "parties.yml:2:5: party 'PMU' needs a 'kind'"),
            ("parties:\n  - name: UN Women (Kenya)\n    kind: unit\n", "parties.yml:2:11: 'name' may not hold"),
            ("parties:\n  - name: A\n    kind: unit\n  - name: B\n    kind: unit\n    aliases: [a]\n",
             "parties.yml:4:5: 'a' already names 'A'"),
            ("parties: PMU\n", "parties.yml:1:10: 'parties' must be a list"),
        ]
        for (yaml, want) in cases {
            XCTAssertThrowsError(try PartyNamesLoader.parse(yaml)) { error in
                XCTAssertTrue("\(error)".hasPrefix(want), "\(yaml): \(error)")
            }
        }
    }
}
