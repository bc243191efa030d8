import XCTest
@testable import EvalETL

final class RowCheckTests: XCTestCase {
    /// Every value kind against every column type: only its own type, or null, fits.
    func testFits() {
        let values: [(Value, ColumnType?)] = [
            (.null, nil), (.string("a"), .string), (.int(1), .int), (.double(1), .double),
            (.bool(true), .bool), (.date(CalendarDate(year: 2021, month: 7, day: 31)!), .date), (.list(["a"]), .list),
        ]
        for (value, own) in values {
            for type in ColumnType.allCases {
                XCTAssertEqual(RowCheck.fits(value, type), own == nil || own == type, "\(value) as \(type)")
            }
        }
    }

    func testValidate() {
        let table = TableSchema(name: "t", columns: [Column("id", .string, required: true), Column("n", .int)])
        XCTAssertNoThrow(try RowCheck.validate([.string("a"), .int(1)], table: table))
        XCTAssertNoThrow(try RowCheck.validate([.string("a"), .null], table: table))
        XCTAssertThrowsError(try RowCheck.validate([.string("a")], table: table))
        XCTAssertThrowsError(try RowCheck.validate([.string("a"), .string("1")], table: table)) {
            XCTAssertEqual(($0 as? RowMismatch)?.message, "table t, column n (int): got string(\"1\")")
        }
    }
}
