/// One word of a party text, read once: where it stands and every shape the grammar asks about.
///
///     "MCO Kazakhstan Representative, IEO"
///      MCO             [code officeCode]
///      Kazakhstan      [title country]
///      Representative, [title roleNoun lowerRoleNoun cut]    (the word is `Representative`)
///      IEO             [code officeCode]
///
/// The word is the token less one trailing `,` or `;` (`cut`): that is how it stands in
/// a party. `cut`, `andWord`, `with` and `foreign` describe the token as written.
/// A value holds no text, only its place, so arrays of words copy without reference counting.
struct PartyWord: Sendable, Equatable {
    struct Shape: OptionSet, Sendable {
        let rawValue: UInt32
        /// `(…)`: a parenthesis group (`PartyTokens.isParen`).
        static let paren = Shape(rawValue: 1 << 0)
        /// Ends a sentence or holds a number: no party holds it (parentheses excepted).
        static let breaksParty = Shape(rawValue: 1 << 1)
        static let code = Shape(rawValue: 1 << 2)
        static let officeCode = Shape(rawValue: 1 << 3)
        static let title = Shape(rawValue: 1 << 4)
        static let lowerWord = Shape(rawValue: 1 << 5)
        /// `PartyTokens.isRoleNoun`: the word, less a plural mark, lowercased, is a role noun.
        static let roleNoun = Shape(rawValue: 1 << 6)
        /// `PartyGrammar.isJoiner`.
        static let joiner = Shape(rawValue: 1 << 7)
        static let the = Shape(rawValue: 1 << 8)
        /// `-` or `–`.
        static let dash = Shape(rawValue: 1 << 9)
        /// Holds a `/`.
        static let slash = Shape(rawValue: 1 << 10)
        /// A parenthesis whose inner text has no `,` or `;` and at most three words.
        static let shortParen = Shape(rawValue: 1 << 11)
        // Lowercased word in a vocabulary (`PartyLexicon.lower`).
        static let organizationHead = Shape(rawValue: 1 << 12)
        static let nonNameWord = Shape(rawValue: 1 << 13)
        static let roleModifier = Shape(rawValue: 1 << 14)
        static let lowerRoleNoun = Shape(rawValue: 1 << 15)
        static let honorific = Shape(rawValue: 1 << 16)
        static let partyLowercase = Shape(rawValue: 1 << 17)
        // Word as written in a vocabulary (`PartyLexicon.exact`).
        static let connector = Shape(rawValue: 1 << 18)
        static let country = Shape(rawValue: 1 << 19)
        static let particle = Shape(rawValue: 1 << 20)
        static let filler = Shape(rawValue: 1 << 21)
        // The token as written.
        /// Ends in `,`, `;` or `/` (`PartyTokens.endsInSeparator`): the party ends after this word.
        static let cut = Shape(rawValue: 1 << 22)
        /// `and`, `&`, `y` or `et`.
        static let andWord = Shape(rawValue: 1 << 23)
        /// `all`, `other`, `relevant` (`Vocabulary.partyQuantifiers`), or a possessive (`its`, `Vocabulary.partyPossessives`), lowercase.
        static let quantifier = Shape(rawValue: 1 << 24)
        static let with = Shape(rawValue: 1 << 25)
        /// A party may start here, after an `and` (set only on words after an `andWord`).
        static let startsParty = Shape(rawValue: 1 << 26)
        /// `PartyTokens.isForeignToParties`: no party of a strict reading holds the token.
        static let foreign = Shape(rawValue: 1 << 27)
    }

    /// The word in the text (less the `,`/`;` of a `cut`); empty when the token was only that.
    var range: Range<String.Index>
    var shape: Shape
    /// Numbers of the word in `PartyLexicon` phrases: lowercased, and as written (0: in none).
    var lowerID: UInt16
    var exactID: UInt16

    @inline(__always) func `is`(_ s: Shape) -> Bool { shape.contains(s) }
}
