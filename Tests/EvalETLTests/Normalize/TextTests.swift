import XCTest
@testable import EvalETL

final class TextTests: XCTestCase {
    func testLetterWords() {
        let rows: [(String, [String])] = [
            ("Papua New Guinea", ["Papua", "New", "Guinea"]), ("Côte d'Ivoire", ["Côte", "d'Ivoire"]),
            ("Timor-Leste, 2020", ["Timor-Leste"]), ("rock-  and' roll'", ["rock", "and", "roll"]),
            ("-x 'y", ["x", "y"]), ("", []), ("a-b-", ["a-b"]), ("x''y'-", ["x''y"]), ("(Kazakhstan) (MCO)", ["Kazakhstan", "MCO"]),
            ("A1B c_d", ["A", "B", "c", "d"]), ("Côte d'Ivoire-", ["Côte", "d'Ivoire"]), ("\r\nMali\r\n", ["Mali"]),
        ]
        for (text, want) in rows { XCTAssertEqual(ByteText.letterWords(Array(text.utf8), joining: true), want, text) }
    }
}
