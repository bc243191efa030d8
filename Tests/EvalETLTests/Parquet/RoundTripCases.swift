@testable import EvalETL

/// Deterministic random tables for the pyarrow round trip: every type, required and
/// optional, edge-case strings, 0/1/many rows, several row groups, dictionary overflow.
///
///     RoundTripCases.all()[0].schema.name == "all_types_0_rows"
enum RoundTripCases {
    static let pool: [String] = [
        "", " ", "Completed", "Ongoing", "Not Initiated", "Overdue-Not Initiated",
        "zürich", "é", "e\u{301}", "👩‍💻 emoji", "🇰🇿", "評価報告書", "日本語テキスト", "한국어",
        "=SUM(A1)", "+1", "-x", "@home", "'quoted'", "\"double\"", "semi; colon", "line\nbreak",
        "tab\there", "nul\u{0}byte", "\u{7f}", "\u{10FFFF}", "a", "b", "A", "Z", "~",
    ]

    static let allTypes = TableSchema(name: "all_types", columns: [
        Column("s_req", .string, required: true),
        Column("s_opt", .string),
        Column("i_req", .int, required: true),
        Column("i_opt", .int),
        Column("d_req", .double, required: true),
        Column("d_opt", .double),
        Column("b_req", .bool, required: true),
        Column("b_opt", .bool),
        Column("dt_req", .date, required: true),
        Column("dt_opt", .date),
        Column("l_req", .list, required: true),
        Column("l_opt", .list),
    ])

    static func all() -> [ParquetRoundTripTests.Case] {
        var rng = SplitMix64(seed: 42)
        var cases: [ParquetRoundTripTests.Case] = []
        for (rows, groupRows, codec) in [(0, 10, PipelineConfig.ParquetOptions.Compression.gzip),
                                         (1, 10, .gzip), (37, 10, .gzip), (1000, 128, .gzip),
                                         (500, 1000, .none), (300, 1, .gzip)] {
            let schema = TableSchema(name: "all_types_\(rows)_rows_\(groupRows)_\(codec.rawValue)",
                                     columns: allTypes.columns)
            cases.append(.init(schema: schema, rows: (0..<rows).map { _ in row(schema, &rng) },
                               rowGroupRows: groupRows, compression: codec))
        }
        for table in TableSchema.all {
            cases.append(.init(schema: table, rows: (0..<257).map { _ in row(table, &rng) },
                               rowGroupRows: 100, compression: .gzip))
        }
        cases.append(dictionaryOverflow(&rng))
        cases.append(longStrings(&rng))
        cases.append(specialDoubles())
        return cases
    }

    static func row(_ schema: TableSchema, _ rng: inout SplitMix64) -> [Value] {
        schema.columns.map { column in
            if !column.required && rng.next() % 5 == 0 { return .null }
            return value(column.type, &rng)
        }
    }

    static func value(_ type: ColumnType, _ rng: inout SplitMix64) -> Value {
        switch type {
        case .string: return .string(string(&rng))
        case .int:
            switch rng.next() % 6 {
            case 0: return .int(Int32.min)
            case 1: return .int(Int32.max)
            default: return .int(Int32(truncatingIfNeeded: Int64(rng.next() % 20_001) - 10_000))
            }
        case .double:
            switch rng.next() % 6 {
            case 0: return .double(-0.0)
            case 1: return .double(Double(rng.next() % 1000) / 7)
            case 2: return .double(-1e300)
            default: return .double(Double(Int64(rng.next() % 2_000_001) - 1_000_000) * 0.125)
            }
        case .bool: return .bool(rng.next() % 2 == 0)
        case .date:
            let y = 1900 + Int(rng.next() % 200), m = 1 + Int(rng.next() % 12)
            return .date(CalendarDate.endOfMonth(year: y, month: m)!)
        case .list:
            let n = Int(rng.next() % 5)
            return .list((0..<n).map { _ in string(&rng) })
        }
    }

    static func string(_ rng: inout SplitMix64) -> String {
        if rng.next() % 4 == 0 { return "v\(rng.next() % 100_000)" }
        return pool[Int(rng.next() % UInt64(pool.count))]
    }

    /// ~3 MiB of distinct strings in one chunk: the dictionary must fall back to PLAIN.
    static func dictionaryOverflow(_ rng: inout SplitMix64) -> ParquetRoundTripTests.Case {
        let schema = TableSchema(name: "dictionary_overflow", columns: [
            Column("id", .string, required: true), Column("status", .string), Column("tags", .list),
        ])
        let statuses = ["Completed", "Ongoing", "Overdue", "Not Initiated"]
        let rows: [[Value]] = (0..<60_000).map { i in
            [.string("EV-\(i)-distinct-value-with-some-padding-\(rng.next() % 1000)"),
             i % 11 == 0 ? .null : .string(statuses[i % 4]),
             .list(i % 3 == 0 ? [] : ["tag \(i % 2000)", "x"])]
        }
        return .init(schema: schema, rows: rows, rowGroupRows: 50_000, compression: .gzip)
    }

    /// 100 KB strings: several data pages per chunk, min/max omitted for very long values.
    static func longStrings(_ rng: inout SplitMix64) -> ParquetRoundTripTests.Case {
        let schema = TableSchema(name: "long_strings", columns: [
            Column("text", .string), Column("items", .list),
        ])
        let rows: [[Value]] = (0..<40).map { i in
            let unit = pool[Int(rng.next() % UInt64(pool.count))] + "é評👍"
            let long = String(repeating: unit, count: 100_000 / max(unit.utf8.count, 1) + 1)
            return [i % 7 == 3 ? .null : .string(long), .list(i % 5 == 0 ? [long, ""] : [""])]
        }
        return .init(schema: schema, rows: rows, rowGroupRows: 25, compression: .gzip)
    }

    /// NaN, infinities and signed zeros: min/max must be skipped when NaN is present.
    static func specialDoubles() -> ParquetRoundTripTests.Case {
        let schema = TableSchema(name: "special_doubles", columns: [
            Column("d", .double), Column("z", .double, required: true),
        ])
        let rows: [[Value]] = [
            [.double(.nan), .double(0.0)], [.double(.infinity), .double(-0.0)],
            [.double(-.infinity), .double(0.0)], [.null, .double(-0.0)],
            [.double(1.5), .double(.leastNonzeroMagnitude)], [.double(-2.5), .double(.greatestFiniteMagnitude)],
        ]
        return .init(schema: schema, rows: rows, rowGroupRows: 3, compression: .gzip)
    }
}
