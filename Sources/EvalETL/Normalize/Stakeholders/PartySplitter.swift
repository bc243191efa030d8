/// Splits a text that names parties into `Party` values (CONTRACT.md "stakeholder_roles").
///
///     "UN Women (WEE/SL Unit, Balochistan Sub Office)"   -> [UN Women (organization, detail "WEE/SL Unit, Balochistan Sub Office")]
///     "MCO Kazakhstan Representative, MCO and KAZ Programme Specialists"
///         -> [MCO Kazakhstan Representative, MCO Programme Specialists, KAZ Programme Specialists] (units)
///     "UN Women with the leadership of the WEE Unit"    -> [UN Women (organization), WEE Unit (unit)]
///     "Inkeri von Hase Michael Stewart-Evans"            -> [Inkeri von Hase, Michael Stewart-Evans] (persons)
///     "Niaz Murtaza (Team Leader) and Rehana Shaikh"     -> [Niaz Murtaza (person, "Team Leader"), Rehana Shaikh (person)]
///     "UNDP and all units"                               -> [UNDP (organization, detail "all units")] (`quantified`)
///     "N/A"                                              -> [] (`Vocabulary.noValues`)
///
/// Parties are cut at `,` `;` and ` with ` outside parentheses. ` and ` ` & ` ` y ` ` et `
/// cut only where a party starts after them and both sides then read
/// (`Monitoring and Evaluation Specialist`, `Office for Asia and the Pacific`,
/// `Red Mujer y Hábitat` stay whole). A person followed, after `;` or `,`, by a bare
/// post is that person with the post as detail (`Wanalher Ag Alwaly ; Responsable de projet`).
enum PartySplitter {
    static func split(_ text: String, lexicon: PartyLexicon) -> [Party] {
        var folded = Text.fold(text)[...]
        // NB: `NA`, `N/A`, `TBD`: a cell that says no party names none.
        guard !Vocabulary.noValues.contains(folded.lowercased()) else { return [] }
        // NB: `PMU.`, `Programme Specialist.`: the cell's full stop ends no name (`Ltd.`, `Dr.` and initials keep theirs).
        if folded.utf8.last == UInt8(ascii: "."), let last = folded.utf8.split(separator: 0x20).last.map({ Substring($0) }),
           last.utf8.count > 2, !Vocabulary.firmWords.contains(ByteText.lowercased(last)) {
            folded = folded.dropLast()
        }
        let parted = partingSlashes(folded, lexicon: lexicon)
        return parse(PartyWords(parted[...], lexicon: lexicon), from: 0, strict: false) ?? []
    }

