/// Turns a file's bytes into NFC text with LF line ends, or says why it is not text.
///
///     EF BB BF 'a' CR LF 'b'   -> "a\nb"              (UTF-8 BOM dropped, CRLF folded)
///     FF FE 'a' 00             -> "a"                 (UTF-16 LE)
///     'caf' E9                 -> "café" + warning    (Windows-1252)
///     '%PDF-1.7' …             -> not text: "a PDF file, not a text export"
///     "Key:" C2 A0 "value"     -> "Key: value"         (a no-break space is a space)
///     "Sta" C2 AD "tus:"       -> "Status:"            (a soft hyphen, U+200B, U+2060 go)
///     EF AC 81 "nal"           -> "final"              (a PDF's ligature ﬁ is its letters)
///     "<!DOCTYPE html>…"       -> the page's text      (HTMLFragment.pageText)
public enum TextDecoder {
    public enum Outcome: Equatable, Sendable {
        case text(String, [Diagnostic])
        case notText(String)
    }

    public static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.isEmpty { return .notText("empty file") }
        if let kind = binaryKind(bytes) { return .notText("\(kind), not a text export") }
        var warnings: [Diagnostic] = []
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = normalize(utf16(bytes[2...], littleEndian: bytes[0] == 0xFF), &warnings)
        } else {
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var nuls = 0
            let decoded: String? = bytes.withUnsafeBufferPointer { all in
                let b = UnsafeBufferPointer(rebasing: all[bom...])
                nuls = nulCount(b)
                if bom == 0 && nuls * 10 > b.count { return nil }
                if nuls > 0 { warnings.append(.warning(line: 0, "\(nuls) NUL bytes removed")) }
                if isValidUTF8(b) { return normalizeUTF8(b, &warnings) }
                warnings.append(.warning(line: 0, "not valid UTF-8; read as Windows-1252"))
                var s = String.UnicodeScalarView()
                for byte in b { s.append(cp1252(byte)) }
                return normalize(String(s), &warnings)
            }
            guard let decoded else {
                // NB: UTF-16 without a BOM looks like this too; it is rare and a
                // reject with this reason tells the person what to re-export.
                return .notText("binary data (\(nuls) NUL bytes), not a text export; if it is UTF-16, save it with a byte-order mark")
            }
            text = decoded
        }
        // NB: a web page saved as HTML is read as the text a browser shows; line numbers are of that text.
        if HTMLFragment.isPage(text) { text = normalize(HTMLFragment.pageText(text), &warnings) }
        for c in text.utf8 where c != 0x20 && c != 0x0A && c != 0x09 {
            return .text(NFC.normalize(text), warnings)
        }
        return .notText("no text: the file holds only blank lines")
    }

    /// How many bytes are NUL, eight bytes at a time: a text has none, or a few.
    static func nulCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var nuls = 0
        var i = 0
        let n = b.count
        while i + 8 <= n {
            if Word.hasByte(0, Word.load(b, at: i)) {
                for k in i..<(i + 8) where b[k] == 0 { nuls += 1 }
            }
            i += 8
        }
        for k in i..<n where b[k] == 0 { nuls += 1 }
        return nuls
    }

    /// Whether the bytes are well-formed UTF-8 (NUL bytes allowed; they are dropped later).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            if i + 8 <= n && Word.isASCII(Word.load(b, at: i)) { i += 8; continue }
            if b[i] < 0x80 { i += 1; continue }
            guard let len = sequenceLength(b, at: i) else { return false }
            i += len
        }
        return true
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (a lead byte), or nil.
    static func sequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, at i: Int) -> Int?
    where Bytes.Index == Int {
        let c = b[i]
        let n: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 3
        case 0xED: n = 3; high = 0x9F
        case 0xF0: n = 4; low = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; high = 0x8F
        default: return nil
        }
        guard i + n <= b.count else { return nil }
        guard b[i + 1] >= low && b[i + 1] <= high else { return nil }
        for k in 2..<max(n, 2) where !(0x80...0xBF).contains(b[i + k]) { return nil }
        return n
    }

    /// Magic numbers of the binary files people drop into a folder by mistake.
    static func binaryKind(_ b: [UInt8]) -> String? {
        let magics: [([UInt8], String)] = [
            (Array("%PDF".utf8), "a PDF file"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"),
            ([0x50, 0x4B, 0x03, 0x04], "a zip archive (or .docx/.xlsx)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.doc/.xls)"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
            (Array("MZ".utf8), "an executable (Windows)"),
            ([0x1F, 0x8B], "a gzip archive"),
            (Array("PAR1".utf8), "a Parquet file"),
        ]
        for (magic, name) in magics where b.count >= magic.count && b[0] == magic[0] && b.starts(with: magic) {
            // "MZ" alone is a plausible start of a text; require the PE layout too.
            if name.contains("Windows") && b.count < 64 { continue }
            return name
        }
        return nil
    }

    static func utf16(_ b: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i + 1 < b.endIndex {
            let lo = UInt16(b[i]), hi = UInt16(b[i + 1])
            units.append(littleEndian ? lo | hi << 8 : hi | lo << 8)
            i += 2
        }
        // NB: lone surrogates decode to U+FFFD rather than failing the file.
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 but for 0x80–0x9F.
    static func cp1252(_ b: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(b) { return Unicode.Scalar(high[Int(b) - 0x80])! }
        return Unicode.Scalar(b)
    }

    /// CRLF and CR become LF, form feeds (page breaks) become LF, NULs go, no-break spaces
    /// (U+00A0, U+202F) become spaces, the invisible break hints (U+FEFF, U+200B, U+2060,
    /// U+00AD) go, ligatures (U+FB00…U+FB06) become their letters, and characters XML 1.0
    /// forbids become U+FFFD with a warning naming the line.
    ///
    /// NB: a no-break space only keeps a renderer from breaking a line there; HTML exports
    /// write one wherever `&nbsp;` stood, in labels (`Completion&nbsp;Date:`) and French
    /// typography (`Unité de mandat\u{202F}:`) too. Every field's text is folded to spaces anyway.
    /// NB: a PDF-to-text export writes a font's ligatures as the characters U+FB00…U+FB06
    /// (`ﬁnal`, `Eﬃciency`, `staﬀ`); they are two or three letters drawn as one, so they
    /// become those letters (NFC keeps them; labels and vocabularies spell the letters).
    /// NB: a zero-width space, a word joiner and a soft hyphen (`&shy;`) only say where a
    /// renderer may or may not break a line; a copy from a web page or Word keeps them anywhere,
    /// inside labels (`Status\u{200B}:`) and words too, so they are no part of the text. U+200C
    /// and U+200D (zero-width non-joiner and joiner) shape letters and emoji, and are kept.
    static func normalize(_ s: String, _ warnings: inout [Diagnostic]) -> String {
        var s = s
        return s.withUTF8 { normalizeUTF8($0, &warnings) }
    }

    /// The letters of the ligatures U+FB00…U+FB06 (`ﬁ` is `fi`), as NFKC spells them but `ſt` as `st`.
    static let ligatures: [[UInt8]] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].map { Array($0.utf8) }

    /// The same over UTF-8 bytes: every character that changes is ASCII, a no-break space, a
    /// break hint, a ligature or U+FFFE/U+FFFF, so the bytes can be scanned without decoding.
    static func normalizeUTF8(_ b: UnsafeBufferPointer<UInt8>, _ warnings: inout [Diagnostic]) -> String {
        var line = 1
        var replacedOnLine = 0
        func endLine() {
            if replacedOnLine > 0 {
                warnings.append(.warning(line: line, "\(replacedOnLine) control character(s) replaced with U+FFFD"))
            }
            replacedOnLine = 0
            line += 1
        }
        let n = b.count
        // NB: U+FFFD is 3 bytes and replaces 1 (control) or 3 (U+FFFE/U+FFFF) bytes.
        let text = String(unsafeUninitializedCapacity: n * 3) { out in
            var o = 0
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let w = Word.load(b, at: i)
                    if Word.isUnchanged(w) {
                        UnsafeMutableRawPointer(out.baseAddress! + o).storeBytes(of: w, as: UInt64.self)
                        o += 8; i += 8
                        continue
                    }
                }
                let c = b[i]
                if c >= 0x20 && c != 0x7F && c != 0xEF && c != 0xC2 && c != 0xE2 {
                    out[o] = c; o += 1; i += 1
                    continue
                }
                switch c {
                case 0x0D:
                    out[o] = 0x0A; o += 1; endLine()
                    if i + 1 < n && b[i + 1] == 0x0A { i += 1 }
                case 0x0A, 0x0C:
                    out[o] = 0x0A; o += 1; endLine()
                case 0x00:
                    break
                case 0x09:
                    out[o] = c; o += 1
                case 0xEF where i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF:
                    i += 2  // U+FEFF, a stray byte-order mark
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x8B:
                    i += 2  // U+200B ZERO WIDTH SPACE
                case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0xA0:
                    i += 2  // U+2060 WORD JOINER
                case 0xC2 where i + 1 < n && b[i + 1] == 0xAD:
                    i += 1  // U+00AD SOFT HYPHEN
                case 0xEF where i + 2 < n && b[i + 1] == 0xAC && b[i + 2] <= 0x86:
                    // U+FB00…U+FB06, a PDF font's ligatures: ff fi fl ffi ffl ſt st
                    for letter in ligatures[Int(b[i + 2] & 0x07)] { out[o] = letter; o += 1 }
                    i += 2
                case 0xEF where i + 2 < n && b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF):
                    out[o] = 0xEF; out[o + 1] = 0xBF; out[o + 2] = 0xBD; o += 3
                    replacedOnLine += 1; i += 2
                case 0xC2 where i + 1 < n && b[i + 1] == 0xA0:
                    out[o] = 0x20; o += 1; i += 1  // U+00A0 NO-BREAK SPACE
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0xAF:
                    out[o] = 0x20; o += 1; i += 2  // U+202F NARROW NO-BREAK SPACE
                case 0xEF, 0xC2, 0xE2:
                    out[o] = c; o += 1
                default:
                    out[o] = 0xEF; out[o + 1] = 0xBF; out[o + 2] = 0xBD; o += 3
                    replacedOnLine += 1
                }
                i += 1
            }
            return o
        }
        endLine()  // the last line's warning, if any
        return text
    }
}

