import CSQLite
import Crypto
import Foundation

/// Parsed documents kept between runs in one SQLite file, keyed by the file's SHA-256
/// and the parser build; written in one transaction per run, never synced.
///
///     .evaletl-cache/cache.sqlite
///       meta  (name, value)                         format; parser = the parserKey of every entry
///       files (path BLOB, size, modified, sha256)   a file's path bytes -> what it held when last read
///       docs  (key, checksum, body)                 key = SHA-256(parserKey, file SHA-256);
///                                                   body = NormalizedDocument (DocumentCodec);
///                                                   checksum = SHA-256(key, body)
///
/// An entry is used only when its checksum matches and it decodes; anything else
/// (damaged, edited, foreign) is ignored with a warning and the document is parsed
/// again. A damaged or foreign store is set aside with a warning and built afresh.
/// Nothing is written until the run ends well: `save(files:)` records the manifest,
/// prunes entries no input refers to any more and commits; a run that fails rolls back.
/// A store of another parser key (a new build, other settings) holds nothing this run
/// can use: the run builds a new store beside it (`cache.sqlite.new`) and `save` renames
/// it into place, so a failed run leaves the old store as it was.
///
/// NB: one file and one commit per run: a synced file per document made a run with the cache slower.
/// The manifest is keyed by the path's bytes, not by `String` (which compares
/// canonically equivalent names as equal): `café.txt` composed and decomposed are two files.
public final class DocumentCache: Sendable {
    public let directory: String
    /// Identifies the parser build: a cached parse from another build is never used.
    public let parserKey: String
    /// The manifest as the previous run left it; read once, before any worker starts.
    private let manifest: [[UInt8]: ManifestEntry]
    /// Files read in this run, by path bytes.
    private let remembered = Locked<[[UInt8]: ManifestEntry]>([:])
    private let store: Locked<Store>
    /// A store of this parser key was open when this run began.
    private let hadStore: Bool
    private let warnings = Locked<[Diagnostic]>([])
    private let counts = Locked((reused: 0, parsed: 0))

    struct ManifestEntry: Equatable {
        var size: Int
        var modified: Int
        var sha256: String

        /// `file` still has the size and mtime it had when this entry was made (an unknown mtime never has).
        func describes(_ file: SourceFile) -> Bool {
            file.modified != 0 && size == file.size && modified == file.modified
        }
    }

    /// The connection and what became of it; reached only under the lock.
    final class Store: @unchecked Sendable {
        var db: SQLiteDatabase?
        var insert: SQLiteStatement?
        var select: SQLiteStatement?
        /// Not usable for the rest of the run (busy, damaged, a write failed).
        var disabled = false
        /// Damaged or foreign: deleted at the end of the run so the next one starts afresh.
        var discard = false
        /// `db` is a new store at `freshPath`, renamed over the store by `save`.
        var fresh = false
    }

    static let fileName = "cache.sqlite"
    static let format = "evaletl-cache 2"

    /// The store's file.
    var storePath: String { directory + "/" + Self.fileName }
    /// Where a new store is built until the run has saved it.
    var freshPath: String { storePath + ".new" }

    public init(directory: String, parserKey: String) {
        self.directory = directory
        self.parserKey = parserKey
        let s = Store()
        var loaded: [[UInt8]: ManifestEntry] = [:]
        var problems: [Diagnostic] = []
        let path = directory + "/" + Self.fileName
        // NB: no store yet is no manifest; it is created by the first write, so a run that
        // fails before writing anything leaves no cache behind.
        if FileManager.default.fileExists(atPath: path) {
            do throws(SQLiteError) {
                let db = try Self.open(path)
                var meta: [String: String] = [:]
                try db.prepare("SELECT name, value FROM meta").rows { r throws(SQLiteError) in meta[r.text(0)] = r.text(1) }
                guard meta["format"] == Self.format else {
                    throw SQLiteError(code: Self.foreignCode, message: "not a store of this evaletl (format \(meta["format"] ?? "none"))")
                }
                if meta["parser"] == parserKey {
                    try db.prepare("SELECT path, size, modified, sha256 FROM files").rows { r throws(SQLiteError) in
                        loaded[r.blob(0)] = ManifestEntry(size: Int(r.int(1)), modified: Int(r.int(2)), sha256: r.text(3))
                    }
                    s.db = db
                } else {
                    // NB: not one entry is this build's: pruning them all in the run's transaction
                    // kept a copy of every page they freed in memory (+200 MB on the bench corpus)
                    // and the store at twice its size; a new store costs what a first run does.
                    db.close()
                }
            } catch {
                loaded = [:]
                problems.append(Diagnostic(file: path, line: 0, .warning,
                                           "cache store is damaged or foreign (\(error.message)); ignored, documents parsed again"))
                // NB: busy (another run holds it): left alone; anything else is rebuilt.
                let primary = error.code & 0xff
                if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { s.disabled = true } else { s.discard = true }
            }
        }
        manifest = loaded
        hadStore = s.db != nil
        store = Locked(s)
        warnings.withLock { $0 = problems }
    }

