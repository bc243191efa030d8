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
    public var kind: DocumentKind
    /// Problems met while decoding (encoding guessed, NUL bytes dropped, …).
    public var diagnostics: [Diagnostic]

    public init(sourceFile: String, sha256: String, text: String, kind: DocumentKind? = nil,
                diagnostics: [Diagnostic] = []) {
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.text = text
        self.lines = Document.splitLines(text)
        self.kind = kind ?? KindDetector.detect(lines: self.lines)
        self.diagnostics = diagnostics
    }

    /// Lines of `text` split at LF, scanning UTF-8 bytes (no grapheme breaking).
    ///
    /// NB: the LF offsets come from one pass over the contiguous bytes; a native
    /// string turns a UTF-8 offset into an index in constant time.
    static func splitLines(_ text: String) -> [Substring] {
        var text = text
        let breaks: [Int] = text.withUTF8 { b in
            var offsets: [Int] = []
            for i in b.indices where b[i] == 0x0A { offsets.append(i) }
            return offsets
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}
