import Foundation
import XCTest
@testable import EvalETL

final class XMLWriterTests: XCTestCase {
    private let table = TableSchema(name: "things", columns: [
        Column("id", .string, required: true),
        Column("note", .string),
        Column("n", .int),
        Column("x", .double),
        Column("flag", .bool),
        Column("day", .date),
        Column("tags", .list),
    ])

    private func xml(_ rows: [[Value]]) throws -> (String, [WriterWarning]) {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let warnings = try XMLFixture.run(XMLWriter(), tables: [table], rows: { _ in rows }, directory: dir)
        return (try String(contentsOfFile: dir + "/xml/things.xml", encoding: .utf8), warnings)
    }

    private func row(note: Value = .null, tags: Value = .null) -> [Value] {
        [.string("t1"), note, .null, .null, .null, .null, tags]
    }

    /// An empty batch leaves the file as no call at all would: `<things …/>` without rows.
    func testEmptyBatchesChangeNothing() throws {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [(batches: [[[Value]]], rows: [[Value]])] = [
            ([], []), ([[]], []), ([[], []], []),
            ([[], [row(note: .string("a"))]], [row(note: .string("a"))]),
            ([[row(note: .string("a"))], [], [row(tags: .list(["b"]))]], [row(note: .string("a")), row(tags: .list(["b"]))]),
        ]
        for (batches, rows) in cases {
            let w = XMLWriter()
            try w.begin(tables: [table], directory: dir)
            for batch in batches { try w.write(batch, table: table) }
            _ = try w.finish()
            let got = try String(contentsOfFile: dir + "/xml/things.xml", encoding: .utf8)
            XCTAssertEqual(got, try xml(rows).0, "\(batches.count) batches")
        }
        let empty = try xml([]).0
        XCTAssertTrue(empty.hasSuffix("schema.xsd\"/>\n"), empty)
    }

    func testEscaping() throws {
        let cases: [(String, String)] = [
            ("a<b", "<note>a&lt;b</note>"),
            ("a&b", "<note>a&amp;b</note>"),
            ("a>b", "<note>a&gt;b</note>"),
            ("say \"hi\"", "<note>say &quot;hi&quot;</note>"),
            ("it's", "<note>it's</note>"),
            ("x]]>y", "<note>x]]&gt;y</note>"),
            ("cr\rlf\n", "<note>cr&#13;lf\n</note>"),
            ("", "<note></note>"),
        ]
        for (input, expected) in cases {
            let (text, warnings) = try xml([row(note: .string(input))])
            XCTAssertTrue(text.contains(expected), "\(input.debugDescription) -> \(text)")
            XCTAssertEqual(warnings, [])
        }
    }

    func testForbiddenCharactersBecomeReplacementWithWarning() throws {
        let (text, warnings) = try xml([row(note: .string("a\u{1}b\u{FFFE}")), row(tags: .list(["\u{0}"]))])
        XCTAssertTrue(text.contains("<note>a\u{FFFD}b\u{FFFD}</note>"))
        XCTAssertTrue(text.contains("<item>\u{FFFD}</item>"))
        XCTAssertEqual(warnings.map(\.message), [
            "xml: things.note: replaced 2 characters XML 1.0 forbids with U+FFFD in 1 value",
            "xml: things.tags: replaced 1 character XML 1.0 forbids with U+FFFD in 1 value",
        ])
    }

    /// Replacements are counted per column and evaluation, so each input file gets its own warning, at the line
    /// of its first row replaced in.
    func testForbiddenCharactersAreTalliedPerEvaluation() throws {
        let table = TableSchema(name: "notes", columns: [Column("note_id", .string), Column("evaluation_id", .string),
                                                         Column("text", .string)])
        let rows: [[Value]] = [["N-1", "ev-1", "a\u{1}"], ["N-2", "ev-1", "\u{2}\u{3}"], ["N-3", "ev-2", "\u{FFFF}"],
                               ["N-4", "ev-2", "fine"]].map { $0.map(Value.string) }
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(try XMLFixture.run(XMLWriter(), table: table, rows: rows, lines: [10, 11, 0, 13], directory: dir), [
            WriterWarning("xml: notes.text: replaced 3 characters XML 1.0 forbids with U+FFFD in 2 values", evaluationID: "ev-1",
                          line: 10),
            WriterWarning("xml: notes.text: replaced 1 character XML 1.0 forbids with U+FFFD in 1 value", evaluationID: "ev-2"),
        ])
    }

    func testWholeFile() throws {
        let rows: [[Value]] = [
            [.string("t1"), .string("Zürich"), .int(7), .double(1e21), .bool(true),
             .date(CalendarDate(year: 2021, month: 7, day: 31)!), .list(["a", "b"])],
            [.string("t2"), .null, .null, .double(-.infinity), .bool(false), .null, .list([])],
        ]
        let (text, _) = try xml(rows)
        XCTAssertEqual(text, """
            <?xml version="1.0" encoding="UTF-8"?>
            <things xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="schema.xsd">
              <row>
                <id>t1</id>
                <note>Zürich</note>
                <n>7</n>
                <x>1e+21</x>
                <flag>true</flag>
                <day>2021-07-31</day>
                <tags>
                  <item>a</item>
                  <item>b</item>
                </tags>
              </row>
              <row>
                <id>t2</id>
                <x>-INF</x>
                <flag>false</flag>
                <tags/>
              </row>
            </things>

            """)
    }

    func testWrongValueTypeStopsTheRun() throws {
        let dir = try XMLFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = XMLWriter()
        try writer.begin(tables: [table], directory: dir)
        XCTAssertThrowsError(try writer.write([[.string("t"), .int(1), .null, .null, .null, .null, .null]], table: table))
        XCTAssertThrowsError(try writer.write([[.string("t")]], table: table))
    }

    func testIdenticalInputGivesIdenticalBytes() throws {
        var outputs: [[Data]] = []
        for _ in 0..<2 {
            let dir = try XMLFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try XMLFixture.run(XMLWriter(), tables: TableSchema.all, rows: XMLFixture.rows, directory: dir)
            try XMLFixture.run(WorkbookWriter(), tables: TableSchema.all, rows: XMLFixture.rows, directory: dir)
            let files = TableSchema.all.map { "xml/\($0.name).xml" } + ["xml/schema.xsd", "workbook.xml"]
            outputs.append(try files.map { try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0)) })
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }
}
