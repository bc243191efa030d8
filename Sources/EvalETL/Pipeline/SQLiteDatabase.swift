import CSQLite

/// The little of SQLite the document cache uses: one connection, statements, blobs.
///
///     let db = try SQLiteDatabase(path: dir + "/cache.sqlite")
///     try db.execute("CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY, v BLOB)")
///     let put = try db.prepare("INSERT OR REPLACE INTO t VALUES (?, ?)")
///     try put.run(.text("a"), .blob([1, 2, 3]))
///
/// Not thread-safe: the owner serializes every call.
final class SQLiteDatabase {
    private(set) var handle: OpaquePointer?

    init(path: String) throws(SQLiteError) {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        handle = db
        if rc != SQLITE_OK {
            let e = SQLiteError(code: rc, message: db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
            close()
            throw e
        }
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { close() }

    func close() {
        if let h = handle { sqlite3_close_v2(h) }
        handle = nil
    }

    func error(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: rc, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed")
    }

    func execute(_ sql: String) throws(SQLiteError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        if rc != SQLITE_OK { throw error(rc) }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc) }
        return SQLiteStatement(db: self, stmt: stmt)
    }

    var inTransaction: Bool { handle.map { sqlite3_get_autocommit($0) == 0 } ?? false }
}

/// A prepared statement; `rows` and `run` reset it before binding.
final class SQLiteStatement {
    enum Value {
        case int(Int64)
        case text(String)
        case blob([UInt8])
    }

    let db: SQLiteDatabase
    private let stmt: OpaquePointer

    init(db: SQLiteDatabase, stmt: OpaquePointer) {
        self.db = db
        self.stmt = stmt
    }

    deinit { sqlite3_finalize(stmt) }

    private func bind(_ values: [Value]) throws(SQLiteError) {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (i, v) in values.enumerated() {
            let n = Int32(i + 1)
            let rc: Int32
            switch v {
            case .int(let x): rc = sqlite3_bind_int64(stmt, n, x)
            case .text(let s): rc = sqlite3_bind_text(stmt, n, s, -1, evaletl_sqlite_transient())
            case .blob(let b):
                rc = b.withUnsafeBytes { sqlite3_bind_blob64(stmt, n, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                                             UInt64(b.count), evaletl_sqlite_transient()) }
            }
            if rc != SQLITE_OK { throw db.error(rc) }
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: Value...) throws(SQLiteError) {
        try bind(values)
        let rc = sqlite3_step(stmt)
        sqlite3_reset(stmt)
        if rc != SQLITE_DONE && rc != SQLITE_ROW { throw db.error(rc) }
    }

    /// Calls `row` for each result row; read columns with `int`, `text`, `blob`.
    func rows(_ values: Value..., row: (SQLiteStatement) throws(SQLiteError) -> Void) throws(SQLiteError) {
        try bind(values)
        defer { sqlite3_reset(stmt) }
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { return }
            if rc != SQLITE_ROW { throw db.error(rc) }
            try row(self)
        }
    }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(stmt, column) }

    func text(_ column: Int32) -> String {
        guard let p = sqlite3_column_text(stmt, column) else { return "" }
        return String(cString: p)
    }

    func blob(_ column: Int32) -> [UInt8] {
        let n = Int(sqlite3_column_bytes(stmt, column))
        guard n > 0, let p = sqlite3_column_blob(stmt, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }
}

/// An SQLite result code with its message.
struct SQLiteError: Error, CustomStringConvertible {
    var code: Int32
    var message: String

    /// The file is not a database, or a damaged one.
    var isDamage: Bool {
        let primary = code & 0xff
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT
    }

    var description: String { "\(message) (SQLite \(code))" }
}
