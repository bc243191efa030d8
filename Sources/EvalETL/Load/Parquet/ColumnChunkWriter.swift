/// Buffers one column's levels and values for the current row group, then writes its chunk.
///
///     var w = ColumnChunkWriter(ColumnDescriptor(Column("status", .string)), path: p)
///     try w.append(batch, 0..<2, column: 0)           // rows ["Completed"], [null]
///     let chunk = try w.flush(to: sink, codec: gzip)   // dictionary page + data page(s)
///
///     levels (rep, def)   values
///     "Completed" (-, 1)  dictionary index 0
///     null        (-, 0)  —
///
/// Strings go into a dictionary until its PLAIN size passes `dictionaryLimit`; then the
/// chunk falls back to PLAIN, and later chunks of the column start in PLAIN directly.
/// A chunk whose values are mostly distinct (ids, free text) is written PLAIN as well.
/// NB: a struct kept in the row group's array, so Swift checks exclusive access once per
/// cell instead of once per stored property, as it would for a class.
struct ColumnChunkWriter {
    let descriptor: ColumnDescriptor
    let path: String
    /// NB: pyarrow's default dictionary page limit; beyond it a dictionary rarely pays.
    static let dictionaryLimit = 1 << 20

    var definitionLevels: [UInt8] = []
    var repetitionLevels: [UInt8] = []
    /// Level entries so far (rows plus extra list items).
    var entryCount = 0
    var nullCount = 0
    var ints: [Int32] = []
    var doubles: [Double] = []
    var bools: [Bool] = []
    var strings = ByteArrayBuffer()
    var dictionary = StringDictionary()
    var indices: [UInt32] = []
    var usesDictionary: Bool
    private var dictionaryAllowed: Bool

    /// NB: the descriptor's facts `append` reads per value, copied out: reading
    /// `descriptor.column` would copy (retain and release) the column's name each time.
    private let required: Bool
    let maxDefinition: UInt8
    let hasRepetition: Bool

    init(_ descriptor: ColumnDescriptor, path: String) {
        self.descriptor = descriptor
        self.path = path
        required = descriptor.column.required
        maxDefinition = UInt8(descriptor.maxDefinitionLevel)
        hasRepetition = descriptor.maxRepetitionLevel > 0
        dictionaryAllowed = descriptor.physicalType == .byteArray
        usesDictionary = dictionaryAllowed
    }

    /// Appends the cells of column `column` of rows `rows` of `batch`.
    mutating func append(_ batch: RowBatch, _ rows: Range<Int>, column: Int) throws(OutputError) {
        try batch.forEachRow(in: rows) { (row) throws(OutputError) in try append(row[column], row) }
    }

    /// Appends one row's cell (of the column's type: `RowCheck` saw to it as the row was laid out).
    mutating func append(_ c: RowBatch.Cell, _ row: RowBatch.Row) throws(OutputError) {
        let hasDef = maxDefinition > 0
        switch c.kind {
        case .null:
            guard !required else {
                throw OutputError(path: path, "null in required column '\(descriptor.column.name)'")
            }
            addLevels(rep: 0, def: 0)
            nullCount += 1
            return
        case .list:
            if c.count == 0 {
                addLevels(rep: 0, def: maxDefinition - 1)
                nullCount += 1
                return
            }
            var rep: UInt8 = 0
            for item in row.items(c) {
                addLevels(rep: rep, def: maxDefinition)
                appendString(row.text(item))
                rep = 1
            }
            return
        case .string: appendString(row.text(c))
        case .int: ints.append(c.int)
        case .date: ints.append(c.date.daysSinceEpoch)
        case .double: doubles.append(c.double)
        case .bool: bools.append(c.bool)
        }
        if hasDef { definitionLevels.append(1) }
        entryCount += 1
    }

    private mutating func addLevels(rep: UInt8, def: UInt8) {
        if hasRepetition { repetitionLevels.append(rep) }
        if maxDefinition > 0 { definitionLevels.append(def) }
        entryCount += 1
    }

    private mutating func appendString(_ s: UnsafeBufferPointer<UInt8>) {
        guard usesDictionary else {
            strings.append(s)
            return
        }
        indices.append(dictionary.insert(s))
        if dictionary.plainSize > Self.dictionaryLimit { fallBackToPlain() }
    }

    /// Rewrites the dictionary-encoded values as PLAIN values, in order; `sticky` keeps
    /// later chunks of this column in PLAIN.
    mutating func fallBackToPlain(sticky: Bool = true) {
        for i in indices { strings.append(from: dictionary.entries, index: Int(i)) }
        indices.removeAll(keepingCapacity: true)
        dictionary.removeAll()
        usesDictionary = false
        if sticky { dictionaryAllowed = false }
    }

    /// Switches a chunk to PLAIN when more than half its values are distinct: then the
    /// dictionary costs more than it saves.
    mutating func dropDictionaryUnlessItPays() {
        guard usesDictionary, dictionary.count * 2 > indices.count else { return }
        // NB: judge the column only on a chunk large enough to be representative.
        fallBackToPlain(sticky: indices.count >= 1_000)
    }

    /// Clears the buffers for the next row group, keeping their capacity.
    mutating func reset() {
        definitionLevels.removeAll(keepingCapacity: true)
        repetitionLevels.removeAll(keepingCapacity: true)
        entryCount = 0
        nullCount = 0
        ints.removeAll(keepingCapacity: true)
        doubles.removeAll(keepingCapacity: true)
        bools.removeAll(keepingCapacity: true)
        strings.removeAll()
        dictionary.removeAll()
        indices.removeAll(keepingCapacity: true)
        usesDictionary = dictionaryAllowed
    }

    /// Chunk statistics: null count, and min/max in the type's sort order when defined.
    func statistics() -> Statistics {
        var stats = Statistics(nullCount: Int64(nullCount))
        func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
        switch descriptor.physicalType {
        case .int32:
            if let lo = ints.min(), let hi = ints.max() { stats.minValue = le(lo); stats.maxValue = le(hi) }
        case .double:
            // NB: with a NaN present there is no total order: omit min/max.
            if !doubles.isEmpty, !doubles.contains(where: \.isNaN), var lo = doubles.min(), var hi = doubles.max() {
                if lo == 0 { lo = -0.0 }
                if hi == 0 { hi = 0.0 }
                stats.minValue = le(lo.bitPattern)
                stats.maxValue = le(hi.bitPattern)
            }
        case .boolean:
            if !bools.isEmpty {
                stats.minValue = [bools.contains(false) ? 0 : 1]
                stats.maxValue = [bools.contains(true) ? 1 : 0]
            }
        case .byteArray:
            let source = usesDictionary ? dictionary.entries : strings
            if let (lo, hi) = source.minMaxIndices(),
               source.range(lo).count <= Self.maxStatisticsSize, source.range(hi).count <= Self.maxStatisticsSize {
                stats.minValue = source.value(lo)
                stats.maxValue = source.value(hi)
            }
        }
        return stats
    }

    /// NB: longer strings get no min/max (a truncated max would not be an upper bound).
    static let maxStatisticsSize = 4096
}
