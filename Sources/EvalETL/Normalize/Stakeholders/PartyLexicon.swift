/// The party vocabularies — shipped (`Vocabulary`) and the user's (`PartyName`s) — with every
/// word numbered, so a phrase is looked up by its words' numbers.
///
///     let lexicon = PartyLexicon(user: [PartyName(name: "Programme Management Unit", kind: .unit, aliases: ["PMU"])])
///     lexicon.entries(lowered: "kazakhstan", written: "Kazakhstan")  // (lower: none, exact: id 12 [.country])
///     lexicon.known[PhraseKey([un, women])]   == Known(name: "UN Women", kind: .organization)
///     lexicon.known[PhraseKey([pmu])]         == Known(name: "Programme Management Unit", kind: .unit)
///     lexicon.countries.contains(PhraseKey([sri, lanka]))    == true  (`Sri`, `Lanka` as written)
///
/// NB: `PartyGrammar` tries many phrases per action row, so each word is looked up
/// once per row (`PartyWords`) and a phrase is a key packed from word numbers. A
/// phrase holding a word no vocabulary phrase holds has no key and matches nothing,
/// as its joined text would match nothing.
///
/// A class, so handing the shared lexicon around copies one reference, not its tables.
public final class PartyLexicon: Sendable {
    /// A word of the vocabularies: its number in phrases (0 when it is in none) and its shapes.
    struct Entry: Sendable {
        var id: UInt16 = 0
        var shape = PartyWord.Shape()
    }

    /// Every word, keyed lowercased: its entry as a lowercase word (organization keys,
    /// organization and group nouns, the lowercase sets `organizationHeads`, `nonNameWords`, …)
    /// and the entries of its forms as written (country names, `roleConnectors`, `officeCodes`, …).
    private let words: [String: (lower: Entry, forms: [(written: String, entry: Entry)])]
    /// A name the lexicon knows: what a cell that says it names, and its kind.
    struct Known: Equatable, Sendable {
        var name: String
        var kind: StakeholderKind
    }

    /// `Vocabulary.organizationsByKey` (organizations) and the user's names and aliases,
    /// by their lowercase words; a user entry wins over a shipped one.
    let known: [PhraseKey: Known]
    /// `Vocabulary.organizationNouns` and `groupNouns` by their lowercase words.
    let organizationNouns: Set<PhraseKey>
    let groupNouns: Set<PhraseKey>
    /// `Vocabulary.countries` and `partyPlaces` by their words as written.
    let countries: Set<PhraseKey>
    /// Identifies the user's entries in the cache key: a parse made with other entries is never reused.
    let userKey: String

    /// The shipped vocabulary alone.
    public static let shipped = PartyLexicon()

    /// The lexicon knows `words` (by their lowercase forms) as an organization.
    func isOrganization<C: Collection<PartyWord>>(_ words: C) -> Bool {
        PhraseKey(words.lazy.map(\.lowerID)).flatMap { known[$0] }?.kind == .organization
    }

    /// The entries of a word: as a lowercase word (by `lowered`, its lowercase form) and as written.
    ///
    /// NB: one lookup per word: a form as written is kept under its lowercase form.
    func entries(lowered: String, written: () -> Substring) -> (lower: Entry, exact: Entry) {
        guard let word = words[lowered] else { return (Entry(), Entry()) }
        guard !word.forms.isEmpty else { return (word.lower, Entry()) }
        let w = written()
        let exact = word.forms.first { $0.written == w }?.entry ?? Entry()
        return (word.lower, exact)
    }

    /// Up to `maxWords` word numbers, four to a `UInt64`, first word lowest.
    struct PhraseKey: Hashable, Sendable {
        static let maxWords = 12
        private var words0: UInt64 = 0, words1: UInt64 = 0, words2: UInt64 = 0

