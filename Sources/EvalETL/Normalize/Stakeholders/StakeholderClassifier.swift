/// Decides a stakeholder's kind from its canonical name.
///
///     "UN Women" -> organization, "MCO Representative" -> unit,
///     "beneficiaries" -> group, "Rehana Shaikh" -> person
///
/// The party grammar decides first; names it cannot read fall back to word cues
/// (a unit word anywhere, a group noun, Title-case words) and else `organization`.
public enum StakeholderClassifier {
    static func kind(of name: String, lexicon: PartyLexicon) -> StakeholderKind {
        let folded = Text.fold(name)
        let words = PartyWords(folded[...], separators: false, lexicon: lexicon)
        if let r = PartyGrammar.read(words.words[...], in: words, first: false) { return r.kind }
        let lower = words.words.map { words.text($0).lowercased() }
        if lower.contains(where: { Vocabulary.roleNouns.contains($0) || Vocabulary.officeCodes.contains($0.uppercased()) }) {
            return .unit
        }
        if let last = lower.last, Vocabulary.groupNouns.contains(last), folded.unicodeScalars.first.map(Scalars.isLowercase) ?? false {
            return .group
        }
        return .organization
    }
}
