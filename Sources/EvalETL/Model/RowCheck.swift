/// Checks that a row fits its table as it is laid out for the writers (`RowBatch.append`).
///
///     try RowCheck.validate([.string("A-R01"), .int(1)], table: .recommendations, file: "recommendations")
///     // throws: 2 values for 13 columns
///
/// NB: a value of the wrong type would make a file that fails its schema (or a
/// workbook cell or Parquet column of the wrong kind); that is a bug upstream, so it
/// stops the run. Checked once here, no writer checks again.
enum RowCheck {
    static func validate(_ row: [Value], table: TableSchema, file: String) throws(OutputError) {
        try row.withUnsafeBufferPointer { (cells) throws(OutputError) in try validate(cells, table: table, file: file) }
    }

    static func validate(_ row: UnsafeBufferPointer<Value>, table: TableSchema, file: String) throws(OutputError) {
        guard row.count == table.columns.count else {
            throw OutputError(path: file,
                "table \(table.name): row of \(row.count) values for \(table.columns.count) columns")
        }
        // NB: by index, not `zip`: a zipped `Column` is copied (its name retained) for every cell.
        for i in row.indices where !fits(row[i], table.columns[i].type) {
            let column = table.columns[i]
            throw OutputError(path: file,
                "table \(table.name), column \(column.name) (\(column.type.rawValue)): got \(row[i])")
        }
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
