/// The words of a party text, each read once into a `PartyWord`.
///
///     let words = PartyWords("MCO and KAZ Programme Specialists"[...])
///     words.text(words[2]) == "KAZ";  words[1].is(.andWord);  words[2].is(.startsParty)
///
/// NB: `ResponsibleCell` tries several suffixes of one row; each word's shapes and
/// vocabulary numbers are found here once instead of once per suffix and party.
struct PartyWords {
    /// The folded text the words stand in.
    let text: Substring
    private(set) var words: [PartyWord] = []

    /// The words of folded `text`; with `separators` false a trailing `,`/`;` stays in its word.
    init(_ text: Substring, separators: Bool = true) {
        self.init(tokens: PartyTokens.ranges(text)[...], in: text, separators: separators)
    }

    /// The words of `tokens`, ranges of `text` (`PartyTokens.ranges`); with `after`, only
    /// the words after the last token with that shape (read from the end, up to it).
    init(tokens: ArraySlice<Range<String.Index>>, in text: Substring, separators: Bool = true,
         after stop: PartyWord.Shape? = nil) {
        self.text = text
        var words: [PartyWord] = []
        words.reserveCapacity(tokens.count)
        let lexicon = PartyLexicon.shared
        ByteText.withUTF8(text) { bytes in
            let u = text.utf8
            func word(_ r: Range<String.Index>) -> PartyWord {
                let lo = u.distance(from: u.startIndex, to: r.lowerBound)
                let token = UnsafeBufferPointer(rebasing: bytes[lo..<lo + u.distance(from: r.lowerBound, to: r.upperBound)])
                return Self.readASCII(token, at: r, in: text, separators: separators, lexicon)
                    ?? Self.read(text[r], separators: separators, lexicon)
            }
            guard let stop else {
                for r in tokens { words.append(word(r)) }
                return
            }
            for r in tokens.reversed() {
                let w = word(r)
                if w.shape.contains(stop) { break }
                words.append(w)
            }
            words.reverse()
        }
        let kept = tokens.suffix(words.count)
        for i in words.indices.dropFirst() where words[i - 1].is(.andWord) {
            if Self.startsParty(at: i, words, kept, in: text, lexicon) { words[i].shape.insert(.startsParty) }
        }
        self.words = words
    }

    var count: Int { words.count }
    subscript(i: Int) -> PartyWord { words[i] }

    func text(_ w: PartyWord) -> Substring { text[w.range] }

    /// The words' text joined by single spaces.
    func joined<C: Collection>(_ ws: C) -> String where C.Element == PartyWord {
        // NB: words one space apart in the text are joined as one slice of it.
        let u = text.utf8
        var previous: PartyWord?
        var sideBySide = true
        for w in ws {
            if let p = previous {
                let gap = p.range.upperBound
                guard gap < u.endIndex, u[gap] == UInt8(ascii: " "), u.index(after: gap) == w.range.lowerBound else {
                    sideBySide = false
                    break
                }
            }
            previous = w
        }
        if sideBySide, let first = ws.first, let last = previous {
            return String(text[first.range.lowerBound..<last.range.upperBound])
        }
        var out = ""
        for (i, w) in ws.enumerated() {
            if i > 0 { out += " " }
            out += text[w.range]
        }
        return out
    }

    /// One token read into a word by `Character` (`PartyTokens`' predicates).
    static func read(_ token: Substring, separators: Bool, _ lexicon: PartyLexicon) -> PartyWord {
        var shape = PartyWord.Shape()
        var word = token
        if separators, let cutAt = separatorStart(token) {
            shape.insert(.cut)
            word = token[..<cutAt]
        }
        if token == "and" || token == "&" { shape.insert(.andWord) }
        if token == "y" || token == "et" { shape.formUnion([.andWord, .yEt]) }
        if token == "with" { shape.insert(.with) }
        if PartyTokens.isForeignToParties(token) { shape.insert(.foreign) }
        guard !word.isEmpty else { return PartyWord(range: word.startIndex..<word.endIndex, shape: shape, lowerID: 0, exactID: 0) }

        if PartyTokens.isParen(word) {
            shape.insert(.paren)
            let inner = PartyTokens.parenInner(word)
            if !inner.contains(","), !inner.contains(";"), inner.split(separator: " ").count <= 3 { shape.insert(.shortParen) }
        } else if ByteText.endsWith(oneOf: ".:!?", word) || ByteText.hasNumber(word) {
            shape.insert(.breaksParty)
        }
        if PartyTokens.isCode(word) { shape.insert(.code) }
        if PartyTokens.isTitleWord(word) { shape.insert(.title) }
        if PartyTokens.isLowerWord(word) { shape.insert(.lowerWord) }
        if PartyGrammar.isJoiner(word) { shape.insert(.joiner) }
        if word == "the" { shape.insert(.the) }
        if word == "-" || word == "–" { shape.insert(.dash) }
        if word.contains("/") { shape.insert(.slash) }

        let (lower, exact) = lexicon.entries(lowered: ByteText.lowercased(word), written: { word })
        shape.formUnion(lower.shape)
        shape.formUnion(exact.shape)
        if PartyTokens.withoutPluralMark(word).endIndex == word.endIndex
            ? lower.shape.contains(.lowerRoleNoun) : PartyTokens.isRoleNoun(word) {
            shape.insert(.roleNoun)
        }
        return PartyWord(range: word.startIndex..<word.endIndex, shape: shape, lowerID: lower.id, exactID: exact.id)
    }

