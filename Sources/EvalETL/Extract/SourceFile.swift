/// One file found under the input folder, before it is read.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the input root, `/`-separated: the `source_file` column.
    public var relativePath: String
    /// The input folder `relativePath` is relative to.
    ///
    /// NB: one string shared by every file of a scan; the path to open is built when
    /// the file is read, so 100,000 files do not keep 100,000 full paths in memory.
    public var root: String
    /// Set when the file cannot be read at all (a broken symlink, a loop); becomes the reject reason.
    public var problem: String?
    /// Size and modification time when scanned: with the cache's manifest they
    /// tell an unchanged file without reading it.
    public var size: Int = 0
    public var modified: Int = 0
    /// The bytes of `relativePath` when they are not plain UTF-8 and `relativePath`
    /// is their escaped text (`FileName`); nil for almost every file.
    public var rawRelativePath: [UInt8]?
    /// A path given whole (`evaletl inspect FILE`, tests) rather than built from `root`.
    private var givenPath: String?

    /// A file found by `SourceScanner` under `root`.
    public init(relativePath: String, root: String, problem: String? = nil, size: Int = 0, modified: Int = 0) {
        self.relativePath = relativePath
        self.root = root
        self.problem = problem
        self.size = size
        self.modified = modified
    }

    /// A file known by its path.
    public init(relativePath: String, path: String) {
        self.init(relativePath: relativePath, root: "")
        givenPath = path
    }

    /// The bytes of the path to open, NUL-terminated: the file's own bytes even when its name is not UTF-8.
    public var openPath: [CChar] {
        guard givenPath == nil, let raw = rawRelativePath else { return Array(path.utf8CString) }
        var bytes = Array(root.utf8)
        if !root.hasSuffix("/") { bytes.append(UInt8(ascii: "/")) }
        bytes += raw
        bytes.append(0)
        return bytes.map { CChar(bitPattern: $0) }
    }

    /// Path to open.
    public var path: String {
        if let givenPath { return givenPath }
        return root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath
    }
}
