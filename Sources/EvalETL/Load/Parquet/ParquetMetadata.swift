/// The footer and page-header structs of `parquet.thrift`, each writing its fields.
///
///     SchemaElement(type: .byteArray, repetition: .optional, name: "s",
///                   convertedType: .utf8, logicalType: .string).thriftBytes
///     == [0x15, 0x0c, 0x25, 0x02, 0x18, 0x01, 0x73, 0x25, 0x00, 0x4c, 0x1c, 0x00, 0x00, 0x00]
///
/// NB: only the fields evaletl writes exist here; field ids must ascend within a struct.
struct FileMetaData: ThriftEncodable {
    var columns: [ColumnDescriptor]
    var rowGroups: [RowGroup]

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, i32: 1)
        // The flattened schema: root `schema`, then each column's nodes depth-first.
        w.field(2, structList: [SchemaElement(name: "schema", numChildren: Int32(columns.count))]
            + columns.flatMap(\.schemaElements))
        w.field(3, i64: rowGroups.reduce(0) { $0 + $1.numRows })
        w.field(4, structList: rowGroups)
        w.field(6, string: "evaletl version \(Build.version) (build 1)")
        // NB: one TypeDefinedOrder per leaf column; pyarrow ignores string min/max without it.
        w.field(7, structList: Array(repeating: ColumnOrder(), count: columns.count))
    }
}

/// ColumnOrder union holding `1: TypeDefinedOrder {}`.
struct ColumnOrder: ThriftEncodable {
    func encodeFields(to w: inout ThriftCompactWriter) {
        w.emptyStructField(1)
    }
}

/// One node of the flattened schema tree (root first, depth-first).
struct SchemaElement: ThriftEncodable {
    var type: PhysicalType?
    var repetition: Repetition?
    var name: String
    var numChildren: Int32?
    var convertedType: ConvertedType?
    var logicalType: LogicalType?

    func encodeFields(to w: inout ThriftCompactWriter) {
        if let type { w.field(1, i32: type.rawValue) }
        if let repetition { w.field(3, i32: repetition.rawValue) }
        w.field(4, string: name)
        if let numChildren { w.field(5, i32: numChildren) }
        if let convertedType { w.field(6, i32: convertedType.rawValue) }
        if let logicalType { w.field(10, struct: logicalType) }
    }
}

/// A row group: its column chunks in leaf order, sizes and first offset.
struct RowGroup: ThriftEncodable {
    var columns: [ColumnChunk]
    var numRows: Int64
    var fileOffset: Int64

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, structList: columns)
        w.field(2, i64: columns.reduce(0) { $0 + $1.metaData.totalUncompressedSize })
        w.field(3, i64: numRows)
        w.field(5, i64: fileOffset)
        w.field(6, i64: columns.reduce(0) { $0 + $1.metaData.totalCompressedSize })
    }
}

/// A column chunk: `file_offset` 0 (deprecated, required) plus its metadata.
struct ColumnChunk: ThriftEncodable {
    var metaData: ColumnMetaData

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(2, i64: 0)
        w.field(3, struct: metaData)
    }
}

/// Where a chunk's pages are, how big, how encoded, and its statistics.
struct ColumnMetaData: ThriftEncodable {
    var type: PhysicalType
    var encodings: [Encoding]
    var pathInSchema: [String]
    var codec: CompressionCodec
    /// Level entries (nulls, empty lists and each list element count), not rows.
    var numValues: Int64
    var totalUncompressedSize: Int64
    var totalCompressedSize: Int64
    var dataPageOffset: Int64
    /// NB: omitted, never 0, when the chunk has no dictionary page.
    var dictionaryPageOffset: Int64?
    var statistics: Statistics
    var encodingStats: [PageEncodingStats]

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, i32: type.rawValue)
        w.field(2, i32List: encodings.map(\.rawValue))
        w.field(3, stringList: pathInSchema)
        w.field(4, i32: codec.rawValue)
        w.field(5, i64: numValues)
        w.field(6, i64: totalUncompressedSize)
        w.field(7, i64: totalCompressedSize)
        w.field(9, i64: dataPageOffset)
        if let dictionaryPageOffset { w.field(11, i64: dictionaryPageOffset) }
        w.field(12, struct: statistics)
        w.field(13, structList: encodingStats)
    }
}

/// How many pages of a kind used an encoding.
struct PageEncodingStats: ThriftEncodable {
    var pageType: PageType
    var encoding: Encoding
    var count: Int32

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, i32: pageType.rawValue)
        w.field(2, i32: encoding.rawValue)
        w.field(3, i32: count)
    }
}

/// Chunk statistics: null count always, min/max as PLAIN bytes (no length prefix) when known.
struct Statistics: ThriftEncodable, Equatable {
    var nullCount: Int64
    var maxValue: [UInt8]?
    var minValue: [UInt8]?

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(3, i64: nullCount)
        if let maxValue { w.field(5, binary: maxValue) }
        if let minValue { w.field(6, binary: minValue) }
    }
}

/// The header before every page; sizes cover the payload only.
struct PageHeader: ThriftEncodable {
    var type: PageType
    var uncompressedPageSize: Int32
    var compressedPageSize: Int32
    var dataPageHeader: DataPageHeader?
    var dictionaryPageHeader: DictionaryPageHeader?

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, i32: type.rawValue)
        w.field(2, i32: uncompressedPageSize)
        w.field(3, i32: compressedPageSize)
        if let dataPageHeader { w.field(5, struct: dataPageHeader) }
        if let dictionaryPageHeader { w.field(7, struct: dictionaryPageHeader) }
    }
}

/// Data page v1: level entries (nulls included) and the value encoding.
struct DataPageHeader: ThriftEncodable {
    var numValues: Int32
    var encoding: Encoding

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, i32: numValues)
        w.field(2, i32: encoding.rawValue)
        w.field(3, i32: Encoding.rle.rawValue)
        w.field(4, i32: Encoding.rle.rawValue)
    }
}

/// Dictionary page: number of PLAIN-encoded entries.
struct DictionaryPageHeader: ThriftEncodable {
    var numValues: Int32

    func encodeFields(to w: inout ThriftCompactWriter) {
        w.field(1, i32: numValues)
        w.field(2, i32: Encoding.plain.rawValue)
    }
}
