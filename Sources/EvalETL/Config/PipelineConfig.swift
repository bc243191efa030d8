/// What one run does: plain data, read from `pipeline.yml`, overridden by CLI flags.
///
/// Defaults live here and nowhere else.
public struct PipelineConfig: Sendable, Equatable {
    /// Folder of input documents.
    public var input = "input"
    /// Folder that receives the tables.
    public var output = "output"
    /// Documents extracted and normalized at once; 0 means one per core.
    public var jobs = 0
    /// The values `jobs` may take, in pipeline.yml and on the command line.
    public static let jobsRange = 0...512
    public var formats: [OutputFormat] = OutputFormat.defaults
    public var csv = CSVOptions()
    public var parquet = ParquetOptions()
    public var xlsx = XLSXOptions()
    public var limits = Limits()
    /// Folder of parsed documents kept between runs; nil = `.<output>.evaletl-cache`
    /// beside the output folder; `off` = no cache.
    public var cache: String?
    /// The user's party lexicon (`parties: parties.yml`), read when the config is loaded;
    /// it joins the shipped vocabulary in `PartyLexicon` and is part of the cache key.
    public var parties: [PartyName] = []
    /// When another run holds the output folder: wait for it (true), or stop at once
    /// with `RunError.busy` (`--no-wait`). Command line only.
    public var waitForLock = true
    /// Publish empty tables when the input folder holds no file (`--allow-empty`);
    /// otherwise an empty input stops the run and keeps the previous output. Command line only.
    public var allowEmpty = false

    public init() {}

    public struct CSVOptions: Sendable, Equatable {
        /// Prefix `'` to cells starting with `=`, `+`, `-`, `@`, tab or CR (OWASP).
        public var formulaGuard = true
        /// Start each file with a UTF-8 byte-order mark (Excel reads UTF-8 then).
        public var bom = true
    }

    public struct ParquetOptions: Sendable, Equatable {
        public enum Compression: String, Sendable, Equatable, CaseIterable { case gzip, none }
        public var compression = Compression.gzip
        /// Rows per row group.
        public var rowGroupRows = 100_000
        public init() {}
    }

    public struct XLSXOptions: Sendable, Equatable {
        /// After "Action tracker" and "Implementation", one sheet per table. Without them the
        /// workbook is what an officer reads, and takes about half the time to write.
        public var tableSheets = true
        public init() {}
    }

    public struct Limits: Sendable, Equatable {
        /// Files larger than this are rejected unread.
        public var maxFileMB = 32
    }
}
