/// Reads the words of ONE party under a small grammar and says what it is.
///
///     "UN Women (WEE/SL Unit, Balochistan Sub Office)" -> organization UN Women, detail "WEE/SL Unit, …"
///     "MCO Kazakhstan Representative"                  -> unit   (office code, country, role noun)
///     "KAZ/TKM Programme Specialists"                  -> unit   (scope code, role words)
///     "Inkeri von Hase Michael Stewart-Evans"           -> person ×2
///     "responsible party"                              -> organization;  "beneficiaries" -> group
///     "UNCT TKM Programme Specialist", "EVAW TAJ …"     -> nil    (an acronym may not head another code)
///
/// `first` marks the first party of a responsible cell, which must not be a
/// bare arbitrary acronym or a lowercase noun (those are how descriptions end).
enum PartyGrammar {
    struct Reading: Equatable {
        var name: String
        var kind: StakeholderKind
        var detail: String?
        /// Two or more people written side by side: one name each.
        var persons: [String] = []
        /// A unit named by its post words alone (`Responsable de projet`): no organization,
        /// code or place before them.
        var post = false
    }

    /// The reading of `body`, words of `words`.
    static func read(_ body: ArraySlice<PartyWord>, in words: PartyWords, first: Bool) -> Reading? {
        guard !body.isEmpty, body.count <= 12 else { return nil }
        let (body, detailWords) = PartyWords.splittingDetail(body)
        guard let head = body.first, !head.is(.paren) else { return nil }
        // NB: a word ending a sentence, or holding digits, belongs to the description.
        if body.contains(where: { $0.is(.breaksParty) }) { return nil }
        // NB: the name and detail are built only once a reading is made.
        func reading(_ kind: StakeholderKind, name: String? = nil, persons: [String] = [], post: Bool = false) -> Reading {
            Reading(name: name ?? words.joined(body), kind: kind, detail: words.detail(detailWords), persons: persons, post: post)
        }
        let lexicon = words.lexicon
        let key = PartyLexicon.PhraseKey(body.lazy.map(\.lowerID))
        if let key, let known = lexicon.known[key] { return reading(known.kind, name: known.name) }
        if let key, lexicon.organizationNouns.contains(key) { return first ? nil : reading(.organization) }
        if let key, lexicon.groupNouns.contains(key) { return first ? nil : reading(.group) }
        // `Société civile Sénégal`: an organization noun, then the place it is in.
        let trailingPlace = country(at: body, atEnd: true, lexicon)
        if !first, trailingPlace > 0, trailingPlace < body.count,
           let key = PartyLexicon.PhraseKey(body.dropLast(trailingPlace).lazy.map(\.lowerID)), lexicon.organizationNouns.contains(key) {
            return reading(.organization)
        }
        if organizationPhrase(body) || (!first && body.count == 1 && head.is(.organizationHead)) {
            return reading(.organization)
        }
        if memberGroup(body, lexicon) { return reading(.group) }
        if let unit = unit(body, first: first, lexicon) { return reading(unit.kind, post: unit.post) }
        // `ASEAN Project team ROAP`: a unit, then the office it sits in, its detail.
        if let office = officeAfterUnit(body, first: first, lexicon) {
            let name = body.dropLast(office)
            return Reading(name: words.joined(name), kind: .unit,
                           detail: [words.joined(body.suffix(office)), words.detail(detailWords)].compactMap { $0 }.joined(separator: "; "))
        }
        if ofOrganization(body, lexicon) { return reading(.unit) }
        // NB: a place alone (`Cono Sur`) names no party, though its words look like a name.
        if place(at: body, lexicon) == body.count { return nil }
        if let persons = persons(body, in: words) { return reading(.person, persons: persons) }
        return nil
    }

    /// `SAARC Member States`, `UN Agencies`-like groups: a code or known organization, then a group noun.
    private static func memberGroup(_ body: ArraySlice<PartyWord>, _ lexicon: PartyLexicon) -> Bool {
        guard body.count >= 2 else { return false }
        for n in 1...min(3, body.count - 1) {
            let head = body.prefix(n)
            guard (n == 1 && head.first!.is(.code)) || lexicon.isOrganization(head) else { continue }
            if let key = PartyLexicon.PhraseKey(body.dropFirst(n).lazy.map(\.lowerID)), lexicon.groupNouns.contains(key) { return true }
        }
        return false
    }

