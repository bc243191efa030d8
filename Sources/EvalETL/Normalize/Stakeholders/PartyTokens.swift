/// Words of a party text, with a parenthesis kept as one word, and the word shapes the grammar reads.
///
///     tokens("UN Women (WEE/SL Unit, Balochistan Sub Office) 2021/06")
///         == ["UN", "Women", "(WEE/SL Unit, Balochistan Sub Office)", "2021/06"]
///     tokens("UGP /Consultor externo") == ["UGP", "/", "Consultor", "externo"]
enum PartyTokens {
    /// Where each space-separated word stands; a balanced parenthesis group is one word, also when written
    /// against the word before it (`opensDetail`: `UNDP(Poverty)` -> `UNDP`, `(Poverty)`).
    /// `text` is folded (`Text.fold`): only ASCII whitespace separates words.
    ///
    /// NB: an unbalanced `(` is read as an ordinary character, so one stray
    /// bracket cannot glue the rest of a 1 MB line into a single word.
    static func ranges(_ text: Substring) -> [Range<String.Index>] {
        let u = text.utf8
        return ByteText.withUTF8(text) { b in
            let n = b.count
            // NB: outermost pairs are disjoint and met in order, so a cursor walks them.
            let pairs = b.contains(UInt8(ascii: "(")) ? outermostPairs(b) : []
            var next = 0
            var out: [Range<String.Index>] = []
            out.reserveCapacity(24)
            var i = 0
            while i < n {
                while i < n, ByteText.isSpace(b[i]) { i += 1 }
                guard i < n else { break }
                // NB: `UGP /Consultor externo`: a slash a word follows close parts two parties as `RCO/ RC`'s does
                // (`endsInSeparator`), so it is a word of its own (`/`, read as a slash standing alone).
                if b[i] == UInt8(ascii: "/"), i + 1 < n, ByteText.isLetter(b[i + 1]) || b[i + 1] >= 0x80 {
                    let lower = u.index(u.startIndex, offsetBy: i)
                    out.append(lower..<u.index(after: lower))
                    i += 1
                }
                let start = i
                var closeAt: Int?
                while i < n {
                    let c = b[i]
                    if let end = closeAt {
                        if i == end { closeAt = nil }
                    } else if c == UInt8(ascii: "("), next < pairs.count, pairs[next].open == i {
                        if i > start, opensDetail(b, open: i, close: pairs[next].close) { break }
                        closeAt = pairs[next].close
                        next += 1
                    } else if ByteText.isSpace(c) {
                        break
                    }
                    i += 1
                }
                let lower = u.index(u.startIndex, offsetBy: start)
                out.append(lower..<u.index(lower, offsetBy: i - start))
            }
            return out
        }
    }

    /// Whether the pair `open`…`close`, written against the letters before it, is a word of its own:
    /// `UNDP(Poverty)` is `UNDP` and `(Poverty)`, as `UNDP (Poverty)` is.
    ///
    /// NB: a plural mark stays in its word (`Specialist(s)`, `Agenc(ies)`), and so does a pair that more letters
    /// follow (`(Sub)Office`) or that follows no letter (`2(a)`).
    private static func opensDetail(_ b: UnsafeBufferPointer<UInt8>, open: Int, close: Int) -> Bool {
        let before = b[open - 1]
        guard ByteText.isLetter(before) || before >= 0x80 else { return false }
        let after = close + 1 < b.count ? b[close + 1] : 0x20
        guard ByteText.isSpace(after) || after == UInt8(ascii: ",") || after == UInt8(ascii: ";") else { return false }
        let inner = UnsafeBufferPointer(rebasing: b[(open + 1)..<close])
        return !pluralMarks.contains { $0.elementsEqual(inner.lazy.map(ByteText.lower)) }
    }

    /// What a `(…)` holds when it marks a plural, lower-case: `Specialist(s)`, `Agenc(ies)`, `SPECIALIST(S)`.
    private static let pluralMarks: [[UInt8]] = ["s", "es", "ies"].map { Array($0.utf8) }

