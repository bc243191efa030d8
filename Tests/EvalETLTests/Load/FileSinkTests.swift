import Foundation
import XCTest
@testable import EvalETL

final class FileSinkTests: XCTestCase {
    /// Writes of every kind, and ranges copied from another sink, land in order.
    func testWritesAndCopiesInOrderAndCountsOffset() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = try FileSink(path: dir + "/source")
        let large = (0..<(2 * FileSink.flushAt + 5)).map { UInt8(truncatingIfNeeded: $0) }
        try source.write(large)
        let sink = try FileSink(path: dir + "/sink")
        var want: [UInt8] = []
        try sink.write([1, 2, 3]); want += [1, 2, 3]
        try sink.append { $0 += [4, 5] }; want += [4, 5]
        try large.withUnsafeBufferPointer { b throws(OutputError) in try sink.write(b) }; want += large
        try sink.copy(7..<(FileSink.flushAt + 9), of: source); want += large[7..<(FileSink.flushAt + 9)]
        try sink.write("end"); want += Array("end".utf8)
        try sink.copy(0..<0, of: source)
        try sink.copy((large.count - 2)..<large.count, of: source); want += large.suffix(2)
        XCTAssertEqual(sink.offset, want.count)
        try sink.close(sync: false)
        try source.close(sync: false)
        XCTAssertEqual(FileManager.default.contents(atPath: dir + "/sink").map(Array.init), want)
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
