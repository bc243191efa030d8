import XCTest
@testable import EvalETL

extension StringDictionary {
    mutating func insert(_ s: String) -> UInt32 { ByteText.withUTF8(s) { insert($0) } }
}

final class StringDictionaryTests: XCTestCase {
    /// Values in, entry indices out: first-seen order, equal bytes share an entry.
    func testIndicesInFirstSeenOrder() {
        let cases: [(values: [String], indices: [UInt32], entries: Int)] = [
            ([], [], 0),
            ([""], [0], 1),
            (["", ""], [0, 0], 1),
            (["Completed", "Ongoing", "Completed"], [0, 1, 0], 2),
            (["é", "e\u{301}", "é"], [0, 1, 0], 2),
            (["12345678", "123456789", "12345678"], [0, 1, 0], 2),
            (["a", "b", "c", "b", "a"], [0, 1, 2, 1, 0], 3),
        ]
        for (values, indices, entries) in cases {
            var d = StringDictionary()
            XCTAssertEqual(values.map { d.insert($0) }, indices, "\(values)")
            XCTAssertEqual(d.count, entries, "\(values)")
        }
    }

    /// Past its first table size (256 slots), after a reset, every value keeps its index.
    func testGrowsAndResets() {
        var d = StringDictionary()
        let values = (0..<5_000).map { "value-\($0)" }
        for round in 0..<2 {
            XCTAssertEqual(values.map { d.insert($0) }, (0..<5_000).map(UInt32.init), "round \(round)")
            XCTAssertEqual(values.reversed().map { d.insert($0) }, (0..<5_000).reversed().map(UInt32.init))
            XCTAssertEqual(d.count, 5_000)
            XCTAssertEqual(d.entries.value(4_321), Array("value-4321".utf8))
            d.removeAll()
            XCTAssertEqual(d.count, 0)
        }
    }
}