    /// Byte offsets of each `(` that has a matching `)` and stands inside no other pair, with that `)`, in order.
    private static func outermostPairs(_ b: UnsafeBufferPointer<UInt8>) -> [(open: Int, close: Int)] {
        var stack: [Int] = []
        var pairs: [(open: Int, close: Int)] = []
        for (i, c) in b.enumerated() {
            if c == UInt8(ascii: "(") {
                if stack.count < 64 { stack.append(i) }
            } else if c == UInt8(ascii: ")"), let open = stack.popLast() {
                if stack.isEmpty { pairs.append((open, i)) }
            }
        }
        return pairs
    }

    /// A word no party of a strict reading can hold, wherever it stands: it ends a
    /// sentence, holds a number, or is a lowercase word that no vocabulary,
    /// connector or filler of `PartyGrammar` and `PartySplitter` accepts (`to`, `gender`).
    /// Every suffix of a responsible cell that holds one fails to read.
    static func isForeignToParties(_ w: Substring) -> Bool {
        if isParen(w) { return false }
        let word = endsInSeparator(w) ? droppingLast(w) : w
        return isForeign(word, WordScan(word)) { partyLowercaseWords.contains(ByteText.lowercased(word)) }
    }

    /// `isForeignToParties` of a word (no parenthesis, separator dropped) read by `scan`;
    /// `isPartyWord` says whether its lowercase form is in `partyLowercaseWords`.
    static func isForeign(_ word: Substring, _ scan: WordScan, isPartyWord: () -> Bool) -> Bool {
        guard let f = scan.first else { return false }
        if scan.breaksParty { return true }
        guard Scalars.isLowercase(f) else { return false }
        let core = withoutPluralMark(word)
        return !isPartyWord() && (core.endIndex == word.endIndex || !partyLowercaseWords.contains(ByteText.lowercased(core)))
    }

    /// Every lowercase word that some reading of a party accepts (lowercased).
    static let partyLowercaseWords: Set<String> = {
        var words = Set(Vocabulary.partyJoiners + Vocabulary.partyArticles + Vocabulary.partyWithWords)
        let phrases = Array(Vocabulary.organizationsByKey.keys) + Vocabulary.knownOrganizations
            + Vocabulary.organizationNouns + Vocabulary.groupNouns + Vocabulary.countries
        for p in phrases { for w in p.split(separator: " ") { words.insert(w.lowercased()) } }
        for set in [Vocabulary.roleConnectors, Vocabulary.organizationHeads, Vocabulary.roleModifiers,
                    Vocabulary.roleNouns, Vocabulary.nameParticles, Vocabulary.partyFillerWords,
                    Vocabulary.nameHonorifics] {
            for w in set { words.insert(w.lowercased()) }
        }
        return words
    }()

    /// Ends in `,`, `;` or a slash after a word, the marks that end a party.
    static func endsInSeparator(_ w: Substring) -> Bool {
        // NB: `RCO/ RC`: a slash a space follows parts two parties as `,` does (`KAZ/TKM` stays one).
        w.utf8.last == UInt8(ascii: ",") || w.utf8.last == UInt8(ascii: ";") || (w.utf8.count > 1 && w.utf8.last == UInt8(ascii: "/"))
    }

    /// `w` without its last byte (an ASCII mark).
    static func droppingLast(_ w: Substring) -> Substring {
        w[..<w.utf8.index(before: w.endIndex)]
    }

    /// The name after an article elided onto it (`Vocabulary.elisionMarks`), or nil.
    ///
    ///     elidedName("l’OM") == "OM";  elidedName("l?UNICEF,") == "UNICEF,";  elidedName("l'appui") == nil
    static func elidedName(_ token: Substring) -> Substring? {
        guard let l = token.utf8.first, l == UInt8(ascii: "l") || l == UInt8(ascii: "L") else { return nil }
        let s = token.unicodeScalars
        let mark = s.index(after: s.startIndex)
        guard mark < s.endIndex, Vocabulary.elisionMarks.contains(s[mark]) else { return nil }
        let name = s.index(after: mark)
        guard name < s.endIndex, Scalars.isUppercase(s[name]) else { return nil }
        return token[name...]
    }

