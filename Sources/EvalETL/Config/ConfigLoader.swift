import Foundation
import Yams

/// Reads `pipeline.yml` into a `PipelineConfig`, strictly: unknown keys and bad
/// values are errors that name the file, line and column.
///
///     pipeline.yml:7:3: unknown key 'compresion' in 'parquet' (known: compression, row_group_rows)
public enum ConfigLoader {
    public static func load(path: String) throws(ConfigError) -> PipelineConfig {
        try parse(text(at: path, unreadable: "cannot be read"), file: path)
    }

    /// The text of a YAML file this tool reads, or an error naming it.
    static func text(at path: String, unreadable: String) throws(ConfigError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, line: 0, column: 0, unreadable)
        }
    }

    /// The root node of a YAML text (nil when it holds nothing), or an error naming the file.
    static func root(of text: String, file: String) throws(ConfigError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            throw ConfigError(file: file, line: 0, column: 0, "not valid YAML: \(error)")
        }
    }

    public static func parse(_ text: String, file: String = "pipeline.yml") throws(ConfigError) -> PipelineConfig {
        var config = PipelineConfig()
        guard let root = try root(of: text, file: file) else { return config }
        let r = Reader(file: file)
        try r.fields(root, in: "the top level", [
            "version": { _ = try r.int($0, key: $1, range: 1...1) },
            "input": { config.input = try r.string($0, key: $1) },
            "output": { config.output = try r.string($0, key: $1) },
            "jobs": { config.jobs = try r.int($0, key: $1, range: PipelineConfig.jobsRange) },
            "cache": { config.cache = try r.string($0, key: $1) },
            "parties": { value, key in
                // NB: relative to the config file, so `pipeline.yml` and its lexicon travel together.
                let named = try r.string(value, key: key)
                let base = (file as NSString).deletingLastPathComponent
                let path = named.hasPrefix("/") || base.isEmpty ? named : base + "/" + named
                config.parties = try PartyNamesLoader.load(path: path)
            },
            "formats": { value, key in
                var formats: [OutputFormat] = []
                for item in try r.sequence(value, key: key) {
                    let format = try r.choice(item, key: key, OutputFormat.self)
                    // NB: two writers of one format wrote the same files at once: a corrupt workbook.
                    guard !formats.contains(format) else { throw r.error(item, "'formats' lists \(format.rawValue) twice") }
                    formats.append(format)
                }
                config.formats = formats
            },
            "csv": { try r.fields($0, in: $1, prefix: "csv.", [
                "formula_guard": { config.csv.formulaGuard = try r.bool($0, key: $1) },
                "bom": { config.csv.bom = try r.bool($0, key: $1) },
            ]) },
            "parquet": { try r.fields($0, in: $1, prefix: "parquet.", [
                "compression": { config.parquet.compression = try r.choice($0, key: $1, PipelineConfig.ParquetOptions.Compression.self) },
                "row_group_rows": { config.parquet.rowGroupRows = try r.int($0, key: $1, range: 1...100_000_000) },
            ]) },
            "xlsx": { try r.fields($0, in: $1, prefix: "xlsx.", [
                "table_sheets": { config.xlsx.tableSheets = try r.bool($0, key: $1) },
            ]) },
            "limits": { try r.fields($0, in: $1, prefix: "limits.", [
                "max_file_mb": { config.limits.maxFileMB = try r.int($0, key: $1, range: 1...4096) },
            ]) },
        ])
        return config
    }

    /// Typed reads of YAML nodes, each error marked with the node's place.
    struct Reader {
        let file: String

        func error(_ node: Node, _ message: String) -> ConfigError {
            ConfigError(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message)
        }

        /// Reads a mapping whose keys are `readers`' names, each value by its reader, which is given the key
        /// as messages name it (`prefix` + name); any other key is an error that lists them.
        func fields(_ node: Node, in place: String, prefix: String = "",
                    _ readers: KeyValuePairs<String, (Node, String) throws -> Void>) throws(ConfigError) {
            guard case .mapping(let m) = node else { throw error(node, "\(place) must be a mapping of keys to values") }
            for (key, value) in m {
                guard let name = key.string, let read = readers.first(where: { $0.key == name })?.value else {
                    let known = readers.map(\.key).joined(separator: ", ")
                    throw error(key, "unknown key '\(key.string ?? "?")' in \(place) (known: \(known))")
                }
                // NB: the readers throw `ConfigError` alone; a closure's typed throws would be spelled in each.
                do { try read(value, prefix + name) } catch { throw error as? ConfigError ?? self.error(value, "\(error)") }
            }
        }

        func sequence(_ node: Node, key: String) throws(ConfigError) -> [Node] {
            guard case .sequence(let s) = node else { throw error(node, "'\(key)' must be a list") }
            return Array(s)
        }

        func scalar(_ node: Node, key: String) throws(ConfigError) -> String {
            guard case .scalar(let s) = node else { throw error(node, "'\(key)' must be a single value") }
            return s.string
        }

        func string(_ node: Node, key: String) throws(ConfigError) -> String {
            let s = try scalar(node, key: key)
            guard !s.isEmpty else { throw error(node, "'\(key)' may not be empty") }
            return s
        }

        func int(_ node: Node, key: String, range: ClosedRange<Int>) throws(ConfigError) -> Int {
            let s = try scalar(node, key: key)
            guard let i = Int(s), range.contains(i) else {
                throw error(node, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(s)'")
            }
            return i
        }

        func bool(_ node: Node, key: String) throws(ConfigError) -> Bool {
            let s = try scalar(node, key: key)
            switch s.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw error(node, "'\(key)' must be true or false, not '\(s)'")
            }
        }

        func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, _: T.Type) throws(ConfigError) -> T
        where T.RawValue == String {
            let s = try scalar(node, key: key)
            guard let v = T(rawValue: s) else {
                throw error(node, "'\(key)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(s)'")
            }
            return v
        }
    }
}

/// A bad `pipeline.yml`: stops the tool before anything runs.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
