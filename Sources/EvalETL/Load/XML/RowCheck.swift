/// Checks that a row fits its table before an XML writer spells it out.
///
///     try RowCheck.validate([.string("A-R01"), .int(1)], table: .recommendations, file: "xml")
///     // throws: 2 values for 13 columns
///
/// NB: a value of the wrong type would make a file that fails its schema (or a
/// workbook cell of the wrong kind); that is a bug upstream, so it stops the run.
enum RowCheck {
    static func validate(_ row: [Value], table: TableSchema, file: String) throws(OutputError) {
        guard row.count == table.columns.count else {
            throw OutputError(path: file,
                "table \(table.name): row of \(row.count) values for \(table.columns.count) columns")
        }
        for (value, column) in zip(row, table.columns) where !fits(value, column.type) {
            throw OutputError(path: file,
                "table \(table.name), column \(column.name) (\(column.type.rawValue)): got \(value)")
        }
    }

    static func fits(_ value: Value, _ type: ColumnType) -> Bool {
        switch (value, type) {
        case (.null, _), (.string, .string), (.int, .int), (.double, .double),
             (.bool, .bool), (.date, .date), (.list, .list):
            return true
        default:
            return false
        }
    }
}
