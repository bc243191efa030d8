import XCTest
@testable import EvalETL

/// How documents are grouped into chunks, and when a chunk may be taken (`Pipeline.bytesInFlight`).
final class ByteBudgetTests: XCTestCase {
    static func files(_ sizes: [Int]) -> SourceFileList {
        var list = SourceFileList(root: "")
        for (i, size) in sizes.enumerated() { list.append(relativePath: "\(i).txt", size: size) }
        return list
    }

    func testChunksEndAtSixteenDocumentsOrAtTheirBytes() {
        let kb = 1 << 10, mb = 1 << 20, chunk = Pipeline.chunkBytes
        let cases: [(sizes: [Int], ends: [Int])] = [
            ([], []),
            (Array(repeating: 10 * kb, count: 40), [16, 32, 40]),
            ([31 * mb, 31 * mb, kb], [1, 2, 3]),
            ([kb, 31 * mb, kb], [1, 2, 3]),
            ([chunk / 2, chunk / 2, 1], [2, 3]),
            ([chunk, 1, 1], [1, 3]),
        ]
        for c in cases {
            XCTAssertEqual(Pipeline.chunkEnds(Self.files(c.sizes)), c.ends, "sizes \(c.sizes)")
        }
    }

    func testAChunkIsTakenWithinTheBudgetOrAloneWhenNothingIsInFlight() {
        let budget = Pipeline.bytesInFlight
        let cases: [(bytes: Int, inFlight: Int, takeable: Bool)] = [
            (1, 0, true),
            (budget, 0, true),
            (budget * 3, 0, true),    // larger than the budget: alone
            (budget / 2, budget / 2, true),
            (budget / 2 + 1, budget / 2, false),
            (1, budget, false),
        ]
        for c in cases {
            XCTAssertEqual(Pipeline.takeable(c.bytes, inFlight: c.inFlight), c.takeable, "\(c)")
        }
    }
}
