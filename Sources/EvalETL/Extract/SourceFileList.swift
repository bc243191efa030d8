/// The files of one scan, in order, packed: every relative path in one byte buffer.
///
///     paths   "2008/000181_ea98….txt2008/000445_e06f….txt…"
///     entries [(pathEnd: 33, size: 10412, modified: …), (pathEnd: 66, …), …]
///     list[1] -> SourceFile(relativePath: "2008/000445_e06f….txt", root: list.root, size: …)
///
/// A `SourceFile` (and its path string) is made when an element is read.
///
/// NB: a `[SourceFile]` kept about 160 bytes a file, an 80-byte value and a heap
/// string for the path; this keeps the path's bytes and 24 more, about 57 bytes
/// for a 33-byte path, and the list lives for the whole run.
public struct SourceFileList: RandomAccessCollection, Sendable {
    /// The input folder every relative path is under.
    public let root: String
    private var paths: [UInt8] = []
    private var entries: [Entry] = []
    /// Reasons a file cannot be read, by index; few or none.
    private var problems: [Int: String] = [:]
    /// The bytes of relative paths that are not plain UTF-8 (their listed path is
    /// escaped, `FileName`), by index; few or none.
    private var rawPaths: [Int: [UInt8]] = [:]

    private struct Entry: Sendable {
        var pathEnd: Int
        var size: Int
        var modified: Int
    }

    public init(root: String) {
        self.root = root
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(i: Int) -> SourceFile {
        var file = SourceFile(relativePath: relativePath(i), root: root, problem: problems[i],
                              size: entries[i].size, modified: entries[i].modified)
        file.rawRelativePath = rawPaths[i]
        return file
    }

    /// The size in bytes of file `i` when scanned, without the rest of its `SourceFile`.
    public func size(_ i: Int) -> Int { entries[i].size }

    /// The relative path of file `i`, without the rest of its `SourceFile`.
    public func relativePath(_ i: Int) -> String {
        paths.withUnsafeBufferPointer { String(decoding: $0[pathRange(i)], as: UTF8.self) }
    }

    public mutating func append(relativePath: String, problem: String? = nil, size: Int = 0, modified: Int = 0) {
        if let problem { problems[entries.count] = problem }
        paths.append(contentsOf: relativePath.utf8)
        entries.append(Entry(pathEnd: paths.count, size: size, modified: modified))
    }

    /// A file known by the bytes of its relative path, listed under their escaped text (`FileName`).
    public mutating func append(rawPath: [UInt8], problem: String? = nil, size: Int = 0, modified: Int = 0) {
        let (shown, changed) = FileName.escaped(rawPath)
        if changed { rawPaths[entries.count] = rawPath }
        if let problem { problems[entries.count] = problem }
        paths.append(contentsOf: shown)
        entries.append(Entry(pathEnd: paths.count, size: size, modified: modified))
    }

    /// The same files ordered by the bytes of their UTF-8 paths: the same order on every machine and locale.
    public func sortedByPath() -> SourceFileList {
        let order = paths.withUnsafeBufferPointer { p in
            indices.sorted { p[pathRange($0)].lexicographicallyPrecedes(p[pathRange($1)]) }
        }
        var out = SourceFileList(root: root)
        out.paths.reserveCapacity(paths.count)
        out.entries.reserveCapacity(entries.count)
        for i in order {
            out.paths.append(contentsOf: paths[pathRange(i)])
            out.entries.append(Entry(pathEnd: out.paths.count, size: entries[i].size, modified: entries[i].modified))
            if let problem = problems[i] { out.problems[out.entries.count - 1] = problem }
            if let raw = rawPaths[i] { out.rawPaths[out.entries.count - 1] = raw }
        }
        return out
    }

    private func pathRange(_ i: Int) -> Range<Int> {
        (i == 0 ? 0 : entries[i - 1].pathEnd)..<entries[i].pathEnd
    }
}
