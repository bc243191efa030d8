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
        return parse(PartyTokens.tokens(folded[...])[...], strict: false) ?? []
    }

    /// The parties of a responsible cell, or nil unless every party reads under the
    /// grammar (`strict`); lenient reading keeps unknown shapes as organizations or units.
    ///
    /// `afterSentence`: the cell follows a sentence end, so its first party may be a bare
    /// acronym or a lowercase noun (`…benefits. LHRD 2021/09`).
    static func parse(_ tokens: ArraySlice<Substring>, strict: Bool, afterSentence: Bool = false) -> [Party]? {
        guard var pieces = pieces(tokens, strict: strict), !pieces.isEmpty else { return strict ? nil : [] }
        expandSharedHeads(&pieces)
        var parties: [Party] = []
        for (i, piece) in pieces.enumerated() {
            if let r = PartyGrammar.read(piece.words[...], first: strict && !afterSentence && i == 0) {
                if r.persons.count >= 2 {
                    parties += r.persons.map { Party(name: $0, kind: .person) }
                } else {
                    parties.append(Party(name: r.name, kind: r.kind, detail: r.detail))
                }
            } else if strict {
                return nil
            } else {
                parties.append(fallback(piece.words))
            }
        }
        return parties
    }

    struct Piece {
        var words: [Substring]
        /// The piece follows ` with ` (shared heads never cross it).
        var afterWith = false
    }

    /// The words cut into pieces at the top-level separators; nil (strict) on an empty piece.
    static func pieces(_ tokens: ArraySlice<Substring>, strict: Bool) -> [Piece]? {
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
        var i = tokens.startIndex
        while i < tokens.endIndex {
            let w = tokens[i]
            let next = tokens.index(after: i)
            if w == "and" || w == "&" || w == "y" || w == "et" {
                if next < tokens.endIndex && startsParty(tokens[next...]) && !gluesToNext(current.words)
                    && !((w == "y" || w == "et") && headFirstRole(current.words)) {
                    cut(nextAfterWith: false)
                } else {
                    current.words.append(w)
                }
            } else if w == "with" {
                cut(nextAfterWith: true)
            } else if !PartyTokens.isParen(w), let l = w.last, l == "," || l == ";" {
                let word = w.dropLast()
                if !word.isEmpty { current.words.append(word) }
                cut(nextAfterWith: false)
            } else {
                current.words.append(w)
            }
            i = next
        }
        if current.words.isEmpty { ok = false } else { pieces.append(current) }
        for k in pieces.indices.dropFirst() where pieces[k].words.count > 1 && pieces[k].words.first == "the" {
            pieces[k].words.removeFirst()
        }
        if !strict {
            // `Dr. Jane Doe` is Jane Doe: an honorific is no part of the name.
            for k in pieces.indices where pieces[k].words.count > 2 {
                if let f = pieces[k].words.first, Vocabulary.nameHonorifics.contains(f.lowercased()) { pieces[k].words.removeFirst() }
            }
        }
        for k in pieces.indices where pieces[k].afterWith {
            // NB: `with the leadership of the WEE Unit` names the WEE Unit.
            while pieces[k].words.count > 1, let f = pieces[k].words.first,
                  PartyTokens.isLowerWord(f), Vocabulary.partyFillerWords.contains(String(f)) {
                pieces[k].words.removeFirst()
            }
        }
        return strict && !ok ? nil : pieces
    }

    /// `Monitoring and Evaluation Specialist`: one Title-case word that names nothing
    /// by itself shares the rest of the name instead of starting a party.
    private static func gluesToNext(_ words: [Substring]) -> Bool {
        guard words.count == 1, let w = words.first, PartyTokens.isTitleWord(w) else { return false }
        let s = String(w)
        return !PartyTokens.isRoleNoun(w) && !Vocabulary.countrySet.contains(s)
            && Vocabulary.canonicalOrganization(s) == nil
    }

    /// `Especialista de Monitoreo`: a Spanish or French post names its noun first, so
    /// a following `y`/`et` joins its object (`… y Evaluación`), not a new party.
    private static func headFirstRole(_ words: [Substring]) -> Bool {
        words.count >= 3 && PartyTokens.isRoleNoun(words[0])
            && Vocabulary.roleConnectors.contains(String(words[1]))
    }

    /// Does a party start here: a capitalised word, or a lowercase party noun?
    private static func startsParty(_ words: ArraySlice<Substring>) -> Bool {
        guard let f = words.first?.first else { return false }
        if f.isUppercase || f == "(" { return true }
        // `UN Women and the Government`
        if words.first == "the", words.count >= 2,
           Vocabulary.organizationHeads.contains(words[words.startIndex + 1].lowercased()) { return true }
        // NB: a phrase of two or more words starts with the first word as written, and a
        // one-word phrase with it less a trailing `,`/`;`; the filter rules most out unjoined.
        let head = words[words.startIndex]
        var bare = head
        while let l = bare.utf8.last, l == UInt8(ascii: ",") || l == UInt8(ascii: ";") { bare = bare.dropLast() }
        for n in 1...3 where n <= words.count {
            guard PartyWordFilter.nounStarts.mayStart(n == 1 ? bare : head) else { continue }
            var phrase = words.prefix(n).joined(separator: " ").lowercased()
            while let l = phrase.last, l == "," || l == ";" { phrase.removeLast() }
            if Vocabulary.organizationNouns.contains(phrase) || Vocabulary.groupNouns.contains(phrase) {
                return true
            }
        }
        return false
    }

    /// `MCO and KAZ Programme Specialists` -> `MCO Programme Specialists`, `KAZ Programme Specialists`.
    static func expandSharedHeads(_ pieces: inout [Piece]) {
        guard pieces.count >= 2 else { return }
        for i in stride(from: pieces.count - 2, through: 0, by: -1) {
            let bare = pieces[i].words
            let next = pieces[i + 1]
            guard bare.count == 1, PartyTokens.isCode(bare[0]), !next.afterWith,
                  next.words.count >= 2, PartyTokens.isCode(next.words[0]) else { continue }
            var role = Array(next.words.dropFirst())
            if let l = role.last, PartyTokens.isParen(l) { role.removeLast() }
            guard let noun = role.last, PartyTokens.isRoleNoun(noun),
                  !role.contains(where: PartyTokens.isCode) else { continue }
            pieces[i].words = bare + role
        }
    }

    /// A party the grammar cannot read: name and trailing parenthesis as written.
    private static func fallback(_ words: [Substring]) -> Party {
        var body = words[...]
        var detail: String?
        if body.count >= 2, let l = body.last, PartyTokens.isParen(l) {
            detail = Text.nonEmpty(PartyTokens.parenInner(l))
            body = body.dropLast()
        }
        let name = Text.fold(body.joined(separator: " "))
        let canonical = Vocabulary.canonicalOrganization(name) ?? name
        return Party(name: canonical, kind: StakeholderClassifier.kind(of: canonical), detail: detail)
    }
}
