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

    static func read(_ words: ArraySlice<Substring>, first: Bool) -> Reading? {
        guard !words.isEmpty, words.count <= 12 else { return nil }
        var body = words
        var detail: String?
        if body.count >= 2, let last = body.last, PartyTokens.isParen(last) {
            detail = Text.nonEmpty(PartyTokens.parenInner(last))
            body = body.dropLast()
        }
        guard let head = body.first, !PartyTokens.isParen(head) else { return nil }
        for w in body where !PartyTokens.isParen(w) {
            // NB: a word ending a sentence, or holding digits, belongs to the description.
            if ByteText.endsWith(oneOf: ".:!?", w) { return nil }
            if ByteText.hasNumber(w) { return nil }
        }
        // NB: most candidate phrases read as nothing; the name is joined (and
        // lowercased) only when a first-word filter lets a lookup through or a reading is made.
        var phrase = PartyPhrase(body)
        if PartyWordFilter.organizationStarts.mayStart(head), let org = Vocabulary.organizationsByKey[phrase.lower] {
            return Reading(name: org, kind: .organization, detail: detail)
        }
        if PartyWordFilter.nounStarts.mayStart(head) {
            let lower = phrase.lower
            if Vocabulary.organizationNouns.contains(lower) {
                return first ? nil : Reading(name: phrase.joined, kind: .organization, detail: detail)
            }
            if Vocabulary.groupNouns.contains(lower) {
                return first ? nil : Reading(name: phrase.joined, kind: .group, detail: detail)
            }
        }
        if organizationPhrase(body)
            || (!first && body.count == 1 && Vocabulary.organizationHeads.contains(ByteText.lowercased(head))) {
            return Reading(name: phrase.joined, kind: .organization, detail: detail)
        }
        if let unit = unit(body, first: first) {
            return Reading(name: phrase.joined, kind: unit, detail: detail)
        }
        if let persons = persons(body) {
            return Reading(name: phrase.joined, kind: .person, detail: detail, persons: persons)
        }
        return nil
    }

    /// `[org] [codes] [country] role-words role-noun [country]`, or bare office codes.
    private static func unit(_ body: ArraySlice<Substring>, first: Bool) -> StakeholderKind? {
        var rest = body
        var orgPrefix = false
        var acronymPrefix = false
        // NB: every prefix tried starts with the same word, which may rule them all out.
        let mayStartOrganization = rest.first.map(PartyWordFilter.organizationStarts.mayStart) ?? false
        for n in stride(from: min(3, rest.count - 1), through: 1, by: -1) where mayStartOrganization {
            if Vocabulary.organizationsByKey[ByteText.lowercased(rest.prefix(n).joined(separator: " "))] != nil {
                acronymPrefix = n == 1 && PartyTokens.isCode(rest[rest.startIndex])
                rest = rest.dropFirst(n)
                orgPrefix = true
                break
            }
        }
        var codes: [Substring] = []
        while let w = rest.first, PartyTokens.isCode(w) {
            codes.append(w)
            rest = rest.dropFirst()
        }
        // NB: `UNDP MCO …`, `UNCT TKM …`: an organization or arbitrary acronym may
        // not head an office code; only office codes stack (`MCO KAZ`).
        // `UN Women CO` is fine: the organization is no acronym.
        if acronymPrefix && !codes.isEmpty { return nil }
        if codes.dropLast().contains(where: { !PartyTokens.isOfficeCode($0) }) { return nil }
        // NB: a country names an office only after its code or organization
        // (`MCO Kazakhstan`, `UN Women Pakistan`); descriptions often end in one.
        let countryWords = codes.isEmpty && !orgPrefix ? 0 : country(at: rest)
        rest = rest.dropFirst(countryWords)
        if rest.isEmpty {
            // `UN Women Pakistan`, `UN Women CO`: an office of the organization.
            if orgPrefix { return countryWords > 0 || !codes.isEmpty ? .unit : nil }
            if !codes.isEmpty && codes.allSatisfy(PartyTokens.isOfficeCode) { return .unit }
            // NB: a bare acronym (`LHRD`) is an organization, but never the first party:
            // descriptions end in acronyms far more often than cells start with one.
            if codes.count == 1 && !first { return .organization }
            return nil
        }
        if roleTail(rest, afterHead: orgPrefix || !codes.isEmpty || countryWords > 0) { return .unit }
        // `LHRD Sindh`: an acronym and a place name, after the first party.
        if !first && codes.count == 1 && !orgPrefix && rest.count <= 2
            && rest.allSatisfy(PartyTokens.isTitleWord) {
            return .organization
        }
        return nil
    }

    /// Role words ending in a role noun, then perhaps a country: `Programme Specialists (all)`,
    /// `programme staff`, `Head of Office`, `Country Office (CO) Pakistan`.
    private static func roleTail(_ words: ArraySlice<Substring>, afterHead: Bool) -> Bool {
        var tail = words
        let trailingCountry = countryAtEnd(tail)
        if trailingCountry > 0 && trailingCountry < tail.count { tail = tail.dropLast(trailingCountry) }
        var core = tail
        while let l = core.last, PartyTokens.isParen(l) { core = core.dropLast() }
        // `Programme Specialist - EVAW`: a short qualifier after a dash.
        if let dash = core.firstIndex(where: { $0 == "-" || $0 == "–" }) {
            let qualifier = core[core.index(after: dash)...]
            guard (1...3).contains(qualifier.count),
                  qualifier.allSatisfy({ PartyTokens.isCode($0) || PartyTokens.isTitleWord($0) }) else { return false }
            core = core[..<dash]
            tail = tail[..<dash]
        }
        // `Head of Programmes`, `Especialista de Monitoreo y Evaluación`: a role noun,
        // a connector, then its object.
        if let last = core.last, !PartyTokens.isRoleNoun(last) {
            guard let of = core.firstIndex(where: { Vocabulary.roleConnectors.contains(String($0)) }),
                  of > core.startIndex, PartyTokens.isRoleNoun(core[core.index(before: of)]),
                  core[core.index(after: of)...].allSatisfy({ PartyTokens.isTitleWord($0) || PartyTokens.isCode($0)
                      || Vocabulary.roleConnectors.contains(String($0)) || isJoiner($0) })
            else { return false }
        }
        guard core.last != nil else { return false }
        guard let head = tail.first else { return false }
        if !afterHead && !(PartyTokens.isTitleWord(head) || PartyTokens.isCode(head)) { return false }
        var previousWasConnector = true
        for (i, w) in tail.enumerated() {
            if PartyTokens.isParen(w) {
                let inner = PartyTokens.parenInner(w)
                guard i > 0, !inner.contains(","), !inner.contains(";"),
                      inner.split(separator: " ").count <= 3 else { return false }
                continue
            }
            if Vocabulary.roleConnectors.contains(String(w)) || isJoiner(w) {
                if previousWasConnector || i == tail.count - 1 { return false }
                previousWasConnector = true
                continue
            }
            previousWasConnector = false
            if Vocabulary.countrySet.contains(String(w)) { return false }
            if PartyTokens.isTitleWord(w) || PartyTokens.isCode(w) { continue }
            if PartyTokens.isLowerWord(w) {
                let lower = ByteText.lowercased(w)
                if Vocabulary.roleModifiers.contains(lower) || Vocabulary.roleNouns.contains(lower) { continue }
            }
            return false
        }
        return true
    }

    /// `Ministry of Finance`, `Government of Pakistan`, `National Commission`: Title-case
    /// words with an organization head noun first or last.
    private static func organizationPhrase(_ body: ArraySlice<Substring>) -> Bool {
        guard body.count >= 2, let f = body.first, let l = body.last else { return false }
        guard Vocabulary.organizationHeads.contains(ByteText.lowercased(f))
                || Vocabulary.organizationHeads.contains(ByteText.lowercased(l)) else { return false }
        var previousWasConnector = true
        for w in body {
            if Vocabulary.roleConnectors.contains(String(w)) || isJoiner(w) || w == "the" {
                if previousWasConnector { return false }
                previousWasConnector = true
                continue
            }
            previousWasConnector = false
            guard PartyTokens.isTitleWord(w) || PartyTokens.isCode(w) else { return false }
        }
        return !previousWasConnector
    }

    /// `and`, `&`, `y`, `et`, `la`, `le`: words that join the parts of one name.
    ///
    /// NB: compared by hand, not with an array literal, which would be built on every call.
    static func isJoiner(_ w: Substring) -> Bool {
        let n = w.utf8.count
        guard n >= 1, n <= 3 else { return false }
        return w == "and" || w == "&" || w == "y" || w == "et" || w == "la" || w == "le"
    }

    /// How many words at the start name a country (0 when none).
    private static func country(at words: ArraySlice<Substring>) -> Int {
        guard let f = words.first, PartyWordFilter.countryStarts.mayStart(f) else { return 0 }
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            let name = words.prefix(n).joined(separator: " ")
            if Vocabulary.countrySet.contains(name) { return n }
        }
        return 0
    }

    private static func countryAtEnd(_ words: ArraySlice<Substring>) -> Int {
        guard let l = words.last, PartyWordFilter.countryEnds.mayStart(l) else { return 0 }
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            let name = words.suffix(n).joined(separator: " ")
            if Vocabulary.countrySet.contains(name) { return n }
        }
        return 0
    }

    /// Person names side by side: `Inkeri von Hase Michael Stewart-Evans` -> two names.
    ///
    /// A particle joins the next word into one name part; two parts make a person,
    /// so four or six parts are two or three people, and two, three or five one person each way.
    static func persons(_ body: ArraySlice<Substring>) -> [String]? {
        var parts: [[Substring]] = []
        var pending: [Substring] = []
        for w in body {
            if Vocabulary.nameParticles.contains(String(w)) {
                guard !parts.isEmpty || !pending.isEmpty else { return nil }
                pending.append(w)
                continue
            }
            guard PartyTokens.isTitleWord(w), !w.contains("/"), !PartyTokens.isRoleNoun(w) else { return nil }
            let lower = ByteText.lowercased(w)
            guard !Vocabulary.organizationHeads.contains(lower), !Vocabulary.nonNameWords.contains(lower),
                  !Vocabulary.countrySet.contains(String(w)) else { return nil }
            parts.append(pending + [w])
            pending = []
        }
        guard pending.isEmpty, (2...6).contains(parts.count) else { return nil }
        let groups: [[[Substring]]]
        if parts.count >= 4 && parts.count % 2 == 0 {
            groups = stride(from: 0, to: parts.count, by: 2).map { Array(parts[$0..<$0 + 2]) }
        } else if parts.count <= 3 {
            groups = [parts]
        } else {
            return nil
        }
        return groups.map { $0.flatMap { $0 }.joined(separator: " ") }
    }
}
