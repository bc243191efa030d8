/// Writes the Thrift compact protocol: the encoding of every Parquet header and footer.
///
///     var w = ThriftCompactWriter()
///     w.field(1, i32: 300)      // 15 d8 04
///     w.bytes == [0x15, 0xd8, 0x04]
///
/// NB: field headers carry the delta from the previous field id of the *same* struct,
/// so `structure` keeps the outer struct's last id while it writes a nested one.
struct ThriftCompactWriter {
    /// The compact protocol's type nibbles, of the types Parquet's headers use.
    enum TType: UInt8 {
        case i32 = 5, i64 = 6, binary = 8, list = 9, structure = 12
    }

    private(set) var bytes: [UInt8] = []
    private var lastFieldID: Int16 = 0

    // MARK: primitives

    /// NB: an i32 zigzags to the same number as the i64 of its value.
    mutating func i32(_ n: Int32) { i64(Int64(n)) }
    mutating func i64(_ n: Int64) { bytes.appendVarint(UInt64(bitPattern: (n << 1) ^ (n >> 63))) }

    mutating func binary(_ b: [UInt8]) {
        bytes.appendVarint(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    mutating func string(_ s: String) { binary(Array(s.utf8)) }

    // MARK: structs, fields, lists

    /// A struct field holding an empty struct (only its stop byte): how Parquet's unions name a member without data.
    mutating func emptyStructField(_ id: Int16) {
        fieldHeader(id, .structure)
        bytes.append(0)
    }

    mutating func fieldHeader(_ id: Int16, _ type: TType) {
        let delta = Int(id) - Int(lastFieldID)
        if delta >= 1 && delta <= 15 {
            bytes.append(UInt8(delta << 4) | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            i32(Int32(id))
        }
        lastFieldID = id
    }

    /// A list header: `(size << 4) | type` up to 14 elements, else `f0 | type` + varint size.
    mutating func listHeader(_ count: Int, _ elementType: TType) {
        if count < 15 {
            bytes.append(UInt8(count << 4) | elementType.rawValue)
        } else {
            bytes.append(0xf0 | elementType.rawValue)
            bytes.appendVarint(UInt64(count))
        }
    }

    mutating func field(_ id: Int16, i32 value: Int32) {
        fieldHeader(id, .i32)
        i32(value)
    }

    mutating func field(_ id: Int16, i64 value: Int64) {
        fieldHeader(id, .i64)
        i64(value)
    }

    mutating func field(_ id: Int16, binary value: [UInt8]) {
        fieldHeader(id, .binary)
        binary(value)
    }

    mutating func field(_ id: Int16, string value: String) {
        fieldHeader(id, .binary)
        string(value)
    }

    mutating func field<T: ThriftEncodable>(_ id: Int16, struct value: T) {
        fieldHeader(id, .structure)
        structure(value)
    }

    mutating func field(_ id: Int16, i32List values: [Int32]) {
        fieldHeader(id, .list)
        listHeader(values.count, .i32)
        for v in values { i32(v) }
    }

    mutating func field(_ id: Int16, stringList values: [String]) {
        fieldHeader(id, .list)
        listHeader(values.count, .binary)
        for v in values { string(v) }
    }

    mutating func field<T: ThriftEncodable>(_ id: Int16, structList values: [T]) {
        fieldHeader(id, .list)
        listHeader(values.count, .structure)
        for v in values { structure(v) }
    }

    /// A whole struct: its fields, then the stop byte.
    mutating func structure<T: ThriftEncodable>(_ value: T) {
        let outer = lastFieldID
        lastFieldID = 0
        value.encodeFields(to: &self)
        bytes.append(0)
        lastFieldID = outer
    }
}

/// A Thrift struct that writes its fields, in ascending id order; the writer frames it
/// (`ThriftCompactWriter.structure`: the fields, then a stop byte).
///
///     struct Stats: ThriftEncodable {
///         func encodeFields(to w: inout ThriftCompactWriter) { w.field(3, i64: 0) }
///     }
protocol ThriftEncodable {
    func encodeFields(to writer: inout ThriftCompactWriter)
}

extension ThriftEncodable {
    /// The struct's bytes alone.
    var thriftBytes: [UInt8] {
        var w = ThriftCompactWriter()
        w.structure(self)
        return w.bytes
    }
}