    /// How many office codes (two at most) end `body` after a unit's name ending in its role noun, the office the
    /// unit sits in; nil when `body` is no such unit.
    ///
    ///     "ASEAN Project team ROAP" -> 1 (`ASEAN Project team`, detail `ROAP`);  "the project team ROAP" -> nil
    ///
    /// NB: the name reads as a unit of its own, so a description's lowercase words (`capacity development team`)
    /// never open one, and `MCO ROAP` stays two office codes of one name.
    private static func officeAfterUnit(_ body: ArraySlice<PartyWord>, first: Bool, _ lexicon: PartyLexicon) -> Int? {
        var n = 0
        while n < min(2, body.count - 1), body[body.endIndex - 1 - n].is(.officeCode) { n += 1 }
        let name = body.dropLast(n)
        guard n > 0, let noun = name.last, noun.is(.roleNoun), !noun.is(.code),
              unit(name, first: first, lexicon)?.kind == .unit else { return nil }
        return n
    }

    /// `Management Projet ONU Femmes`, `Programme Specialist UN Women`: a post, then the organization it serves.
    private static func ofOrganization(_ body: ArraySlice<PartyWord>, _ lexicon: PartyLexicon) -> Bool {
        guard body.count >= 2,
              let n = stride(from: min(3, body.count - 1), through: 1, by: -1).first(where: { lexicon.isOrganization(body.suffix($0)) })
        else { return false }
        return roleTail(body.dropLast(n), afterHead: false, lexicon)
    }

    /// `[org] [codes] [country] role-words role-noun [country]`, or bare office codes.
    private static func unit(_ body: ArraySlice<PartyWord>, first: Bool, _ lexicon: PartyLexicon) -> (kind: StakeholderKind, post: Bool)? {
        var rest = body
        var orgPrefix = false
        var acronymPrefix = false
        if let n = stride(from: min(3, rest.count - 1), through: 1, by: -1).first(where: { lexicon.isOrganization(rest.prefix($0)) }) {
            acronymPrefix = n == 1 && rest[rest.startIndex].is(.code)
            rest = rest.dropFirst(n)
            orgPrefix = true
        }
        var codes = 0
        var allOffice = true
        var lastCodeIsOffice = true
        while let w = rest.first, w.is(.code) {
            // NB: `UNDP MCO …`, `UNCT TKM …`: an organization or arbitrary acronym may
            // not head an office code; only office codes stack (`MCO KAZ`). After an
            // organization written in words, one place code may (`UN Women PNG CO`).
            if codes > 0 && !lastCodeIsOffice && !(orgPrefix && !acronymPrefix && codes == 1) { return nil }
            codes += 1
            lastCodeIsOffice = w.is(.officeCode)
            allOffice = allOffice && lastCodeIsOffice
            rest = rest.dropFirst()
        }
        // `UN Women CO` is fine: the organization is no acronym. After an acronym, only
        // office codes and nothing more (`UNW CO`); `UNCT MCO Representative` is a description's
        // `UNCT` before the cell `MCO Representative`.
        if acronymPrefix && codes > 0 && !(rest.isEmpty && allOffice) { return nil }
        // NB: a country names an office only after its code or organization
        // (`MCO Kazakhstan`, `UN Women Pakistan`); descriptions often end in one.
        let countryWords = codes == 0 && !orgPrefix ? 0 : place(at: rest, lexicon)
        rest = rest.dropFirst(countryWords)
        // `UN Women Kenya CO`: the office's code after its place.
        while countryWords > 0, let w = rest.first, w.is(.officeCode) {
            codes += 1
            rest = rest.dropFirst()
        }
        if rest.isEmpty {
            // `UN Women Pakistan`, `UN Women CO`: an office of the organization.
            if orgPrefix { return countryWords > 0 || codes > 0 ? (.unit, false) : nil }
            if codes > 0 && allOffice { return (.unit, false) }
            // NB: a bare acronym (`LHRD`) is an organization, but never the first party:
            // descriptions end in acronyms far more often than cells start with one.
            if codes == 1 && !first { return (.organization, false) }
            return nil
        }
        let headed = orgPrefix || codes > 0 || countryWords > 0
        if roleTail(rest, afterHead: headed, lexicon) { return (.unit, !headed) }
        // `LHRD Sindh`: an acronym and a place name, after the first party.
        if !first && codes == 1 && !orgPrefix && rest.count <= 2 && rest.allSatisfy({ $0.is(.title) }) {
            return (.organization, false)
        }
        return nil
    }