    deinit {
        // NB: a run that did not reach `save` leaves the store as the previous run did.
        store.withLock { s in
            if let db = s.db, db.inTransaction { try? db.execute("ROLLBACK") }
            close(s)
        }
    }

    static let foreignCode: Int32 = -1

    static func open(_ path: String) throws(SQLiteError) -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: path)
        // NB: one transaction per run with its rollback journal in memory: the run's entries
        // are written once (WAL writes them twice). Never synced: a store lost or damaged by a
        // crash costs a re-parse; damage is found (SQLite errors, checksums) and the store rebuilt.
        try db.execute("PRAGMA busy_timeout = 2000; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
        return db
    }

    /// The SHA-256 recorded for a file whose size and mtime are unchanged.
    /// After the run, the file's SHA-256 as read in it.
    func knownSHA(_ file: SourceFile) -> String? {
        let path = Array(file.relativePath.utf8)
        guard let e = remembered.withLock({ $0[path] }) ?? manifest[path], e.describes(file) else { return nil }
        return e.sha256
    }

    func remember(_ file: SourceFile, sha256: String) {
        guard file.problem == nil else { return }
        let entry = ManifestEntry(size: file.size, modified: file.modified, sha256: sha256)
        remembered.withLock { $0[Array(file.relativePath.utf8)] = entry }
    }

    func key(sha256: String) -> String {
        Extractor.sha256Hex(Array("\(parserKey)\n\(sha256)".utf8))
    }

    static func checksum(key: String, body: [UInt8]) -> [UInt8] {
        var h = SHA256()
        h.update(data: Array(key.utf8))
        h.update(data: body)
        return Array(h.finalize())
    }

    /// The cached parse of the document with these bytes, if trustworthy.
    func lookup(sha256: String) -> NormalizedDocument? {
        // NB: a run that began without a store finds in it only what it wrote itself, the parse
        // of a file whose bytes another file of this run has (a duplicate, rejected anyway);
        // not asking spares the workers waiting on each other's writes.
        guard hadStore else { return nil }
        let key = key(sha256: sha256)
        let found = store.withLock { s -> (checksum: [UInt8], body: [UInt8])? in
            guard !s.disabled, let db = s.db else { return nil }
            do {
                if s.select == nil { s.select = try db.prepare("SELECT checksum, body FROM docs WHERE key = ?") }
                var row: ([UInt8], [UInt8])?
                try s.select!.rows(.text(key)) { r throws(SQLiteError) in row = (r.blob(0), r.blob(1)) }
                return row
            } catch {
                fail(s, error)
                return nil
            }
        }
        guard let found else { return nil }
        guard Self.checksum(key: key, body: found.body) == found.checksum,
              let document = try? DocumentCodec.decode(found.body) else {
            warn("cache entry is corrupt or foreign (key \(key)); ignored, document parsed again")
            return nil
        }
        counts.withLock { $0.reused += 1 }
        return document
    }

    func store(_ document: NormalizedDocument, sha256: String) {
        counts.withLock { $0.parsed += 1 }
        let key = key(sha256: sha256)
        let body = DocumentCodec.encode(document)
        let checksum = Self.checksum(key: key, body: body)
        store.withLock { s in
            guard writable(s), let db = s.db else { return }
            do {
                if s.insert == nil {
                    s.insert = try db.prepare("INSERT OR REPLACE INTO docs (key, checksum, body) VALUES (?, ?, ?)")
                }
                try s.insert!.run(.text(key), .blob(checksum), .blob(body))
            } catch {
                fail(s, error)
            }
        }
    }

    /// Opens (creating when needed) the store and begins the run's transaction; false when it cannot be written.
    private func writable(_ s: Store) -> Bool {
        if s.disabled { return false }
        do {
            if s.db == nil {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                if s.discard { Self.remove(storePath) }
                s.discard = false
                // NB: a leftover of a run stopped at once.
                Self.remove(freshPath)
                s.fresh = true
                let db = try Self.open(freshPath)
                s.db = db
                // NB: 64 KiB pages: most entries fit in one page instead of a chain of 4 KiB ones,
                // a sixteenth of the writes (a first run 5-8% faster on the bench corpus). The page
                // cache's size is stated again after them: the count of pages SQLite had taken for
                // 4 KiB ones stayed, and cost 28 MB of peak RSS.
                try db.execute("""
                    PRAGMA page_size = 65536;
                    PRAGMA cache_size = -2000;
                    CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE files (path BLOB PRIMARY KEY, size INTEGER NOT NULL,
                        modified INTEGER NOT NULL, sha256 TEXT NOT NULL) WITHOUT ROWID;
                    CREATE TABLE docs (key TEXT PRIMARY KEY, checksum BLOB NOT NULL, body BLOB NOT NULL);
                    """)
                let meta = try db.prepare("INSERT INTO meta VALUES (?, ?)")
                try meta.run(.text("format"), .text(Self.format))
                try meta.run(.text("parser"), .text(parserKey))
            }
            if !s.db!.inTransaction { try s.db!.execute("BEGIN IMMEDIATE") }
            return true
        } catch {
            fail(s, error)
        }
        return false
    }

    /// Stops using the store for this run, with one warning.
    private func fail(_ s: Store, _ error: any Error) {
        let error = error as? SQLiteError ?? SQLiteError(code: 0, message: "\(error)")
        if s.disabled { return }
        s.disabled = true
        if error.isDamage { s.discard = true }
        if let db = s.db, db.inTransaction { try? db.execute("ROLLBACK") }
        warn(error.isDamage
             ? "cache store is damaged (\(error.message)); ignored, documents parsed again"
             : "cannot use the document cache (\(error.message)); the outputs are written, documents are parsed again next run")
    }

    private func warn(_ message: String) {
        warnings.withLock { $0.append(Diagnostic(file: storePath, line: 0, .warning, message)) }
    }

    /// Closes the connection; a new store not renamed into place is removed.
    private func close(_ s: Store) {
        s.insert = nil
        s.select = nil
        s.db?.close()
        s.db = nil
        if s.fresh { Self.remove(freshPath) }
        s.fresh = false
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// Records what the run's files held, prunes entries no input refers to any more and
    /// commits: called once the outputs are complete. A failure (a full disk) is a warning.
    func save(files: SourceFileList) {
        let remembered = remembered.withLock { $0 }
        var current: [[UInt8]: ManifestEntry] = [:]
        current.reserveCapacity(files.count)
        for f in files where f.problem == nil {
            let path = Array(f.relativePath.utf8)
            if let e = remembered[path] {
                current[path] = e
            } else if let e = manifest[path], e.describes(f) {
                current[path] = e
            }
        }
        store.withLock { s in
            if s.disabled {
                // NB: busy, damaged or a failed write: the run's entries were rolled back;
                // a damaged store is removed so the next run starts afresh.
                close(s)
                if s.discard { Self.remove(storePath) }
                return
            }
            if current == manifest, let db = s.db, !db.inTransaction { return close(s) }
            guard writable(s), let db = s.db else { return }
            do {
                let delete = try db.prepare("DELETE FROM files WHERE path = ?")
                for path in manifest.keys where current[path] == nil { try delete.run(.blob(path)) }
                let put = try db.prepare("INSERT OR REPLACE INTO files (path, size, modified, sha256) VALUES (?, ?, ?, ?)")
                for (path, e) in current where manifest[path] != e {
                    try put.run(.blob(path), .int(Int64(e.size)), .int(Int64(e.modified)), .text(e.sha256))
                }
                let wanted = Set(current.values.map { key(sha256: $0.sha256) })
                var stale: [String] = []
                try db.prepare("SELECT key FROM docs").rows { r throws(SQLiteError) in
                    let k = r.text(0)
                    if !wanted.contains(k) { stale.append(k) }
                }
                let drop = try db.prepare("DELETE FROM docs WHERE key = ?")
                for k in stale { try drop.run(.text(k)) }
                try db.execute("COMMIT")
            } catch {
                fail(s, error)
            }
            // NB: committed, so nothing of the store is in a journal: renamed while still open.
            if s.fresh, !s.disabled {
                if rename(freshPath, storePath) == 0 {
                    s.fresh = false
                } else {
                    warn("cannot save the document cache (\(String(cString: strerror(errno)))); documents are parsed again next run")
                }
            }
            close(s)
        }
        // NB: the per-document files of the first cache version, now pruned.
        let legacy = directory + "/docs"
        if FileManager.default.fileExists(atPath: legacy) {
            try? FileManager.default.removeItem(atPath: legacy)
            try? FileManager.default.removeItem(atPath: directory + "/manifest.json")
        }
    }

    var diagnostics: [Diagnostic] { warnings.withLock { $0 } }
    var reusedAndParsed: (reused: Int, parsed: Int) { counts.withLock { $0 } }

    /// This binary's identity: a rebuilt evaletl never trusts an older build's parses.
    public static func buildKey() -> String {
        var st = stat()
        let exe = stat("/proc/self/exe", &st) == 0
            ? "\(st.st_size)-\(st.st_mtim.tv_sec)-\(st.st_mtim.tv_nsec)" : "unknown"
        return "evaletl \(Build.version) \(exe)"
    }
}
