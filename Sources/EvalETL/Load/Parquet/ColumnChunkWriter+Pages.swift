/// Page building: split the buffered column at row boundaries, encode, compress, write.
///
///     chunk := [dictionary page] data page+
///     data page payload := [rep levels] [def levels] values    (levels: u32 length + RLE hybrid)
extension ColumnChunkWriter {
    /// NB: ~1 MiB pages, as pyarrow writes; split only where a row starts (rep level 0).
    static let pageSizeLimit = 1 << 20

    /// Writes the chunk's pages to `sink` and returns its metadata; the buffers are then empty.
    mutating func flush(to sink: FileSink, codec: GzipCodec?) throws(OutputError) -> ColumnChunk {
        defer { reset() }
        var totalUncompressed: Int64 = 0
        var totalCompressed: Int64 = 0
        var dictionaryOffset: Int64?
        var encodingStats: [PageEncodingStats] = []
        var payload: [UInt8] = []
        dropDictionaryUnlessItPays()

        /// Writes `payload` as a page, compressed, after its header.
        func writePage(_ type: PageType, data: DataPageHeader? = nil,
                       dictionary: DictionaryPageHeader? = nil) throws(OutputError) {
            let body = try codec?.compress(payload) ?? payload
            guard payload.count < Int32.max, body.count < Int32.max else {
                throw OutputError(path: path, "page of column '\(descriptor.column.name)' exceeds 2 GiB")
            }
            let headerBytes = PageHeader(type: type, uncompressedPageSize: Int32(payload.count),
                                         compressedPageSize: Int32(body.count), dataPageHeader: data,
                                         dictionaryPageHeader: dictionary).thriftBytes
            try sink.write(headerBytes)
            try sink.write(body)
            totalUncompressed += Int64(headerBytes.count + payload.count)
            totalCompressed += Int64(headerBytes.count + body.count)
        }

        if usesDictionary {
            dictionaryOffset = Int64(sink.offset)
            dictionary.entries.appendPlain(0..<dictionary.count, to: &payload)
            try writePage(.dictionaryPage, dictionary: DictionaryPageHeader(numValues: Int32(dictionary.count)))
            encodingStats.append(PageEncodingStats(pageType: .dictionaryPage, encoding: .plain, count: 1))
        }
        let dataOffset = Int64(sink.offset)
        let valueEncoding: Encoding = usesDictionary ? .rleDictionary : .plain
        var pages: Int32 = 0
        var entry = 0
        var value = 0
        repeat {
            let (entryEnd, valueEnd) = nextPage(entry, value)
            payload.removeAll(keepingCapacity: true)
            encodePage(entries: entry..<entryEnd, values: value..<valueEnd, into: &payload)
            try writePage(.dataPage, data: DataPageHeader(numValues: Int32(entryEnd - entry), encoding: valueEncoding))
            pages += 1
            entry = entryEnd
            value = valueEnd
        } while entry < entryCount
        encodingStats.append(PageEncodingStats(pageType: .dataPage, encoding: valueEncoding, count: pages))

        let meta = ColumnMetaData(
            type: descriptor.physicalType,
            encodings: usesDictionary ? [.plain, .rle, .rleDictionary] : [.plain, .rle],
            pathInSchema: descriptor.pathInSchema,
            codec: codec == nil ? .uncompressed : .gzip,
            numValues: Int64(entryCount),
            totalUncompressedSize: totalUncompressed,
            totalCompressedSize: totalCompressed,
            dataPageOffset: dataOffset,
            dictionaryPageOffset: dictionaryOffset,
            statistics: statistics(),
            encodingStats: encodingStats)
        return ColumnChunk(metaData: meta)
    }

    /// The end of the page starting at (`entry`, `value`): ~`pageSizeLimit` bytes of values.
    private func nextPage(_ entry: Int, _ value: Int) -> (entries: Int, values: Int) {
        let fixedWidth: Int
        switch descriptor.physicalType {
        case .int32: fixedWidth = 4
        case .double: fixedWidth = 8
        case .boolean: fixedWidth = 1
        case .byteArray: fixedWidth = usesDictionary ? 4 : 0
        }
        var e = entry, v = value, size = 0
        while e < entryCount {
            if maxDefinition == 0 || definitionLevels[e] == maxDefinition {
                size += fixedWidth > 0 ? fixedWidth : 4 + strings.range(v).count
                v += 1
            }
            size += 1
            e += 1
            if size >= Self.pageSizeLimit && (!hasRepetition || e == entryCount || repetitionLevels[e] == 0) { break }
        }
        return (e, v)
    }

    private func encodePage(entries: Range<Int>, values: Range<Int>, into out: inout [UInt8]) {
        if hasRepetition { appendLevels(repetitionLevels[entries], max: descriptor.maxRepetitionLevel, to: &out) }
        if maxDefinition > 0 { appendLevels(definitionLevels[entries], max: Int(maxDefinition), to: &out) }
        switch descriptor.physicalType {
        // NB: PLAIN numbers are little-endian, the byte order of every platform Swift targets here.
        case .int32:
            ints[values].withUnsafeBytes { out.append(contentsOf: $0) }
        case .double:
            doubles[values].withUnsafeBytes { out.append(contentsOf: $0) }
        case .boolean:
            var byte: UInt8 = 0
            var bit = 0
            out.reserveCapacity(out.count + values.count / 8 + 1)
            for b in bools[values] {
                if b { byte |= 1 << bit }
                bit += 1
                if bit == 8 { out.append(byte); byte = 0; bit = 0 }
            }
            if bit > 0 { out.append(byte) }
        case .byteArray where usesDictionary:
            let width = RLEHybridEncoder.bitWidth(forMax: UInt32(max(dictionary.count - 1, 0)))
            out.append(UInt8(width))
            var encoder = RLEHybridEncoder(bitWidth: width)
            for i in indices[values] { encoder.put(i) }
            out.append(contentsOf: encoder.finish())
        case .byteArray:
            strings.appendPlain(values, to: &out)
        }
    }

    /// Levels as a v1 page stores them: u32 little-endian byte length, then the hybrid runs.
    private func appendLevels(_ levels: ArraySlice<UInt8>, max: Int, to out: inout [UInt8]) {
        var encoder = RLEHybridEncoder(bitWidth: RLEHybridEncoder.bitWidth(forMax: UInt32(max)))
        for l in levels { encoder.put(UInt32(l)) }
        let bytes = encoder.finish()
        withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: bytes)
    }
}
