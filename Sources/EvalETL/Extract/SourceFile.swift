/// One file found under the input folder, before it is read.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the input root, `/`-separated: the `source_file` column.
    public var relativePath: String
    /// Path to open.
    public var path: String
    /// Set when the file cannot be read at all (a broken symlink, a loop); becomes the reject reason.
    public var problem: String?
    /// Size and modification time when scanned: with the cache's manifest they
    /// tell an unchanged file without reading it.
    public var size: Int = 0
    public var modified: Int = 0

    public init(relativePath: String, path: String, problem: String? = nil, size: Int = 0, modified: Int = 0) {
        self.relativePath = relativePath
        self.path = path
        self.problem = problem
        self.size = size
        self.modified = modified
    }
}
