import Foundation
import XCTest
@testable import EvalETL

final class TablesDocumentTests: XCTestCase {
    static let committed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/tables.md")

    func testTheCommittedDocumentIsWhatTheSchemaSays() throws {
        let text = try String(contentsOf: Self.committed, encoding: .utf8)
        XCTAssertTrue(text == TablesDocument.markdown, """
            docs/tables.md is stale: TableSchema changed since it was written. Run `make docs` \
            (or `swift run evaletl tables > docs/tables.md`) and commit the file.
            """)
    }

    func testEveryTableAndColumnIsDescribed() {
        let doc = TablesDocument.markdown
        for table in TableSchema.all {
            XCTAssertFalse(table.meaning.isEmpty, table.name)
            XCTAssertTrue(doc.contains("### \(table.name) — \(table.meaning)\n"), table.name)
            for column in table.columns {
                XCTAssertFalse(column.meaning.isEmpty, "\(table.name).\(column.name) has no meaning")
                XCTAssertTrue(doc.contains("\n| \(column.name) | \(TablesDocument.typeCell(column)) | "),
                              "\(table.name).\(column.name)")
            }
        }
        for type in ColumnType.allCases { XCTAssertTrue(doc.contains("\n| \(type.rawValue) | "), type.rawValue) }
    }

    func testVocabulariesComeFromTheirOnePlace() {
        let cases: [(TableSchema, String, [String])] = [
            (.actions, "status", Vocabulary.actionStatuses),
            (.recommendations, "response_category", Vocabulary.responseCategories),
            (.evaluations, "doc_type", ["management_response", "evaluation_summary", "report"]),
            (.evaluations, "approval_status", Vocabulary.approvalStatuses),
            (.stakeholders, "kind", ["organization", "unit", "person", "group"]),
            (.stakeholderRoles, "role", ["responsible", "evaluation_manager", "evaluator", "donor",
                                         "administrative_office", "technical_office", "implementing_partner"]),
            (.findings, "kind", ["finding", "lesson_learned", "good_practice"]),
        ]
        for (table, name, values) in cases {
            let column = table.columns[table.index(of: name)!]
            XCTAssertEqual(column.values, values, "\(table.name).\(name)")
            let listed = values.map { "`\($0)`" }.joined(separator: ", ")
            XCTAssertTrue(TablesDocument.meaningCell(column).hasSuffix("Values: \(listed)"), "\(table.name).\(name)")
        }
    }

    func testCellsKeepTheTableWhole() {
        let column = Column("x", .string, "a | b", values: ["c|d"])
        XCTAssertEqual(TablesDocument.meaningCell(column), "a \\| b. Values: `c\\|d`")
        XCTAssertEqual(TablesDocument.typeCell(Column("y", .date, required: true, "z")), "date, required")
    }
}
