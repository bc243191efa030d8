import Foundation

/// A file opened for writing through C stdio, with every failure thrown as `OutputError`.
///
///     let sink = try FileSink(path: "out/xml/actions.xml")
///     try sink.write(bytes, count: n)
///     try sink.close()
///
/// NB: stdio, not `FileHandle`, so a failing `fclose` (a full disk seen only at
/// the last flush) is reported instead of lost.
final class FileSink {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?

    init(path: String) throws(OutputError) {
        self.path = path
        guard let f = fopen(path, "wb") else {
            throw OutputError(path: path, "cannot create file: \(FileSink.lastError())")
        }
        file = f
    }

    deinit {
        if let file { fclose(file) }
    }

    /// Appends `count` bytes from `bytes`.
    func write(_ bytes: UnsafeRawPointer, count: Int) throws(OutputError) {
        guard count > 0 else { return }
        guard let file else { throw OutputError(path: path, "write after close") }
        if fwrite(bytes, 1, count, file) != count {
            throw OutputError(path: path, "cannot write: \(FileSink.lastError())")
        }
    }

    /// Appends the bytes of an array.
    func write(_ bytes: [UInt8]) throws(OutputError) {
        guard !bytes.isEmpty else { return }
        guard let file else { throw OutputError(path: path, "write after close") }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != bytes.count {
            throw OutputError(path: path, "cannot write: \(FileSink.lastError())")
        }
    }

    /// Flushes and closes the file; idempotent.
    func close() throws(OutputError) {
        guard let f = file else { return }
        file = nil
        if fclose(f) != 0 {
            throw OutputError(path: path, "cannot close file: \(FileSink.lastError())")
        }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
