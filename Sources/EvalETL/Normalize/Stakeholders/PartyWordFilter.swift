/// Rules out a vocabulary lookup of joined party words by one word, before joining them.
///
///     PartyWordFilter.organizationStarts.mayStart("Programme"[...]) == false  (no key starts `programme `)
///     PartyWordFilter.organizationStarts.mayStart("UN"[...])        == true   (`un women`)
///     PartyWordFilter.countryEnds.mayStart("Guinea"[...])           == true   (`Papua New Guinea`)
///
/// NB: `words.joined(separator: " ")` starts with its first word and a space, so a
/// phrase equal to it starts with that word: a first word that starts no phrase
/// rules out every join. The filter answers only for ASCII words with no space
/// (a parenthesis word holds spaces); for any other word it says "may".
struct PartyWordFilter {
    /// The first (or last) space-separated word of every phrase.
    let words: Set<String>
    /// Lowercase the word before looking it up (the phrases are compared lowercased).
    let lowercase: Bool

    init<S: Sequence>(phrases: S, last: Bool = false, lowercase: Bool) where S.Element == String {
        var words = Set<String>()
        for p in phrases {
            let parts = p.split(separator: " ", omittingEmptySubsequences: false)
            guard let w = last ? parts.last : parts.first else { continue }
            words.insert(lowercase ? w.lowercased() : String(w))
        }
        self.words = words
        self.lowercase = lowercase
    }

    /// False only when no phrase starts (or ends) with `word`.
    func mayStart(_ word: Substring) -> Bool {
        guard ByteText.isSimpleASCII(word), !word.utf8.contains(UInt8(ascii: " ")) else { return true }
        return words.contains(lowercase ? ByteText.lowercased(word) : String(word))
    }

    /// First words of `Vocabulary.organizationsByKey` (lowercased keys).
    static let organizationStarts = PartyWordFilter(phrases: Vocabulary.organizationsByKey.keys, lowercase: true)

    /// First words of `organizationNouns` and `groupNouns` (lowercase phrases).
    static let nounStarts = PartyWordFilter(
        phrases: Vocabulary.organizationNouns.union(Vocabulary.groupNouns), lowercase: true)

    /// First words of `Vocabulary.countries` (compared as written).
    static let countryStarts = PartyWordFilter(phrases: Vocabulary.countries, lowercase: false)

    /// Last words of `Vocabulary.countries` (compared as written).
    static let countryEnds = PartyWordFilter(phrases: Vocabulary.countries, last: true, lowercase: false)
}
