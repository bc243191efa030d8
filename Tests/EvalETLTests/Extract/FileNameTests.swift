import XCTest
@testable import EvalETL

/// A file name's bytes to display text: plain names unchanged, others escaped and recoverable.
final class FileNameTests: XCTestCase {
    func testEscapes() {
        let cases: [(String, [UInt8], String)] = [
            ("plain", Array("2008/000181_ea98.txt".utf8), "2008/000181_ea98.txt"),
            ("UTF-8 kept", Array("Évaluation_ñ.txt".utf8), "Évaluation_ñ.txt"),
            ("lone FF", [0x61, 0xFF, 0x2E], "a\\xFF."),
            ("Latin-1 é", [0x63, 0x61, 0x66, 0xE9], "caf\\xE9"),
            ("truncated sequence", [0xE2, 0x82], "\\xE2\\x82"),
            ("overlong", [0xC0, 0xAF], "\\xC0\\xAF"),
            ("surrogate", [0xED, 0xA0, 0x80], "\\xED\\xA0\\x80"),
            ("newline", Array("a\nb".utf8), "a\\x0Ab"),
            ("escape and DEL", [0x1B, 0x5B, 0x7F], "\\x1B[\\x7F"),
            ("C1 control", [0xC2, 0x9B], "\\xC2\\x9B"),
            ("ordinary backslash", Array("a\\b".utf8), "a\\b"),
            ("backslash before x", Array("a\\xFF".utf8), "a\\\\xFF"),
            ("two backslashes", Array("a\\\\".utf8), "a\\\\\\"),
        ]
        for (name, raw, want) in cases {
            XCTAssertEqual(FileName.display(raw), want, name)
            XCTAssertEqual(Self.unescape(FileName.display(raw)), raw, "\(name): not lossless")
        }
    }

    /// The reading the escape promises: `\\` is `\`, `\xHH` is byte HH, any other `\` itself.
    static func unescape(_ s: String) -> [UInt8] {
        let b = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "\\"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "\\") {
                out.append(b[i]); i += 2
            } else if b[i] == UInt8(ascii: "\\"), i + 3 < b.count, b[i + 1] == UInt8(ascii: "x"),
                      let v = UInt8(String(decoding: b[i + 2...i + 3], as: UTF8.self), radix: 16) {
                out.append(v); i += 4
            } else {
                out.append(b[i]); i += 1
            }
        }
        return out
    }
}
