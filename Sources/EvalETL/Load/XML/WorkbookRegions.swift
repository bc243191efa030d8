#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import CSysShims
import Foundation

/// `workbook.xml` while it is written: one region per table, each growing as that
/// table's rows arrive, joined end to end into the file at the end.
///
///     let file = try WorkbookRegions(path: "out/workbook.xml", count: 7)
///     try file.append(2, bytes)                 // region 2 grows
///     let at = file.length(2); try file.append(2, placeholder)
///     try file.patch(2, at: at, bytes)          // filled in once known
///     try file.join()                           // one file, regions in order; synced and closed
///
/// Every region but the last must end on a multiple of `block` bytes when `join`
/// runs (the caller pads with whitespace, where XML allows it). Then, where the
/// filesystem can take a range out of a file without copying it (Linux
/// `FALLOC_FL_COLLAPSE_RANGE`: ext4, XFS), the regions lie in `workbook.xml` itself,
/// `span` bytes apart (the gaps are holes: they take no disk), and `join` removes the
/// gaps: no byte is written twice. Elsewhere region 0 is `workbook.xml` and the
/// others are temporary files that `join` copies in (`sendfile`). Both give the
/// same bytes.
///
/// NB: before this, every table went to a temporary file that was copied into the
/// workbook at the end: the workbook is the largest output (about 2.3 bytes per
/// input byte), so the copy was a tenth of a run's CPU, on one core, after every
/// document was done.
final class WorkbookRegions {
    /// Regions but the last end on a multiple of this (the filesystem block must divide it).
    static let block = 4096
    /// Room for one region in the sparse file: a table's worksheets past 256 GiB fail the run.
    static let span = 1 << 38

    let path: String
    /// Whether the regions share the sparse file (else: temporary files, copied at `join`).
    let collapses: Bool
    private var regions: [Region]
    private var fd: Int32
    static let flushAt = 1 << 17

    private struct Region {
        var fd: Int32
        /// Where the region starts in its file.
        var base: Int
        /// Bytes in the file, then bytes in `buffer`.
        var written = 0
        var buffer: [UInt8] = []
        var writeback = Writeback()
        /// A temporary file (not the workbook), deleted by `join` or on failure.
        var spool: String?

        var length: Int { written + buffer.count }
    }

    /// `copying`: never share the file (tests of the copying path).
    init(path: String, count: Int, copying: Bool = false) throws(OutputError) {
        precondition(count >= 1, "a workbook has a region at least")
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, FileSink.lastError()) }
        collapses = !copying && Self.canCollapse(fd, regions: count)
        regions = []
        for k in 0..<count {
            if collapses || k == 0 {
                regions.append(Region(fd: fd, base: collapses ? k * Self.span : 0))
                continue
            }
            let spool = ((path as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent(".workbook-\(k).spool")
            let sfd = open(spool, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard sfd >= 0 else {
                let why = FileSink.lastError()
                removeSpools()
                throw OutputError(path: spool, why)
            }
            regions.append(Region(fd: sfd, base: 0, spool: spool))
        }
        for k in regions.indices { regions[k].buffer.reserveCapacity(Self.flushAt + 65_536) }
    }

    deinit {
        removeSpools()
        if fd >= 0 { close(fd) }
    }

    /// Bytes in region `k` so far.
    func length(_ k: Int) -> Int { regions[k].length }

    func append(_ k: Int, _ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        regions[k].buffer.append(contentsOf: bytes.bindMemory(to: UInt8.self))
        if regions[k].buffer.count >= Self.flushAt { try flush(k) }
    }

    func append(_ k: Int, _ bytes: [UInt8]) throws(OutputError) {
        var failure: OutputError?
        bytes.withUnsafeBytes { b in
            do throws(OutputError) { try append(k, b) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Overwrites bytes of region `k` from `offset` (bytes appended before).
    func patch(_ k: Int, at offset: Int, _ bytes: [UInt8]) throws(OutputError) {
        precondition(offset + bytes.count <= regions[k].length, "a patch overwrites bytes already appended")
        try flush(k)
        let at = regions[k].base + offset
        let fd = regions[k].fd
        var failure: OutputError?
        bytes.withUnsafeBytes { b in
            do throws(OutputError) { try writeAll(fd, b, at: at) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Puts the regions end to end in `path`, syncs and closes it.
    func join() throws(OutputError) {
        for k in regions.indices { try flush(k) }
        for k in regions.indices.dropLast() where regions[k].written % Self.block != 0 {
            throw OutputError(path: path, "workbook region \(k) is not padded to \(Self.block) bytes")
        }
        if collapses {
            let last = regions[regions.count - 1]
            guard ftruncate(fd, off_t(last.base + last.written)) == 0 else { throw error("cannot set the length") }
            // NB: from the last gap back, so the gaps still to remove keep their offsets.
            for k in regions.indices.dropLast().reversed() {
                let start = regions[k].base + regions[k].written
                let gap = regions[k + 1].base - start
                guard evaletl_collapse_range(fd, Int64(start), Int64(gap)) == 0 else {
                    throw error("cannot join the worksheets")
                }
            }
        } else {
            var end = regions[0].written
            for k in regions.indices.dropFirst() {
                var from = 0
                guard lseek(fd, off_t(end), SEEK_SET) >= 0 else { throw error("cannot seek") }
                while from < regions[k].written {
                    let n = sendfile(fd, regions[k].fd, &from, regions[k].written - from)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { throw error("cannot copy a worksheet in") }
                }
                end += regions[k].written
            }
            removeSpools()
        }
        if fsync(fd) != 0 && errno != EINVAL { throw error("cannot sync") }
        let rc = close(fd)
        fd = -1
        if rc != 0 { throw error("cannot close") }
    }

    private func flush(_ k: Int) throws(OutputError) {
        let (fd, at, count) = (regions[k].fd, regions[k].base + regions[k].written, regions[k].buffer.count)
        guard count > 0 else { return }
        if regions[k].written + count > Self.span {
            throw OutputError(path: path, "a worksheet passes \(Self.span >> 30) GiB; leave `workbook` out of `formats`")
        }
        var failure: OutputError?
        regions[k].buffer.withUnsafeBytes { b in
            do throws(OutputError) { try writeAll(fd, b, at: at) } catch { failure = error }
        }
        if let failure { throw failure }
        regions[k].written += count
        regions[k].buffer.removeAll(keepingCapacity: true)
        regions[k].writeback.wrote(fd, upTo: regions[k].written, base: regions[k].base)
    }

    private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(OutputError) {
        if let failure = FileSink.writeFully(fd, bytes, at: offset) {
            throw OutputError(path: path, "cannot write: \(failure)")
        }
    }

    private func removeSpools() {
        for k in regions.indices {
            guard let spool = regions[k].spool else { continue }
            close(regions[k].fd)
            unlink(spool)
            regions[k].spool = nil
        }
    }

    private func error(_ what: String) -> OutputError {
        OutputError(path: path, "\(what): \(FileSink.lastError())")
    }

    /// Whether `fd`'s filesystem takes a file of `regions` spans and removes ranges of
    /// `block` bytes from it; `fd` is left empty.
    ///
    /// NB: the small test first: a filesystem that cannot collapse may also have no
    /// holes, and would write the zeros of a large length.
    private static func canCollapse(_ fd: Int32, regions: Int) -> Bool {
        defer { _ = ftruncate(fd, 0) }
        return ftruncate(fd, off_t(2 * block)) == 0
            && evaletl_collapse_range(fd, 0, Int64(block)) == 0
            && ftruncate(fd, off_t(regions * span)) == 0
    }
}
