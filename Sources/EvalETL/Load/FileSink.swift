#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import CSysShims

/// A buffered, byte-counting file output: writers append bytes, the sink owns offsets.
///
///     let sink = try FileSink(path: "out/csv/actions.csv")
///     try sink.write("a,b\r\n"); try sink.close()
///
/// Bytes gather in one buffer, which goes to the file (`flush`) once it holds
/// `flushAt`; the one exception is `copy(_:of:)`, a range of another sink's file
/// copied by the kernel. Every `Writeback.every` bytes the kernel is asked to start
/// writing the file to disk (`Writeback`), so `close()`'s fsync has little left to wait for.
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
    /// NB: Linux sizes the page-cache pages of a write by its length; 2 MB pages cost a
    /// fault per 4 KB first touched on a virtual machine (docs/PERFORMANCE.md, "FileSink's write size").
    static let writeChunk = 1 << 16

    public init(path: String) throws(OutputError) {
        self.path = path
        // NB: readable too, so another sink can copy from it (a workbook's spools).
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, Self.lastError()) }
        buffer.reserveCapacity(Self.flushAt + 65_536)
    }

    deinit { if fd >= 0 { _ = closeDescriptor(fd) } }

    /// Appends `bytes` (through `append`, the one write path).
    public func write(_ bytes: some Sequence<UInt8>) throws(OutputError) {
        try append { $0.append(contentsOf: bytes) }
    }

    public func write(_ s: String) throws(OutputError) { try write(s.utf8) }

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

    /// Appends bytes `range` of `source`'s file, copied by the kernel (`copy_file_range`)
    /// without passing through memory here.
    public func copy(_ range: Range<Int>, of source: FileSink) throws(OutputError) {
        try source.flush()
        try flush()
        guard evaletl_copy_range(source.fd, Int64(range.lowerBound), fd, Int64(written), Int64(range.count)) == 0 else {
            throw OutputError(path: path, "cannot copy from \(source.path): \(Self.lastError())")
        }
        written += range.count
        offset += range.count
        writeback.wrote(fd, upTo: written)
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    /// Writes the buffer to the file, `writeChunk` bytes a call.
    public func flush() throws(OutputError) {
        try buffer.withUnsafeBufferPointer { b throws(OutputError) in
            var done = 0
            while done < b.count {
                let n = pwrite(fd, b.baseAddress! + done, min(b.count - done, Self.writeChunk), off_t(written + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: path, Self.lastError())
                }
                done += n
            }
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
        writeback.wrote(fd, upTo: written)
    }

    /// Flushes, syncs to disk (unless `sync` is false: a temporary file) and closes;
    /// the file is complete when this returns.
    public func close(sync: Bool = true) throws(OutputError) {
        guard fd >= 0 else { return }
        try flush()
        if sync && fsync(fd) != 0 && errno != EINVAL { throw OutputError(path: path, Self.lastError()) }
        let rc = closeDescriptor(fd)
        fd = -1
        if rc != 0 { throw OutputError(path: path, Self.lastError()) }
    }
}

// NB: outside the class, where `close` is the C library's, not `FileSink.close`.
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }

/// Starts the disk writes of a file being written every `every` bytes, without waiting for them.
///
/// NB: a run writes about five bytes of output per input byte. Left to the kernel,
/// nothing reaches the disk before the dirty-page timer (30 s) or the final fsyncs,
/// which then wait for all of it, on one core, after every document is done.
struct Writeback {
    static let every = 8 << 20
    private var started = 0

    /// The file holds bytes up to `end`; starts writing them once `every` have
    /// gathered and returns the range it started.
    @discardableResult
    mutating func wrote(_ fd: Int32, upTo end: Int) -> Range<Int>? {
        guard end - started >= Self.every else { return nil }
        evaletl_start_writeback(fd, Int64(started), Int64(end - started))
        defer { started = end }
        return started..<end
    }
}