/// Eight bytes at a time: tests that let the decoder skip or copy a run of plain text as one word.
///
///     Word.isASCII(Word.load("abcdefgh"))     == true
///     Word.isUnchanged(Word.load("abc\ndefg")) == false   // LF, a control byte
///
/// NB: nearly every byte of a text needs no decision; one word test per 8 bytes
/// instead of a branch per byte. The tests are exact (no false "plain").
enum Word {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    static func load(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
    }

    static func isASCII(_ w: UInt64) -> Bool { w & highs == 0 }

    /// Whether some byte is below `n` (n <= 0x80).
    static func hasByte(below n: UInt8, _ w: UInt64) -> Bool {
        (w &- ones &* UInt64(n)) & ~w & highs != 0
    }

    static func hasByte(_ v: UInt8, _ w: UInt64) -> Bool { hasByte(below: 1, w ^ (ones &* UInt64(v))) }

    /// No control byte (below 0x20), DEL, 0xEF, 0xC2 or 0xE2 (the lead bytes of U+FEFF, the
    /// no-break spaces and the other break hints): `normalizeUTF8` copies such bytes as they are.
    static func isUnchanged(_ w: UInt64) -> Bool {
        !hasByte(below: 0x20, w) && !hasByte(0x7F, w) && !hasByte(0xEF, w) && !hasByte(0xC2, w) && !hasByte(0xE2, w)
    }
}
