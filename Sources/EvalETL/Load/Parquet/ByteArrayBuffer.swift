#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte strings stored back to back, with the end offset of each.
///
///     var b = ByteArrayBuffer()
///     b.append(ab); b.append(empty)         // UTF-8 bytes "ab", ""
///     b.count == 2, b.bytes == [0x61, 0x62], b.ends == [2, 2]
///
/// NB: one flat buffer instead of `[String]` keeps the hot path free of per-value allocations.
struct ByteArrayBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: value)
        ends.append(bytes.count)
    }

    mutating func append(from other: ByteArrayBuffer, index i: Int) {
        let r = other.range(i)
        other.bytes.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// PLAIN encoding of values `i..<j`: u32 little-endian length, then the bytes.
    func appendPlain(_ values: Range<Int>, to out: inout [UInt8]) {
        guard !values.isEmpty else { return }
        let start = values.lowerBound == 0 ? 0 : ends[values.lowerBound - 1]
        out.reserveCapacity(out.count + ends[values.upperBound - 1] - start + 4 * values.count)
        bytes.withUnsafeBufferPointer { buf in
            var from = start
            for i in values {
                let to = ends[i]
                withUnsafeBytes(of: UInt32(to - from).littleEndian) { out.append(contentsOf: $0) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[from..<to]))
                from = to
            }
        }
    }

    /// The index of the unsigned byte-wise smallest and largest values (nil when empty).
    func minMaxIndices() -> (min: Int, max: Int)? {
        guard count > 0 else { return nil }
        return bytes.withUnsafeBufferPointer { buf -> (Int, Int) in
            func compare(_ a: Int, _ b: Int) -> Int {
                let ra = range(a), rb = range(b)
                let n = min(ra.count, rb.count)
                if n > 0, let base = buf.baseAddress {
                    let c = memcmp(base + ra.lowerBound, base + rb.lowerBound, n)
                    if c != 0 { return Int(c) }
                }
                return ra.count - rb.count
            }
            var lo = 0, hi = 0
            for i in 1..<count {
                if compare(i, lo) < 0 { lo = i }
                if compare(i, hi) > 0 { hi = i }
            }
            return (lo, hi)
        }
    }

    func value(_ i: Int) -> [UInt8] { Array(bytes[range(i)]) }
}
