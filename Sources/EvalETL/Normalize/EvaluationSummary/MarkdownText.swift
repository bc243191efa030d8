/// Removes the markdown a text export leaves in running text.
///
///     MarkdownText.plain("- ❖ to **effectively eliminate** *partly*¹") == "to effectively eliminate partly"
///     MarkdownText.plain("## QUICK FACTS") == "QUICK FACTS"
///     MarkdownText.plain("\\$1,706,485") == "$1,706,485"
enum MarkdownText {
    typealias Bytes = ByteText.Bytes

    /// The text without heading marks, bullets, emphasis, escapes and footnote markers; white space folded.
    static func plain<S: StringProtocol>(_ s: S) -> String {
        ByteText.string(plain(ByteText.fold(s)))
    }

    /// `plain` of folded bytes, or of a piece of them.
    ///
    /// NB: a piece of folded text folds by trimming its ends; only text that lost
    /// inline marks (`a ** b` -> `a  b`) needs folding again.
    static func plain(_ s: Bytes) -> Bytes {
        let marked = stripBullet(stripHeadingMarks(ByteText.trimmingSpaces(s)))
        let inlined = inline(marked)
        return inlined.count == marked.count ? ByteText.trimmingSpaces(marked) : ByteText.fold(inlined)
    }

    /// The text without leading `#` marks (and the `#` marks closing the line).
    static func stripHeadingMarks(_ s: Bytes) -> Bytes {
        guard s.first == UInt8(ascii: "#") else { return s }
        var t = s.drop { $0 == UInt8(ascii: "#") }.drop { $0 == 0x20 }
        while t.last == UInt8(ascii: "#") { t.removeLast() }
        return t
    }

    /// The text after a leading list marker (`- `, `* `, `+ `, `– `, `•`, `❖`, `- ❖ `), or the text itself.
    static func stripBullet(_ s: Bytes) -> Bytes {
        var t = s
        t = t.dropFirst(markerPrefixLength(t))
        t = t.drop { $0 == 0x20 }
        let glyph = wholeCharacter(t, at: t.startIndex, in: SummaryVocabulary.bulletGlyphs)
        return glyph > 0 ? t.dropFirst(glyph).drop { $0 == 0x20 } : t
    }

    /// True when the text opens with a list marker.
    static func hasBullet(_ s: Bytes) -> Bool {
        markerPrefixLength(s) > 0 || wholeCharacter(s, at: s.startIndex, in: SummaryVocabulary.bulletGlyphs) > 0
    }

    /// The byte length of the scalar at byte `i` when it is one of `set` and a Character of its own, else 0.
    ///
    /// NB: `❖` U+0301 is one Character and no bullet; text keeps it as written.
    static func wholeCharacter(_ s: Bytes, at i: Int, in set: Set<Unicode.Scalar>) -> Int {
        guard let scalar = ByteText.scalar(at: i, in: s), set.contains(scalar) else { return 0 }
        let width = UTF8.width(scalar)
        return ByteText.scalar(at: i + width, in: s).map(Scalars.extendsCharacter) == true ? 0 : width
    }

    /// The byte length of the `- `, `* `, `+ ` or `– ` that opens the text, else 0.
    ///
    /// NB: the en dash is the bullet Word's AutoFormat gives a list typed with `- `; like those marks
    /// (and unlike the glyphs) it is a bullet only before a space (`–2021` is no list item).
    private static func markerPrefixLength(_ s: Bytes) -> Int {
        let f = s.first
        if f == UInt8(ascii: "-") || f == UInt8(ascii: "*") || f == UInt8(ascii: "+") {
            return s.dropFirst().first == 0x20 ? 2 : 0
        }
        return s.starts(with: "– ".utf8) ? 4 : 0
    }

    /// The byte length of the superscript digit at byte `i`, or 0.
    static func superscriptWidth(_ s: Bytes, at i: Int) -> Int {
        // NB: superscript digits are C2 B2/B3/B9 and E2 81 B0/B4–B9; other bytes are not decoded.
        guard i < s.endIndex, s[i] == 0xC2 || s[i] == 0xE2 else { return 0 }
        return wholeCharacter(s, at: i, in: SummaryVocabulary.superscripts)
    }

    /// Inline markup removed: `**`, `__`, `*`/`_` at word edges, backslash escapes, footnote superscripts;
    /// `s` itself when it has none (whatever it removes, the result is shorter).
    ///
    ///     inline("**Été** et snake_case")   == "Été et snake_case"
    ///     inline("a * b")                    == "a * b"    (a lone mark between spaces stays)
    ///     inline("Programme¹² ends")         == "Programme ends"
    ///     inline("\\$5, \\€6, \\a")           == "$5, €6, \\a"
    static func inline(_ s: Bytes) -> Bytes {
        // NB: most text has no markup; `\`, `*`, `_` and superscripts are the only bytes this changes.
        guard let first = s.firstIndex(where: { $0 == 0x5C || $0 == 0x2A || $0 == 0x5F || $0 == 0xC2 || $0 == 0xE2 }) else {
            return s
        }
        var out = Array(s[..<first])
        out.reserveCapacity(s.count)
        var i = first
        while i < s.endIndex {
            let c = s[i]
            switch c {
            case UInt8(ascii: "\\"):
                // NB: markdown escapes punctuation (`\$`, `\*`, `\_`); keep the escaped character.
                if let next = ByteText.scalar(at: i + 1, in: s), Scalars.isPunctuationOrSymbol(next) {
                    let end = i + 1 + UTF8.width(next)
                    out += s[(i + 1)..<end]
                    i = end
                    continue
                }
                out.append(c)
                i += 1
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                let j = s[i...].firstIndex { $0 != c } ?? s.endIndex
                let before = ByteText.scalar(before: i, in: s)
                let after = ByteText.scalar(at: j, in: s)
                // NB: `snake_case` and `a * b` keep their characters; emphasis marks touch a word on one side only.
                let inWord = before.map(isWordScalar) == true && after.map(isWordScalar) == true
                let spaced = (before.map(Scalars.isWhitespace) ?? true) && (after.map(Scalars.isWhitespace) ?? true)
                if inWord && c == UInt8(ascii: "_") || spaced && j - i == 1 { out += s[i..<j] }
                i = j
            default:
                let width = superscriptWidth(s, at: i)
                // NB: a superscript right after a word (or another marker) is a footnote marker (`Program¹`).
                if width > 0, let p = ByteText.scalar(before: i, in: s), !Scalars.isWhitespace(p) {
                    i += width
                    continue
                }
                out.append(c)
                i += 1
            }
        }
        return out[...]
    }

    /// A letter or a number: what `*` and `_` inside a word stand between.
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        Scalars.isLetter(s) || Scalars.isNumber(s)
    }
}
