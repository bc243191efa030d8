import Foundation
import XCTest
@testable import EvalETL

final class FileSinkTests: XCTestCase {
    /// Small writes, a closure append, and a block large enough to skip the buffer land in order.
    func testWritesInOrderAndCountsOffset() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try FileSink(path: path)
        let large = (0..<(FileSink.directAt + 5)).map { UInt8(truncatingIfNeeded: $0) }
        var want: [UInt8] = []
        try sink.write([1, 2, 3]); want += [1, 2, 3]
        try sink.append { $0 += [4, 5] }; want += [4, 5]
        try large.withUnsafeBufferPointer { b throws(OutputError) in try sink.write(b) }; want += large
        try sink.write("end"); want += Array("end".utf8)
        XCTAssertEqual(sink.offset, want.count)
        try sink.close(sync: false)
        XCTAssertEqual(FileManager.default.contents(atPath: path).map(Array.init), want)
    }

    /// A range of another file lands between buffered writes, and the offset counts it.
    func testCopiesARangeOfAnotherFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/in", contents: Data(source)))
        let input = open(dir + "/in", O_RDONLY)
        defer { close(input) }
        let sink = try FileSink(path: dir + "/out")
        try sink.write([9, 9])
        try sink.copy(from: input, offset: 5, count: 150_000, name: "in")
        try sink.write([8])
        XCTAssertEqual(sink.offset, 150_003)
        try sink.close(sync: false)
        XCTAssertEqual(FileManager.default.contents(atPath: dir + "/out").map(Array.init), [9, 9] + source[5..<150_005] + [8])
        XCTAssertThrowsError(try FileSink(path: dir + "/short").copy(from: input, offset: 199_990, count: 20, name: "in"))
    }
}