    /// Role words ending in a role noun, then perhaps a country: `Programme Specialists (all)`,
    /// `programme staff`, `Head of Office`, `Country Office (CO) Pakistan`.
    private static func roleTail(_ words: ArraySlice<PartyWord>, afterHead: Bool, _ lexicon: PartyLexicon) -> Bool {
        var tail = words
        let trailingCountry = country(at: tail, atEnd: true, lexicon)
        // NB: a place after a connector is the object (`Office for Europe and Central Asia`), kept.
        if trailingCountry > 0 && trailingCountry < tail.count,
           tail.dropLast(trailingCountry).last.map({ $0.shape.isDisjoint(with: [.connector, .joiner, .the]) }) ?? true {
            tail = tail.dropLast(trailingCountry)
        }
        var core = tail
        while let l = core.last, l.is(.paren) { core = core.dropLast() }
        // `Programme Specialist - EVAW`: a short qualifier after a dash.
        if let dash = core.firstIndex(where: { $0.is(.dash) }) {
            let qualifier = core[core.index(after: dash)...]
            guard (1...3).contains(qualifier.count),
                  qualifier.allSatisfy({ $0.is(.code) || $0.is(.title) }) else { return false }
            core = core[..<dash]
            tail = tail[..<dash]
        }
        // `Head of Programmes`, `Especialista de Monitoreo y Evaluación`: a role noun,
        // a connector, then its object.
        // `Equipe programme`, `Point focal genre`, `Bureau Pays`, `Directrice Régionale`: a French
        // or Spanish post names its noun first, then up to three field words; after its organization or
        // office code, in lower case too (`ONU Mujeres oficina regional`).
        let nounFirst = (2...4).contains(core.count) && core.first!.is(.roleNoun) && (core.first!.is(.title) || afterHead)
            && core.dropFirst().allSatisfy { ($0.is(.lowerWord) && $0.is(.roleModifier)) || $0.is(.title) }
        if let last = core.last, !last.is(.roleNoun), !nounFirst {
            // NB: `Oficina Regional para …`: the noun may stand one word before the connector.
            guard let of = core.firstIndex(where: { $0.is(.connector) }),
                  of > core.startIndex, core[core.startIndex..<of].suffix(2).contains(where: { $0.is(.roleNoun) }),
                  core[core.index(after: of)...].allSatisfy({ !$0.shape.isDisjoint(with: [.title, .code, .connector, .joiner, .the, .roleModifier]) })
            else { return false }
        }
        guard !core.isEmpty, let head = tail.first else { return false }
        if !afterHead && !(head.is(.title) || head.is(.code)) { return false }
        var previousWasConnector = true
        var afterConnector = false
        for (i, w) in tail.enumerated() {
            // `Office for Asia and the Pacific`: an article after a connector or joiner.
            if w.is(.the) {
                if !previousWasConnector || i == 0 || i == tail.count - 1 { return false }
                continue
            }
            if w.is(.paren) {
                guard i > 0, w.is(.shortParen) else { return false }
                continue
            }
            if w.is(.connector) || w.is(.joiner) {
                if previousWasConnector || i == tail.count - 1 { return false }
                previousWasConnector = true
                afterConnector = afterConnector || w.is(.connector)
                continue
            }
            previousWasConnector = false
            // NB: a place names an office's region only in its object (`Office for the Caribbean`).
            if w.is(.country) && !afterConnector { return false }
            if w.is(.title) || w.is(.code) { continue }
            if w.is(.lowerWord) && (w.is(.roleModifier) || w.is(.lowerRoleNoun)) { continue }
            return false
        }
        return true
    }

