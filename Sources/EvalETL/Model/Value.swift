/// One cell of a table row, typed as the contract's column types.
///
///     .string("Completed"), .int(2021), .date(CalendarDate(2021, 7, 31)), .list(["KAZ", "TKM"]), .null
public enum Value: Sendable, Equatable, Hashable {
    case null
    case string(String)
    case int(Int32)
    case double(Double)
    case bool(Bool)
    case date(CalendarDate)
    case list([String])

    public var isNull: Bool { self == .null }
}

extension Value {
    /// `.string` for a non-nil text, `.null` for nil.
    public static func text(_ s: String?) -> Value { s.map(Value.string) ?? .null }
    public static func integer(_ i: Int?) -> Value { i.map { .int(Int32(clamping: $0)) } ?? .null }
    public static func number(_ d: Double?) -> Value { d.map(Value.double) ?? .null }
    public static func day(_ d: CalendarDate?) -> Value { d.map(Value.date) ?? .null }
}

extension ArraySlice where Element == [Value] {
    /// Calls `body` with each row's values in place, in order: no row and no value is retained.
    ///
    ///     try rows.forEachRow { cells throws(OutputError) in … cells[i] … }
    ///
    /// NB: the writers read each batch side by side on their own threads; a retain and
    /// release of every row from each of them moved the row's reference count from
    /// core to core, and made `swift_retain` a run's largest single cost at `--jobs 2`.
    @inline(__always)
    func forEachRow<E: Error>(_ body: (UnsafeBufferPointer<Value>) throws(E) -> Void) throws(E) {
        try withUnsafeBufferPointer { (rows) throws(E) in
            for r in rows.indices {
                try rows[r].withUnsafeBufferPointer { (cells) throws(E) in try body(cells) }
            }
        }
    }
}

extension Array where Element == [Value] {
    /// `ArraySlice.forEachRow` over the whole batch.
    @inline(__always)
    func forEachRow<E: Error>(_ body: (UnsafeBufferPointer<Value>) throws(E) -> Void) throws(E) {
        try self[...].forEachRow(body)
    }
}
