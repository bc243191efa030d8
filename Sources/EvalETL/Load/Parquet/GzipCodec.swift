import CZlib

/// Compresses each page payload as one gzip member (RFC 1952), reusing one zlib stream.
///
///     let codec = try GzipCodec()
///     let member = try codec.compress([1, 2, 3])   // starts 1f 8b 08
///
/// NB: Parquet's GZIP means gzip framing (windowBits 31); DuckDB rejects zlib or raw deflate.
final class GzipCodec {
    private var stream = z_stream()
    private var output: [UInt8] = []

    /// NB: zlib's fastest level (1): a third of level 6's deflate time, for files about
    /// 15% larger (docs/PERFORMANCE.md, "Parquet's gzip level").
    init() throws(OutputError) {
        let rc = evaletl_deflateInit2(&stream, 1, 31)
        guard rc == Z_OK else { throw OutputError(path: "zlib", "deflateInit2 failed (\(rc))") }
    }

    deinit { deflateEnd(&stream) }

    /// The gzip member for `input`; valid until the next call.
    func compress(_ input: [UInt8]) throws(OutputError) -> [UInt8] {
        guard deflateReset(&stream) == Z_OK else { throw OutputError(path: "zlib", "deflateReset failed") }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 32
        if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
        var rc: Int32 = Z_OK
        var produced = 0
        input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                rc = deflate(&stream, Z_FINISH)
                produced = outBuf.count - Int(stream.avail_out)
                stream.next_in = nil
                stream.next_out = nil
            }
        }
        guard rc == Z_STREAM_END else { throw OutputError(path: "zlib", "deflate failed (\(rc))") }
        return Array(output[0..<produced])
    }
}