    /// `Ministry of Finance`, `Government of Pakistan`, `National Commission`: Title-case
    /// words with an organization head noun first or last, or followed by its object
    /// (`National Commission for Women`; two connecting words at most: `Ministère de la Jeunesse`).
    private static func organizationPhrase(_ body: ArraySlice<PartyWord>) -> Bool {
        guard body.count >= 2, let f = body.first, let l = body.last else { return false }
        let headBeforeObject = body.indices.dropLast().contains { i in
            body[i].is(.organizationHead) && body[i + 1].is(.connector)
        }
        guard f.is(.organizationHead) || l.is(.organizationHead) || headBeforeObject else { return false }
        var connecting = 2 // connecting words in a row; none may open the phrase
        for w in body {
            if w.is(.connector) || w.is(.joiner) || w.is(.the) {
                connecting += 1
                if connecting > 2 { return false }
                continue
            }
            connecting = 0
            guard w.is(.title) || w.is(.code) else { return false }
        }
        return connecting == 0
    }

    /// `and`, `&`, `y`, `et`, `la`, `le` (`Vocabulary.partyJoiners`): words that join the parts of one name.
    static func isJoiner(_ w: Substring) -> Bool {
        guard let key = ByteText.shortKey(w.utf8) else { return false }
        return joiners.contains(key)
    }

    private static let joiners = Vocabulary.partyJoiners.map { ByteText.shortKey($0.utf8)! }

    /// How many words at the start name places: a country or region, or several joined
    /// (`Brasil & Cono Sur`); 0 when none.
    private static func place(at words: ArraySlice<PartyWord>, _ lexicon: PartyLexicon) -> Int {
        var n = country(at: words, lexicon)
        guard n > 0 else { return 0 }
        while words.count > n + 1, words[words.startIndex + n].is(.joiner), !words[words.startIndex + n].is(.the) {
            let more = country(at: words.dropFirst(n + 1), lexicon)
            guard more > 0 else { break }
            n += 1 + more
        }
        return n
    }

    /// How many words at the start (at the end, `atEnd`) name a country (0 when none).
    private static func country(at words: ArraySlice<PartyWord>, atEnd: Bool = false, _ lexicon: PartyLexicon) -> Int {
        stride(from: min(3, words.count), through: 1, by: -1).first { n in
            PartyLexicon.PhraseKey((atEnd ? words.suffix(n) : words.prefix(n)).lazy.map(\.exactID)).map(lexicon.countries.contains) ?? false
        } ?? 0
    }

    /// Person names side by side: `Inkeri von Hase Michael Stewart-Evans` -> two names.
    ///
    /// A particle joins the next word into one name part; two parts make a person,
    /// so four or six parts are two or three people, and two, three or five one person each way.
    static func persons(_ body: ArraySlice<PartyWord>, in words: PartyWords) -> [String]? {
        var parts: [[PartyWord]] = []
        var pending: [PartyWord] = []
        for w in body {
            if w.is(.particle) {
                guard !parts.isEmpty || !pending.isEmpty else { return nil }
                pending.append(w)
                continue
            }
            guard w.is(.title), w.shape.isDisjoint(with: [.slash, .roleNoun, .organizationHead, .nonNameWord, .country])
            else { return nil }
            parts.append(pending + [w])
            pending = []
        }
        guard pending.isEmpty, (2...6).contains(parts.count) else { return nil }
        let groups: [[[PartyWord]]]
        if parts.count >= 4 && parts.count % 2 == 0 {
            groups = stride(from: 0, to: parts.count, by: 2).map { Array(parts[$0..<$0 + 2]) }
        } else if parts.count <= 3 {
            groups = [parts]
        } else {
            return nil
        }
        return groups.map { words.joined($0.joined()) }
    }
}
