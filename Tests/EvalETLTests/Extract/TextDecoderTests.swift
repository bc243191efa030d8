import XCTest
@testable import EvalETL

final class TextDecoderTests: XCTestCase {
    /// One row per encoding and line ending: bytes in, text (or reject reason) out.
    func testDecodes() {
        let cases: [(String, [UInt8], String, Int)] = [
            ("UTF-8", Array("a\nb".utf8), "a\nb", 0),
            ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array("a\nb".utf8), "a\nb", 0),
            ("CRLF", Array("a\r\nb\r\n".utf8), "a\nb\n", 0),
            ("CR only", Array("a\rb\r".utf8), "a\nb\n", 0),
            ("mixed", Array("a\r\nb\rc\nd".utf8), "a\nb\nc\nd", 0),
            ("UTF-16 LE", [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0xE9, 0x00], "a\né", 0),
            ("UTF-16 BE", [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x0A, 0x00, 0xE9], "a\né", 0),
            ("Windows-1252", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94], "café “q”", 1),
            ("NUL bytes", Array("Recommendation".utf8) + [0] + Array(": text".utf8), "Recommendation: text", 1),
            ("control char", [0x61, 0x07, 0x62], "a\u{FFFD}b", 1),
            ("form feed page break", Array("a\u{0C}b".utf8), "a\nb", 0),
            ("lost character", Array("Gu?rin".utf8), "Gu?rin", 0),
        ]
        for (name, bytes, want, warnings) in cases {
            guard case let .text(text, diags) = TextDecoder.decode(bytes) else {
                XCTFail("\(name): rejected"); continue
            }
            XCTAssertEqual(text, want, name)
            XCTAssertEqual(diags.count, warnings, "\(name): \(diags)")
        }
    }

    func testRejects() {
        let cases: [(String, [UInt8], String)] = [
            ("empty", [], "empty file"),
            ("blank", Array(" \n\n \r\n".utf8), "no text"),
            ("PDF", Array("%PDF-1.7\n%âãÏÓ".utf8), "PDF"),
            ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG"),
            ("zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "zip"),
            ("ELF", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "executable"),
            ("mostly NUL", [0, 0, 0, 0x41, 0, 0], "binary"),
        ]
        for (name, bytes, reason) in cases {
            guard case let .notText(why) = TextDecoder.decode(bytes) else {
                XCTFail("\(name): accepted"); continue
            }
            XCTAssertTrue(why.contains(reason), "\(name): \(why)")
        }
    }

    func testControlCharacterWarningNamesLine() {
        guard case let .text(_, diags) = TextDecoder.decode(Array("ok\nok\nbad\u{1B}\n".utf8)) else {
            return XCTFail("rejected")
        }
        XCTAssertEqual(diags.map(\.line), [3])
    }
}
