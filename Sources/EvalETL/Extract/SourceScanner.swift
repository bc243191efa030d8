#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every file under the input folder, recursively, in sorted order.
///
///     input/a.txt, input/sub/b.txt, input/broken-link  ->  "a.txt", "broken-link" (problem), "sub/b.txt"
///
/// Symbolic links are followed; a link loop or a broken link is listed with a
/// problem instead of being followed, so nothing hangs and nothing is lost.
/// Hidden files (`.name`) are skipped, as exporters and editors leave them.
public enum SourceScanner {
    public static func scan(root: String) throws(ScanError) -> SourceFileList {
        var st = stat()
        guard stat(root, &st) == 0 else { throw ScanError.unreadable(root, errnoText()) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw ScanError.notADirectory(root) }
        var out = SourceFileList(root: root)
        var visited: Set<FileID> = [FileID(st)]
        walk(dir: root, prefix: "", visited: &visited, into: &out)
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

    static func walk(dir: String, prefix: String, visited: inout Set<FileID>, into out: inout SourceFileList) {
        guard let handle = opendir(dir) else {
            out.append(relativePath: prefix.isEmpty ? "." : String(prefix.dropLast()),
                       problem: "folder cannot be read: \(errnoText())")
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        for name in names {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let rel = prefix + name
            var st = stat()
            if stat(path, &st) != 0 {
                var lst = stat()
                let isLink = lstat(path, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK
                out.append(relativePath: rel, problem: isLink ? "broken symbolic link" : "cannot be read: \(errnoText())")
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                let id = FileID(st)
                if visited.contains(id) {
                    out.append(relativePath: rel, problem: "symbolic link loop: folder already read")
                    continue
                }
                visited.insert(id)
                walk(dir: path, prefix: rel + "/", visited: &visited, into: &out)
            case S_IFREG:
                out.append(relativePath: rel, size: Int(st.st_size),
                           modified: Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
            default:
                out.append(relativePath: rel, problem: "not a regular file (device, socket or pipe)")
            }
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
