import Foundation
import XCTest
@testable import EvalETL

/// Samples 003 (ILO summary) and 004 (report) against the gold JSON, field by field, as score.py compares them.
final class GoldSampleTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testSample003() throws { try compare(prefix: "003_", kind: .iloSummary) }
    func testSample004() throws { try compare(prefix: "004_", kind: .report) }

    func compare(prefix: String, kind: DocumentKind) throws {
        let input = Self.root.appendingPathComponent("input")
        let goldDir = URL(fileURLWithPath: "/work/shared/gold")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: input.path)
            .first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }),
              let goldData = try? Data(contentsOf: goldDir.appendingPathComponent(
                name.replacingOccurrences(of: ".txt", with: ".json"))) else {
            throw XCTSkip("sample \(prefix) or its gold not found")
        }
        let text = try String(contentsOf: input.appendingPathComponent(name), encoding: .utf8)
        let doc = try kind.parser.parse(Document(sourceFile: name, sha256: "", text: text, kind: kind))
        let gold = try XCTUnwrap(JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let ev = try XCTUnwrap(gold["evaluation"] as? [String: Any])

        func short(_ field: String, _ got: String?) {
            let want = ev[field] as? String
            XCTAssertEqual(got.map(Text.fold), want.map(Text.fold), field)
        }
        func list(_ field: String, _ got: [String]) {
            XCTAssertEqual(Set(got), Set(ev[field] as? [String] ?? []), field)
        }
        short("title", doc.title)
        short("office", doc.office)
        short("office_type", doc.officeType)
        short("evaluation_date", doc.evaluationDate?.iso)
        short("evaluation_type", doc.evaluationType)
        short("evaluation_timing", doc.evaluationTiming)
        short("project_code", doc.projectCode)
        short("budget_currency", doc.budgetCurrency)
        XCTAssertEqual(doc.budget, ev["budget"] as? Double, "budget")
        list("organizations", doc.organizations)
        list("countries", doc.countries)
        list("donors", doc.donors)
        list("keywords", doc.keywords)
        assertText(doc.summary, ev["summary"] as? String, "summary")

        let recs = gold["recommendations"] as? [[String: Any]] ?? []
        XCTAssertEqual(doc.recommendations.count, recs.count, "recommendation count")
        for (r, g) in zip(doc.recommendations, recs) {
            XCTAssertEqual(r.section, g["section"] as? String, "R\(g["seq"]!) section")
            XCTAssertEqual(r.title, g["title"] as? String, "R\(g["seq"]!) title")
            assertText(r.text, g["text"] as? String, "R\(g["seq"]!) text")
        }
        let finds = gold["findings"] as? [[String: Any]] ?? []
        XCTAssertEqual(doc.findings.count, finds.count, "finding count")
        for (f, g) in zip(doc.findings, finds) {
            XCTAssertEqual(f.kind.rawValue, g["kind"] as? String, "F\(g["seq"]!) kind")
            XCTAssertEqual(f.section, g["section"] as? String, "F\(g["seq"]!) section")
            XCTAssertEqual(f.title, g["title"] as? String, "F\(g["seq"]!) title")
            assertText(f.text, g["text"] as? String, "F\(g["seq"]!) text")
        }
        let roles = (gold["stakeholder_roles"] as? [[String: Any]] ?? []).map {
            "\($0["role"]!)|\($0["name"]!)|\($0["kind"]!)|\(($0["detail"] as? String) ?? "-")"
        }
        let got = doc.roles.map { "\($0.role.rawValue)|\($0.party.name)|\($0.party.kind.rawValue)|\($0.party.detail ?? "-")" }
        XCTAssertEqual(got.sorted(), roles.sorted(), "roles")
        XCTAssertEqual(doc.diagnostics, [], "diagnostics")
    }

    func assertText(_ got: String?, _ want: String?, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let want else { return XCTAssertNil(got, what, file: file, line: line) }
        let f1 = Self.tokenF1(got ?? "", want)
        XCTAssertGreaterThanOrEqual(f1, 0.95, "\(what): want \(want)\n got \(got ?? "nil")", file: file, line: line)
        if got.map(Text.fold) != Text.fold(want) {
            print("NOTE \(what) differs (F1 \(f1)):\n want \(want)\n got  \(got ?? "nil")")
        }
    }

    static func tokenF1(_ a: String, _ b: String) -> Double {
        func tokens(_ s: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            for t in s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) {
                counts[String(t), default: 0] += 1
            }
            return counts
        }
        let ta = tokens(a), tb = tokens(b)
        let common = ta.reduce(0) { $0 + min($1.value, tb[$1.key] ?? 0) }
        guard common > 0 else { return ta.isEmpty && tb.isEmpty ? 1 : 0 }
        let p = Double(common) / Double(ta.values.reduce(0, +)), r = Double(common) / Double(tb.values.reduce(0, +))
        return 2 * p * r / (p + r)
    }
}

/// The samples with their layout disturbed: the same fields must come out.
final class SampleVariantTests: XCTestCase {
    func sample(_ prefix: String) throws -> String {
        let input = GoldSampleTests.root.appendingPathComponent("input")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: input.path)
            .first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else { throw XCTSkip("no sample \(prefix)") }
        return try String(contentsOf: input.appendingPathComponent(name), encoding: .utf8)
    }

    func testWithoutBlankLines() throws {
        let text = try sample("003_")
        let original = try EvaluationSummaryParser().parse(Document(sourceFile: "a", sha256: "", text: text, kind: .iloSummary))
        // NB: keep the page-break split inside paragraphs as separate lines.
        let dense = text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
        let doc = try EvaluationSummaryParser().parse(Document(sourceFile: "a", sha256: "", text: dense, kind: .iloSummary))
        XCTAssertEqual(doc.title, original.title)
        XCTAssertEqual(doc.budget, original.budget)
        XCTAssertEqual(doc.summary, original.summary)
        XCTAssertEqual(doc.recommendations.map(\.section), original.recommendations.map(\.section))
        XCTAssertEqual(doc.recommendations.map(\.text), original.recommendations.map(\.text))
        XCTAssertEqual(doc.findings.map(\.title), original.findings.map(\.title))
        XCTAssertEqual(doc.findings.map(\.text), original.findings.map(\.text))

        let report = try sample("004_")
        let r1 = try ReportParser().parse(Document(sourceFile: "b", sha256: "", text: report, kind: .report))
        let denseReport = report.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
        let r2 = try ReportParser().parse(Document(sourceFile: "b", sha256: "", text: denseReport, kind: .report))
        XCTAssertEqual(r1, r2)
    }
}
