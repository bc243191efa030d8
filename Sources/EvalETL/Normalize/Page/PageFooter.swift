/// Print furniture between the pages of a document: a page number with its words, or a copyright line.
///
///     PageFooter.isFooter("Page 2 of 5")       == true    (`página 3 de 5`, `page 2 sur 5`, `2 | Page` too)
///     PageFooter.isFooter("- 3 -")             == true    (`12`, `3 / 7` too)
///     PageFooter.isFooter("© ILO 2011")        == true    (`Copyright © 2020` too)
///     PageFooter.isFooter("Pages of history")  == false   (`de 2019` too: `de` counts only beside `page`)
///     PageFooter.isFooter("2014-2016")         == false   (years alone, as a title wrapped before them: `2019` too)
///
/// Every kind reads such a line as a blank one: GATE and ERC pages (`GATELine`, `ERCLine`), ILO
/// summaries (`SummarySource`) and lessons, reports, and the `NotAnEvaluation` screen. A number
/// standing alone (`12`, `- 3 -`) is a page number only in a document printed to pages
/// (`bareNumbers`); on a web page it numbers a list item or counts entries.
enum PageFooter {
    /// Characters a footer holds at most.
    static let maxLength = 80

    /// A page number has at most this many digits (`12345` alone is no page number).
    static let maxNumberLength = 4

    /// Whether a line is a footer; with `bareNumbers` false (a web page), a number alone is none.
    static func isFooter(_ line: Substring, bareNumbers: Bool = true) -> Bool {
        // NB: a letter that starts no footer word rules out most lines before they are folded.
        guard mayStart(with: line.utf8.first) else { return false }
        return ByteText.withFolded(line) { folded in ByteText.withLowercased(folded) { isFooter($0, bareNumbers: bareNumbers) } }
    }

    /// False when the first byte rules out every footer: an ASCII letter that starts none of its
    /// words; anything else (a digit, `©`, `-`) may start one.
    static func mayStart(with first: UInt8?) -> Bool {
        guard let f = first, ByteText.isLetter(f) else { return true }
        return firstBytes[Int(ByteText.lower(f))]
    }

    /// `isFooter` of a line folded and lower-cased (`ByteText.withFolded`, `withLowercased`); with
    /// `bareNumbers` false, numbers alone make no footer.
    ///
    /// NB: one pass over the words, parted at a space, `|`, `-` or `–` that no combining mark joins;
    /// each word is a number, a page word, a word between page numbers, or `/`.
    static func isFooter(_ b: UnsafeBufferPointer<UInt8>, bareNumbers: Bool = true) -> Bool {
        guard !b.isEmpty, ByteText.scalarCount(b) <= maxLength else { return false }
        for mark in copyrightMarks where ByteText.starts(b, at: 0, with: mark, foldingCase: false) {
            if !ByteText.extendsCharacter(b, at: mark.count) { return true }
        }
        var numbers = 0
        var years = 0
        var seen: Set<Word> = []
        var i = 0
        while i < b.count {
            let mark = markWidth(b, at: i)
            if mark > 0 {
                i += mark
                continue
            }
            var j = i
            while j < b.count, markWidth(b, at: j) == 0 { j += 1 }
            let word = UnsafeBufferPointer(rebasing: b[i..<j])
            if isNumber(word) {
                numbers += 1
                if isYear(word) { years += 1 }
            } else if let kind = words.first(where: { ByteText.equals(word, $0.word) })?.kind {
                seen.insert(kind)
            } else {
                return false
            }
            i = j
        }
        // NB: no page is numbered 1900 to 2099 with nothing beside the number; a year is.
        return numbers > 0 && (!seen.contains(.joining) || seen.contains(.page)) && (bareNumbers || !seen.isEmpty)
            && !(seen.isEmpty && years == numbers)
    }

    /// `1900` to `2099`.
    private static func isYear(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        w.count == 4 && w.allSatisfy(ByteText.isDigit) && (w[0] == UInt8(ascii: "1") && w[1] == UInt8(ascii: "9") || w[0] == UInt8(ascii: "2") && w[1] == UInt8(ascii: "0"))
    }

    /// A space, `|`, `-` or `–` parting two words at byte `i`: its byte length, else 0.
    private static func markWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        ByteText.markWidth(b, at: i) { $0 == 0x20 || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") }
    }

    /// 1 to `maxNumberLength` scalars, each a number (`Scalars.isNumber`).
    private static func isNumber(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var count = 0
        while i < w.count {
            let (s, width) = Scalars.decode(w, at: i)
            count += 1
            guard count <= maxNumberLength, Scalars.isNumber(s) else { return false }
            i += width
        }
        return count > 0
    }

    /// What a copyright line starts with (`PageVocabulary.copyrightMarks`).
    static let copyrightMarks = PageVocabulary.copyrightMarks.map { Array($0.utf8) }

    /// What a word of a footer is besides a number: a page word, a word between page numbers, or `/`.
    enum Word { case page, joining, slash }

    /// `PageVocabulary.footerWords`, as bytes.
    static let words: [(word: [UInt8], kind: Word)] = PageVocabulary.footerWords.map { (Array($0.word.utf8), $0.kind) }

    /// Whether each byte is the first of one of `words` or `copyrightMarks` (a table, read per line).
    private static let firstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for w in words.map(\.word) + copyrightMarks { table[Int(w[0])] = true }
        return table
    }()
}
