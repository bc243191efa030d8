/// A decoded input document: the value extract hands to normalize.
///
/// `text` has Unix line ends and no byte-order mark; `lines[i]` is line `i + 1`.
public struct Document: Sendable {
    /// Path relative to the input root, `/`-separated.
    public var sourceFile: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    public var text: String
    public var lines: [Substring]
    public var kind: DocType
    /// Problems met while decoding (encoding guessed, NUL bytes dropped, …).
    public var diagnostics: [Diagnostic]

    public init(sourceFile: String, sha256: String, text: String, kind: DocType? = nil,
                diagnostics: [Diagnostic] = []) {
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.kind = kind ?? KindDetector.detect(lines: self.lines)
        self.diagnostics = diagnostics
    }
}
