import EvalETL
import Foundation

/// Benchmarks evaletl's writers on generated rows.
///
///     swift run -c release evaletl-bench parquet --rows 1000000 --out /tmp/bench
///     → writes /tmp/bench/parquet/actions.parquet and prints the seconds spent writing
///
/// Only `write` and `finish` are timed; generating the rows is not.
struct BenchOptions {
    var rows = 1_000_000
    var out = "bench-output"
    var compression = PipelineConfig.ParquetOptions.Compression.gzip
    var rowGroupRows = PipelineConfig.ParquetOptions().rowGroupRows

    static func parse(_ args: [String]) -> BenchOptions? {
        var o = BenchOptions()
        var it = args.makeIterator()
        while let a = it.next() {
            guard let v = it.next() else { return nil }
            switch a {
            case "--rows": guard let n = Int(v) else { return nil }; o.rows = n
            case "--out": o.out = v
            case "--compression": guard let c = PipelineConfig.ParquetOptions.Compression(rawValue: v) else { return nil }; o.compression = c
            case "--row-group-rows": guard let n = Int(v) else { return nil }; o.rowGroupRows = n
            default: return nil
            }
        }
        return o
    }
}

/// Deterministic `actions` rows that look like the real ones: ids, low-cardinality
/// status/scope/responsible, free text, dates, some nulls.
struct ActionRows {
    static let statuses = ["Completed", "Ongoing", "Initiated", "Not Initiated", "Overdue",
                           "Overdue-Initiated", "Overdue-Not Initiated", "No Longer Applicable",
                           "No deadline established"]
    static let scopes = ["KAZ", "TKM", "TAJ", "MCO", "ALL MCO", "KAZ/TKM"]
    static let words = ["strengthen", "capacity", "of", "partners", "gender", "evaluation", "national",
                        "develop", "strategy", "women's", "economic", "empowerment", "monitoring",
                        "the", "and", "programme", "results", "framework", "data", "statistics",
                        "réseau", "coordination", "système", "評価", "knowledge", "management"]
    private var state: UInt64 = 0x2545_F491_4F6C_DD1D

    private mutating func next() -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(truncatingIfNeeded: state >> 1)
    }

    private mutating func sentence(_ n: Int) -> String {
        var s = ""
        for k in 0..<n {
            if k > 0 { s += " " }
            s += Self.words[next() % Self.words.count]
        }
        return s
    }

    mutating func row(_ i: Int) -> [Value] {
        let evaluation = "EV\(String(i / 60 + 100_000))"
        let recommendation = "\(evaluation)-R\(String(i / 6 % 10 + 10))"
        let action = "\(recommendation)-A\(String(i % 6 + 10))"
        let status = Self.statuses[next() % Self.statuses.count]
        return [
            .string(action), .string(recommendation), .string(evaluation), .int(Int32(i % 6 + 1)),
            next() % 4 == 0 ? .null : .string(Self.scopes[next() % Self.scopes.count]),
            .string(sentence(8 + next() % 20)),
            .string("MCO Programme Specialist \(next() % 40)"),
            next() % 10 == 0 ? .null : .date(CalendarDate.endOfMonth(year: 2018 + next() % 8, month: 1 + next() % 12)!),
            .string(status), .bool(status.hasPrefix("Overdue")),
            next() % 3 == 0 ? .null : .string(sentence(5 + next() % 40)),
        ]
    }
}

func runParquet(_ o: BenchOptions) throws {
    var options = PipelineConfig.ParquetOptions()
    options.compression = o.compression
    options.rowGroupRows = o.rowGroupRows
    let writer = ParquetWriter(options: options)
    var generator = ActionRows()
    var elapsed: Duration = .zero
    let clock = ContinuousClock()
    elapsed += try clock.measure { try writer.begin(tables: [.actions], directory: o.out) }
    var done = 0
    while done < o.rows {
        let n = min(10_000, o.rows - done)
        let batch = (done..<done + n).map { generator.row($0) }
        elapsed += try clock.measure { try writer.write(batch, table: .actions) }
        done += n
    }
    elapsed += try clock.measure { _ = try writer.finish() }
    let path = (o.out as NSString).appendingPathComponent("parquet/actions.parquet")
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("evaletl parquet: rows=\(o.rows) codec=\(o.compression.rawValue) row_group_rows=\(o.rowGroupRows) "
          + "seconds=\(String(format: "%.3f", seconds)) bytes=\(size) file=\(path)")
}

let args = Array(CommandLine.arguments.dropFirst())
guard args.first == "parquet", let options = BenchOptions.parse(Array(args.dropFirst())) else {
    FileHandle.standardError.write(Data(("usage: evaletl-bench parquet [--rows N] [--out DIR] "
        + "[--compression gzip|none] [--row-group-rows N]\n").utf8))
    exit(2)
}
do {
    try runParquet(options)
} catch {
    FileHandle.standardError.write(Data("evaletl-bench: \(error)\n".utf8))
    exit(1)
}
