/// Lines of a web page that are the site's furniture, never the document's content.
///
///     "Success message" / "error message" / "warn message"     -> chrome (status banners)
///     "Report Cover Image" / "Share" / "Download document x.pdf" -> chrome
///     "# source: https://erc.undp.org/…"                         -> chrome
///     "Go to ILO main website" / "Skip to main content"           -> chrome (site menus)
///     "Joint UNDAF Evaluation"                                    -> content
///
/// A title is never one of these (CONTRACT.md "Input documents").
public enum PageChrome {
    /// Whether each byte, lowercased, is the first of some chrome line or prefix (`PageVocabulary`; all are ASCII).
    static let firstBytes: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for s in Array(PageVocabulary.chromeLines) + PageVocabulary.chromePrefixes { if let f = s.utf8.first { table[Int(f)] = true } }
        return table
    }()

    /// The first line that can be a document's title: not blank, and no chrome, footer
    /// (`PageFooter`) or masthead (`ILO EVALUATION`) above it (ILO summaries, reports).
    static func titleIndex(_ lines: [Substring]) -> Int? {
        lines.firstIndex { !Text.fold($0).isEmpty && !isChrome($0) && !PageFooter.isFooter($0) && !isMasthead($0) }
    }

    /// An upper-case line made only of `PageVocabulary.mastheadWords`.
    static func isMasthead(_ line: Substring) -> Bool {
        let text = MarkdownText.plain(ByteText.fold(line))
        return SummaryBlock.isUpperCase(text) && ByteText.letterWords(ByteText.lowercased(text)).allSatisfy(PageVocabulary.mastheadWords.contains)
    }

    /// Whether a line is page chrome (blank lines are not).
    public static func isChrome<S: StringProtocol>(_ line: S) -> Bool {
        ByteText.withUTF8(line, isChrome)
    }

    /// `isChrome` of a line's bytes.
    private static func isChrome(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // NB: chrome lines are short; a long line is content whatever it starts with.
        guard !b.isEmpty, b.count <= 400 else { return false }
        // NB: one look at the first byte rules out most lines, and a letter after it (which
        // stays itself through folding) most others, before the line is folded and compared.
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i < b.count, firstBytes[Int(ByteText.lower(b[i]))] else { return false }
        let first = ByteText.lower(b[i])
        if b.count > 60, !prefixBytes.contains(where: { $0[0] == first }) { return false }
        if i + 1 < b.count, ByteText.isLetter(b[i + 1]), !firstTwoBytes.contains(UInt16(first) | UInt16(ByteText.lower(b[i + 1])) << 8) {
            return false
        }
        // NB: the line is folded and lower-cased in place and compared as bytes; no string is made.
        return ByteText.withFolded(b) { folded in
            ByteText.withLowercased(folded) { key in
                guard let k = key.first else { return false }
                if key.count <= 40, lineBytes[k]?.contains(where: { ByteText.equals(key, $0) }) == true { return true }
                return prefixBytes.contains { ByteText.starts(key, at: 0, with: $0, foldingCase: false) && !ByteText.extendsCharacter(key, at: $0.count) }
            }
        }
    }

    static let lineBytes: [UInt8: [[UInt8]]] = Dictionary(grouping: PageVocabulary.chromeLines.sorted().map { Array($0.utf8) }, by: { $0[0] })

    /// The first two bytes (lowercased) of every chrome line and prefix, as one number.
    static let firstTwoBytes = Set((Array(PageVocabulary.chromeLines) + PageVocabulary.chromePrefixes).map { Array($0.utf8) }.filter { $0.count >= 2 }
        .map { UInt16($0[0]) | UInt16($0[1]) << 8 })

    static let prefixBytes: [[UInt8]] = PageVocabulary.chromePrefixes.map { Array($0.utf8) }
}
