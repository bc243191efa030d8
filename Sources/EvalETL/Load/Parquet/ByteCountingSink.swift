#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file that counts the bytes written, so the file offsets come from one place.
///
///     let sink = try ByteCountingSink(path: "out/actions.parquet")
///     try sink.write(Array("PAR1".utf8))   // sink.offset == 4
///     try sink.close()
final class ByteCountingSink {
    let path: String
    private(set) var offset: Int64 = 0
    private var file: UnsafeMutablePointer<FILE>?

    init(path: String) throws(OutputError) {
        self.path = path
        guard let f = fopen(path, "wb") else {
            throw OutputError(path: path, "cannot create file: \(String(cString: strerror(errno)))")
        }
        file = f
    }

    deinit { if let file { fclose(file) } }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        guard !bytes.isEmpty else { return }
        guard let file else { throw OutputError(path: path, "write after close") }
        let n = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard n == bytes.count else {
            throw OutputError(path: path, "write failed: \(String(cString: strerror(errno)))")
        }
        offset += Int64(n)
    }

    func close() throws(OutputError) {
        guard let f = file else { return }
        file = nil
        guard fclose(f) == 0 else {
            throw OutputError(path: path, "close failed: \(String(cString: strerror(errno)))")
        }
    }
}