    /// A slash written close between two parties spaced, as a slash standing alone parts them (`PartyWords.read`):
    /// when the name on one side of it (up to three words) is an organization the lexicon knows and the other
    /// side starts with a letter, or when one side is a post named by its words alone and the other a code or
    /// such a post, or when one side is posts' codes (`RR/DRR`) and the other one Title-case word, the word
    /// standing as a whole party (`Governance/RR/DRR`). Codes of one office (`RR/DRR`, `KAZ/TKM`, `WEE/SL Unit`)
    /// and slashes inside a parenthesis stay as written.
    ///
    ///     "MJL/ONU Femmes" -> "MJL / ONU Femmes";  "UNW/Ministry of Justice" -> "UNW / Ministry of Justice"
    ///     "UGP/Oficial de Programa" -> "UGP / Oficial de Programa"
    ///     "Governance/RR/DRR" -> "Governance / RR/DRR"
    static func partingSlashes(_ s: Substring, lexicon: PartyLexicon) -> String {
        // NB: only a slash between two letters may part parties (`2019/06`, `RR/ DRR` need no look).
        guard ByteText.withUTF8(s, { b in b.indices.dropFirst().dropLast().contains { b[$0] == UInt8(ascii: "/") && ByteText.isLetter(b[$0 - 1]) && ByteText.isLetter(b[$0 + 1]) } })
        else { return String(s) }
        let words = s.split(separator: " ")
        var out: [String] = []
        var depth = 0
        func known(_ parts: [Substring]) -> Bool {
            let phrase = ByteText.trimmingPunctuation(Substring(parts.joined(separator: " ")))
            guard !phrase.isEmpty else { return false }
            let ws = PartyWords(phrase, separators: false, lexicon: lexicon)
            return !ws.words.isEmpty && lexicon.isOrganization(ws.words)
        }
        func post(_ parts: [Substring]) -> Bool {
            let phrase = ByteText.trimmingPunctuation(Substring(parts.joined(separator: " ")))
            let ws = PartyWords(phrase, separators: false, lexicon: lexicon)
            return PartyGrammar.read(ws.words[...], in: ws, first: false).map { $0.kind == .unit && $0.post } ?? false
        }
        func code(_ w: Substring) -> Bool { WordScan(w).isCode(w) }
        func officeCodes(_ w: Substring) -> Bool { PartyWords.officeCodes(ByteText.trimmingPunctuation(w), lexicon) }
        func title(_ w: Substring) -> Bool {
            let word = ByteText.trimmingPunctuation(w)
            return !word.utf8.contains(UInt8(ascii: "/")) && WordScan(word).isTitle
        }
        func opensParty(_ w: Substring) -> Bool {
            let lower = ByteText.lowercased(w)
            return Vocabulary.partyAndWords.contains(lower) || Vocabulary.partyWithWords.contains(lower)
        }
        for (i, w) in words.enumerated() {
            defer {
                depth += w.utf8.filter { $0 == UInt8(ascii: "(") }.count - w.utf8.filter { $0 == UInt8(ascii: ")") }.count
            }
            guard depth == 0, w.utf8.first != UInt8(ascii: "/"), w.utf8.contains(UInt8(ascii: "/")) else { out.append(String(w)); continue }
            // `Governance/RR/DRR`: the word is a whole party (nothing of its name before or after it).
            let alone = (i == 0 || PartyTokens.endsInSeparator(words[i - 1]) || opensParty(words[i - 1]))
                && (i == words.count - 1 || PartyTokens.endsInSeparator(w) || opensParty(words[i + 1]))
            var written = ""
            var start = w.startIndex
            for slash in w.indices where w[slash] == "/" && slash != w.startIndex {
                let left = w[start..<slash], right = w[w.index(after: slash)...]
                guard left.utf8.last.map(ByteText.isLetter) == true, right.utf8.first.map(ByteText.isLetter) == true else { continue }
                // NB: after a slash that parted, the left side opens its party: no word before it is of its name.
                let before = start == w.startIndex ? words[max(0, i - 2)..<i] : [], after = words[(i + 1)..<min(words.count, i + 3)]
                let leftKnown = (0...before.count).contains { k in known(Array(before.suffix(k)) + [left]) }
                let rightKnown = (0...after.count).contains { k in known([right] + Array(after.prefix(k))) }
                // NB: `UGP/Oficial de Programa`: a code and a post; `WEE/SL Unit` is one unit (`SL Unit` names its code).
                // NB: the posts read last, each only when it decides (`PartyGrammar` on each phrase is the cost).
                let leftPost = { (0...before.count).contains { k in post(Array(before.suffix(k)) + [left]) } }
                let rightPost = { (0...after.count).contains { k in post([right] + Array(after.prefix(k))) } }
                // NB: `Governance/RR/DRR`: a unit named by one word, and posts named by their codes (`RR`, `DRR`).
                let field = { alone && (officeCodes(left) && title(right) || title(left) && officeCodes(right)) }
                let parts = leftKnown || rightKnown
                    || (code(left) ? rightPost() || code(right) && leftPost() : leftPost() && (code(right) || rightPost()))
                    || field()
                guard parts else { continue }
                written += "\(left) / "
                start = w.index(after: slash)
            }
            out.append(start == w.startIndex ? String(w) : written + w[start...])
        }
        return out.joined(separator: " ")
    }

