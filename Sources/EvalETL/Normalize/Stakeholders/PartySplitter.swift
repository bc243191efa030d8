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
            if let r = PartyGrammar.read(piece.words[...], in: words, first: strict && !afterSentence && i == 0) {
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
        var words: [PartyWord]
        /// The piece follows ` with ` (shared heads never cross it).
        var afterWith = false
    }

    /// The words cut into pieces at the top-level separators; nil (strict) on an empty piece.
    static func pieces(_ words: PartyWords, from start: Int, strict: Bool) -> [Piece]? {
        var pieces: [Piece] = []
        var current = Piece(words: [])
        var ok = true
        func cut(nextAfterWith: Bool) {
            if current.words.isEmpty {
                ok = false
            } else {
                pieces.append(current)
            }
            current = Piece(words: [], afterWith: nextAfterWith)
        }
        for i in start..<words.count {
            let w = words[i]
            if w.is(.andWord) {
                let next = i + 1
                if next < words.count && words[next].is(.startsParty) && !gluesToNext(current.words)
                    && !(w.is(.yEt) && headFirstRole(current.words)) {
                    cut(nextAfterWith: false)
                } else {
                    current.words.append(w)
                }
            } else if w.is(.with) {
                cut(nextAfterWith: true)
            } else if w.is(.cut) {
                if !w.range.isEmpty { current.words.append(w) }
                cut(nextAfterWith: false)
            } else {
                current.words.append(w)
            }
        }
        if current.words.isEmpty { ok = false } else { pieces.append(current) }
        for k in pieces.indices.dropFirst() where pieces[k].words.count > 1 && pieces[k].words[0].is(.the) {
            pieces[k].words.removeFirst()
        }
        if !strict {
            // `Dr. Jane Doe` is Jane Doe: an honorific is no part of the name.
            for k in pieces.indices where pieces[k].words.count > 2 && pieces[k].words[0].is(.honorific) {
                pieces[k].words.removeFirst()
            }
        }
        for k in pieces.indices where pieces[k].afterWith {
            // NB: `with the leadership of the WEE Unit` names the WEE Unit.
            while pieces[k].words.count > 1, let f = pieces[k].words.first, f.is(.lowerWord), f.is(.filler) {
                pieces[k].words.removeFirst()
            }
        }
        return strict && !ok ? nil : pieces
    }

    /// `Monitoring and Evaluation Specialist`: one Title-case word that names nothing
    /// by itself shares the rest of the name instead of starting a party.
    private static func gluesToNext(_ words: [PartyWord]) -> Bool {
        guard words.count == 1, let w = words.first, w.is(.title) else { return false }
        let organization = PartyLexicon.PhraseKey(CollectionOfOne(w.lowerID))
            .flatMap { PartyLexicon.shared.organizations[$0] } != nil
        return !w.is(.roleNoun) && !w.is(.country) && !organization
    }

    /// `Especialista de Monitoreo`: a Spanish or French post names its noun first, so
    /// a following `y`/`et` joins its object (`… y Evaluación`), not a new party.
    private static func headFirstRole(_ words: [PartyWord]) -> Bool {
        words.count >= 3 && words[0].is(.roleNoun) && words[1].is(.connector)
    }

    /// `MCO and KAZ Programme Specialists` -> `MCO Programme Specialists`, `KAZ Programme Specialists`.
    static func expandSharedHeads(_ pieces: inout [Piece]) {
        guard pieces.count >= 2 else { return }
        for i in stride(from: pieces.count - 2, through: 0, by: -1) {
            let bare = pieces[i].words
            let next = pieces[i + 1]
            guard bare.count == 1, bare[0].is(.code), !next.afterWith,
                  next.words.count >= 2, next.words[0].is(.code) else { continue }
            var role = Array(next.words.dropFirst())
            if let l = role.last, l.is(.paren) { role.removeLast() }
            guard let noun = role.last, noun.is(.roleNoun), !role.contains(where: { $0.is(.code) }) else { continue }
            pieces[i].words = bare + role
        }
    }

    /// A party the grammar cannot read: name and trailing parenthesis as written.
    private static func fallback(_ pieceWords: [PartyWord], in words: PartyWords) -> Party {
        var body = pieceWords[...]
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
