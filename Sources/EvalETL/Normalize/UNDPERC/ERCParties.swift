/// The parties of an ERC `Responsible` cell: split as GATE's are, then read as UNDP pages mean them.
///
///     "PMU and UNDP"                     -> PMU (unit), UNDP (organization)
///     "UN Agencies and UNDAF ME TWG"     -> UN Agencies (organization), UNDAF ME TWG (unit)
///     "Programme Officer-NUER project"   -> unit (a post)
///     "CPG"                              -> unit (an acronym no organization list knows: a team or body of the project)
///     "UGP /Consultor externo"           -> unit (a post: its noun stands before the adjective)
///
/// NB: on an ERC page an unknown acronym or a name ending in a post or team word is a unit of
/// the commissioning office or its project; organizations are the known ones (`UNDP`, `WHO`),
/// and names with an organization head (`Ministry of …`, `… Agencies`).
enum ERCParties {
    static func split(_ responsible: String, lexicon: PartyLexicon) -> [Party] {
        PartySplitter.split(responsible, lexicon: lexicon).map(refined)
    }

    static func refined(_ party: Party) -> Party {
        guard party.kind == .organization, Vocabulary.canonicalOrganization(party.name) == nil else { return party }
        let words = words(of: party.name[...])
        let lower = words.map { ByteText.lowercased($0) }
        if lower.contains(where: { Vocabulary.organizationHeads.contains($0) || ERCVocabulary.organizationWords.contains($0) }) {
            return party
        }
        // NB: the last word but the adjectives a Spanish or French post puts after its noun (`Consultor externo`).
        let head = lower.last { !Vocabulary.postAdjectives.contains($0) }
        let unitWord = head.map { Vocabulary.roleNouns.contains($0) || ERCVocabulary.unitWords.contains($0) } ?? false
        var out = party
        if unitWord || words.allSatisfy(isCode) { out.kind = .unit }
        return out
    }

    /// The words of a name between spaces, `-` and `/` (a mark that a combining mark joins is no mark).
    static func words(of name: Substring) -> [Substring] {
        ByteText.split(name) { $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }.filter { !$0.isEmpty }
    }

    /// `UNDAF`, `ME`, `M&E`, `CO2`: 2–6 characters, each (its first scalar, `Scalars`) a capital,
    /// a number or `&` (no mark joining it).
    static func isCode(_ word: Substring) -> Bool {
        ByteText.withUTF8(word) { b in
            var characters = 0
            var i = 0
            var ampersand = false
            while i < b.count {
                let (s, width) = Scalars.decode(b, at: i)
                if i > 0, Scalars.extendsCharacter(s) {
                    guard !ampersand else { return false }
                } else {
                    characters += 1
                    guard characters <= 6, Scalars.isUppercase(s) || Scalars.isNumber(s) || s == "&" else { return false }
                    ampersand = s == "&"
                }
                i += width
            }
            return characters >= 2
        }
    }
}
