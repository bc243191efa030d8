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
}

extension Value {
    /// `.string` for a non-nil text, `.null` for nil.
    public static func text(_ s: String?) -> Value { s.map(Value.string) ?? .null }
    public static func integer(_ i: Int?) -> Value { i.map { .int(Int32(clamping: $0)) } ?? .null }
    public static func number(_ d: Double?) -> Value { d.map(Value.double) ?? .null }
    public static func day(_ d: CalendarDate?) -> Value { d.map(Value.date) ?? .null }
}
