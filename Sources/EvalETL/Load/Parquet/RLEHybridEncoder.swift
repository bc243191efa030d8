/// Encodes values with the RLE / bit-packing hybrid (levels and dictionary indices).
///
///     var e = RLEHybridEncoder(bitWidth: 1)
///     for v: UInt32 in [1, 0, 1, 1, 1] { e.put(v) }
///     e.finish() == [0x03, 0x1d]        // one bit-packed group of 8, padded with zeros
///
/// Runs of 8 or more equal values, aligned to groups of 8, become RLE runs; everything
/// else is bit-packed 8 values at a time (as parquet-cpp and arrow-rs do).
/// NB: only the last bit-packed run may carry padding, which `finish` guarantees.
struct RLEHybridEncoder {
    let bitWidth: Int
    private(set) var bytes: [UInt8] = []

    private var buffered: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0, 0, 0, 0, 0, 0, 0, 0)
    private var bufferedCount = 0
    private var currentValue: UInt32 = 0
    private var repeatCount = 0
    /// Values in the open bit-packed run (a multiple of 8).
    private var bitPackedCount = 0
    /// Where the open bit-packed run's one-byte header goes.
    private var indicatorPosition = -1

    // NB: a one-byte header holds at most 63 groups ((63 << 1) | 1 = 0x7f).
    private static let maxGroupsPerRun = 63

    init(bitWidth: Int) {
        precondition((0...32).contains(bitWidth))
        self.bitWidth = bitWidth
    }

    /// The number of bits needed for `maxValue`: 0 → 0, 1 → 1, 3 → 2, 4 → 3.
    static func bitWidth(forMax maxValue: UInt32) -> Int { 32 - maxValue.leadingZeroBitCount }

    mutating func put(_ value: UInt32) {
        if value == currentValue && repeatCount > 0 {
            repeatCount += 1
            if repeatCount > 8 { return }
        } else {
            if repeatCount >= 8 { flushRLERun() }
            repeatCount = 1
            currentValue = value
        }
        withUnsafeMutableBytes(of: &buffered) { raw in
            raw.storeBytes(of: value, toByteOffset: bufferedCount * 4, as: UInt32.self)
        }
        bufferedCount += 1
        if bufferedCount == 8 { flushBufferedValues() }
    }

    /// Closes every open run and returns the encoded bytes.
    mutating func finish() -> [UInt8] {
        if bitPackedCount > 0 || repeatCount > 0 || bufferedCount > 0 {
            let allRepeat = bitPackedCount == 0 && (repeatCount == bufferedCount || bufferedCount == 0)
            if repeatCount > 0 && allRepeat {
                flushRLERun()
            } else {
                if bufferedCount > 0 {
                    withUnsafeMutableBytes(of: &buffered) { raw in
                        for i in bufferedCount..<8 { raw.storeBytes(of: 0, toByteOffset: i * 4, as: UInt32.self) }
                    }
                    packBuffered()
                }
                closeBitPackedRun()
                repeatCount = 0
            }
        }
        return bytes
    }

    private mutating func flushBufferedValues() {
        if repeatCount >= 8 {
            // The 8 buffered values all belong to an RLE run: close any literal run before it.
            bufferedCount = 0
            if bitPackedCount > 0 { closeBitPackedRun() }
            return
        }
        packBuffered()
        if bitPackedCount / 8 >= Self.maxGroupsPerRun { closeBitPackedRun() }
        repeatCount = 0
    }

    private mutating func packBuffered() {
        if indicatorPosition < 0 {
            indicatorPosition = bytes.count
            bytes.append(0)
        }
        var acc: UInt64 = 0
        var bits = 0
        withUnsafeBytes(of: buffered) { raw in
            for i in 0..<8 {
                acc |= UInt64(raw.load(fromByteOffset: i * 4, as: UInt32.self)) << UInt64(bits)
                bits += bitWidth
                while bits >= 8 {
                    bytes.append(UInt8(truncatingIfNeeded: acc))
                    acc >>= 8
                    bits -= 8
                }
            }
        }
        bitPackedCount += 8
        bufferedCount = 0
    }

    private mutating func closeBitPackedRun() {
        guard indicatorPosition >= 0 else { return }
        bytes[indicatorPosition] = UInt8((bitPackedCount / 8) << 1 | 1)
        indicatorPosition = -1
        bitPackedCount = 0
    }

    private mutating func flushRLERun() {
        bytes.appendVarint(UInt64(repeatCount) << 1)
        var v = currentValue
        for _ in 0..<((bitWidth + 7) / 8) {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
        bufferedCount = 0
        repeatCount = 0
    }
}
