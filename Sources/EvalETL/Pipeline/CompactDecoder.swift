/// Reads back what `CompactEncoder` wrote; any byte out of place throws.
///
///     let doc = try CompactDecoder.decode(NormalizedDocument.self, from: bytes)
enum CompactDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let source = CompactSource(bytes)
        let value = try T(from: CompactValueDecoder(source: source))
        guard source.at == bytes.count else { throw source.damaged("bytes after the value") }
        return value
    }
}

final class CompactSource {
    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func damaged(_ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "compact value damaged at byte \(at): \(what)"))
    }

    func byte() throws -> UInt8 {
        guard at < bytes.count else { throw damaged("ends early") }
        defer { at += 1 }
        return bytes[at]
    }

    func expect(_ tag: UInt8) throws {
        let t = try byte()
        guard t == tag else { throw damaged("tag \(t), expected \(tag)") }
    }

    /// True, and the tag taken, when the next value is nil.
    func takeNil() throws -> Bool {
        guard at < bytes.count else { throw damaged("ends early") }
        if bytes[at] == CompactTag.none { at += 1; return true }
        return false
    }

    func varint() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw damaged("varint too long") }
            v |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    func int64() throws -> Int64 {
        try expect(CompactTag.int)
        let z = try varint()
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }

    func int<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let v = try int64()
        guard let i = I(exactly: v) else { throw damaged("integer \(v) out of range") }
        return i
    }

    func double() throws -> Double {
        try expect(CompactTag.double)
        guard at + 8 <= bytes.count else { throw damaged("ends early") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        at += 8
        return Double(bitPattern: bits)
    }

    func bool() throws -> Bool {
        switch try byte() {
        case CompactTag.no: return false
        case CompactTag.yes: return true
        case let t: throw damaged("tag \(t), expected a bool")
        }
    }

    func string() throws -> String {
        try expect(CompactTag.string)
        let n = try varint()
        guard n <= UInt64(bytes.count - at) else { throw damaged("string longer than the value") }
        let end = at + Int(n)
        defer { at = end }
        return String(decoding: bytes[at..<end], as: UTF8.self)
    }

    func count() throws -> Int {
        try expect(CompactTag.unkeyed)
        guard at + 4 <= bytes.count else { throw damaged("ends early") }
        var c = 0
        for i in 0..<4 { c |= Int(bytes[at + i]) << (8 * i) }
        at += 4
        // NB: each element takes at least one byte, so a damaged count cannot ask for more.
        guard c <= bytes.count - at else { throw damaged("count \(c) larger than the value") }
        return c
    }

    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self { return try string() as! T }
        return try T(from: CompactValueDecoder(source: self))
    }
}

struct CompactValueDecoder: Decoder {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try source.expect(CompactTag.keyed)
        return KeyedDecodingContainer(CompactKeyedDecoder<Key>(source: source))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        CompactUnkeyedDecoder(source: source, count: try source.count())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { CompactSingleDecoder(source: source) }
}

struct CompactKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    // NB: every field was written, nil ones too (see CompactEncoder).
    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try source.takeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try source.bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try source.string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try source.double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try source.double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try source.int(Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try source.int(Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try source.int(Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try source.int(Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try source.int64() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try source.int(UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try source.int(UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try source.int(UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try source.int(UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try source.int(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try source.value(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try CompactValueDecoder(source: source).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactValueDecoder(source: source).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { CompactValueDecoder(source: source) }
    func superDecoder(forKey key: Key) throws -> any Decoder { CompactValueDecoder(source: source) }
}

struct CompactUnkeyedDecoder: UnkeyedDecodingContainer {
    let source: CompactSource
    let total: Int
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    init(source: CompactSource, count: Int) {
        self.source = source
        total = count
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw source.damaged("past the last element") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw source.damaged("past the last element") }
        if try source.takeNil() { currentIndex += 1; return true }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(); return try source.bool() }
    mutating func decode(_ type: String.Type) throws -> String { try next(); return try source.string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(); return try source.double() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(); return try source.int(Int.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(); return try source.value(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return try CompactValueDecoder(source: source).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try CompactValueDecoder(source: source).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return CompactValueDecoder(source: source)
    }
}

struct CompactSingleDecoder: SingleValueDecodingContainer {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { (try? source.takeNil()) ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try source.bool() }
    func decode(_ type: String.Type) throws -> String { try source.string() }
    func decode(_ type: Double.Type) throws -> Double { try source.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try source.double()) }
    func decode(_ type: Int.Type) throws -> Int { try source.int(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try source.int(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try source.int(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try source.int(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try source.int64() }
    func decode(_ type: UInt.Type) throws -> UInt { try source.int(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try source.int(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try source.int(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try source.int(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try source.int(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try source.value(type) }
}
