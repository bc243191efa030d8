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
    static let flushAt = 1 << 17
    static let directAt = 1 << 16

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
        offset += bytes.count
        // NB: a large block (a drained libxml2 buffer) goes to the file as it is, not through the buffer.
        if bytes.count >= Self.directAt, let base = bytes.baseAddress {
            try flush()
            try writeAll(base, count: bytes.count)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// Appends `count` bytes from `bytes`.
    public func write(_ bytes: UnsafeRawPointer, count: Int) throws(OutputError) {
        try write(UnsafeBufferPointer(start: bytes.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// Lets `body` append bytes straight to the buffer, then flushes it once full.
    ///
    ///     try sink.append { out in out.append(contentsOf: "a,b\r\n".utf8) }
    ///
    /// NB: a writer that builds a batch in its own buffer pays a copy into this one;
    /// a local `inout` buffer also spares the exclusivity check a stored property costs per append.
    public func append(_ body: (inout [UInt8]) -> Void) throws(OutputError) {
        let before = buffer.count
        body(&buffer)
        offset += buffer.count - before
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// Appends bytes `offset..<offset + count` of the open file `input` (named `name` in
    /// errors), copied file to file by the kernel (`sendfile`).
    public func copy(from input: Int32, offset: Int, count: Int, name: String) throws(OutputError) {
        try flush()
        var from = offset
        let end = offset + count
        while from < end {
            let n = sendfile(fd, input, &from, end - from)
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, "cannot copy from \(name): \(String(cString: strerror(errno)))")
            }
            if n == 0 { throw OutputError(path: path, "cannot copy from \(name): file is truncated") }
        }
        self.offset += count
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
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { b throws(OutputError) in try writeAll(b.baseAddress!, count: b.count) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafePointer<UInt8>, count: Int) throws(OutputError) {
        var done = 0
        while done < count {
            let n = Glibc.write(fd, bytes + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, String(cString: strerror(errno)))
            }
            done += n
        }
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
