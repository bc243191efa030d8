/// The Parquet enums evaletl writes, with their `parquet.thrift` numbers.
///
///     PhysicalType.byteArray.rawValue == 6
///     Encoding.rleDictionary.rawValue == 8
enum PhysicalType: Int32 {
    case boolean = 0, int32 = 1, double = 5, byteArray = 6
}

/// Field repetition of a schema node.
enum Repetition: Int32 {
    case required = 0, optional = 1, repeated = 2
}

/// Legacy annotation written next to each LogicalType, as the spec asks.
enum ConvertedType: Int32 {
    case utf8 = 0, list = 3, date = 6
}

/// Page and level encodings.
enum Encoding: Int32 {
    case plain = 0, rle = 3, rleDictionary = 8
}

/// Page compression codecs.
enum CompressionCodec: Int32 {
    case uncompressed = 0, gzip = 2
}

/// Page kinds.
enum PageType: Int32 {
    case dataPage = 0, dictionaryPage = 2
}

/// The LogicalType union: only the members evaletl uses.
///
///     LogicalType.string.thriftBytes == [0x1c, 0x00, 0x00]
enum LogicalType: ThriftEncodable {
    case string, list, date

    func encodeFields(to w: inout ThriftCompactWriter) {
        switch self {
        case .string: w.emptyStructField(1)
        case .list: w.emptyStructField(3)
        case .date: w.emptyStructField(6)
        }
    }
}
