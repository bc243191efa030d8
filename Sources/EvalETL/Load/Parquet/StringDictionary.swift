#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The distinct byte strings of a column chunk in first-seen order, and each value's index.
///
///     var d = StringDictionary()
///     d.insert(completed) == 0; d.insert(ongoing) == 1; d.insert(completed) == 0    // UTF-8 bytes
///     d.entries.count == 2
///
/// NB: keyed by UTF-8 bytes, not `String`: Swift's `==` treats "é" and "e\u{301}" as equal,
/// which would silently rewrite one into the other.
struct StringDictionary {
    private(set) var entries = ByteArrayBuffer()
    private var hashes: [UInt64] = []
    /// Open addressing, linear probing; -1 marks an empty slot.
    private var slots = [Int32](repeating: -1, count: 256)

    var count: Int { entries.count }
    /// Bytes of the dictionary page payload (PLAIN: 4-byte length + bytes per entry).
    var plainSize: Int { entries.bytes.count + 4 * entries.count }

    /// The entry index of `value`, adding it when new.
    mutating func insert(_ value: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(value)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[i])
            if e < 0 { break }
            if hashes[e] == h && equals(e, value) { return UInt32(e) }
            i = (i + 1) & mask
        }
        let new = entries.count
        entries.append(value)
        hashes.append(h)
        slots[i] = Int32(new)
        if entries.count * 2 > slots.count { grow() }
        return UInt32(new)
    }

    mutating func removeAll() {
        entries.removeAll()
        hashes.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }

    private func equals(_ e: Int, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let r = entries.range(e)
        guard r.count == value.count else { return false }
        guard r.count > 0 else { return true }
        return entries.bytes.withUnsafeBufferPointer { buf in
            memcmp(buf.baseAddress! + r.lowerBound, value.baseAddress!, r.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (e, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(e)
        }
    }

    /// A fast, deterministic 64-bit hash of bytes (word-at-a-time multiply-xorshift).
    static func hash(_ value: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(value.count)
        guard let base = value.baseAddress else { return h &* 0xFF51_AFD7_ED55_8CCD }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= value.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < value.count {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return h
    }
}
