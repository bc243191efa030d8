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
            // A no-break space is a space (HTML's `&nbsp;`, French typography's U+202F before a colon).
            ("no-break space", Array("Completion\u{A0}Date:\u{A0}07/2019".utf8), "Completion Date: 07/2019", 0),
            ("narrow no-break space", Array("Unité de mandat\u{202F}: Bénin".utf8), "Unité de mandat : Bénin", 0),
            ("Windows-1252 no-break space", [0x63, 0x61, 0x66, 0xE9, 0xA0, 0x96, 0xA0, 0x78], "café – x", 1),
            ("UTF-16 no-break space", [0xFF, 0xFE, 0x61, 0x00, 0xA0, 0x00, 0x62, 0x00], "a b", 0),
            // Break hints a web or Word copy keeps (zero-width space, word joiner, soft hyphen, U+FEFF) go.
            ("zero-width space in a label", Array("Sta\u{200B}tus:\u{200B} Completed".utf8), "Status: Completed", 0),
            ("word joiner and U+FEFF mid-text", Array("\u{2060}Key\u{FEFF} Actions".utf8), "Key Actions", 0),
            ("soft hyphen", Array("Recom\u{AD}mendation: Manag\u{AD}ement".utf8), "Recommendation: Management", 0),
            ("Windows-1252 soft hyphen", [0x63, 0x61, 0xAD, 0x66, 0xE9], "café", 1),
            ("UTF-16 zero-width space", [0xFF, 0xFE, 0x61, 0x00, 0x0B, 0x20, 0x62, 0x00], "ab", 0),
            ("zero-width joiners stay", Array("a\u{200C}b\u{200D}c".utf8), "a\u{200C}b\u{200D}c", 0),
            // A PDF font's ligatures are their letters.
            ("ligatures", Array("\u{FB01}nal \u{FB02}oor E\u{FB03}ciency sta\u{FB00} ba\u{FB04}e \u{FB05}\u{FB06}".utf8),
             "final floor Efficiency staff baffle stst", 0),
            ("UTF-16 ligature", [0xFF, 0xFE, 0x01, 0xFB, 0x6E, 0x00], "fin", 0),
            ("other presentation forms stay", Array("\u{FB07}\u{FB13}\u{FB4F}".utf8), "\u{FB07}\u{FB13}\u{FB4F}", 0),
            ("other spaces and punctuation stay", Array("a\u{2009}b \u{2013} \u{201C}c\u{201D}".utf8), "a\u{2009}b \u{2013} \u{201C}c\u{201D}", 0),
        ]
        for (name, bytes, want, warnings) in cases {
            guard case let .text(text, diags) = TextDecoder.decode(bytes) else {
                XCTFail("\(name): rejected"); continue
            }
            XCTAssertEqual(text, want, name)
            XCTAssertEqual(diags.count, warnings, "\(name): \(diags)")
        }
    }

    /// Text comes out in NFC, compared as bytes (Swift's `==` on strings ignores the difference).
    func testNormalizesToNFC() {
        let cases: [(String, String, String)] = [
            ("ASCII", "Key Actions", "Key Actions"),
            ("composed stays", "caf\u{E9}", "caf\u{E9}"),
            ("decomposed composes", "cafe\u{301}", "caf\u{E9}"),
            ("KELVIN SIGN", "\u{212A}AZ", "KAZ"),
            ("OHM and ANGSTROM SIGN", "\u{2126} \u{212B}", "\u{3A9} \u{C5}"),
            ("punctuation stays", "\u{2019}\u{2013}\u{2026}\u{20AC}", "\u{2019}\u{2013}\u{2026}\u{20AC}"),
            ("Hangul jamo compose", "\u{1100}\u{1161}", "\u{AC00}"),
            ("mark with no composed form stays", "q\u{301}", "q\u{301}"),
        ]
        for (name, input, want) in cases {
            guard case let .text(text, _) = TextDecoder.decode(Array(input.utf8)) else {
                XCTFail("\(name): rejected"); continue
            }
            XCTAssertEqual(Array(text.utf8), Array(want.utf8), name)
        }
    }

    /// NFC a piece at a time (`NFC.pieceScalars`, cut before `NFC.startsPiece`) is NFC of the whole:
    /// seeded random text of letters, marks that compose and reorder, Hangul jamo, Oriya vowel signs
    /// that compose with the letter before, with ASCII and without, byte for byte.
    func testPiecewiseNFCIsWholeNFC() {
        let letters: [String] = ["\u{301}", "\u{323}", "\u{308}", "\u{E9}", "\u{438}", "\u{306}", "\u{1100}", "\u{1161}",
                                 "\u{11A8}", "\u{AC00}", "\u{212B}", "\u{3099}", "\u{304B}", "\u{B47}", "\u{B3E}", "\u{4E00}",
                                 "\u{B15}", "\u{BC6}", "\u{BBE}", "\u{1025}", "\u{102E}", "\u{F71}", "\u{F72}", "\u{F73}"]
        var rng = SplitMix64(seed: 7)
        for alphabet in [letters + ["a", "e", " ", "\n", "q"], letters] {
            for length in [10, 5_000, 40_000] {
                let text = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }.joined()
                XCTAssertEqual(Array(NFC.normalize(text).utf8), Array(text.precomposedStringWithCanonicalMapping.utf8), "\(length)")
            }
        }
        let marks = String(repeating: "\u{438}\u{306}", count: 10_000)
        XCTAssertEqual(Array(NFC.normalize(marks).utf8), Array(String(repeating: "\u{439}", count: 10_000).utf8))
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

    /// NUL bytes counted by words give what a byte count gives, at any offset and length.
    func testNulCount() {
        let rows: [[UInt8]] = [
            [], [0], Array("abcdefgh".utf8), Array("abcdefg".utf8) + [0], [0] + Array("abcdefghijklmnop".utf8),
            Array("abcdefgh".utf8) + [0, 0x80, 0, 0xFF, 0x01, 0, 0, 0] + [0], Array("café\0x".utf8) + [0, 0x41],
        ]
        for bytes in rows {
            let got = bytes.withUnsafeBufferPointer(TextDecoder.nulCount)
            XCTAssertEqual(got, bytes.filter { $0 == 0 }.count, "\(bytes)")
        }
    }

    func testControlCharacterWarningNamesLine() {
        guard case let .text(_, diags) = TextDecoder.decode(Array("ok\nok\nbad\u{1B}\n".utf8)) else {
            return XCTFail("rejected")
        }
        XCTAssertEqual(diags.map(\.line), [3])
    }
}

