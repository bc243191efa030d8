import Foundation
import XCTest
@testable import EvalETL

final class JSONWriterTests: XCTestCase {
    func testWritesJSONThatParsersReadBack() throws {
        let path = NSTemporaryDirectory() + "/evaletl-json-\(UUID().uuidString).json"
        defer { unlink(path) }
        let tricky = "quote \" back \\ tab \t nl \n cr \r bell \u{7} é €"
        let j = try JSONWriter(path: path)
        try j.object { () throws(OutputError) in
            try j.field("a") { j.number(-3) }
            try j.field("b") { j.number(0.25) }
            try j.field("c") { j.bool(true) }
            try j.field("d") { j.string(tricky) }
            try j.field("empty_array") { () throws(OutputError) in try j.array([Int]()) { j.number($0) } }
            try j.field("empty_object") { () throws(OutputError) in try j.object {} }
            try j.field("list") { () throws(OutputError) in
                try j.array([1, 2]) { (n) throws(OutputError) in
                    try j.object { () throws(OutputError) in try j.field("n") { j.number(n) } }
                }
            }
            try j.field("nan") { j.number(Double.nan) }
        }
        try j.close()
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["a"] as? Int, -3)
        XCTAssertEqual(object["b"] as? Double, 0.25)
        XCTAssertEqual(object["c"] as? Bool, true)
        XCTAssertEqual(object["d"] as? String, tricky)
        XCTAssertEqual((object["empty_array"] as? [Any])?.count, 0)
        XCTAssertEqual((object["empty_object"] as? [String: Any])?.count, 0)
        XCTAssertEqual((object["list"] as? [[String: Int]])?.map { $0["n"] }, [1, 2])
        XCTAssertEqual(object["nan"] as? Int, 0, "JSON has no NaN")
        XCTAssertEqual(String(decoding: data, as: UTF8.self).split(separator: "\n").first, "{")
    }
}