    /// `read` in one pass over the bytes of a plain ASCII token (`ByteText.isSimpleASCII`), or
    /// nil for any other token. On such bytes one byte is one `Character`, so every
    /// predicate of `read` has its byte answer (`PartyWordsTests` compares the two).
    static func readASCII(_ token: UnsafeBufferPointer<UInt8>, at range: Range<String.Index>, in text: Substring,
                          separators: Bool, _ lexicon: PartyLexicon) -> PartyWord? {
        guard !token.isEmpty, ByteText.scan(token).simple else { return nil }
        var shape = PartyWord.Shape()
        var n = token.count
        if separators, token[n - 1] == UInt8(ascii: ",") || token[n - 1] == UInt8(ascii: ";") {
            shape.insert(.cut)
            n -= 1
        }
        if equals(token, "and") || equals(token, "&") { shape.insert(.andWord) }
        if equals(token, "y") || equals(token, "et") { shape.formUnion([.andWord, .yEt]) }
        if equals(token, "with") { shape.insert(.with) }
        if !separators && PartyTokens.isForeignToParties(text[range]) { shape.insert(.foreign) }
        let end = n == token.count ? range.upperBound : text.utf8.index(before: range.upperBound)
        guard n > 0 else { return PartyWord(range: range.lowerBound..<end, shape: shape, lowerID: 0, exactID: 0) }
        let w = UnsafeBufferPointer(rebasing: token[0..<n])

        var upper = 0, lower = 0, digits = 0, slashes = 0, amps = 0
        /// Bytes no Title-case word holds (`isTitleWord`), and none a lowercase word holds (`isLowerWord`).
        var notTitle = 0, notLower = 0
        for c in w {
            if ByteText.isUpper(c) { upper += 1; continue }
            if ByteText.isLower(c) { lower += 1; continue }
            if ByteText.isDigit(c) { digits += 1 }
            if c == UInt8(ascii: "/") { slashes += 1 }
            if c == UInt8(ascii: "&") { amps += 1 }
            let titleMark = c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: "'") || c == UInt8(ascii: "&")
            if !titleMark { notTitle += 1 }
            if c != UInt8(ascii: "-") && c != UInt8(ascii: "&") { notLower += 1 }
        }
        let first = w[0], last = w[n - 1]
        if n >= 2 && first == UInt8(ascii: "(") && last == UInt8(ascii: ")") {
            shape.insert(.paren)
            if isShortParenInner(UnsafeBufferPointer(rebasing: w[1..<n - 1])) { shape.insert(.shortParen) }
        } else if digits > 0 || last == UInt8(ascii: ".") || last == UInt8(ascii: ":")
                    || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            shape.insert(.breaksParty)
        }
        let pluralMark = n > 3 && w[n - 3] == UInt8(ascii: "(") && w[n - 2] == UInt8(ascii: "s") && last == UInt8(ascii: ")")
        if pluralMark {
            if PartyTokens.isTitleWord(text[range.lowerBound..<end]) { shape.insert(.title) }
        } else if ByteText.isUpper(first) && notTitle == 0 && lower > 0 {
            shape.insert(.title)
        }
        if ByteText.isLower(first) && notLower == 0 { shape.insert(.lowerWord) }
        if equals(w, "and") || equals(w, "&") || equals(w, "y") || equals(w, "et") || equals(w, "la") || equals(w, "le") { shape.insert(.joiner) }
        if equals(w, "the") { shape.insert(.the) }
        if equals(w, "-") { shape.insert(.dash) }
        if slashes > 0 { shape.insert(.slash) }

        // NB: the bytes are plain ASCII, so lowercasing them is setting one bit of each capital.
        let lowered = String(unsafeUninitializedCapacity: n) { out in
            for (i, c) in w.enumerated() { out[i] = ByteText.isUpper(c) ? c | 0x20 : c }
            return n
        }
        let (lowerEntry, exactEntry) = lexicon.entries(lowered: lowered, written: { text[range.lowerBound..<end] })
        shape.formUnion(lowerEntry.shape)
        shape.formUnion(exactEntry.shape)
        if pluralMark ? PartyTokens.isRoleNoun(text[range.lowerBound..<end]) : lowerEntry.shape.contains(.lowerRoleNoun) {
            shape.insert(.roleNoun)
        }
        // `isForeignToParties` of the token: a parenthesis as written never is; the word
        // (less its separator) is when it ends a sentence, holds a digit, or is lowercase
        // and in no vocabulary.
        if separators && !(shape.contains(.paren) && n == token.count) {
            let ends = last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            if ends || digits > 0 || (ByteText.isLower(first) && (pluralMark
                ? PartyTokens.isForeignToParties(text[range]) : !lowerEntry.shape.contains(.partyLowercase))) {
                shape.insert(.foreign)
            }
        }
        // `isCode`: an office code, `M&E`, or 1–3 runs of 2–5 capitals between `/`.
        if shape.contains(.officeCode)
            || ((3...5).contains(n) && amps > 0 && upper + amps == n)
            || (upper + slashes == n && slashes <= 2 && capitalRunsFit(w)) {
            shape.insert(.code)
        }
        return PartyWord(range: range.lowerBound..<end, shape: shape, lowerID: lowerEntry.id, exactID: exactEntry.id)
    }

    /// The bytes are exactly `s`.
    @inline(__always) private static func equals(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        b.count == s.utf8CodeUnitCount && s.withUTF8Buffer { b.elementsEqual($0) }
    }

    /// Every `/`-separated run is 2–5 bytes long.
    private static func capitalRunsFit(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for c in w {
            if c == UInt8(ascii: "/") {
                guard (2...5).contains(run) else { return false }
                run = 0
            } else {
                run += 1
            }
        }
        return (2...5).contains(run)
    }

    /// The inside of a parenthesis has no `,` or `;` and at most three words.
    private static func isShortParenInner(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        var inWord = false
        for c in b {
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") { return false }
            if ByteText.isSpace(c) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words <= 3
    }

    /// Where a last `,` or `;` character starts, or nil.
    ///
    /// NB: by `Character`: U+037E (Greek question mark) is canonically equal to `;`.
    private static func separatorStart(_ token: Substring) -> Substring.Index? {
        guard let c = token.last, c == "," || c == ";" else { return nil }
        return token.index(before: token.endIndex)
    }

    /// Does a party start at word `i`: a capitalised word, or a lowercase party noun?
    private static func startsParty(at i: Int, _ words: [PartyWord], _ tokens: ArraySlice<Range<String.Index>>,
                                    in text: Substring, _ lexicon: PartyLexicon) -> Bool {
        let token = text[tokens[tokens.startIndex + i]]
        guard let f = token.first else { return false }
        if f.isUppercase || f == "(" { return true }
        // `UN Women and the Government`
        if words[i].is(.the) && !words[i].is(.cut) && i + 1 < words.count
            && !words[i + 1].is(.cut) && words[i + 1].is(.organizationHead) { return true }
        // NB: a noun phrase joins the tokens as written less the separators after the last:
        // a separator inside it matches nothing, and a word ending in two is read by text.
        for n in 1...3 where i + n <= words.count {
            let phrase = words[i..<i + n]
            if phrase.dropLast().contains(where: { $0.is(.cut) }) { break }
            if separatorStart(text[phrase.last!.range]) != nil {
                return startsParty(tokens[(tokens.startIndex + i)...].map { text[$0] }[...])
            }
            guard let key = PartyLexicon.PhraseKey(phrase.lazy.map(\.lowerID)) else { continue }
            if lexicon.organizationNouns.contains(key) || lexicon.groupNouns.contains(key) { return true }
        }
        return false
    }

    /// `startsParty(at:)` by text, on the tokens from the word on.
    static func startsParty(_ tokens: ArraySlice<Substring>) -> Bool {
        guard let head = tokens.first, let f = head.first else { return false }
        if f.isUppercase || f == "(" { return true }
        if head == "the", tokens.count >= 2,
           Vocabulary.organizationHeads.contains(tokens[tokens.startIndex + 1].lowercased()) { return true }
        for n in 1...3 where n <= tokens.count {
            var phrase = tokens.prefix(n).joined(separator: " ").lowercased()
            while let l = phrase.last, l == "," || l == ";" { phrase.removeLast() }
            if Vocabulary.organizationNouns.contains(phrase) || Vocabulary.groupNouns.contains(phrase) { return true }
        }
        return false
    }
}
