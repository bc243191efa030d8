import Foundation

/// Parsed documents kept between runs, keyed by the file's SHA-256 and the parser build.
///
///     .evaletl-cache/
///       manifest.json                 source_file -> size, mtime, sha256 (to skip reading unchanged files)
///       docs/<key>.json               one parsed document (ParsedDocument + extract warnings)
///
/// An entry is trusted only when it decodes and names the same key; anything
/// else (corrupt, foreign, another version) is ignored with a warning and the
/// document is parsed again.
public final class DocumentCache: Sendable {
    public let directory: String
    /// Identifies the parser build: a cached parse from another build is never used.
    public let parserKey: String
    private let manifest: Locked<[String: ManifestEntry]>
    private let warnings = Locked<[Diagnostic]>([])
    private let counts = Locked((reused: 0, parsed: 0))

    struct ManifestEntry: Codable, Equatable {
        var size: Int
        var modified: Int
        var sha256: String
    }

    struct Entry: Codable {
        var key: String
        var document: NormalizedDocument
    }

    public init(directory: String, parserKey: String) {
        self.directory = directory
        self.parserKey = parserKey
        var loaded: [String: ManifestEntry] = [:]
        var problems: [Diagnostic] = []
        let path = directory + "/manifest.json"
        if let data = FileManager.default.contents(atPath: path) {
            if let m = try? JSONDecoder().decode([String: ManifestEntry].self, from: data) {
                loaded = m
            } else {
                problems.append(Diagnostic(file: path, line: 0, .warning, "cache manifest is corrupt or foreign; ignored"))
            }
        }
        manifest = Locked(loaded)
        warnings.withLock { $0 = problems }
    }

    /// The SHA-256 recorded for a file whose size and mtime are unchanged.
    func knownSHA(_ file: SourceFile) -> String? {
        manifest.withLock { m in
            guard let e = m[file.relativePath], e.size == file.size, e.modified == file.modified,
                  file.modified != 0 else { return nil }
            return e.sha256
        }
    }

    func remember(_ file: SourceFile, sha256: String) {
        guard file.problem == nil else { return }
        manifest.withLock { $0[file.relativePath] = ManifestEntry(size: file.size, modified: file.modified, sha256: sha256) }
    }

    func key(sha256: String) -> String {
        Extractor.sha256Hex(Array("\(parserKey)\n\(sha256)".utf8))
    }

    /// The cached parse of the document with these bytes, if trustworthy.
    func lookup(sha256: String) -> NormalizedDocument? {
        let key = key(sha256: sha256)
        let path = "\(directory)/docs/\(key).json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key else {
            warnings.withLock {
                $0.append(Diagnostic(file: path, line: 0, .warning, "cache entry is corrupt or foreign; ignored, document parsed again"))
            }
            return nil
        }
        counts.withLock { $0.reused += 1 }
        return entry.document
    }

    func store(_ document: NormalizedDocument, sha256: String) {
        counts.withLock { $0.parsed += 1 }
        let key = key(sha256: sha256)
        let entry = Entry(key: key, document: document)
        guard let data = try? JSONEncoder().encode(entry) else { return }
        let dir = directory + "/docs"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // NB: write then rename, so a killed run never leaves half an entry under the real name.
        let tmp = "\(dir)/.\(key).\(getpid()).tmp"
        if FileManager.default.createFile(atPath: tmp, contents: data) {
            _ = rename(tmp, "\(dir)/\(key).json")
        }
    }

    /// Writes the manifest; called once a run has completed.
    func save() {
        let m = manifest.withLock { $0 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(m) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let tmp = "\(directory)/.manifest.\(getpid()).tmp"
        if FileManager.default.createFile(atPath: tmp, contents: data) {
            _ = rename(tmp, directory + "/manifest.json")
        }
    }

    var diagnostics: [Diagnostic] { warnings.withLock { $0 } }
    var reusedAndParsed: (reused: Int, parsed: Int) { counts.withLock { $0 } }

    /// This binary's identity: a rebuilt evaletl never trusts an older build's parses.
    public static func buildKey() -> String {
        var st = stat()
        let exe = stat("/proc/self/exe", &st) == 0
            ? "\(st.st_size)-\(st.st_mtim.tv_sec)-\(st.st_mtim.tv_nsec)" : "unknown"
        return "evaletl \(Build.version) \(exe)"
    }
}
