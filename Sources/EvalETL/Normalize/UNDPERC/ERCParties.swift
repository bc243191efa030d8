/// The parties of an ERC `Responsible` cell: split as GATE's are, then read as UNDP pages mean them.
///
///     "PMU and UNDP"                     -> PMU (unit), UNDP (organization)
///     "UN Agencies and UNDAF ME TWG"     -> UN Agencies (organization), UNDAF ME TWG (unit)
///     "Programme Officer-NUER project"   -> unit (a post)
///     "CPG"                              -> unit (an acronym no organization list knows: a team or body of the project)
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
        let words = party.name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
        let lower = words.map { $0.lowercased() }
        if lower.contains(where: { Vocabulary.organizationHeads.contains($0) || ERCVocabulary.organizationWords.contains($0) }) {
            return party
        }
        var out = party
        if let last = lower.last, Vocabulary.roleNouns.contains(last) || ERCVocabulary.unitWords.contains(last) {
            out.kind = .unit
        } else if words.allSatisfy({ w in (2...6).contains(w.count) && w.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" } }) {
            out.kind = .unit
        }
        return out
    }
}
