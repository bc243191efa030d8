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

    /// Writing back starts once `Writeback.every` bytes have gathered, from where the last one ended.
    func testWritebackStartsEveryFewMegabytes() {
        let every = Writeback.every
        var w = Writeback()
        XCTAssertNil(w.wrote(-1, upTo: every - 1))
        XCTAssertEqual(w.wrote(-1, upTo: every + 3), 0..<(every + 3))
        XCTAssertNil(w.wrote(-1, upTo: 2 * every))
        XCTAssertEqual(w.wrote(-1, upTo: 2 * every + 3), (every + 3)..<(2 * every + 3))
    }

    /// A file several writeback steps long, synced, holds every byte in order.
    func testLargeFileIsWholeAfterClose() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try FileSink(path: path)
        var want: [UInt8] = []
        for i in 0..<(3 * Writeback.every / 100_000 + 1) {
            let chunk = [UInt8](repeating: UInt8(truncatingIfNeeded: i), count: 100_000)
            try sink.write(chunk)
            want += chunk
        }
        try sink.close()
        XCTAssertEqual(FileManager.default.contents(atPath: path).map(Array.init), want)
    }
}
