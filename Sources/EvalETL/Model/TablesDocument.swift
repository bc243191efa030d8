/// `docs/tables.md`: the data contract (every table, column, type, meaning and vocabulary)
/// written out of `TableSchema`, so the document cannot drift from what the writers write.
///
///     $ evaletl tables > docs/tables.md          (what `make docs` runs)
///
///     ### actions — one row per key action
///
///     | column | type | meaning |
///     |---|---|---|
///     | action_id | string, required | `<recommendation_id>-A<seq, two digits or more>` |
///     | status | string | canonical status; … Values: `Completed`, `Ongoing`, … |
///
/// NB: a test (`TablesDocumentTests`) compares the committed file with `markdown`,
/// so a column added to `TableSchema` without `make docs` fails the build's tests.
public enum TablesDocument {
    /// The whole document, ending in a line break.
    public static var markdown: String {
        var lines = [
            "# Tables",
            "",
            "<!-- Generated from Sources/EvalETL/Model/TableSchema.swift by `evaletl tables` (`make docs`).",
            "     Do not edit by hand: a test fails when this file differs from what the code says. -->",
            "",
            "The tables evaletl writes, their columns in order, types, meanings and vocabularies:",
            "what spreadsheets, BI dashboards and scripts build on. Every format (CSV, Parquet,",
            "XML, the workbooks) has the same tables and columns.",
            "",
            "Every column may be null unless marked *required*. Rows are ordered by",
            "`evaluation_id`'s source order (`source_file` ascending), then by `seq`. The same",
            "input gives byte-identical files (all but `run.json`) whatever the number of threads.",
            "",
            "## Types",
            "",
            "| type | meaning | CSV | Parquet | XML | workbook (.xlsx) |",
            "|---|---|---|---|---|---|",
        ]
        for type in ColumnType.allCases {
            let s = type.spellings
            lines.append("| \(type.rawValue) | \(s.meaning) | \(s.csv) | \(s.parquet) | \(s.xml) | \(s.xlsx) |")
        }
        lines.append("| null | no value | empty cell | OPTIONAL, not defined | element absent | empty cell |")
        lines += ["", "## Tables", ""]
        lines.append(TableSchema.all.map { "[`\($0.name)`](#\($0.name))" }.joined(separator: " · "))
        for table in TableSchema.all {
            lines += ["", "<a id=\"\(table.name)\"></a>", "### \(table.name) — \(table.meaning)", "",
                      "| column | type | meaning |", "|---|---|---|"]
            for column in table.columns {
                lines.append("| \(column.name) | \(typeCell(column)) | \(meaningCell(column)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `string, required`, `date`, …
    static func typeCell(_ column: Column) -> String {
        column.required ? "\(column.type.rawValue), required" : column.type.rawValue
    }

    /// The meaning, then the vocabulary as `Values: `A`, `B``; a `|` escaped for the table.
    static func meaningCell(_ column: Column) -> String {
        var cell = column.meaning
        if !column.values.isEmpty {
            let values = column.values.map { "`\($0)`" }.joined(separator: ", ")
            cell += (cell.isEmpty ? "" : ". ") + "Values: \(values)"
        }
        return cell.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

extension ColumnType {
    /// What a type means and how each format writes it (the contract's "Types per format").
    var spellings: (meaning: String, csv: String, parquet: String, xml: String, xlsx: String) {
        switch self {
        case .string: ("UTF-8 text", "text", "BYTE_ARRAY, STRING", "xs:string", "text")
        case .int: ("32-bit integer", "decimal digits", "INT32", "xs:int", "number")
        case .double: ("64-bit floating point", "shortest round-trip decimal (`1706485`, `0.5`)", "DOUBLE",
                       "xs:double, shortest round-trip decimal", "number")
        case .bool: ("true or false", "`true` / `false`", "BOOLEAN", "xs:boolean", "boolean")
        case .date: ("calendar date", "`YYYY-MM-DD`", "INT32, DATE", "xs:date", "date (`yyyy-mm-dd`)")
        case .list: ("list of strings", "items joined with `; `", "LIST of STRING (3-level)",
                     "repeated `<item>` children", "items joined with `; `")
        }
    }
}
