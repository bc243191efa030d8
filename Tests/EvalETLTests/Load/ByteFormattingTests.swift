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

    func testVarints() {
        let cases: [(UInt64, [UInt8])] = [
            (0, [0x00]), (1, [0x01]), (127, [0x7f]), (128, [0x80, 0x01]), (300, [0xac, 0x02]),
            (16_384, [0x80, 0x80, 0x01]), (UInt64(UInt32.max), [0xff, 0xff, 0xff, 0xff, 0x0f]),
        ]
        for (n, want) in cases {
            var out: [UInt8] = []
            out.appendVarint(n)
            XCTAssertEqual(out, want, "\(n)")
        }
    }
}
