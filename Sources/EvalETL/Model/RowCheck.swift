/// Checks that a row fits its table as it is laid out for the writers (`RowBatch.append`).
///
///     try RowCheck.validate([.string("A-R01"), .int(1)], table: .recommendations)
///     // throws: 2 values for 13 columns
///
/// A typed row (`TableRow`) has one value per column by construction; each value's
/// type is still checked here, as it is laid out.
///
/// NB: a value of the wrong type would make a file that fails its schema (or a
/// workbook cell or Parquet column of the wrong kind); that is a bug upstream, so it
/// stops the run. Checked once here, no writer checks again.
enum RowCheck {
    static func validate(_ row: [Value], table: TableSchema) throws(RowMismatch) {
        guard row.count == table.columns.count else {
            throw RowMismatch(message: "table \(table.name): row of \(row.count) values for \(table.columns.count) columns")
        }
        // NB: by index, not `zip`: a zipped `Column` is copied (its name retained) for every cell.
        for i in row.indices { try check(row[i], column: i, table: table) }
    }

    /// Throws unless `value` fits column `column` of `table`.
    @inline(__always)
    static func check(_ value: Value, column: Int, table: TableSchema) throws(RowMismatch) {
        guard !fits(value, table.columns[column].type) else { return }
        let c = table.columns[column]
        throw RowMismatch(message: "table \(table.name), column \(c.name) (\(c.type.rawValue)): got \(value)")
    }

    /// NB: `if case` on the value alone; a `switch` over a `(value, type)` tuple copies the value.
    static func fits(_ value: Value, _ type: ColumnType) -> Bool {
        switch type {
        case .string: if case .string = value { return true }
        case .int: if case .int = value { return true }
        case .double: if case .double = value { return true }
        case .bool: if case .bool = value { return true }
        case .date: if case .date = value { return true }
        case .list: if case .list = value { return true }
        }
        if case .null = value { return true }
        return false
    }
}

/// A row that does not fit its table: a bug in evaletl, never the input's fault.
public struct RowMismatch: Error, Sendable, CustomStringConvertible {
    public var message: String

    public var description: String { message }
}
