import Foundation
import XCTest
@testable import EvalETL

final class SourceFileListTests: XCTestCase {
    func testElementsAreTheFilesAppended() {
        var list = SourceFileList(root: "/in")
        list.append(relativePath: "b/x.txt", size: 10, modified: 7)
        list.append(relativePath: "", problem: "empty name")
        list.append(relativePath: "é €.txt", size: 3)
        XCTAssertEqual(Array(list), [
            SourceFile(relativePath: "b/x.txt", root: "/in", size: 10, modified: 7),
            SourceFile(relativePath: "", root: "/in", problem: "empty name"),
            SourceFile(relativePath: "é €.txt", root: "/in", size: 3),
        ])
        XCTAssertEqual(list[0].path, "/in/b/x.txt")
        XCTAssertEqual(list.relativePath(2), "é €.txt")
    }

    func testSortedByPathBytesKeepsEachFilesFacts() {
        // Byte order: "/" (0x2F) after "." (0x2E), "Z" before "a", "é" (0xC3…) after ASCII.
        let paths = ["é.txt", "a/b.txt", "a.txt", "Z.txt", "a/a.txt", "b.txt"]
        var list = SourceFileList(root: "r")
        for (i, p) in paths.enumerated() {
            list.append(relativePath: p, problem: i == 1 ? "broken symbolic link" : nil, size: i, modified: 100 + i)
        }
        let sorted = list.sortedByPath()
        let expected = paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        XCTAssertEqual(sorted.map(\.relativePath), expected)
        XCTAssertEqual(expected, ["Z.txt", "a.txt", "a/a.txt", "a/b.txt", "b.txt", "é.txt"])
        for file in sorted {
            let i = paths.firstIndex(of: file.relativePath)!
            XCTAssertEqual(file, SourceFile(relativePath: paths[i], root: "r", problem: i == 1 ? "broken symbolic link" : nil,
                                            size: i, modified: 100 + i))
        }
        XCTAssertEqual(SourceFileList(root: "r").sortedByPath().count, 0)
    }

    func testScanListsFilesInByteOrder() throws {
        let root = NSTemporaryDirectory() + "/evaletl-scan-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        for p in ["b.txt", "a/z.txt", "a.txt", ".hidden", "a/.hidden/x.txt"] {
            let path = root + "/" + p
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("12345".utf8)))
        }
        symlink(root + "/missing", root + "/c-broken")
        let files = try SourceScanner.scan(root: root)
        // Hidden entries are listed, not read: a hidden folder once, not its files.
        XCTAssertEqual(files.map(\.relativePath), [".hidden", "a.txt", "a/.hidden", "a/z.txt", "b.txt", "c-broken"])
        XCTAssertEqual(files.map(\.size), [0, 5, 0, 5, 5, 0])
        XCTAssertEqual(files.map(\.problem), ["hidden, not read", nil, "hidden, not read", nil, nil, "broken symbolic link"])
        XCTAssertEqual(files[3].path, root + "/a/z.txt")
    }
}
