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
        if let bytes = ByteText.withUTF8(s, inlineUTF8) { return String(decoding: bytes, as: UTF8.self) }
        return inlineCharacters(s)
    }

    /// `inline` by Characters, for text whose marks stand beside characters that bytes cannot tell.
    static func inlineCharacters(_ s: String) -> String {
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
        // NB: eight bytes at a time while none of them can start a mark; a superscript's
        // lead byte (C2, E2) stops the skip, so the bytes after it are read below.
        var start = 0
        while start + 8 <= b.count {
            let w = Word.load(b, at: start)
            if Word.hasByte(0x5C, w) || Word.hasByte(0x2A, w) || Word.hasByte(0x5F, w) || Word.hasByte(0xC2, w) || Word.hasByte(0xE2, w) {
                break
            }
            start += 8
        }
        for i in start..<b.count {
            switch b[i] {
            case 0x5C, 0x2A, 0x5F: return true
            case 0xC2, 0xE2: if isSuperscript(b, at: i) { return true }
            default: continue
            }
        }
        return false
    }

    /// A superscript digit starts at byte `i`.
    private static func isSuperscript(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        superscriptWidth(b, at: i) > 0
    }

    /// The byte length of the superscript digit at byte `i`, or 0.
    private static func superscriptWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        switch b[i] {
        case 0xC2: return i + 1 < n && (b[i + 1] == 0xB9 || b[i + 1] == 0xB2 || b[i + 1] == 0xB3) ? 2 : 0
        case 0xE2: return i + 2 < n && b[i + 1] == 0x81 && (b[i + 2] == 0xB0 || (b[i + 2] >= 0xB4 && b[i + 2] <= 0xB9)) ? 3 : 0
        default: return 0
        }
    }

    /// `inline` of byte text (see `ByteText.isSimpleASCII`): the same rules with bytes for Characters.
    ///
    /// NB: byte text has no superscript and no byte beside a mark that is not ASCII, so
    /// `inlineUTF8` always answers.
    static func inlineBytes(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        inlineUTF8(b)!
    }

    /// `inline` of UTF-8 text on its bytes, or nil when only its Characters can tell.
    ///
    ///     inlineUTF8("Voilà: **the** plan")  -> "Voilà: the plan"   (the marks stand beside ASCII)
    ///     inlineUTF8("**Été**")              -> nil                 (a mark after `é`: is it a word?)
    ///     inlineUTF8("Programme¹² ends")     -> "Programme ends"    (footnote markers after a word)
    ///     inlineUTF8("Programmé¹")           -> nil                 (is `é¹` one Character?)
    ///
    /// The rules are `inlineCharacters`' with bytes for Characters: `\` keeps an escaped
    /// punctuation or symbol byte; a run of `*` or `_` stays only inside a word (`_`) or as
    /// a lone mark between spaces; a superscript digit after anything but a space goes.
    /// Other bytes are copied, as other Characters are.
    ///
    /// NB: a byte speaks for a Character only where it is one. A mark (or run of marks) is
    /// Characters of its own when the byte before and the byte after it are ASCII: no Prepend
    /// before, no Extend after can join it. The Character after it then starts with that
    /// ASCII byte, and a Character's `isLetter`, `isWhitespace`, `isPunctuation`… are those of
    /// its first scalar. The Character before it is its one ASCII byte when the byte before
    /// that is ASCII too (`\r\n` is whitespace either way). A superscript digit is no Extend,
    /// so it is a Character of its own on the same terms, or right after another one.
    /// Anything else returns nil.
    static func inlineUTF8(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = b.count
        /// Bytes `i-2..<i` (those in `b`) are ASCII.
        func asciiBefore(_ i: Int) -> Bool { (i < 1 || b[i - 1] < 0x80) && (i < 2 || b[i - 2] < 0x80) }
        /// Bytes `i-2..<i` and `j` (those in `b`) are ASCII.
        func standsAlone(_ i: Int, _ j: Int) -> Bool { asciiBefore(i) && (j >= n || b[j] < 0x80) }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var superscriptEnd = -1
        var i = 0
        while i < n {
            let c = b[i]
            switch c {
            case UInt8(ascii: "\\"):
                guard standsAlone(i, i + 1) else { return nil }
                if i + 1 < n, ByteText.isPunctuation(b[i + 1]) {
                    out.append(b[i + 1])
                    i += 2
                    continue
                }
                out.append(c)
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var j = i
                while j < n && b[j] == c { j += 1 }
                guard standsAlone(i, j) else { return nil }
                let before: UInt8? = i > 0 ? b[i - 1] : nil
                let after: UInt8? = j < n ? b[j] : nil
                let inWord = (before.map(ByteText.isAlphanumeric) ?? false) && (after.map(ByteText.isAlphanumeric) ?? false)
                let spaced = (before.map(ByteText.isSpace) ?? true) && (after.map(ByteText.isSpace) ?? true)
                if inWord && c == UInt8(ascii: "_") || spaced && j - i == 1 {
                    out.append(contentsOf: b[i..<j])
                }
                i = j
                continue
            case 0xC2, 0xE2:
                let width = superscriptWidth(b, at: i)
                guard width > 0 else {
                    out.append(c)
                    break
                }
                let j = i + width
                let ownAfter = j >= n || b[j] < 0x80 || superscriptWidth(b, at: j) > 0
                guard ownAfter, i == superscriptEnd || asciiBefore(i) else { return nil }
                // NB: a footnote marker follows a word (or another marker); after a space or first it stays.
                let afterWord = i == superscriptEnd || (i > 0 && !ByteText.isSpace(b[i - 1]))
                if !afterWord { out.append(contentsOf: b[i..<j]) }
                superscriptEnd = j
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