    /// The parties of `words` from `start` on (a responsible cell), or nil unless every
    /// party reads under the grammar (`strict`); lenient reading keeps unknown shapes as
    /// organizations or units.
    ///
    /// `afterSentence`: the cell follows a sentence end, so its first party may be a bare
    /// acronym or a lowercase noun (`…benefits. LHRD 2021/09`).
    static func parse(_ words: PartyWords, from start: Int, strict: Bool, afterSentence: Bool = false) -> [Party]? {
        guard start < words.count else { return strict ? nil : [] }
        // NB: each `and` after which a party may start may cut or not; the choice with the most parties that all read wins
        // (ties: the earlier cuts). Past four `and`s only "all" and "none" are tried.
        let optional = (start + 1..<words.count).filter { i in
            i + 1 < words.count && words[i].is(.andWord) && words[i + 1].is(.startsParty) && !joinsFields(words, at: i, from: start)
        }
        let masks: [UInt32] = optional.count <= 4
            ? (0..<(UInt32(1) << optional.count)).sorted { ($0.nonzeroBitCount, $1) > ($1.nonzeroBitCount, $0) }
            : [UInt32.max, 0]
        var fallbackPieces: [Piece]?
        for mask in masks {
            let cuts = optional.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            guard var pieces = pieces(words, from: start, cuts: Set(cuts), strict: strict) else { continue }
            expandSharedHeads(&pieces)
            if fallbackPieces == nil { fallbackPieces = pieces }
            if let parties = read(pieces, in: words, strict: strict, afterSentence: afterSentence) { return parties }
        }
        guard !strict, let pieces = fallbackPieces else { return strict ? nil : [] }
        var parties: [Party] = []
        for piece in pieces where !quantified(piece, to: &parties, in: words) {
            parties += PartyGrammar.read(piece.words, in: words, first: false).map(party) ?? [fallback(piece.words, in: words)]
        }
        return parties
    }

    /// Adds a piece a quantifier opens (`Vocabulary.partyQuantifiers`: `all units`, `other UN Agencies`) after a party:
    /// the party its words name less the quantifiers and articles, else the phrase as the detail of the party before
    /// it; false when the piece is no such phrase.
    ///
    ///     "UNDP and all units"               -> [UNDP (detail "all units")]
    ///     "UN Women and other UN Agencies"   -> [UN Women, UN Agencies]
    private static func quantified(_ piece: Piece, to parties: inout [Party], in words: PartyWords) -> Bool {
        guard piece.words.first!.is(.quantifier), let last = parties.indices.last else { return false }
        let noun = piece.words.drop { $0.is(.quantifier) || $0.is(.the) }
        if !noun.isEmpty, let r = PartyGrammar.read(noun, in: words, first: false) {
            parties += party(r)
        } else {
            parties[last].detail = [parties[last].detail, words.joined(piece.words)].compactMap { $0 }.joined(separator: "; ")
        }
        return true
    }

    /// Whether the `and` at `i` joins two fields of one unit's name (`Youth and Gender Unit`, `Governance and
    /// Capacity building unit`): a field word stands alone before it, and the words after it end in a role noun.
    static func joinsFields(_ words: PartyWords, at i: Int, from start: Int) -> Bool {
        let before = words[i - 1]
        guard i - 1 == start || words[i - 2].is(.cut), before.is(.title), before.is(.nonNameWord), !before.is(.code) else { return false }
        var end = i + 1
        while end < words.count - 1, !words[end].is(.cut), !words[end + 1].is(.andWord), !words[end + 1].is(.with) { end += 1 }
        return words[end].is(.roleNoun) && !words[end].is(.paren)
    }

    /// Every piece read, or nil when one does not read.
    private static func read(_ pieces: [Piece], in words: PartyWords, strict: Bool, afterSentence: Bool) -> [Party]? {
        guard !pieces.isEmpty else { return nil }
        var parties: [Party] = []
        var previousPerson = false
        for (i, piece) in pieces.enumerated() {
            if quantified(piece, to: &parties, in: words) {
                previousPerson = false
                continue
            }
            guard let r = PartyGrammar.read(piece.words, in: words, first: strict && !afterSentence && i == 0) else { return nil }
            // `Wanalher Ag Alwaly ; Responsable de projet`: the post of the person before it.
            if previousPerson && piece.afterSeparator && r.kind == .unit && r.post, let last = parties.indices.last {
                parties[last].detail = [parties[last].detail, r.name].compactMap { $0 }.joined(separator: "; ")
                previousPerson = false
                continue
            }
            let read = party(r)
            previousPerson = read.count == 1 && read[0].kind == .person
            parties += read
        }
        return parties
    }

