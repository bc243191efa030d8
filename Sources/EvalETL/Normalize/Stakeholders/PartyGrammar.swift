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
    }

    /// The reading of `body`, words of `words`.
    static func read(_ body: ArraySlice<PartyWord>, in words: PartyWords, first: Bool) -> Reading? {
        guard !body.isEmpty, body.count <= 12 else { return nil }
        var body = body
        var detailWord: PartyWord?
        if body.count >= 2, let last = body.last, last.is(.paren) {
            detailWord = last
            body = body.dropLast()
        }
        guard let head = body.first, !head.is(.paren) else { return nil }
        // NB: a word ending a sentence, or holding digits, belongs to the description.
        if body.contains(where: { $0.is(.breaksParty) }) { return nil }
        // NB: the name and detail are built only once a reading is made.
        func reading(_ kind: StakeholderKind, name: String? = nil, persons: [String] = []) -> Reading {
            let detail = detailWord.flatMap { Text.nonEmpty(PartyTokens.parenInner(words.text($0))) }
            return Reading(name: name ?? words.joined(body), kind: kind, detail: detail, persons: persons)
        }
        let lexicon = PartyLexicon.shared
        let key = PartyLexicon.PhraseKey(body.lazy.map(\.lowerID))
        if let key, let org = lexicon.organizations[key] { return reading(.organization, name: org) }
        if let key, lexicon.organizationNouns.contains(key) { return first ? nil : reading(.organization) }
        if let key, lexicon.groupNouns.contains(key) { return first ? nil : reading(.group) }
        if organizationPhrase(body) || (!first && body.count == 1 && head.is(.organizationHead)) {
            return reading(.organization)
        }
        if let unit = unit(body, first: first) { return reading(unit) }
        if let persons = persons(body, in: words) { return reading(.person, persons: persons) }
        return nil
    }

    /// `[org] [codes] [country] role-words role-noun [country]`, or bare office codes.
    private static func unit(_ body: ArraySlice<PartyWord>, first: Bool) -> StakeholderKind? {
        var rest = body
        var orgPrefix = false
        var acronymPrefix = false
        for n in stride(from: min(3, rest.count - 1), through: 1, by: -1) {
            if let key = PartyLexicon.PhraseKey(rest.prefix(n).lazy.map(\.lowerID)),
               PartyLexicon.shared.organizations[key] != nil {
                acronymPrefix = n == 1 && rest[rest.startIndex].is(.code)
                rest = rest.dropFirst(n)
                orgPrefix = true
                break
            }
        }
        var codes = 0
        var allOffice = true
        var lastCodeIsOffice = true
        while let w = rest.first, w.is(.code) {
            // NB: `UNDP MCO …`, `UNCT TKM …`: an organization or arbitrary acronym may
            // not head an office code; only office codes stack (`MCO KAZ`).
            if codes > 0 && !lastCodeIsOffice { return nil }
            codes += 1
            lastCodeIsOffice = w.is(.officeCode)
            allOffice = allOffice && lastCodeIsOffice
            rest = rest.dropFirst()
        }
        // `UN Women CO` is fine: the organization is no acronym.
        if acronymPrefix && codes > 0 { return nil }
        // NB: a country names an office only after its code or organization
        // (`MCO Kazakhstan`, `UN Women Pakistan`); descriptions often end in one.
        let countryWords = codes == 0 && !orgPrefix ? 0 : country(at: rest)
        rest = rest.dropFirst(countryWords)
        if rest.isEmpty {
            // `UN Women Pakistan`, `UN Women CO`: an office of the organization.
            if orgPrefix { return countryWords > 0 || codes > 0 ? .unit : nil }
            if codes > 0 && allOffice { return .unit }
            // NB: a bare acronym (`LHRD`) is an organization, but never the first party:
            // descriptions end in acronyms far more often than cells start with one.
            if codes == 1 && !first { return .organization }
            return nil
        }
        if roleTail(rest, afterHead: orgPrefix || codes > 0 || countryWords > 0) { return .unit }
        // `LHRD Sindh`: an acronym and a place name, after the first party.
        if !first && codes == 1 && !orgPrefix && rest.count <= 2 && rest.allSatisfy({ $0.is(.title) }) {
            return .organization
        }
        return nil
    }

    /// Role words ending in a role noun, then perhaps a country: `Programme Specialists (all)`,
    /// `programme staff`, `Head of Office`, `Country Office (CO) Pakistan`.
    private static func roleTail(_ words: ArraySlice<PartyWord>, afterHead: Bool) -> Bool {
        var tail = words
        let trailingCountry = countryAtEnd(tail)
        if trailingCountry > 0 && trailingCountry < tail.count { tail = tail.dropLast(trailingCountry) }
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
        if let last = core.last, !last.is(.roleNoun) {
            guard let of = core.firstIndex(where: { $0.is(.connector) }),
                  of > core.startIndex, core[core.index(before: of)].is(.roleNoun),
                  core[core.index(after: of)...].allSatisfy({ !$0.shape.isDisjoint(with: [.title, .code, .connector, .joiner]) })
            else { return false }
        }
        guard core.last != nil else { return false }
        guard let head = tail.first else { return false }
        if !afterHead && !(head.is(.title) || head.is(.code)) { return false }
        var previousWasConnector = true
        for (i, w) in tail.enumerated() {
            if w.is(.paren) {
                guard i > 0, w.is(.shortParen) else { return false }
                continue
            }
            if w.is(.connector) || w.is(.joiner) {
                if previousWasConnector || i == tail.count - 1 { return false }
                previousWasConnector = true
                continue
            }
            previousWasConnector = false
            if w.is(.country) { return false }
            if w.is(.title) || w.is(.code) { continue }
            if w.is(.lowerWord) && (w.is(.roleModifier) || w.is(.lowerRoleNoun)) { continue }
            return false
        }
        return true
    }

    /// `Ministry of Finance`, `Government of Pakistan`, `National Commission`: Title-case
    /// words with an organization head noun first or last.
    private static func organizationPhrase(_ body: ArraySlice<PartyWord>) -> Bool {
        guard body.count >= 2, let f = body.first, let l = body.last else { return false }
        guard f.is(.organizationHead) || l.is(.organizationHead) else { return false }
        var previousWasConnector = true
        for w in body {
            if w.is(.connector) || w.is(.joiner) || w.is(.the) {
                if previousWasConnector { return false }
                previousWasConnector = true
                continue
            }
            previousWasConnector = false
            guard w.is(.title) || w.is(.code) else { return false }
        }
        return !previousWasConnector
    }

    /// `and`, `&`, `y`, `et`, `la`, `le`: words that join the parts of one name.
    static func isJoiner(_ w: Substring) -> Bool {
        guard let key = ByteText.shortKey(w.utf8) else { return false }
        return joiners.contains(key)
    }

    private static let joiners = ["and", "&", "y", "et", "la", "le"].map { ByteText.shortKey($0.utf8)! }

    /// How many words at the start name a country (0 when none).
    private static func country(at words: ArraySlice<PartyWord>) -> Int {
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            if let key = PartyLexicon.PhraseKey(words.prefix(n).lazy.map(\.exactID)),
               PartyLexicon.shared.countries.contains(key) { return n }
        }
        return 0
    }

    private static func countryAtEnd(_ words: ArraySlice<PartyWord>) -> Int {
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            if let key = PartyLexicon.PhraseKey(words.suffix(n).lazy.map(\.exactID)),
               PartyLexicon.shared.countries.contains(key) { return n }
        }
        return 0
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