final class WordTests: XCTestCase {
    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { Word.load($0, at: 0) }
    }

    func testEveryByteInEveryPosition() {
        for v in UInt8.min...UInt8.max {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = v
                let w = word(bytes)
                XCTAssertEqual(Word.isASCII(w), v < 0x80, "byte \(v) at \(position)")
                // NB: 0xEF leads U+FEFF, 0xC2 and 0xE2 the no-break spaces U+00A0 and U+202F and the
                // break hints U+00AD, U+200B and U+2060.
                XCTAssertEqual(Word.isUnchanged(w), v >= 0x20 && v != 0x7F && v != 0xEF && v != 0xC2 && v != 0xE2, "byte \(v) at \(position)")
            }
        }
    }

    func testHighBytesAroundSpecialOnes() {
        // NB: borrows between bytes must not make a plain word look special, or the reverse.
        let cases: [([UInt8], Bool)] = [
            ([0xC3, 0xA9, 0x20, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F], true),
            ([0xC3, 0xA9, 0x20, 0xE2, 0x80, 0x94, 0xF0, 0x9F], false),
            ([0xFF, 0x00, 0xFF, 0x20, 0x20, 0x20, 0x20, 0x20], false),
            ([0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x1F], false),
            ([0xEE, 0xF0, 0x80, 0x7E, 0x80, 0x21, 0xEF - 1, 0xEF + 1], true),
        ]
        for (bytes, unchanged) in cases {
            XCTAssertEqual(Word.isUnchanged(word(bytes)), unchanged, "\(bytes)")
        }
    }

    func testDecodingLongLinesMatchesByteByByte() {
        let text = "Zürich — \u{1}café\r\nline two\u{FFFF} with tabs\tand\u{FEFF}BOM\u{7F}x\u{C}end of a long line"
        var warnings: [Diagnostic] = []
        let got = Array(text.utf8).withUnsafeBufferPointer { TextDecoder.normalizeUTF8($0, &warnings) }
        XCTAssertEqual(got, "Zürich — \u{FFFD}café\nline two\u{FFFD} with tabs\tandBOM\u{FFFD}x\nend of a long line")
        XCTAssertEqual(warnings.count, 2)
    }
}
