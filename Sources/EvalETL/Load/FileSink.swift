#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered, byte-counting file output: writers append bytes, the sink owns offsets.
///
///     let sink = try FileSink(path: "out/csv/actions.csv")
///     sink.write("a,b\r\n"); try sink.close()
public final class FileSink {
    public let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes written so far (flushed or buffered): the current file offset.
    public private(set) var offset = 0
    static let flushAt = 1 << 20

    public init(path: String) throws(OutputError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, String(cString: strerror(errno))) }
        buffer.reserveCapacity(Self.flushAt + 65_536)
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    public func write(_ bytes: some Sequence<UInt8>) throws(OutputError) {
        let before = buffer.count
        buffer.append(contentsOf: bytes)
        offset += buffer.count - before
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// NB: the contiguous writes copy as one block; through the generic `Sequence`
    /// overload a raw buffer is appended a byte at a time.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        offset += bytes.count
        if buffer.count >= Self.flushAt { try flush() }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        offset += bytes.count
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// Appends `count` bytes from `bytes`.
    public func write(_ bytes: UnsafeRawPointer, count: Int) throws(OutputError) {
        try write(UnsafeBufferPointer(start: bytes.assumingMemoryBound(to: UInt8.self), count: count))
    }

    public func write(_ s: String) throws(OutputError) {
        var s = s
        let before = buffer.count
        s.withUTF8 { buffer.append(contentsOf: $0) }
        offset += buffer.count - before
        if buffer.count >= Self.flushAt { try flush() }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    public func flush() throws(OutputError) {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, String(cString: strerror(errno)))
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs to disk (unless `sync` is false: a temporary file) and closes;
    /// the file is complete when this returns.
    public func close(sync: Bool = true) throws(OutputError) {
        guard fd >= 0 else { return }
        try flush()
        if sync && fsync(fd) != 0 && errno != EINVAL { throw OutputError(path: path, String(cString: strerror(errno))) }
        if Glibc.close(fd) != 0 { fd = -1; throw OutputError(path: path, String(cString: strerror(errno))) }
        fd = -1
    }
}
