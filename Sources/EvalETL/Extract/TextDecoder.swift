/// Turns a file's bytes into text with LF line ends, or says why it is not text.
///
///     EF BB BF 'a' CR LF 'b'   -> "a\nb"              (UTF-8 BOM dropped, CRLF folded)
///     FF FE 'a' 00             -> "a"                 (UTF-16 LE)
///     'caf' E9                 -> "café" + warning    (Windows-1252)
///     '%PDF-1.7' …             -> not text: "a PDF file, not a text export"
public enum TextDecoder {
    public enum Outcome: Equatable, Sendable {
        case text(String, [Diagnostic])
        case notText(String)
    }

    public static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.isEmpty { return .notText("empty file") }
        if let kind = binaryKind(bytes) { return .notText("\(kind), not a text export") }
        var warnings: [Diagnostic] = []
        var scalars: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            scalars = utf8OrCP1252(bytes.dropFirst(3), &warnings)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            scalars = utf16(bytes.dropFirst(2), littleEndian: true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            scalars = utf16(bytes.dropFirst(2), littleEndian: false)
        } else {
            let nuls = bytes.lazy.filter { $0 == 0 }.count
            if nuls * 10 > bytes.count {
                // NB: UTF-16 without a BOM looks like this too; it is rare and a
                // reject with this reason tells the person what to re-export.
                return .notText("binary data (\(nuls) NUL bytes), not a text export; if it is UTF-16, save it with a byte-order mark")
            }
            scalars = utf8OrCP1252(bytes[...], &warnings)
        }
        let text = normalize(scalars, &warnings)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .notText("no text: the file holds only blank lines")
        }
        return .text(text, warnings)
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
        for (magic, name) in magics where b.starts(with: magic) {
            // "MZ" alone is a plausible start of a text; require the PE layout too.
            if name.contains("Windows") && b.count < 64 { continue }
            return name
        }
        return nil
    }

    static func utf8OrCP1252(_ b: ArraySlice<UInt8>, _ warnings: inout [Diagnostic]) -> String {
        let noNul = b.contains(0) ? b.filter { $0 != 0 }[...] : b
        if noNul.count != b.count {
            warnings.append(.warning(line: 0, "\(b.count - noNul.count) NUL bytes removed"))
        }
        if let s = String(validating: noNul, as: UTF8.self) { return s }
        warnings.append(.warning(line: 0, "not valid UTF-8; read as Windows-1252"))
        var s = ""
        s.unicodeScalars.reserveCapacity(noNul.count)
        for byte in noNul { s.unicodeScalars.append(cp1252(byte)) }
        return s
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

    /// CRLF and CR become LF, form feeds (page breaks) become LF, NULs go, and
    /// characters XML 1.0 forbids become U+FFFD with a warning naming the line.
    static func normalize(_ s: String, _ warnings: inout [Diagnostic]) -> String {
        var out = String.UnicodeScalarView()
        var line = 1
        var previousCR = false
        var replacedOnLine = 0
        func endLine() {
            if replacedOnLine > 0 {
                warnings.append(.warning(line: line, "\(replacedOnLine) control character(s) replaced with U+FFFD"))
            }
            replacedOnLine = 0
            line += 1
        }
        for c in s.unicodeScalars {
            switch c.value {
            case 0x0D:
                out.append("\n"); endLine(); previousCR = true; continue
            case 0x0A:
                if !previousCR { out.append("\n"); endLine() }
            case 0x0C:
                out.append("\n"); endLine()
            case 0x00:
                break
            case 0x09:
                out.append(c)
            case 0x01...0x1F, 0x7F, 0xFFFE, 0xFFFF:
                out.append("\u{FFFD}"); replacedOnLine += 1
            case 0xFEFF:
                break
            default:
                out.append(c)
            }
            previousCR = false
        }
        if replacedOnLine > 0 {
            warnings.append(.warning(line: line, "\(replacedOnLine) control character(s) replaced with U+FFFD"))
        }
        return String(out)
    }
}
