import Foundation
import XCTest
@testable import EvalETL

/// Parses the five ERC / i-eval samples (`Tests/Fixtures/samples/input`) and compares every gold
/// field (`Tests/Fixtures/samples/gold`, copied from `../shared/samples/`) the way `score.py` does.
final class ERCGoldTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/samples")

    static let samples: [(name: String, kind: String)] = [
        ("erc-bangladesh-icbaar-detail", "undp_erc_record"),
        ("erc-ethiopia-ilm-pipetable", "undp_erc"),
        ("erc-fiji-undaf-nodeadline", "undp_erc"),
        ("erc-uganda-nuerp-mte", "undp_erc"),
        ("ilo-lessons-qatar-tcp", "ilo_lessons"),
    ]

    static func document(_ name: String) throws -> Document {
        let text = try String(contentsOf: fixtures.appendingPathComponent("input/\(name).txt"), encoding: .utf8)
        return Document(sourceFile: name + ".txt", sha256: "", text: text)
    }

    func testEachSampleIsDetectedAsItsKind() throws {
        for (name, kind) in Self.samples {
            XCTAssertEqual(try Self.document(name).kind.name, kind, name)
        }
    }

    func testSamplesMatchGold() throws {
        var misses: [String] = []
        for (name, _) in Self.samples {
            let doc = try Self.document(name)
            let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("gold/\(name).json"))
            let gold = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let parsed = try doc.kind.parser.parse(doc)
            misses += GoldCompare.compare(name: name, parsed: parsed, gold: gold)
            let ev = gold["evaluation"] as? [String: Any] ?? [:]
            func check(_ field: String, _ out: Any?) {
                if !GoldCompare.same(field, ev[field], out) {
                    misses.append("\(name) evaluation.\(field): gold=\(GoldCompare.show(ev[field])) out=\(GoldCompare.show(out))")
                }
            }
            check("doc_type", parsed.docType.rawValue)
            check("evaluation_date", parsed.evaluationDate?.iso)
            check("evaluation_type", parsed.evaluationType)
            check("evaluation_timing", parsed.evaluationTiming)
            check("project_code", parsed.projectCode)
            check("budget", parsed.budget.map { String($0) })
            check("budget_currency", parsed.budgetCurrency)
            for g in gold["actions"] as? [[String: Any]] ?? [] {
                let r = (g["rec_seq"] as? Int ?? 0) - 1, s = (g["seq"] as? Int ?? 0) - 1
                guard r < parsed.recommendations.count, s < parsed.recommendations[r].actions.count else { continue }
                let out = parsed.recommendations[r].actions[s].lastUpdated?.iso
                if (g["last_updated"] as? String) != out {
                    misses.append("\(name) R\(r + 1)A\(s + 1).last_updated: gold=\(GoldCompare.show(g["last_updated"])) out=\(out ?? "nil")")
                }
            }
            var findings = 0
            for (i, g) in (gold["findings"] as? [[String: Any]] ?? []).enumerated() {
                findings += 1
                guard i < parsed.findings.count else { misses.append("\(name) F\(i + 1) missing"); continue }
                let f = parsed.findings[i]
                for (field, out) in [("kind", f.kind.rawValue), ("section", f.section), ("title", f.title), ("text", f.text)] as [(String, String?)]
                    where !GoldCompare.same(field, g[field], out) {
                    misses.append("\(name) F\(i + 1).\(field): gold=\(GoldCompare.show(g[field])) out=\(GoldCompare.show(out))")
                }
            }
            if parsed.findings.count != findings { misses.append("\(name) findings: \(parsed.findings.count) for \(findings)") }
        }
        XCTAssertEqual(misses, [])
    }
}
