import CSysShims
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder as a transaction: write into a staging folder beside it,
/// then swap it in with one rename, so the previous output stays whole until then.
///
///     output/                     previous complete output (read by BI tools meanwhile)
///     .output.evaletl-staging/    this run's files, written here
///     -> rename(RENAME_EXCHANGE) -> output/ is the new output; the old one is removed
///
/// evaletl deletes only folders that carry its marker file, never anything else.
public struct OutputDirectory: Sendable {
    public static let marker = ".evaletl-output"
    /// The folder users read.
    public let path: String
    /// Where this run writes.
    public var staging: String { Self.beside(path, "staging") }
    let parent: String

    /// Checks that `path` may receive evaletl's output (never `/` or a folder holding files
    /// evaletl did not write; `PathPlacement` keeps it apart from the input).
    public init(path rawPath: String) throws(OutputError) {
        let path = Self.absolute(rawPath)
        guard path != "/" else { throw OutputError(path: rawPath, "refusing to write output to /") }
        let slash = path.lastIndex(of: "/")!
        parent = slash == path.startIndex ? "/" : String(path[..<slash])
        self.path = path
        if Self.exists(path) {
            guard Self.isDirectory(path) else { throw OutputError(path: rawPath, "exists and is not a folder") }
            let entries = Self.list(path)
            if !entries.isEmpty && !entries.contains(Self.marker) {
                throw OutputError(path: rawPath, "holds files evaletl did not write; choose an empty or new output folder")
            }
            // NB: the marker says evaletl made the folder, not that everything in it is
            // evaletl's: a file a user saved there would be deleted by the swap.
            if let foreign = Self.foreignFile(in: path) {
                throw OutputError(path: rawPath, "holds \(foreign), which evaletl did not write; move it away or choose another output folder")
            }
        }
        guard Self.isDirectory(parent) else { throw OutputError(path: rawPath, "parent folder \(parent) does not exist") }
    }

    /// The file a run locks for its whole length (`OutputLock`), beside the output folder.
    public var lockFile: String { Self.beside(path, "lock") }

    /// Where the document cache lives unless pipeline.yml says otherwise.
    public var defaultCacheFolder: String { Self.beside(path, "cache") }

    /// The hidden sibling of output folder `path` (absolute) a run keeps its `kind` of thing in:
    /// `/srv/output` -> `/srv/.output.evaletl-staging`.
    static func beside(_ path: String, _ kind: String) -> String {
        let slash = path.lastIndex(of: "/")!
        return "\(path[..<slash])/.\(path[path.index(after: slash)...]).evaletl-\(kind)"
    }

    /// Creates an empty staging folder (removing one a killed run left behind).
    public func beginStaging() throws(OutputError) {
        if Self.exists(staging) { try Self.removeOwnTree(staging) }
        try Self.makeFolder(staging)
        let fd = open(staging + "/" + Self.marker, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError(path: staging, String(cString: strerror(errno))) }
        close(fd)
    }

    /// Swaps the staging folder in as the output; the previous output is removed after.
    public func commit() throws(OutputError) {
        // NB: under the lock, so a process stopped at once (`stopUnlessPublished`) is never stopped mid-swap.
        let swapped: Result<Void, OutputError> = Self.published.withLock { published in
            do throws(OutputError) {
                try swapIn()
                published = true
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try swapped.get()
    }

    /// This process swapped an output in (`commit`); held while it does.
    private static let published = Locked(false)

    /// Runs `stop` (which ends the process) unless this process has swapped its output in,
    /// waiting while a swap is under way: a process stopped at once leaves the previous output whole.
    public static func stopUnlessPublished(_ stop: () -> Void) {
        published.withLock { if !$0 { stop() } }
    }

    private func swapIn() throws(OutputError) {
        if !Self.exists(path) {
            guard rename(staging, path) == 0 else { throw OutputError(path: path, String(cString: strerror(errno))) }
        } else if evaletl_exchange(staging, path) == 0 {
            try Self.removeOwnTree(staging)
        } else {
            // NB: without RENAME_EXCHANGE (old kernels, some file systems) two renames
            // leave a moment with no output folder; the previous one survives beside it.
            let old = Self.beside(path, "previous")
            if Self.exists(old) { try Self.removeOwnTree(old) }
            guard rename(path, old) == 0 else { throw OutputError(path: path, String(cString: strerror(errno))) }
            guard rename(staging, path) == 0 else {
                _ = rename(old, path)
                throw OutputError(path: path, String(cString: strerror(errno)))
            }
            try Self.removeOwnTree(old)
        }
        let dfd = open(parent, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }

    /// Removes the staging folder after a failed or interrupted run.
    public func abandon() {
        if Self.exists(staging) { try? Self.removeOwnTree(staging) }
    }

    /// The first file or folder under `dir` that no evaletl run writes, or nil.
    static func foreignFile(in dir: String) -> String? {
        let tables = TableSchema.all.map(\.name)
        let own: [String: Set<String>] = [
            "": [marker, "run.json", "report.html", "workbook.xlsx", "workbook.xml", "csv", "parquet", "xml"],
            "csv": Set(tables.map { $0 + ".csv" }),
            "parquet": Set(tables.map { $0 + ".parquet" }),
            "xml": Set(tables.map { $0 + ".xml" } + ["schema.xsd"]),
        ]
        for name in list(dir).sorted() where !own[""]!.contains(name) { return name }
        for (folder, names) in own.sorted(by: { $0.key < $1.key }) where !folder.isEmpty {
            let sub = dir + "/" + folder
            guard exists(sub) else { continue }
            guard isDirectory(sub) else { return folder }
            for name in list(sub).sorted() where !names.contains(name) { return folder + "/" + name }
        }
        return nil
    }

    // MARK: File system helpers

    /// Creates folder `path`, and the folders above it that are missing.
    public static func makeFolder(_ path: String) throws(OutputError) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolder(String(path[..<slash]))
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        }
        throw OutputError(path: path, String(cString: strerror(errno)))
    }

    static func absolute(_ p: String) -> String {
        let path = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
        // Fold `.`, `..` and repeated slashes.
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func exists(_ p: String) -> Bool {
        var st = stat()
        return lstat(p, &st) == 0
    }

    static func isDirectory(_ p: String) -> Bool {
        var st = stat()
        return stat(p, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func list(_ p: String) -> [String] {
        (SourceScanner.entries(Array(p.utf8)) ?? []).map { String(decoding: $0.name, as: UTF8.self) }
    }

    /// Deletes a folder tree that carries evaletl's marker; refuses any other.
    static func removeOwnTree(_ p: String) throws(OutputError) {
        let entries = list(p)
        guard entries.isEmpty || entries.contains(marker) else {
            throw OutputError(path: p, "not removed: it does not carry evaletl's marker file")
        }
        // NB: links in the tree are removed, never followed.
        try? FileManager.default.removeItem(atPath: p)
    }
}