    private static func party(_ r: PartyGrammar.Reading) -> [Party] {
        r.persons.count >= 2 ? r.persons.map { Party(name: $0, kind: .person) } : [Party(name: r.name, kind: r.kind, detail: r.detail)]
    }

    struct Piece {
        /// Words of the table side by side (or, after `expandSharedHeads`, a shared head and a role).
        var words: ArraySlice<PartyWord>
        /// The piece follows ` with ` (shared heads never cross it).
        var afterWith = false
        /// The piece follows a `,` or `;`.
        var afterSeparator = false
    }

    /// The words cut into pieces at the separators and at the `and`s in `cuts`; nil (strict) on an empty piece.
    ///
    /// NB: a piece is every word from its start to the cut, so it is a slice of the table.
    static func pieces(_ words: PartyWords, from start: Int, cuts: Set<Int>, strict: Bool) -> [Piece]? {
        let all = words.words
        var pieces: [Piece] = []
        var pieceStart = start
        var afterWith = false
        var afterSeparator = false
        var ok = true
        func cut(before end: Int, nextAfterWith: Bool, nextAfterSeparator: Bool, next: Int) {
            if end == pieceStart {
                ok = false
            } else {
                pieces.append(Piece(words: all[pieceStart..<end], afterWith: afterWith, afterSeparator: afterSeparator))
            }
            pieceStart = next
            afterWith = nextAfterWith
            afterSeparator = nextAfterSeparator
        }
        for i in start..<all.count {
            let w = all[i]
            if cuts.contains(i) {
                cut(before: i, nextAfterWith: false, nextAfterSeparator: false, next: i + 1)
            } else if w.is(.with) {
                cut(before: i, nextAfterWith: true, nextAfterSeparator: false, next: i + 1)
            } else if w.is(.cut) {
                // A token that was only `,` or `;` adds no word.
                cut(before: w.range.isEmpty ? i : i + 1, nextAfterWith: false, nextAfterSeparator: true, next: i + 1)
            }
        }
        cut(before: all.count, nextAfterWith: false, nextAfterSeparator: false, next: all.count)
        for k in pieces.indices {
            var ws = pieces[k].words
            // `…, le Directeur de la Division`: an article opening a party is no part of its name (a cell's first
            // party too, read leniently; a strict reading leaves the article to the description).
            if k > 0 || !strict, ws.count > 1, ws.first!.is(.the) { ws = ws.dropFirst() }
            // `Dr. Jane Doe` is Jane Doe: an honorific is no part of the name.
            if !strict, ws.count > 2, ws.first!.is(.honorific) { ws = ws.dropFirst() }
            // NB: `with the leadership of the WEE Unit` names the WEE Unit; so does `, supported by the WEE Unit`
            // (after a separator only when a name follows: `, technical staff` keeps its word).
            let named = pieces[k].afterWith || pieces[k].afterSeparator && ws.contains { !$0.is(.filler) && ($0.is(.title) || $0.is(.code)) }
            while named, ws.count > 1, let f = ws.first, f.is(.lowerWord), f.is(.filler) { ws = ws.dropFirst() }
            pieces[k].words = ws
        }
        return strict && !ok ? nil : pieces
    }

