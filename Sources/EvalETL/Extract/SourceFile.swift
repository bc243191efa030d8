/// One file found under the input folder, before it is read.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the input root, `/`-separated: the `source_file` column.
    public var relativePath: String
    /// Path to open.
    public var path: String
    /// Set when the file cannot be read at all (a broken symlink, a loop); becomes the reject reason.
    public var problem: String?

    public init(relativePath: String, path: String, problem: String? = nil) {
        self.relativePath = relativePath
        self.path = path
        self.problem = problem
    }
}