        /// The key of `ids`, or nil when a word is in no phrase (id 0) or there are too many.
        init?<C: Collection>(_ ids: C) where C.Element == UInt16 {
            guard ids.count <= Self.maxWords else { return nil }
            var k: UInt64 = 0
            for id in ids {
                guard id != 0 else { return nil }
                let bits = UInt64(id) << (16 * (k % 4))
                switch k / 4 {
                case 0: words0 |= bits
                case 1: words1 |= bits
                default: words2 |= bits
                }
                k += 1
            }
        }
    }

    public init(user: [PartyName] = []) {
        var lower: [String: Entry] = [:]
        var exact: [String: Entry] = [:]
        var nextID: UInt16 = 1
        /// The key of a vocabulary phrase, numbering its words as they come.
        func key(_ phrase: String, in words: inout [String: Entry]) -> PhraseKey {
            let parts = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var ids: [UInt16] = []
            for p in parts {
                if words[p, default: Entry()].id == 0 {
                    words[p, default: Entry()].id = nextID
                    nextID += 1
                }
                ids.append(words[p]!.id)
            }
            // NB: a phrase is matched against words split at single spaces, none empty and none
            // holding `(` (a parenthesis word may hold spaces); the vocabularies keep to that.
            precondition(!parts.contains { $0.isEmpty || $0.contains("(") } && parts.count <= PhraseKey.maxWords
                         && nextID < UInt16.max,
                         "party vocabulary phrase '\(phrase)' does not fit PartyLexicon")
            return PhraseKey(ids)!
        }
        var known: [PhraseKey: Known] = [:]
        for (k, name) in Vocabulary.organizationsByKey { known[key(k, in: &lower)] = Known(name: name, kind: .organization) }
        for party in user {
            for phrase in [party.name] + party.aliases {
                // NB: the words a user names are party words: no suffix holding them is cut as description.
                let lowered = ByteText.lowercased(phrase)
                known[key(lowered, in: &lower)] = Known(name: party.name, kind: party.kind)
                for w in lowered.split(separator: " ") { lower[String(w), default: Entry()].shape.insert(.partyLowercase) }
            }
        }
        organizationNouns = Set(Vocabulary.organizationNouns.map { key($0, in: &lower) })
        groupNouns = Set(Vocabulary.groupNouns.map { key($0, in: &lower) })
        let places = Vocabulary.countries + Vocabulary.partyPlaces
        countries = Set(places.map { key($0, in: &exact) })

        func mark(_ words: Set<String>, _ shape: PartyWord.Shape, in table: inout [String: Entry]) {
            for w in words { table[w, default: Entry()].shape.insert(shape) }
        }
        mark(Vocabulary.organizationHeads, .organizationHead, in: &lower)
        mark(Vocabulary.nonNameWords, .nonNameWord, in: &lower)
        mark(Vocabulary.roleModifiers, .roleModifier, in: &lower)
        mark(Vocabulary.roleNouns, .lowerRoleNoun, in: &lower)
        mark(Vocabulary.nameHonorifics, .honorific, in: &lower)
        mark(PartyTokens.partyLowercaseWords, .partyLowercase, in: &lower)
        mark(Vocabulary.roleConnectors, .connector, in: &exact)
        mark(Set(places), .country, in: &exact)
        mark(Vocabulary.nameParticles, .particle, in: &exact)
        mark(Vocabulary.partyFillerWords, .filler, in: &exact)
        mark(Vocabulary.officeCodes, .officeCode, in: &exact)
        mark(Set(Vocabulary.partyQuantifiers + Vocabulary.partyPossessives), .quantifier, in: &exact)

        var words: [String: (lower: Entry, forms: [(written: String, entry: Entry)])] = [:]
        for (w, e) in lower { words[w, default: (Entry(), [])].lower = e }
        for (w, e) in exact { words[w.lowercased(), default: (Entry(), [])].forms.append((w, e)) }
        self.words = words
        self.known = known
        let entries = user.map { ([$0.name, $0.kind.rawValue] + $0.aliases).joined(separator: "\t") }.joined(separator: "\n")
        userKey = user.isEmpty ? "parties:none" : "parties:" + Extractor.sha256Hex(Array(entries.utf8))
    }
}
