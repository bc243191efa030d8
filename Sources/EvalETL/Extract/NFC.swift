import Foundation

/// Unicode Normalization Form C: the one spelling of each character every text rule sees.
///
///     NFC.normalize("e\u{301}te")  == "\u{E9}te"     (é composed)
///     NFC.normalize("\u{212A}")    == "K"            (KELVIN SIGN is a K)
///
/// NB: with NFC text, comparing bytes answers what comparing `Character`s did, so
/// the rules after extract read bytes only. Nearly every document is NFC already:
/// a scan proves it without decoding, and only the rest goes through Foundation,
/// a piece at a time (`pieceScalars`).
enum NFC {
    static func normalize(_ text: String) -> String {
        guard !isNFC(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while start != scalars.endIndex {
            let far = scalars.index(start, offsetBy: pieceScalars, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let end = scalars[far...].firstIndex(where: startsPiece) ?? scalars.endIndex
            let piece = String(text[start..<end])
            out += isNFC(piece) ? piece : piece.precomposedStringWithCanonicalMapping
            start = end
        }
        return out
    }

    /// The fewest scalars Foundation normalizes at once.
    ///
    /// NB: Foundation moves the rest of the text for each character it composes: an 8 MB page
    /// in NFD took hours whole, and takes its pieces' squares in pieces.
    static let pieceScalars = 4096

    /// A scalar no character before it combines with, so that NFC of the pieces cut before it is
    /// NFC of the whole: ASCII, and the starters (combining class 0) but those in `combinesBackward`,
    /// the Hangul vowel and final jamo and, outside the CJK ideographs, the supplementary planes.
    static func startsPiece(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return true }
        guard v < 0x10000 || (0x20000..<0x40000).contains(v),
              !(0x1161...0x1175).contains(v), !(0x11A8...0x11C2).contains(v), !combinesBackward.contains(v) else { return false }
        return s.properties.canonicalCombiningClass == .notReordered
    }

    /// Starters of the BMP that compose with the character before them (the second scalar of a
    /// canonical composition: vowel signs and length marks) or decompose into marks that may
    /// (Tibetan U+0F73, U+0F75, U+0F81). Derived from Unicode 14 with Python's `unicodedata`
    /// (docs/PERFORMANCE.md, "NFC in pieces"); the supplementary planes are never cut in.
    static let combinesBackward: Set<UInt32> = [
        0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57,
        0x0DCF, 0x0DDF, 0x0F73, 0x0F75, 0x0F81, 0x102E, 0x1B35,
    ]

    /// Every scalar is one NFC leaves alone wherever it stands.
    static func isNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                // NB: eight ASCII bytes at a time; then ASCII, continuation bytes and the lead
                // bytes of scalars below U+0300 (where nothing decomposes or combines) are below 0xCC.
                if i + 8 <= b.count && Word.isASCII(Word.load(b, at: i)) { i += 8; continue }
                if b[i] < 0xCC { i += 1; continue }
                let (scalar, width) = Scalars.decode(b, at: i)
                if !isStable(scalar.value) { return false }
                i += width
            }
            return true
        }
    }

    /// Scalars that are NFC and never combine with a neighbour: Latin up to U+02FF, general
    /// punctuation, currency, letterlike symbols (but U+2126 OHM, U+212A KELVIN and U+212B
    /// ANGSTROM SIGN, which NFC replaces), arrows and other symbols (but U+2329, U+232A and
    /// U+2ADC), U+FFFD and emoji. Anything else is checked by Foundation.
    static func isStable(_ v: UInt32) -> Bool {
        switch v {
        case ..<0x300, 0x2002..<0x20D0, 0x2100..<0x2126, 0x2127..<0x212A, 0x212C..<0x2329,
             0x232B..<0x2ADC, 0x2ADD..<0x2C00, 0x3000, 0xFFFD, 0x1F300..<0x1FB00:
            return true
        default:
            return false
        }
    }
}
