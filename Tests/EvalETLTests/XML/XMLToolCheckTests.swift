import Foundation
import XCTest
@testable import EvalETL

/// Checks by the real programs: every contract table, written with fixture rows,
/// validates with `xmllint --schema`.
///
/// Set `EVALETL_XML_FIXTURE_DIR=/some/dir` to keep the output there, with a
/// matching `csv/` folder, for `scripts/xml/check_workbook.py` and `check_xml.sh`;
/// `EVALETL_XML_FIXTURE_ROWS_PER_SHEET=3` makes every table continue on further sheets.
final class XMLToolCheckTests: XCTestCase {
    private func xmllint() -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/xmllint"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    func testEveryTableValidatesAgainstTheSchema() throws {
        guard let xmllint = xmllint() else { throw XCTSkip("xmllint not installed (apt-get install libxml2-utils)") }
        let environment = ProcessInfo.processInfo.environment
        let keep = environment["EVALETL_XML_FIXTURE_DIR"]
        let rowsPerSheet = environment["EVALETL_XML_FIXTURE_ROWS_PER_SHEET"].flatMap { Int($0) } ?? 1_048_576
        let dir = try keep ?? XMLFixture.temporaryDirectory()
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let tables = TableSchema.all
        let warnings = try XMLFixture.run(XMLWriter(), tables: tables, rows: XMLFixture.rows, directory: dir)
        XCTAssertFalse(warnings.isEmpty, "the fixture has control characters")
        let cut = try XMLFixture.run(WorkbookWriter(rowsPerSheet: rowsPerSheet), tables: tables,
                                     rows: XMLFixture.rows, directory: dir)
        XCTAssertTrue(cut.contains { $0.message.contains("cut to 32767") }, "the fixture has text too long for a cell")
        // NB: a warning names its row's file (rejects) or evaluation, for the loader to report it as that file's.
        XCTAssertTrue(cut.contains {
            $0.message.hasPrefix("workbook.xml: sheet 'rejects' column reason: ") && $0.message.contains("(source_file-4)")
                && $0.sourceFile == "source_file-4"
        }, "\(cut.map(\.message))")
        XCTAssertTrue(warnings.contains { $0.message.hasPrefix("xml: actions.") && $0.evaluationID != nil }, "\(warnings)")
        if keep != nil { try XMLFixture.writeCSV(tables: tables, rows: XMLFixture.rows, directory: dir) }

        for table in tables {
            let result = try ToolRun.run(xmllint, ["--noout", "--nonet", "--schema", dir + "/xml/schema.xsd",
                                           dir + "/xml/\(table.name).xml"])
            XCTAssertEqual(result.status, 0, "\(table.name): \(result.output)")
        }
        let workbook = try ToolRun.run(xmllint, ["--noout", "--nonet", dir + "/workbook.xml"])
        XCTAssertEqual(workbook.status, 0, "workbook.xml is well-formed: \(workbook.output)")
    }

    func testSchemaRejectsAMissingRequiredColumn() throws {
        guard let xmllint = xmllint() else { throw XCTSkip("xmllint not installed (apt-get install libxml2-utils)") }
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try XMLFixture.run(XMLWriter(), tables: [.rejects], rows: { _ in [] }, directory: dir)
        let bad = dir + "/xml/bad.xml"
        try "<rejects><row><reason>r</reason></row></rejects>".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try ToolRun.run(xmllint, ["--noout", "--nonet", "--schema", dir + "/xml/schema.xsd", bad])
        XCTAssertNotEqual(result.status, 0)
    }

}
