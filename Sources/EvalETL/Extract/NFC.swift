import Foundation

/// Unicode Normalization Form C: the one spelling of each character every text rule sees.
///
///     NFC.normalize("e\u{301}te")  == "\u{E9}te"     (é composed)
///     NFC.normalize("\u{212A}")    == "K"            (KELVIN SIGN is a K)
///
/// NB: with NFC text, comparing bytes answers what comparing `Character`s did, so
/// the rules after extract read bytes only. Nearly every document is NFC already:
/// a scan proves it without decoding, and only the rest goes through Foundation,
/// a piece at a time (`pieceBytes`).
enum NFC {
    static func normalize(_ text: String) -> String {
        guard !isNFC(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var start = text.utf8.startIndex
        while start != text.utf8.endIndex {
            let piece = text[start..<pieceEnd(text.utf8, from: start)]
            out += isNFC(String(piece)) ? String(piece) : piece.precomposedStringWithCanonicalMapping
            start = piece.endIndex
        }
        return out
    }

    /// The least bytes Foundation normalizes at once.
    ///
    /// NB: Foundation moves the rest of the text for each character it composes: an 8 MB page
    /// in NFD took hours whole, and takes its pieces' squares in pieces.
    static let pieceBytes = 4096

    /// Where a piece from `start` ends: at the first ASCII byte `pieceBytes` or more after it (no
    /// character combines with one before an ASCII scalar, so NFC of the pieces is NFC of the whole),
    /// or at the end.
    static func pieceEnd(_ utf8: String.UTF8View, from start: String.Index) -> String.Index {
        let far = utf8.index(start, offsetBy: pieceBytes, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return utf8[far...].firstIndex { $0 < 0x80 } ?? utf8.endIndex
    }

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
