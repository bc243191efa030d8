#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every file under the input folder, recursively, in sorted order.
///
///     input/a.txt, input/sub/b.txt, input/broken-link  ->  "a.txt", "broken-link" (problem), "sub/b.txt"
///
/// Symbolic links are followed while their target lies inside the input folder
/// (resolved paths are compared, not path text); a link out of it, a link loop or
/// a broken link is listed with a problem instead of being followed, so nothing
/// outside is read, nothing hangs and nothing is lost. Hidden files and folders
/// (`.name`), as exporters and editors leave them, are not read: each is listed
/// once with the problem "hidden, not read" (a hidden folder once, not its files).
/// Names are kept as bytes, so a name that is not UTF-8 still opens (`FileName`).
public enum SourceScanner {
    public static let hidden = "hidden, not read"
    public static let linkOutside = "link points outside the input folder"

    public static func scan(root: String) throws(ScanError) -> SourceFileList {
        var st = stat()
        guard stat(root, &st) == 0 else { throw ScanError.unreadable(root, errnoText()) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw ScanError.notADirectory(root) }
        // NB: a root that cannot be listed (permissions, a share that failed to mount
        // as a folder) stops the run: listing it as one reject published empty tables.
        guard let handle = opendir(root) else { throw ScanError.unreadable(root, errnoText()) }
        closedir(handle)
        guard let realRoot = resolved(Array(root.utf8)) else { throw ScanError.unreadable(root, errnoText()) }
        var out = SourceFileList(root: root)
        var walker = Walker(realRoot: realRoot, visited: [FileID(st)])
        walker.walk(dir: Array(root.utf8), prefix: [], into: &out)
        return out.sortedByPath()
    }

    struct FileID: Hashable {
        let dev: UInt64
        let ino: UInt64
        init(_ st: stat) {
            dev = UInt64(st.st_dev)
            ino = UInt64(st.st_ino)
        }
    }

    /// One walk of the tree; paths are bytes (file names need not be UTF-8).
    struct Walker {
        /// The input folder with every link resolved.
        let realRoot: [UInt8]
        var visited: Set<FileID>

        mutating func walk(dir: [UInt8], prefix: [UInt8], into out: inout SourceFileList) {
            guard let names = entries(dir) else {
                out.append(rawPath: prefix.isEmpty ? Array(".".utf8) : Array(prefix.dropLast()),
                           problem: "folder cannot be read: \(errnoText())")
                return
            }
            for (name, type) in names {
                var path = dir
                if path.last != UInt8(ascii: "/") { path.append(UInt8(ascii: "/")) }
                path += name
                let rel = prefix + name
                if name.first == UInt8(ascii: ".") {
                    out.append(rawPath: rel, problem: SourceScanner.hidden)
                    continue
                }
                // NB: readdir's d_type says which entries are links without an lstat per file;
                // some file systems leave it unknown.
                var isLink = type == UInt8(DT_LNK)
                if type == UInt8(DT_UNKNOWN) {
                    var lst = stat()
                    isLink = cString(path, { lstat($0, &lst) }) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK
                }
                var st = stat()
                if cString(path, { stat($0, &st) }) != 0 {
                    out.append(rawPath: rel, problem: isLink ? "broken symbolic link" : "cannot be read: \(errnoText())")
                    continue
                }
                if isLink && !isInside(path) {
                    out.append(rawPath: rel, problem: SourceScanner.linkOutside)
                    continue
                }
                switch st.st_mode & S_IFMT {
                case S_IFDIR:
                    let id = FileID(st)
                    if visited.contains(id) {
                        out.append(rawPath: rel, problem: "symbolic link loop: folder already read")
                        continue
                    }
                    visited.insert(id)
                    walk(dir: path, prefix: rel + [UInt8(ascii: "/")], into: &out)
                case S_IFREG:
                    out.append(rawPath: rel, size: Int(st.st_size),
                               modified: Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
                default:
                    out.append(rawPath: rel, problem: Extractor.notRegular)
                }
            }
        }

        /// Whether `path`, every link in it resolved, lies inside the input folder.
        func isInside(_ path: [UInt8]) -> Bool {
            guard let real = resolved(path) else { return false }
            if realRoot == [UInt8(ascii: "/")] { return true }
            return real == realRoot || (real.count > realRoot.count && real.starts(with: realRoot)
                                        && real[realRoot.count] == UInt8(ascii: "/"))
        }
    }

    /// The names in folder `path` but `.` and `..`, with the file type readdir(3) gives (`DT_…`);
    /// nil when the folder cannot be read.
    static func entries(_ path: [UInt8]) -> [(name: [UInt8], type: UInt8)]? {
        guard let handle = cString(path, { opendir($0) }) else { return nil }
        defer { closedir(handle) }
        var names: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { p in
                    Array(UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append((name, entry.pointee.d_type)) }
        }
        return names
    }

    /// `path` with every symbolic link, `.` and `..` resolved (realpath(3)), or nil.
    static func resolved(_ path: [UInt8]) -> [UInt8]? {
        cString(path) { p -> [UInt8]? in
            guard let r = realpath(p, nil) else { return nil }
            defer { free(r) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(r).assumingMemoryBound(to: UInt8.self), count: strlen(r)))
        }
    }

    static func cString<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes + [0]).withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// Why the input folder cannot be scanned: stops the run.
public enum ScanError: Error, Sendable, CustomStringConvertible {
    case unreadable(String, String)
    case notADirectory(String)

    public var description: String {
        switch self {
        case let .unreadable(path, why): return "input folder \(path) cannot be read: \(why)"
        case let .notADirectory(path): return "input \(path) is not a folder"
        }
    }
}