    /// `(…)` as one word.
    static func isParen(_ w: Substring) -> Bool {
        let u = w.utf8
        return u.count >= 2 && u.first == UInt8(ascii: "(") && u.last == UInt8(ascii: ")")
    }

    /// The text inside a parenthesis word, folded.
    static func parenInner(_ w: Substring) -> String {
        Text.fold(w.dropFirst().dropLast())
    }

    /// The last word of a post, team or office (`Specialists`, `staff`, `Unit`).
    static func isRoleNoun(_ w: Substring) -> Bool {
        Vocabulary.roleNouns.contains(ByteText.lowercased(withoutPluralMark(w)))
    }

    /// `Specialist(s)` -> `Specialist`.
    static func withoutPluralMark(_ w: Substring) -> Substring {
        let u = w.utf8
        return u.count > 3 && u.suffix(3).elementsEqual("(s)".utf8) ? w[..<u.index(u.endIndex, offsetBy: -3)] : w
    }
}

/// One pass over a word's bytes (scalars decoded where not ASCII): what its shapes are read from.
///
///     WordScan("Stewart-Evans"[...]).isTitle == true;  WordScan("staff"[...]).isLower == true
///
/// NB: a word is read once per responsible cell row, so every shape comes from this one pass.
struct WordScan {
    var bytes = 0
    var first: Unicode.Scalar?
    var lastByte: UInt8 = 0
    var asciiUpper = 0, slashes = 0, amps = 0, numbers = 0, lowers = 0
    /// Scalars other than letters, their marks and `-/'’&`: a Title-case word holds none.
    var notTitle = 0
    /// Scalars other than letters, their marks, `-` and `&`: a lowercase word holds none.
    var notLower = 0

    private init() {}

    init(_ w: Substring) {
        self = ByteText.withUTF8(w) { b in
            var scan = WordScan()
            scan.bytes = b.count
            scan.lastByte = b.last ?? 0
            var i = 0
            while i < b.count {
                let c = b[i]
                let (s, width) = c < 0x80 ? (Unicode.Scalar(c), 1) : Scalars.decode(b, at: i)
                if scan.first == nil { scan.first = s }
                if ByteText.isUpper(c) { scan.asciiUpper += 1 }
                if Scalars.isLowercase(s) { scan.lowers += 1 }
                if Scalars.isNumber(s) { scan.numbers += 1 }
                if !Scalars.isLetter(s) && !Scalars.extendsCharacter(s) {
                    switch s {
                    case "-", "&": break
                    case "/", "'", "’": scan.notLower += 1
                    default: scan.notTitle += 1; scan.notLower += 1
                    }
                }
                if s == "/" { scan.slashes += 1 }
                if s == "&" { scan.amps += 1 }
                i += width
            }
            return scan
        }
    }

    /// Starts with a capital letter, holds a lowercase one, and nothing but letters and `-/'’&`.
    var isTitle: Bool {
        guard let f = first, Scalars.isUppercase(f), Scalars.isLetter(f) else { return false }
        return notTitle == 0 && lowers > 0
    }

    /// Starts lowercase and holds nothing but letters, `-` and `&`.
    var isLower: Bool {
        guard let f = first, Scalars.isLowercase(f) else { return false }
        return notLower == 0
    }

    /// Ends a sentence (`.:!?`) or holds a number.
    var breaksParty: Bool {
        numbers > 0 || lastByte == UInt8(ascii: ".") || lastByte == UInt8(ascii: ":")
            || lastByte == UInt8(ascii: "!") || lastByte == UInt8(ascii: "?")
    }

    /// `M&E`, or 1–3 runs of 2–5 capitals between `/` (`KAZ/TKM`), or 2–5 capitals with a plural `s`
    /// (`CPMs`, `CSOs`); `w` is the word scanned.
    func isCode(_ w: Substring) -> Bool {
        if (3...5).contains(bytes) && amps > 0 && asciiUpper + amps == bytes { return true }
        if (3...6).contains(bytes) && lastByte == UInt8(ascii: "s") && asciiUpper + 1 == bytes { return true }
        guard asciiUpper + slashes == bytes, slashes <= 2 else { return false }
        return w.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { (2...5).contains($0.count) }
    }
}
