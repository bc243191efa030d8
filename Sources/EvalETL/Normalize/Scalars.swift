/// The one place a text rule asks what a character is.
///
/// Rules read a document's UTF-8 bytes (NFC, from extract). An ASCII byte answers for
/// itself; a non-ASCII scalar is decoded here and asked through `Unicode.Scalar.Properties`.
///
///     Scalars.decode(Array("é!".utf8)[...], at: 0)   == ("é", 2)
///     Scalars.isLetter("É")                           == true
///     Scalars.lowercased("É")                         == "é"
enum Scalars {
    /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode<C: Collection>(_ b: C, at i: C.Index) -> (scalar: Unicode.Scalar, width: Int)
    where C.Element == UInt8 {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let width = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var value = UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        var j = b.index(after: i)
        for _ in 1..<width where j != b.endIndex {
            value = value << 6 | UInt32(b[j] & 0x3F)
            j = b.index(after: j)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// A letter (Unicode `Alphabetic`); ASCII without a property lookup.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ByteText.isLetter(UInt8(s.value)) : s.properties.isAlphabetic
    }

    /// Upper case as `Character.isUppercase` answers for a one-scalar Character: Unicode
    /// `Uppercase`, or cased with an upper-case mapping that is itself (`ℹ` U+2139 is both).
    ///
    /// NB: the Character answer is the one outputs were made with; `Uppercase` alone says
    /// no to `ℹ` and turns a stand-alone `ℹ---|---|` from a sub-heading into text.
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return ByteText.isUpper(UInt8(s.value)) }
        let p = s.properties
        return p.isUppercase || p.uppercaseMapping == String(s) && (p.isCased || p.lowercaseMapping != String(s))
    }

    /// Lower case as `Character.isLowercase` answers for a one-scalar Character (see `isUppercase`).
    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return ByteText.isLower(UInt8(s.value)) }
        let p = s.properties
        return p.isLowercase || p.lowercaseMapping == String(s) && (p.isCased || p.uppercaseMapping != String(s))
    }

    /// Joins the Character before it (a combining mark NFC could not compose, ZWJ, a spacing
    /// mark): `❖` U+0301 is one Character, and a rule over a word's letters lets it pass.
    static func extendsCharacter(_ s: Unicode.Scalar) -> Bool {
        !s.isASCII && (s.properties.isGraphemeExtend || s == "\u{200D}" || s.properties.generalCategory == .spacingMark)
    }

    /// A number of any kind (`Numeric_Type` set: `7`, `²`, `½`, `Ⅳ`); ASCII 0–9 without a lookup.
    @inline(__always)
    static func isNumber(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ByteText.isDigit(UInt8(s.value)) : s.properties.numericType != nil
    }

    /// A character of a word: a letter or a number (`é`, `7`); a mark, a space or an apostrophe (`'`, `’`) ends one.
    @inline(__always)
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isNumber(s)
    }

    /// Punctuation or a symbol (general category P* or S*: `\$`, `*`, `€`, `«`).
    static func isPunctuationOrSymbol(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// White space (Unicode `White_Space`).
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ByteText.isSpace(UInt8(s.value)) : s.properties.isWhitespace
    }

    /// The byte length of the white-space scalar (`isWhitespace`) starting at byte `i`, or 0.
    ///
    ///     whitespaceWidth(bytes("\u{A0}x"), at: 0) == 2
    ///
    /// NB: read off the bytes, not decoded: beyond ASCII, `White_Space` is U+0085, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 (a test checks the list).
    @inline(__always)
    static func whitespaceWidth<C: RandomAccessCollection<UInt8>>(_ b: C, at i: Int) -> Int where C.Index == Int {
        let c = b[i]
        if c < 0xC2 { return ByteText.isSpace(c) ? 1 : 0 }
        let n = b.endIndex
        switch c {
        case 0xC2 where i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0):
            return 2
        case 0xE1 where i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80:
            return 3
        case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] <= 0x8A || b[i + 2] == 0xA8 || b[i + 2] == 0xA9 || b[i + 2] == 0xAF):
            return 3
        case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0x9F:
            return 3
        case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80:
            return 3
        default:
            return 0
        }
    }

    /// The scalar's full lower-case mapping (`İ` gives two scalars).
    static func lowercased(_ s: Unicode.Scalar) -> String {
        s.isASCII ? String(Character(Unicode.Scalar(ByteText.lower(UInt8(s.value))))) : s.properties.lowercaseMapping
    }
}
