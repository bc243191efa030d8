import XCTest
@testable import EvalETL

final class DoubleDecimalTests: XCTestCase {
    /// The contract's `double` as text: the shortest decimal that reads back the same, no `.0`.
    func testShortestRoundTripDecimal() {
        let cases: [(Double, String)] = [
            (1706485, "1706485"), (0, "0"), (-0.0, "-0"), (100, "100"), (-42, "-42"),
            (0.1, "0.1"), (1.5, "1.5"), (-0.25, "-0.25"), (2500000.75, "2500000.75"),
            (1e16, "1e+16"), (1e21, "1e+21"), (1.5e-7, "1.5e-07"),
            (.leastNonzeroMagnitude, "5e-324"), (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
            (Double(9_007_199_254_740_992 as Int64 + 1), "9007199254740992"),  // 2^53 + 1 rounds to 2^53
        ]
        for (value, text) in cases {
            XCTAssertEqual(value.shortestDecimal, text, "\(value)")
            XCTAssertEqual(Double(text), value, "\(text) reads back")
        }
    }

    /// Every format that writes a double as text spells it the one way.
    func testEveryTextFormatSpellsDoublesAlike() {
        for value in [1706485, 0.1, -0.0, 1e21] as [Double] {
            XCTAssertEqual(CSVWriter.double(value), value.shortestDecimal)
            XCTAssertEqual(XMLText.double(value), value.shortestDecimal)
        }
    }
}
