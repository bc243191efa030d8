#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import CSysShims

/// A buffered, byte-counting file output: writers append bytes, the sink owns offsets.
///
///     let sink = try FileSink(path: "out/csv/actions.csv")
///     sink.write("a,b\r\n"); try sink.close()
///
/// Every `Writeback.every` bytes the kernel is asked to start writing the file to
/// disk (`Writeback`), so `close()`'s fsync has little left to wait for.
public final class FileSink {
    public let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes written so far (flushed or buffered): the current file offset.
    public private(set) var offset = 0
    /// Bytes in the file (the rest of `offset` is in the buffer).
    private var written = 0
    private var writeback = Writeback()
    static let flushAt = 1 << 17
    /// Bytes one `write` call hands the kernel, at most.
    ///
    /// NB: Linux sizes the page-cache pages it allocates for a write by the write's
    /// length (large folios). A batch of XML written in one 2 MB call took 2 MB
    /// pages, which on this project's virtual machine are not yet backed by the host
    /// and cost a fault on every 4 KB first touched: the kernel's copy of the output
    /// took 2.7 s of CPU in a 20,000-document run against 0.2 s in 64 KB calls,
    /// and the run 6.3 s against 4.1 s. 64 KB was fastest of 16, 32, 64 and 128 KB.
    static let writeChunk = 1 << 16
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
        if let failure = Self.writeFully(fd, UnsafeRawBufferPointer(start: bytes, count: count), at: written) {
            throw OutputError(path: path, failure)
        }
        written += count
        writeback.wrote(fd, upTo: written)
    }

    /// Writes all of `bytes` at `offset` of `fd`, `writeChunk` bytes a call; returns why not, or nil.
    static func writeFully(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, base + done, min(bytes.count - done, writeChunk), off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                return lastError()
            }
            done += n
        }
        return nil
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

/// Starts the disk writes of a file being written every `every` bytes, without waiting for them.
///
/// NB: a run writes about five bytes of output per input byte. Left to the kernel,
/// nothing reaches the disk before the dirty-page timer (30 s) or the final fsyncs,
/// which then wait for all of it, on one core, after every document is done.
struct Writeback {
    static let every = 8 << 20
    private var started = 0

    /// The file holds bytes up to `end` (counted from `base` in the file); starts writing
    /// them once `every` have gathered and returns the range it started.
    @discardableResult
    mutating func wrote(_ fd: Int32, upTo end: Int, base: Int = 0) -> Range<Int>? {
        guard end - started >= Self.every else { return nil }
        evaletl_start_writeback(fd, Int64(base + started), Int64(end - started))
        defer { started = end }
        return started..<end
    }
}
