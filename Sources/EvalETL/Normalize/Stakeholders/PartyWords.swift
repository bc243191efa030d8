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
    /// The vocabulary the words were read with; the grammar asks it too.
    let lexicon: PartyLexicon
    private(set) var words: [PartyWord] = []

    /// The words of folded `text`; with `separators` false a trailing `,`/`;` stays in its word.
    init(_ text: Substring, separators: Bool = true, lexicon: PartyLexicon) {
        self.init(tokens: PartyTokens.ranges(text)[...], in: text, separators: separators, lexicon: lexicon)
    }

    /// The words of `tokens`, ranges of `text` (`PartyTokens.ranges`); with `after`, only
    /// the words after the last token with that shape (read from the end, up to it).
    init(tokens: ArraySlice<Range<String.Index>>, in text: Substring, separators: Bool = true,
         after stop: PartyWord.Shape? = nil, lexicon: PartyLexicon) {
        self.text = text
        self.lexicon = lexicon
        var words: [PartyWord] = []
        words.reserveCapacity(tokens.count)
        if let stop {
            for r in tokens.reversed() {
                let w = Self.read(text[r], separators: separators, lexicon)
                if w.shape.contains(stop) { break }
                words.append(w)
            }
            words.reverse()
        } else {
            for r in tokens { words.append(Self.read(text[r], separators: separators, lexicon)) }
        }
        let kept = tokens.suffix(words.count)
        // NB: `et l’OM`: a party's name after the article elided onto it, where a party may open (the text's first
        // word, or after `and`, `with` or a separator); elsewhere (`Afrique de l'Ouest`) the word stays as written.
        for i in words.indices where i > 0 ? !words[i - 1].shape.isDisjoint(with: [.andWord, .with, .cut]) : stop == nil {
            if let name = PartyTokens.elidedName(text[kept[kept.startIndex + i]]) {
                words[i] = Self.read(name, separators: separators, lexicon)
            }
        }
        for i in words.indices.dropFirst() where words[i - 1].is(.andWord) {
            if Self.startsParty(at: i, words, kept, in: text, lexicon) { words[i].shape.insert(.startsParty) }
        }
        self.words = words
    }

    var count: Int { words.count }
    subscript(i: Int) -> PartyWord { words[i] }

    func text(_ w: PartyWord) -> Substring { text[w.range] }

    /// The words' text joined by single spaces.
    func joined<C: BidirectionalCollection<PartyWord>>(_ ws: C) -> String {
        // NB: words one space apart in the text are joined as one slice of it.
        let u = text.utf8
        let sideBySide = zip(ws, ws.dropFirst()).allSatisfy { p, w in
            let gap = p.range.upperBound
            return gap < u.endIndex && u[gap] == UInt8(ascii: " ") && u.index(after: gap) == w.range.lowerBound
        }
        if sideBySide, let first = ws.first, let last = ws.last {
            return String(text[first.range.lowerBound..<last.range.upperBound])
        }
        return ws.map { text[$0.range] }.joined(separator: " ")
    }

    /// `ws` less the parentheses that end it after other words, and those parentheses: the party's detail.
    ///
    ///     "Programme Officer (VAW) (VAW)" -> ("Programme Officer", ["(VAW)", "(VAW)"])
    static func splittingDetail(_ ws: ArraySlice<PartyWord>) -> (ArraySlice<PartyWord>, ArraySlice<PartyWord>) {
        var body = ws
        while body.count >= 2, body.last!.is(.paren) { body = body.dropLast() }
        return (body, ws[body.endIndex...])
    }

    /// The text inside the detail parentheses (`splittingDetail`), folded, each once, joined by `; `;
    /// nil when there is none.
    ///
    ///     "(VAW) (VAW)" -> "VAW";  "(VAW) (Dakar)" -> "VAW; Dakar"
    func detail(_ parens: ArraySlice<PartyWord>) -> String? {
        var inner: [String] = []
        for p in parens {
            if let t = Text.nonEmpty(PartyTokens.parenInner(text(p))), !inner.contains(t) { inner.append(t) }
        }
        return inner.isEmpty ? nil : inner.joined(separator: "; ")
    }

    /// One token read into a word: where it stands and every shape the grammar asks about.
    static func read(_ token: Substring, separators: Bool, _ lexicon: PartyLexicon) -> PartyWord {
        var shape = PartyWord.Shape()
        var word = token
        let endsInSeparator = PartyTokens.endsInSeparator(token)
        if separators, endsInSeparator {
            shape.insert(.cut)
            word = PartyTokens.droppingLast(token)
        } else if separators, token == "/" || token == "•" || token == "?" || token == "·" {
            // `Programme Coordinator / M&E Officer`: a slash standing alone parts two parties; so does a
            // bullet (`• Unidad de Género • BPPS`), or the `?` an export writes for one it could not encode.
            shape.insert(.cut)
            word = token[token.endIndex...]
        }
        // NB: the short words are told apart by their `shortKey`s; longer tokens skip the comparisons.
        if let key = ByteText.shortKey(token.utf8) {
            if Short.andWords.contains(key) {
                shape.insert(.andWord)
            } else if Short.with.contains(key) {
                shape.insert(.with)
            }
        }
        guard !word.isEmpty else { return PartyWord(range: word.startIndex..<word.endIndex, shape: shape, lowerID: 0, exactID: 0) }

        let scan = WordScan(word)
        let paren = PartyTokens.isParen(word)
        if paren {
            shape.insert(.paren)
            let inner = PartyTokens.parenInner(word)
            if !inner.utf8.contains(UInt8(ascii: ",")), !inner.utf8.contains(UInt8(ascii: ";")),
               ByteText.wordCount(inner.utf8) <= 3 { shape.insert(.shortParen) }
        } else if scan.breaksParty {
            shape.insert(.breaksParty)
        }
        let core = PartyTokens.withoutPluralMark(word)
        let plural = core.endIndex != word.endIndex
        if plural ? WordScan(core).isTitle : scan.isTitle { shape.insert(.title) }
        if scan.isLower { shape.insert(.lowerWord) }
        if let key = ByteText.shortKey(word.utf8) {
            if PartyGrammar.isJoiner(word) { shape.insert(.joiner) }
            if Short.articles.contains(key) { shape.insert(.the) }
            if key == Short.hyphen || key == Short.enDash { shape.insert(.dash) }
        }
        if scan.slashes > 0 { shape.insert(.slash) }

        let (lower, exact) = lexicon.entries(lowered: ByteText.lowercased(word), written: { word })
        shape.formUnion(lower.shape)
        shape.formUnion(exact.shape)
        // NB: an office or scope code (`MCO`, `KAZ/TKM`, `ROs`, `M&E`): the lexicon's `.officeCode`, or a code's shape;
        // posts' codes joined by a slash (`RR/DRR`) are office codes too.
        if shape.contains(.officeCode) || scan.isCode(word) { shape.insert(.code) }
        if scan.slashes > 0, shape.contains(.code), officeCodes(word, lexicon) { shape.insert(.officeCode) }
        if plural ? PartyTokens.isRoleNoun(word) : lower.shape.contains(.lowerRoleNoun) { shape.insert(.roleNoun) }
        // NB: `isForeignToParties` of the token: read off this word unless the token keeps its separator.
        if separators || !endsInSeparator {
            if !(paren && word.endIndex == token.endIndex),
               PartyTokens.isForeign(word, scan, isPartyWord: { lower.shape.contains(.partyLowercase) }) {
                shape.insert(.foreign)
            }
        } else if PartyTokens.isForeignToParties(token) {
            shape.insert(.foreign)
        }
        return PartyWord(range: word.startIndex..<word.endIndex, shape: shape, lowerID: lower.id, exactID: exact.id)
    }

    /// `w` is office codes joined by slashes (`RR/DRR`, `MCO`): each an office code of the lexicon.
    static func officeCodes(_ w: Substring, _ lexicon: PartyLexicon) -> Bool {
        !w.isEmpty && w.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { code in
            lexicon.entries(lowered: ByteText.lowercased(code), written: { code }).exact.shape.contains(.officeCode)
        }
    }

    /// Does a party start at word `i`: a capitalised word, or a lowercase party noun?
    private static func startsParty(at i: Int, _ words: [PartyWord], _ tokens: ArraySlice<Range<String.Index>>,
                                    in text: Substring, _ lexicon: PartyLexicon) -> Bool {
        // NB: the word, not the token: `l’OM` starts with the name `OM`.
        guard let f = text[words[i].range].unicodeScalars.first else { return false }
        if Scalars.isUppercase(f) || f == "(" { return true }
        // `UNDP and all units`, `UN Women and other UN Agencies`: a quantified phrase (`PartySplitter.quantified`).
        if words[i].is(.quantifier) && !words[i].is(.cut) && i + 1 < words.count { return true }
        // `UN Women and the Government`, `… and the Development Impact Advisory Team`: the grammar then says
        // whether both sides read (`Office for Asia and the Pacific` stays whole).
        if words[i].is(.the) && !words[i].is(.cut) && i + 1 < words.count && !words[i + 1].is(.cut)
            && (words[i + 1].is(.organizationHead) || text[tokens[tokens.startIndex + i + 1]].unicodeScalars.first.map(Scalars.isUppercase) == true) {
            return true
        }
        // NB: a noun phrase joins the tokens as written less the separators after the last:
        // a separator inside it matches nothing, and a word ending in two is looked up without them.
        for n in 1...3 where i + n <= words.count {
            let phrase = words[i..<i + n]
            if phrase.dropLast().contains(where: { $0.is(.cut) }) { break }
            var ids = phrase.map(\.lowerID)
            var last = text[phrase.last!.range]
            let doubled = PartyTokens.endsInSeparator(last)
            while PartyTokens.endsInSeparator(last) { last = PartyTokens.droppingLast(last) }
            if doubled { ids[n - 1] = lexicon.entries(lowered: ByteText.lowercased(last), written: { last }).lower.id }
            guard let key = PartyLexicon.PhraseKey(ids) else { continue }
            if lexicon.organizationNouns.contains(key) || lexicon.groupNouns.contains(key) { return true }
            // NB: a longer phrase would hold the separators.
            if doubled { break }
        }
        return false
    }
}

/// The short words `PartyWords.read` tells apart, as `ByteText.shortKey`s.
private enum Short {
    /// `Vocabulary.partyAndWords`.
    static let andWords: [UInt64] = Vocabulary.partyAndWords.map(key)
    /// `Vocabulary.partyWithWords`.
    static let with: [UInt64] = Vocabulary.partyWithWords.map(key)
    static let hyphen = key("-"), enDash = key("–")
    /// `Vocabulary.partyArticles`: `the` and the articles of office names in Spanish and French.
    static let articles: Set<UInt64> = Set(Vocabulary.partyArticles.map(key))

    private static func key(_ word: String) -> UInt64 { ByteText.shortKey(word.utf8)! }
}
