import Foundation
import XCTest
@testable import EvalETL

final class OutputDirectoryTests: XCTestCase {
    /// After this process swapped its output in, a stop at once (`Interrupt.stopAtOnce`) is not made:
    /// the run has published and exits as it would. Before (or during) a swap it is, so it is tested
    /// end to end (tests/test_interrupts.py); this flag is the process's and other tests may have set it.
    func testNoStopAtOnceAfterTheSwap() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("outdir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = try OutputDirectory(path: parent.appendingPathComponent("output").path)
        try output.beginStaging()
        FileManager.default.createFile(atPath: output.staging + "/run.json", contents: Data("{}".utf8))
        try output.commit()
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.path + "/run.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.staging))
        var stopped = false
        OutputDirectory.stopUnlessPublished { stopped = true }
        XCTAssertFalse(stopped)
    }
}
