import XCTest
@testable import EvalETL

final class ByteFormattingTests: XCTestCase {
    func testDecimalMatchesString() {
        let cases: [Int32] = [0, 1, -1, 9, 10, 42, -42, 1_000_000, .max, .min]
        for i in cases {
            var out: [UInt8] = [0x78]
            let n = out.appendDecimal(i)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), "x" + String(i))
            XCTAssertEqual(n, String(i).utf8.count, "\(i)")
        }
    }

    func testISODateMatchesIso() {
        let cases: [(Int, Int, Int)] = [(1, 1, 1), (999, 12, 31), (1900, 2, 28), (2021, 7, 31), (9999, 12, 31)]
        for (y, m, d) in cases {
            let date = CalendarDate(year: y, month: m, day: d)!
            var out: [UInt8] = []
            out.appendISODate(date)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), date.iso)
        }
    }
}
