/// A `Codable` value as compact bytes, for the document cache: fields in the order
/// the type encodes them, each behind a one-byte tag; no key names.
///
///     let bytes = try CompactEncoder.encode(normalized)      // [UInt8]
///     let back = try CompactDecoder.decode(NormalizedDocument.self, from: bytes)
///
/// Tags: 0 nil, 1 false, 2 true, 3 integer (zigzag varint), 4 double (8 bytes, little
/// endian), 5 string (varint length, UTF-8), 6 keyed container, 7 unkeyed container
/// (4-byte count). A nil optional is written as tag 0 rather than left out, so the
/// decoder, reading fields in order, always knows which field comes next.
///
/// NB: JSON through Foundation on Linux decodes a parsed document more slowly than
/// the parser makes it again from the text; this format decodes several times faster.
/// It is read only by the same evaletl build that wrote it (the cache key holds the
/// build), so it needs no versioning of its own.
enum CompactEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = CompactSink()
        sink.bytes.reserveCapacity(4096)
        try value.encode(to: CompactValueEncoder(sink: sink))
        return sink.bytes
    }
}

enum CompactTag {
    static let none: UInt8 = 0, no: UInt8 = 1, yes: UInt8 = 2, int: UInt8 = 3, double: UInt8 = 4,
               string: UInt8 = 5, keyed: UInt8 = 6, unkeyed: UInt8 = 7
}

final class CompactSink {
    var bytes: [UInt8] = []

    func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    func int(_ v: Int64) {
        bytes.append(CompactTag.int)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    func uint(_ v: UInt64) throws {
        guard v <= UInt64(Int64.max) else {
            throw EncodingError.invalidValue(v, .init(codingPath: [], debugDescription: "integer too large"))
        }
        int(Int64(v))
    }

    func double(_ v: Double) {
        bytes.append(CompactTag.double)
        var bits = v.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    func string(_ s: String) {
        bytes.append(CompactTag.string)
        var s = s
        s.withUTF8 { u in
            varint(UInt64(u.count))
            bytes.append(contentsOf: u)
        }
    }

    func bool(_ b: Bool) { bytes.append(b ? CompactTag.yes : CompactTag.no) }
    func none() { bytes.append(CompactTag.none) }
}

struct CompactValueEncoder: Encoder {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.bytes.append(CompactTag.keyed)
        return KeyedEncodingContainer(CompactKeyedEncoder<Key>(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { CompactSingleEncoder(sink: sink) }
}

struct CompactKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { sink.none() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { sink.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { sink.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { sink.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { sink.double(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { sink.int(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try sink.uint(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let s = value as? String { sink.string(s) } else { try value.encode(to: CompactValueEncoder(sink: sink)) }
    }

    // NB: the default `encodeIfPresent` leaves a nil out; here it is written, so fields stay in step.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try put(value, key) }

    private mutating func put<T: Encodable>(_ value: T?, _ key: Key) throws {
        guard let value else { return sink.none() }
        try encode(value, forKey: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        CompactValueEncoder(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(sink: sink)
    }

    mutating func superEncoder() -> any Encoder { CompactValueEncoder(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CompactValueEncoder(sink: sink) }
}

/// Writes tag 7 and a 4-byte count it raises with every element.
struct CompactUnkeyedEncoder: UnkeyedEncodingContainer {
    let sink: CompactSink
    let countAt: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(sink: CompactSink) {
        self.sink = sink
        sink.bytes.append(CompactTag.unkeyed)
        countAt = sink.bytes.count
        sink.bytes.append(contentsOf: [0, 0, 0, 0])
    }

    private mutating func counted() {
        count += 1
        let c = UInt32(truncatingIfNeeded: count)
        for i in 0..<4 { sink.bytes[countAt + i] = UInt8(truncatingIfNeeded: c >> (8 * UInt32(i))) }
    }

    mutating func encodeNil() throws { sink.none(); counted() }
    mutating func encode(_ value: Bool) throws { sink.bool(value); counted() }
    mutating func encode(_ value: String) throws { sink.string(value); counted() }
    mutating func encode(_ value: Double) throws { sink.double(value); counted() }
    mutating func encode(_ value: Int) throws { sink.int(Int64(value)); counted() }
    mutating func encode<T: Encodable>(_ value: T) throws {
        // NB: `[String]` arrives here generically; a string written directly skips a container.
        if let s = value as? String { sink.string(s) } else { try value.encode(to: CompactValueEncoder(sink: sink)) }
        counted()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return CompactValueEncoder(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return CompactUnkeyedEncoder(sink: sink)
    }

    mutating func superEncoder() -> any Encoder {
        counted()
        return CompactValueEncoder(sink: sink)
    }
}

struct CompactSingleEncoder: SingleValueEncodingContainer {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { sink.none() }
    mutating func encode(_ value: Bool) throws { sink.bool(value) }
    mutating func encode(_ value: String) throws { sink.string(value) }
    mutating func encode(_ value: Double) throws { sink.double(value) }
    mutating func encode(_ value: Float) throws { sink.double(Double(value)) }
    mutating func encode(_ value: Int) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { sink.int(value) }
    mutating func encode(_ value: UInt) throws { try sink.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: UInt16) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: UInt32) throws { sink.int(Int64(value)) }
    mutating func encode(_ value: UInt64) throws { try sink.uint(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: CompactValueEncoder(sink: sink)) }
}
