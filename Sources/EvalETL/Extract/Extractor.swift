import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The extract stage: `SourceFile -> Document`, or a reject with a reason.
///
/// Reads the bytes, hashes them, decodes them and decides the document kind.
public struct Extractor: Sendable {
    public var maxFileBytes: Int

    public init(maxFileMB: Int) {
        self.maxFileBytes = maxFileMB * 1_048_576
    }

    public func extract(_ file: SourceFile) -> Result<Document, RejectRow> {
        readBytes(file).flatMap { decode(file, $0, sha256: Self.sha256Hex($0)) }
    }

    /// Bytes to a document: decoding, line ends, kind.
    public func decode(_ file: SourceFile, _ bytes: [UInt8], sha256 sha: String) -> Result<Document, RejectRow> {
        switch TextDecoder.decode(bytes) {
        case .notText(let why):
            return .failure(RejectRow(sourceFile: file.relativePath, sha256: sha, reason: why))
        case .text(let text, let warnings):
            return .success(Document(sourceFile: file.relativePath, sha256: sha, text: text,
                                     diagnostics: warnings.map { $0.inFile(file.relativePath) }))
        }
    }

    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The reject reason for a device, socket, pipe or folder.
    public static let notRegular = "not a regular file (device, socket or pipe)"

    /// The whole file, or the reject saying why not: unreadable, not a regular file, too large.
    ///
    /// NB: opened without blocking and checked on the open descriptor: a file swapped
    /// for a FIFO after the scan blocked open(2) forever (and the run with it, deaf to
    /// SIGINT); a device or socket would be read without end. Only regular files are read.
    public func readBytes(_ file: SourceFile) -> Result<[UInt8], RejectRow> {
        func reject(_ why: String) -> Result<[UInt8], RejectRow> {
            .failure(RejectRow(sourceFile: file.relativePath, sha256: nil, reason: why))
        }
        func unreadable(_ code: Int32) -> Result<[UInt8], RejectRow> {
            reject("cannot be read: \(String(cString: strerror(code)))")
        }
        if let problem = file.problem { return reject(problem) }
        let fd = open(file.openPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { return unreadable(errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return unreadable(errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return reject(Self.notRegular) }
        // A regular file: reads block as usual again.
        _ = fcntl(fd, F_SETFL, O_RDONLY)
        let size = Int(st.st_size)
        if size > maxFileBytes {
            return reject("file is \(size / 1_048_576) MB, larger than limits.max_file_mb (\(maxFileBytes / 1_048_576) MB) in pipeline.yml")
        }
        // NB: `Array(unsafeUninitializedCapacity: 0)` stores its count into the one shared
        // empty array, a write other threads race with.
        if size == 0 { return .success([]) }
        // NB: the buffer is filled by read(2); it is not zeroed first.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var got = 0
            while got < size {
                let n = Glibc.read(fd, buffer.baseAddress! + got, size - got)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                got += n
            }
            count = got
        }
        if failure != 0 { return unreadable(failure) }
        return .success(bytes)
    }
}
