/// The words a management response page is read by: field labels and headings (footers: `PageFooter`).
///
///     GATEVocabulary.fields.first { $0.label == Array("category".utf8) }?.field == .responseCategory
///     GATEVocabulary.keyActionHeadings.contains(Array("key action(s)".utf8)) == true
///
/// NB: every word here is lower-case ASCII but for `recomendación` and `à`;
/// a line is folded and lower-cased (`ByteText.withLowercased`) before it is looked up.
enum GATEVocabulary {
    /// Each lower-case label (UTF-8) with its field (`Recommendation 3` is read apart: `GATEField`).
    ///
    /// NB: a list, not a dictionary: a label is compared as bytes, without building its string.
    static let fields: [(label: [UInt8], field: GATEField)] = {
        let labels: [(GATEField, [String])] = [
            (.recommendation, ["recommendation", "recommendations", "recomendación", "recommandation"]),
            (.managementResponse, ["management response", "management responses"]),
            (.description, ["description"]),
            (.responseCategory, ["management response category", "response category", "category"]),
            (.thematicAreas, ["thematic area", "thematic areas"]),
            (.operatingPrinciples, ["operating principles", "operating principle"]),
            (.organizationalPriorities, ["organizational priorities", "organisational priorities", "organizational priority"]),
            (.unegCriteria, ["uneg criteria", "uneg criterion"]),
            (.donors, ["donor(s)", "donor", "donors"]),
        ]
        return labels.flatMap { field, words in words.map { (Array($0.utf8), field) } }
    }()

    /// How a lead-in naming whom the recommendations address opens (`Recommendations for the Regional Office: …`):
    /// the section (`RecommendationFields.addressee`).
    static let addressedLeadIns: [[UInt8]] = [
        "recommendations for ", "recommendation for ", "recommendations to ", "recommendation to ",
        "recomendaciones para ", "recomendación para ", "recomendaciones a ", "recomendaciones al ",
        "recommandations pour ", "recommandation pour ", "recommandations à ", "recommandations au ", "recommandations aux ",
    ].map { Array($0.utf8) }

    /// The first word of a numbered recommendation label (`Recommendation 3`).
    static let recommendationWord = Array("recommendation".utf8)

    static let pageTitle = Array("management response".utf8)
    /// How the title of a response that is no GATE page opens (`Management response to the executive summary of …`).
    static let responseTitleOpenings = [Array("management response to ".utf8)]

    /// `Key Actions` headings.
    static let keyActionHeadings = ["key actions", "key action", "key action(s)"].map { Array($0.utf8) }

    /// What a `Key Action not added.` line starts with.
    static let keyAction = Array("key action".utf8)

    /// `Key Action not added.`: the block has no key actions.
    static let noKeyActions = Array("not added".utf8)

    /// `No Key Actions added.` (UNDP ERC's older response pages), lower-case, without its full stop: a line of its
    /// own that says the block has no key actions, as `Key Action not added.` does (`ERCKeyActions.saysNone`).
    static let noKeyActionLines = ["no key actions added", "no key action added"].map { Array($0.utf8) }

    /// The words of the key action table's header row (`Responsible Deadline Status Comments`).
    static let tableHeaderWords = ["responsible", "deadline", "status"].map { Array($0.utf8) }

    /// The key action table's columns as a page saved a cell a line writes them (`Responsible |`), lower-case.
    static let tableColumns: Set<String> = ["key action", "key actions", "responsible", "deadline", "status", "comments"]

    /// The key action table's header rows as written, each with the bytes a prefix of it must
    /// hold to be read as the row cut short (`Responsible Deadline Statu`): past `responsible `.
    static let tableHeaders: [(row: [UInt8], shortest: Int)] = [
        "responsible deadline status comments", "key action responsible deadline status comments",
    ].map { row in
        let at = row.range(of: "responsible ")!.upperBound
        return (Array(row.utf8), row.utf8.distance(from: row.startIndex, to: at) + 1)
    }

    /// Lower-case words that may stand in a label between capitalised ones (`Head of Office`).
    static let labelConnectors: Set<Substring> = ["of", "and", "&", "de", "du", "la"]

    /// A character no recommendation title holds.
    /// The priority a report gives its recommendation, copied at the end of its heading (`… durabilité Priorité 1`), as written.
    static let priorityTags: Set<Substring> = ["Priority", "Priorité", "Prioridad"]

    static let titlePunctuation = Array(".;,!?()[]\"".utf8)

    /// Small words of the languages that write lower case after a colon (Spanish, French, Portuguese), lower-case:
    /// a text after a title lead-in holding them may open in lower case (`RecommendationFields.headsLowerCaseText`).
    static let lowerCaseColonWords: Set<String> = [
        "de", "del", "la", "las", "el", "los", "en", "que", "y", "con", "para", "por", "al", "una", "un", "se", "su", "sus",
        "le", "les", "des", "du", "et", "pour", "dans", "sur", "au", "aux", "une", "est", "qui", "ces",
        "da", "do", "das", "dos", "e", "os", "uma", "com", "na", "no", "nos",
    ]
    /// English small words: a text holding as many of them as of `lowerCaseColonWords` is English.
    static let englishWords: Set<String> = ["the", "of", "and", "to", "in", "for", "with", "on", "is", "are", "that", "this", "should", "be"]
    /// A lead-in's first words that open a sentence, not a heading (articles, pronouns, prepositions), lower-case.
    static let sentenceOpenings: Set<String> = [
        "la", "el", "los", "las", "le", "les", "l'", "un", "una", "une", "se", "il", "elle", "ils", "nous", "on", "en",
        "por", "para", "pour", "con", "avec", "sur", "dans", "a", "o", "os", "as", "esta", "este", "cette", "ce", "it", "we",
        "the", "this", "these", "they", "for", "in",
    ]

    /// What may open the sentence after a title lead-in besides a capital.
    static let openingQuotes: Set<Unicode.Scalar> = ["“", "\"", "‘"]
}
