import XCTest
@testable import EvalETL

final class CalendarDateTests: XCTestCase {
    func testEndOfMonth() {
        let cases: [(Int, Int, String)] = [
            (2021, 7, "2021-07-31"), (2021, 2, "2021-02-28"), (2024, 2, "2024-02-29"),
            (1900, 2, "1900-02-28"), (2000, 2, "2000-02-29"), (2016, 4, "2016-04-30"),
        ]
        for (y, m, want) in cases {
            XCTAssertEqual(CalendarDate.endOfMonth(year: y, month: m)?.iso, want, "\(y)/\(m)")
        }
        XCTAssertNil(CalendarDate.endOfMonth(year: 2021, month: 13))
    }

    func testDaysSinceEpoch() {
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch, 0)
        XCTAssertEqual(CalendarDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch, 11017)
        XCTAssertEqual(CalendarDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch, -1)
    }
}
