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
        // NB: most text has no markup; `\`, `*`, `_` and superscripts (which start
        // with byte C2 or E2 in UTF-8) are the only characters this changes.
        if !s.utf8.contains(where: { $0 == 0x5C || $0 == 0x2A || $0 == 0x5F || $0 == 0xC2 || $0 == 0xE2 }) { return s }
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
}