    /// `MCO and KAZ Programme Specialists` -> `MCO Programme Specialists`, `KAZ Programme Specialists`;
    /// `Energy and Environment Cluster Lead and Analyst` -> `… Cluster Lead`, `… Cluster Analyst`.
    static func expandSharedHeads(_ pieces: inout [Piece]) {
        guard pieces.count >= 2 else { return }
        // NB: a post alone after `and` shares the words before the post it follows.
        for i in 1..<pieces.count {
            let post = pieces[i].words, before = pieces[i - 1].words
            guard post.count == 1, post.first!.is(.roleNoun), !pieces[i].afterWith, !pieces[i].afterSeparator,
                  before.count >= 2, before.last!.is(.roleNoun), !before.contains(where: { $0.is(.paren) }) else { continue }
            pieces[i].words = before.dropLast() + post
        }
        for i in stride(from: pieces.count - 2, through: 0, by: -1) {
            let bare = pieces[i].words
            let next = pieces[i + 1]
            guard bare.count == 1, bare.first!.is(.code), !next.afterWith,
                  next.words.count >= 2, next.words.first!.is(.code) else { continue }
            var role = next.words.dropFirst()
            if let l = role.last, l.is(.paren) { role = role.dropLast() }
            guard let noun = role.last, noun.is(.roleNoun), !role.contains(where: { $0.is(.code) }) else { continue }
            pieces[i].words = bare + role
        }
    }

    /// A party the grammar cannot read: name and trailing parenthesis as written (a remark after a name: `remark`).
    private static func fallback(_ pieceWords: ArraySlice<PartyWord>, in words: PartyWords) -> Party {
        if let party = remark(pieceWords, in: words) { return party }
        let (body, parens) = PartyWords.splittingDetail(pieceWords)
        let name = Text.fold(words.joined(body))
        let canonical = Vocabulary.canonicalOrganization(name) ?? name
        return Party(name: canonical, kind: kind(of: canonical, lexicon: words.lexicon), detail: words.detail(parens))
    }

    /// A party the grammar reads, then a remark a lowercase preposition opens (`Vocabulary.partyRemarkWords`)
    /// on lowercase words: the party, with the remark as written as its detail (after a parenthesis's).
    ///
    ///     "NSB for data generation"         -> NSB, detail "for data generation"
    ///     "UNDP on planning & programming"  -> UNDP, detail "on planning & programming"
    ///
    /// NB: asked only of a piece the grammar cannot read whole, so a preposition inside a name stays
    /// (`Ministry for Women`, `Commission on the Status of Women`); the remark's next word (after an article)
    /// is lowercase, so `UNDP for the Arab States` is no remark. The longest name that reads wins.
    static func remark(_ piece: ArraySlice<PartyWord>, in words: PartyWords) -> Party? {
        guard piece.count >= 3 else { return nil }
        for i in stride(from: piece.endIndex - 2, to: piece.startIndex, by: -1) {
            let w = piece[i]
            guard w.is(.lowerWord), Vocabulary.partyRemarkWords.contains(ByteText.lowercased(words.text(w))) else { continue }
            var next = i + 1
            while next < piece.endIndex - 1, piece[next].is(.the) { next += 1 }
            guard piece[next].is(.lowerWord), !piece[next].is(.the),
                  let r = PartyGrammar.read(piece[..<i], in: words, first: false), r.persons.count < 2 else { continue }
            let remark = words.joined(piece[i...])
            return Party(name: r.name, kind: r.kind, detail: [r.detail, remark].compactMap { $0 }.joined(separator: "; "))
        }
        return nil
    }

    /// Decides a stakeholder's kind from its canonical name.
    ///
    ///     "UN Women" -> organization, "MCO Representative" -> unit,
    ///     "beneficiaries" -> group, "Rehana Shaikh" -> person
    ///
    /// The party grammar decides first; names it cannot read fall back to word cues
    /// (a unit word anywhere, a group noun, Title-case words) and else `organization`.
    static func kind(of name: String, lexicon: PartyLexicon) -> StakeholderKind {
        let folded = Text.fold(name)
        let words = PartyWords(folded[...], separators: false, lexicon: lexicon)
        if let r = PartyGrammar.read(words.words[...], in: words, first: false) { return r.kind }
        let lower = words.words.map { ByteText.lowercased(words.text($0)) }
        if lower.contains(where: { Vocabulary.roleNouns.contains($0) || Vocabulary.officeCodes.contains($0.uppercased()) }) {
            return .unit
        }
        if let last = lower.last, Vocabulary.groupNouns.contains(last), folded.unicodeScalars.first.map(Scalars.isLowercase) ?? false {
            return .group
        }
        return .organization
    }
}
