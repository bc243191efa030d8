/// The words of one party as a name, joined (and lowercased) only when first asked.
///
///     var p = PartyPhrase(["UN", "Women"])
///     p.joined == "UN Women";  p.lower == "un women"
///
/// NB: `PartyGrammar.read` tries many candidate phrases per action row and most read
/// as nothing; building the joined string for each was a large part of its cost.
struct PartyPhrase {
    let words: ArraySlice<Substring>

    init(_ words: ArraySlice<Substring>) {
        self.words = words
    }

    /// `words.joined(separator: " ")`.
    lazy var joined: String = words.joined(separator: " ")

    /// `joined.lowercased()`.
    lazy var lower: String = ByteText.lowercased(joined)
}
