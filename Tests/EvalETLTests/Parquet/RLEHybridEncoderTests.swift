import XCTest
@testable import EvalETL

/// The RLE / bit-packed hybrid against known bytes, plus a decode round trip.
final class RLEHybridEncoderTests: XCTestCase {
    private func encode(_ values: [UInt32], width: Int) -> [UInt8] {
        var e = RLEHybridEncoder(bitWidth: width)
        for v in values { e.put(v) }
        return e.finish()
    }

    func testKnownBytes() {
        let cases: [(String, [UInt32], Int, [UInt8])] = [
            ("empty", [], 1, []),
            ("one value", [1], 1, [0x02, 0x01]),
            ("short mixed, padded group", [1, 0, 1, 1, 1], 1, [0x03, 0x1d]),
            ("all ones x20", Array(repeating: 1, count: 20), 1, [0x28, 0x01]),
            ("all ones x8", Array(repeating: 1, count: 8), 1, [0x10, 0x01]),
            ("all zeros, width 0", Array(repeating: 0, count: 5), 0, [0x0a]),
            ("width 0, 1000 values", Array(repeating: 0, count: 1000), 0, [0xd0, 0x0f]),
            ("dictionary indices, width 2", [0, 1, 0, 2], 2, [0x03, 0x84, 0x00]),
            ("alternating x16", (0..<16).map { UInt32($0 % 2) }, 1, [0x05, 0xaa, 0xaa]),
            ("run crossing groups", [0] + Array(repeating: 1, count: 16) + [0], 1,
             [0x03, 0xfe, 0x12, 0x01, 0x02, 0x00]),
            ("width 2 run of 3s", Array(repeating: 3, count: 9), 2, [0x12, 0x03]),
            ("width 9 value 300 x10", Array(repeating: 300, count: 10), 9, [0x14, 0x2c, 0x01]),
        ]
        for (name, values, width, want) in cases {
            XCTAssertEqual(encode(values, width: width), want, name)
        }
    }

    func testBitWidth() {
        let cases: [(UInt32, Int)] = [(0, 0), (1, 1), (2, 2), (3, 2), (4, 3), (255, 8), (256, 9)]
        for (v, w) in cases { XCTAssertEqual(RLEHybridEncoder.bitWidth(forMax: v), w, "\(v)") }
    }

    func testRoundTripRandomSequences() {
        var rng = SplitMix64(seed: 7)
        for trial in 0..<300 {
            let width = Int(rng.next() % 12)
            let maxValue = width == 0 ? 0 : (UInt64(1) << UInt64(width)) - 1
            let count = Int(rng.next() % 2000)
            var values: [UInt32] = []
            while values.count < count {
                let v = UInt32(maxValue == 0 ? 0 : rng.next() % (maxValue + 1))
                let run = rng.next() % 3 == 0 ? Int(rng.next() % 40) + 1 : 1
                values.append(contentsOf: repeatElement(v, count: run))
            }
            values = Array(values.prefix(count))
            let bytes = encode(values, width: width)
            XCTAssertEqual(Self.decode(bytes, width: width, count: count), values, "trial \(trial)")
        }
    }

    /// A plain reader of the hybrid encoding, independent of the encoder.
    static func decode(_ bytes: [UInt8], width: Int, count: Int) -> [UInt32] {
        var out: [UInt32] = []
        var pos = 0
        func varint() -> UInt64 {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = bytes[pos]; pos += 1
                v |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }
        while out.count < count && pos < bytes.count {
            let header = varint()
            if header & 1 == 0 {
                var v: UInt32 = 0
                for k in 0..<((width + 7) / 8) { v |= UInt32(bytes[pos + k]) << (8 * k) }
                pos += (width + 7) / 8
                out.append(contentsOf: repeatElement(v, count: Int(header >> 1)))
            } else {
                let n = Int(header >> 1) * 8
                var bit = 0
                for _ in 0..<n {
                    var v: UInt32 = 0
                    for k in 0..<width {
                        let b = bit + k
                        if bytes[pos + b / 8] & (1 << (b % 8)) != 0 { v |= 1 << k }
                    }
                    bit += width
                    out.append(v)
                }
                pos += n * width / 8
            }
        }
        return Array(out.prefix(count))
    }
}

/// A small deterministic generator for tests (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
