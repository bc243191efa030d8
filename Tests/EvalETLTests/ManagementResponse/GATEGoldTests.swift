import Foundation
import XCTest
@testable import EvalETL

/// Parses the three GATE samples in `input/` and compares every gold field the
/// parser fills (`../shared/gold/*.json`), the way `score.py` compares them.
final class GATEGoldTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testSamplesMatchGold() throws {
        let goldDir = Self.root.appendingPathComponent("../shared/gold").standardized
        let names = ["000_a207adb440d4ae1d", "001_9fc373b0ba08516c", "002_4a3579ad06fe0c3e"]
        var misses: [String] = []
        for name in names {
            let inputURL = Self.root.appendingPathComponent("input/\(name).txt")
            let goldURL = goldDir.appendingPathComponent("\(name).json")
            guard let text = try? String(contentsOf: inputURL, encoding: .utf8),
                  let data = try? Data(contentsOf: goldURL),
                  let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw XCTSkip("sample or gold missing for \(name)")
            }
            let doc = Document(sourceFile: name + ".txt", sha256: "", text: text, kind: .unWomenGATE)
            let parsed = try ManagementResponseParser().parse(doc)
            misses += GoldCompare.compare(name: name, parsed: parsed, gold: gold)
        }
        for m in misses { print("MISS", m) }
        print("GATE gold: compared \(names.count) samples, \(misses.count) misses")
        XCTAssertEqual(misses.count, 0, misses.prefix(20).joined(separator: "\n"))
    }
}
