/// Splits a text that names parties into `Party` values (CONTRACT.md "stakeholder_roles").
///
///     "UN Women (WEE/SL Unit, Balochistan Sub Office)"   -> [UN Women (organization, detail "WEE/SL Unit, Balochistan Sub Office")]
///     "MCO Kazakhstan Representative, MCO and KAZ Programme Specialists"
///         -> [MCO Kazakhstan Representative, MCO Programme Specialists, KAZ Programme Specialists] (units)
///     "UN Women with the leadership of the WEE Unit"    -> [UN Women (organization), WEE Unit (unit)]
///     "Inkeri von Hase Michael Stewart-Evans"            -> [Inkeri von Hase, Michael Stewart-Evans] (persons)
///     "Niaz Murtaza (Team Leader) and Rehana Shaikh"     -> [Niaz Murtaza (person, "Team Leader"), Rehana Shaikh (person)]
///
/// Parties are cut at `,` `;` ` and ` ` & ` ` with ` (and `y`, `et`) outside parentheses; ` and `
/// cuts only before a capitalised word or a party noun, so `Office for Asia and
/// the Pacific` stays whole.
public enum PartySplitter {
    public static func split(_ text: String) -> [Party] {
        let folded = Text.fold(text)
        return parse(PartyWords(folded[...]), from: 0, strict: false) ?? []
    }

    /// The parties of `words` from `start` on (a responsible cell), or nil unless every
    /// party reads under the grammar (`strict`); lenient reading keeps unknown shapes as
    /// organizations or units.
    ///
    /// `afterSentence`: the cell follows a sentence end, so its first party may be a bare
    /// acronym or a lowercase noun (`…benefits. LHRD 2021/09`).
    static func parse(_ words: PartyWords, from start: Int, strict: Bool, afterSentence: Bool = false) -> [Party]? {
        guard var pieces = pieces(words, from: start, strict: strict), !pieces.isEmpty else { return strict ? nil : [] }
        expandSharedHeads(&pieces)
        var parties: [Party] = []
        for (i, piece) in pieces.enumerated() {
            if let r = PartyGrammar.read(piece.words, in: words, first: strict && !afterSentence && i == 0) {
                if r.persons.count >= 2 {
                    parties += r.persons.map { Party(name: $0, kind: .person) }
                } else {
                    parties.append(Party(name: r.name, kind: r.kind, detail: r.detail))
                }
            } else if strict {
                return nil
            } else {
                parties.append(fallback(piece.words, in: words))
            }
        }
        return parties
    }

    struct Piece {
        /// Words of the table side by side (or, after `expandSharedHeads`, a shared head and a role).
        var words: ArraySlice<PartyWord>
        /// The piece follows ` with ` (shared heads never cross it).
        var afterWith = false
    }

    /// The words cut into pieces at the top-level separators; nil (strict) on an empty piece.
    ///
    /// NB: a piece is every word from its start to the cut, so it is a slice of the table.
    static func pieces(_ words: PartyWords, from start: Int, strict: Bool) -> [Piece]? {
        let all = words.words
        var pieces: [Piece] = []
        var pieceStart = start
        var afterWith = false
        var ok = true
        func cut(before end: Int, nextAfterWith: Bool, next: Int) {
            if end == pieceStart {
                ok = false
            } else {
                pieces.append(Piece(words: all[pieceStart..<end], afterWith: afterWith))
            }
            pieceStart = next
            afterWith = nextAfterWith
        }
        for i in start..<all.count {
            let w = all[i]
            if w.is(.andWord) {
                // The `and` stays in the piece unless a party starts after it.
                let current = all[pieceStart..<i]
                if i + 1 < all.count && all[i + 1].is(.startsParty) && !gluesToNext(current)
                    && !(w.is(.yEt) && headFirstRole(current)) {
                    cut(before: i, nextAfterWith: false, next: i + 1)
                }
            } else if w.is(.with) {
                cut(before: i, nextAfterWith: true, next: i + 1)
            } else if w.is(.cut) {
                // A token that was only `,` or `;` adds no word.
                cut(before: w.range.isEmpty ? i : i + 1, nextAfterWith: false, next: i + 1)
            }
        }
        cut(before: all.count, nextAfterWith: false, next: all.count)
        for k in pieces.indices.dropFirst() where pieces[k].words.count > 1 && pieces[k].words.first!.is(.the) {
            pieces[k].words = pieces[k].words.dropFirst()
        }
        if !strict {
            // `Dr. Jane Doe` is Jane Doe: an honorific is no part of the name.
            for k in pieces.indices where pieces[k].words.count > 2 && pieces[k].words.first!.is(.honorific) {
                pieces[k].words = pieces[k].words.dropFirst()
            }
        }
        for k in pieces.indices where pieces[k].afterWith {
            // NB: `with the leadership of the WEE Unit` names the WEE Unit.
            while pieces[k].words.count > 1, let f = pieces[k].words.first, f.is(.lowerWord), f.is(.filler) {
                pieces[k].words = pieces[k].words.dropFirst()
            }
        }
        return strict && !ok ? nil : pieces
    }

    /// `Monitoring and Evaluation Specialist`: one Title-case word that names nothing
    /// by itself shares the rest of the name instead of starting a party.
    private static func gluesToNext(_ words: ArraySlice<PartyWord>) -> Bool {
        guard words.count == 1, let w = words.first, w.is(.title) else { return false }
        let organization = PartyLexicon.PhraseKey(CollectionOfOne(w.lowerID))
            .flatMap { PartyLexicon.shared.organizations[$0] } != nil
        return !w.is(.roleNoun) && !w.is(.country) && !organization
    }

    /// `Especialista de Monitoreo`: a Spanish or French post names its noun first, so
    /// a following `y`/`et` joins its object (`… y Evaluación`), not a new party.
    private static func headFirstRole(_ words: ArraySlice<PartyWord>) -> Bool {
        let i = words.startIndex
        return words.count >= 3 && words[i].is(.roleNoun) && words[i + 1].is(.connector)
    }

    /// `MCO and KAZ Programme Specialists` -> `MCO Programme Specialists`, `KAZ Programme Specialists`.
    static func expandSharedHeads(_ pieces: inout [Piece]) {
        guard pieces.count >= 2 else { return }
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

    /// A party the grammar cannot read: name and trailing parenthesis as written.
    private static func fallback(_ pieceWords: ArraySlice<PartyWord>, in words: PartyWords) -> Party {
        var body = pieceWords
        var detail: String?
        if body.count >= 2, let l = body.last, l.is(.paren) {
            detail = Text.nonEmpty(PartyTokens.parenInner(words.text(l)))
            body = body.dropLast()
        }
        let name = Text.fold(words.joined(body))
        let canonical = Vocabulary.canonicalOrganization(name) ?? name
        return Party(name: canonical, kind: StakeholderClassifier.kind(of: canonical), detail: detail)
    }
}
