/// Removes the markdown a text export leaves in running text.
///
///     MarkdownText.plain("- ❖ to **effectively eliminate** *partly*¹") == "to effectively eliminate partly"
///     MarkdownText.plain("## QUICK FACTS") == "QUICK FACTS"
///     MarkdownText.plain("\\$1,706,485") == "$1,706,485"
enum MarkdownText {
    /// Bullet glyphs that open a list item (after an optional `- ` / `* `).
    static let bulletGlyphs: Set<Character> = ["•", "❖", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓", "·", "\u{F0B7}", "\u{F0A7}"]

    /// Superscript digits, used as footnote markers.
    static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    /// The text without heading marks, bullets, emphasis, escapes and footnote markers; whitespace folded.
    static func plain<S: StringProtocol>(_ s: S) -> String {
        Text.fold(inline(stripBullet(stripHeadingMarks(Text.fold(s)))))
    }

    /// The text without leading `#` marks and without a bold/italic wrapper around the whole line.
    static func stripHeadingMarks(_ s: String) -> String {
        var t = Substring(s)
        if t.hasPrefix("#") {
            t = t.drop { $0 == "#" }
            t = t.drop { $0 == " " }
            while t.hasSuffix("#") { t = t.dropLast() }
        }
        return String(t)
    }

    /// The text after a leading list marker (`- `, `* `, `+ `, `•`, `❖`, `- ❖ `), or the text itself.
    static func stripBullet(_ s: String) -> String {
        var t = Substring(s)
        if t.hasPrefix("- ") || t.hasPrefix("* ") || t.hasPrefix("+ ") { t = t.dropFirst(2) }
        t = t.drop { $0 == " " }
        if let f = t.first, bulletGlyphs.contains(f) { t = t.dropFirst().drop { $0 == " " } }
        return String(t)
    }

    /// True when the text opens with a list marker.
    static func hasBullet(_ s: Substring) -> Bool {
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { return true }
        if let f = s.first, bulletGlyphs.contains(f) { return true }
        return false
    }

    /// Inline markup removed: `**`, `__`, `*`/`_` at word edges, backslash escapes, footnote superscripts.
    static func inline(_ s: String) -> String {
        // NB: most text has no markup; `\`, `*`, `_` and superscripts are the only characters this changes.
        if !ByteText.withUTF8(s, hasMarkupBytes) { return s }
        if ByteText.isSimpleASCII(s) { return String(decoding: ByteText.withUTF8(s, inlineBytes), as: UTF8.self) }
        let chars = Array(s)
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = 0
        func isWordChar(_ c: Character?) -> Bool {
            guard let c else { return false }
            return c.isLetter || c.isNumber
        }
        while i < chars.count {
            let c = chars[i]
            let prev: Character? = i > 0 ? chars[i - 1] : nil
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "\\":
                // NB: markdown escapes punctuation (`\$`, `\*`, `\_`); keep the escaped character.
                if let n = next, n.isPunctuation || n.isSymbol {
                    out.append(n)
                    i += 2
                    continue
                }
                out.append(c)
            case "*", "_":
                var j = i
                while j < chars.count && chars[j] == c { j += 1 }
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let after: Character? = j < chars.count ? chars[j] : nil
                // NB: `snake_case` and `a * b` keep their characters; emphasis marks touch a word on one side only.
                let inWord = isWordChar(before) && isWordChar(after)
                let spaced = (before?.isWhitespace ?? true) && (after?.isWhitespace ?? true)
                if inWord && c == "_" || spaced && j - i == 1 {
                    out.append(contentsOf: chars[i..<j])
                }
                i = j
                continue
            default:
                // NB: a superscript right after a word is a footnote marker (`Program¹`).
                if superscripts.contains(c), let p = prev, !p.isWhitespace {
                    i += 1
                    continue
                }
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Whether the bytes hold a `\`, `*`, `_` or superscript digit (¹²³ are C2 B9/B2/B3, ⁰ and ⁴–⁹ E2 81 B0/B4–B9).
    ///
    /// NB: curly quotes and dashes (E2 80 xx) are no markup; they need not send text to `inline`'s slow path.
    static func hasMarkupBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        for i in 0..<n {
            switch b[i] {
            case 0x5C, 0x2A, 0x5F:
                return true
            case 0xC2 where i + 1 < n && (b[i + 1] == 0xB9 || b[i + 1] == 0xB2 || b[i + 1] == 0xB3):
                return true
            case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && (b[i + 2] == 0xB0 || (b[i + 2] >= 0xB4 && b[i + 2] <= 0xB9)):
                return true
            default:
                continue
            }
        }
        return false
    }

    /// `inline` of byte text (see `ByteText.isSimpleASCII`): the same rules with bytes for Characters.
    ///
    /// NB: byte text has no superscripts; `\` keeps an escaped punctuation or symbol byte;
    /// a run of `*` or `_` stays only inside a word (`_`) or as a lone mark between spaces.
    static func inlineBytes(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case UInt8(ascii: "\\"):
                if i + 1 < b.count, ByteText.isPunctuation(b[i + 1]) {
                    out.append(b[i + 1])
                    i += 2
                    continue
                }
                out.append(c)
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var j = i
                while j < b.count && b[j] == c { j += 1 }
                let before: UInt8? = i > 0 ? b[i - 1] : nil
                let after: UInt8? = j < b.count ? b[j] : nil
                let inWord = (before.map(ByteText.isAlphanumeric) ?? false) && (after.map(ByteText.isAlphanumeric) ?? false)
                let spaced = (before.map(ByteText.isSpace) ?? true) && (after.map(ByteText.isSpace) ?? true)
                if inWord && c == UInt8(ascii: "_") || spaced && j - i == 1 {
                    out.append(contentsOf: b[i..<j])
                }
                i = j
                continue
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }
}
