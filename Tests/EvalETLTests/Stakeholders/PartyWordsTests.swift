import XCTest
@testable import EvalETL

/// `PartyWords` (the token table), `PartyLexicon` and `PartyTokens.ranges`, one row per edge.
final class PartyWordsTests: XCTestCase {
    /// Tokens as they stand in folded party text: ASCII shapes, separators, parentheses,
    /// non-ASCII names, combining marks and the characters canonically equal to ASCII ones
    /// that NFC leaves (`\\u{212A}` and `\\u{37E}` it makes `K` and `;`, so they are read as written).
    static let tokens: [String] = [
        "and", "&", "y", "et", "with", "avec", "the", "The", "-", "–", "la", "le", "of", "de", "d'", "for", "And",
        "MCO", "ROs", "COs", "IEO", "KAZ/TKM", "KAZ/TKM/UZB", "A/B", "AB/CD/EF/GH", "AB//CD", "/AB", "AB/",
        "ABCDEF", "M&E", "M&&", "&&&", "A&", "UN", "UNW", "unw", "UN-Women", "UNICEF", "WHO", "Who",
        "Women", "Women,", "Women;", "women", ",", ";", ",,", ";,", "Office,", "(all),", "(2019),",
        "Specialist(s)", "Specialists", "specialist(s)", "(s)", "x(s)", "Programme", "programme", "PROGRAMME",
        "staff", "Stewart-Evans", "O'Brien", "O’Brien", "Inkeri", "von", "Hase", "Head", "heads",
        "(all)", "(a, b)", "(a; b)", "(a b c)", "(a b c d)", "()", "(", ")", "(x", "x)", "(WEE/SL Unit, Balochistan Sub Office)",
        "2021.", "2021/07", "word.", "ab:", "Why?", "Now!", "A1", "a1", "x", "X", "Ministry", "ministry",
        "Kazakhstan", "Guinea-Bissau", "Sri", "Lanka", "Lao", "PDR", "responsible", "party", "partners",
        "beneficiaries", "Government", "gender", "to", "all", "All", "m&e", "Dr.", "dr", "Mr", "mme",
        "leadership", "support", "Côte", "d'Ivoire", "Ministère", "ministère", "Évaluation", "ÉCOLE", "élan",
        "E\u{301}lan", "Especialista", "Représentant", "Türkiye", "İstanbul", "œuvre",
        "x\u{301},", "\u{212A}AZ", "\u{212A}azakhstan", "Co\u{302}te", "Ki\u{212A}", "ab\u{301}", "٣٤٥", "(Côte d'Ivoire)", "Guinea\u{301}",
    ]

    /// Every word with its capitalised and upper-case forms, and each vocabulary's words.
    static var allTokens: [String] {
        var words = tokens
        for phrase in Array(Vocabulary.organizationsByKey.keys) + Vocabulary.countries
            + Vocabulary.organizationNouns + Vocabulary.groupNouns {
            words += phrase.split(separator: " ").map(String.init)
        }
        for set in [Vocabulary.roleNouns, Vocabulary.roleModifiers, Vocabulary.roleConnectors,
                    Vocabulary.organizationHeads, Vocabulary.nonNameWords, Vocabulary.nameParticles,
                    Vocabulary.partyFillerWords, Vocabulary.nameHonorifics, Vocabulary.officeCodes] {
            words += set.sorted()
        }
        return words.flatMap { [$0, $0.capitalized, $0.uppercased(), $0 + ",", $0 + "(s)"] }
    }

    /// Each shape says what the `PartyTokens` predicate or vocabulary lookup it stands for says.
    func testShapesMatchPredicates() {
        for token in Self.allTokens {
            let words = PartyWords(token[...], lexicon: .shipped)
            // NB: `/AB` is two words, `/` and `AB` (`testRanges`).
            guard words.count == 1 else { XCTAssertEqual(words.count, token.hasPrefix("/") ? 2 : 0, token); continue }
            let w = words[0]
            // NB: a text's first word with an article elided onto it (`L’ENFANCE`) is the name after it (`testElision`).
            if let name = PartyTokens.elidedName(token[...]) { XCTAssertEqual(words.text(w), name, token); continue }
            var word = token[...]
            if let l = word.last, l == "," || l == ";" || (l == "/" && word.count > 1) { word = word.dropLast() }
            XCTAssertEqual(w.is(.cut), word.endIndex != token.endIndex, token)
            XCTAssertEqual(words.text(w), word, token)
            guard !word.isEmpty else { continue }
            let lower = word.lowercased()
            let s = String(word)
            let expected: [(PartyWord.Shape, Bool)] = [
                (.paren, PartyTokens.isParen(word)),
                (.breaksParty, !PartyTokens.isParen(word) && (word.last.map { ".:!?".contains($0) } ?? false
                                                             || word.contains(where: \.isNumber))),
                (.code, Vocabulary.officeCodes.contains(s) || WordScan(word).isCode(word)),
                (.officeCode, Vocabulary.officeCodes.contains(s)),
                (.title, WordScan(PartyTokens.withoutPluralMark(word)).isTitle), (.lowerWord, WordScan(word).isLower),
                (.roleNoun, PartyTokens.isRoleNoun(word)), (.joiner, PartyGrammar.isJoiner(word)),
                (.the, ["the", "el", "los", "las", "les", "le", "la"].contains(word)), (.dash, word == "-" || word == "–"), (.slash, word.contains("/")),
                (.organizationHead, Vocabulary.organizationHeads.contains(lower)),
                (.nonNameWord, Vocabulary.nonNameWords.contains(lower)),
                (.roleModifier, Vocabulary.roleModifiers.contains(lower)),
                (.lowerRoleNoun, Vocabulary.roleNouns.contains(lower)),
                (.honorific, Vocabulary.nameHonorifics.contains(lower)),
                (.connector, Vocabulary.roleConnectors.contains(s)), (.country, Vocabulary.countrySet.contains(s) || Vocabulary.partyPlaces.contains(s)),
                (.particle, Vocabulary.nameParticles.contains(s)), (.filler, Vocabulary.partyFillerWords.contains(s)),
                (.andWord, ["and", "&", "y", "et"].contains(token)),
                (.with, ["with", "avec", "con"].contains(token)), (.foreign, PartyTokens.isForeignToParties(token[...])),
            ]
            for (shape, want) in expected { XCTAssertEqual(w.is(shape), want, "\(token) \(shape.rawValue)") }
            if PartyTokens.isParen(word) {
                let inner = PartyTokens.parenInner(word)
                let short = !inner.contains(",") && !inner.contains(";") && inner.split(separator: " ").count <= 3
                XCTAssertEqual(w.is(.shortParen), short, token)
            }
        }
    }

    /// An article elided onto a name where a party opens (first, after `and`, `with` or a separator) is no part of
    /// the word: the name after it starts the party. Elsewhere, or before a lowercase word, the word stays as written.
    func testElision() {
        let words = PartyWords("l’OM, l'UNDP et l?IEO de l'Ouest, l'appui"[...], lexicon: .shipped)
        XCTAssertEqual(words.words.map { String(words.text($0)) }, ["OM", "UNDP", "et", "IEO", "de", "l'Ouest", "l'appui"])
        XCTAssertTrue(words[3].is(.startsParty) && words[3].is(.officeCode))
        XCTAssertEqual(PartyTokens.elidedName("L’ENFANCE"), "ENFANCE")
        XCTAssertNil(PartyTokens.elidedName("l'"))
        XCTAssertNil(PartyTokens.elidedName("la"))
    }

    /// A table over a responsible cell: words, cuts, and the words after `and` that start a party.
    func testTableOfACell() {
        let words = PartyWords("MCO Kazakhstan Representative, MCO and KAZ Programme Specialists (all)"[...], lexicon: .shipped)
        XCTAssertEqual(words.words.map { String(words.text($0)) },
                       ["MCO", "Kazakhstan", "Representative", "MCO", "and", "KAZ", "Programme", "Specialists", "(all)"])
        XCTAssertTrue(words[2].is(.cut) && words[2].is(.roleNoun))
        XCTAssertTrue(words[4].is(.andWord) && words[5].is(.startsParty))
        XCTAssertTrue(words[8].is(.shortParen))
        XCTAssertEqual(words.joined(words.words[0..<3]), "MCO Kazakhstan Representative")
        let lower = PartyWords("UN Women and the Government and partners"[...], lexicon: .shipped)
        XCTAssertTrue(lower[3].is(.startsParty) && lower[6].is(.startsParty))
        XCTAssertFalse(PartyWords("a and gender"[...], lexicon: .shipped)[2].is(.startsParty))
    }

    /// Read from the end, the table keeps the words after the last foreign token.
    func testWordsAfterTheLastForeignToken() {
        let rows: [(String, [String])] = [
            ("commence by the start of 2019. Inkeri von Hase Michael Stewart-Evans",
             ["Inkeri", "von", "Hase", "Michael", "Stewart-Evans"]),
            ("will be conducted MCO Programme Specialists (all)", ["MCO", "Programme", "Specialists", "(all)"]),
            ("in the country TAJ Programme Specialist", ["the", "country", "TAJ", "Programme", "Specialist"]),
            ("plan UN Women, beneficiaries and responsible party",
             ["UN", "Women", "beneficiaries", "and", "responsible", "party"]),
            ("ends here.", []), ("(2019), UN Women", ["UN", "Women"]), ("Côte d'Ivoire", ["Côte", "d'Ivoire"]),
        ]
        for (text, want) in rows {
            let words = PartyWords(tokens: PartyTokens.ranges(text[...])[...], in: text[...], after: .foreign, lexicon: .shipped)
            XCTAssertEqual(words.words.map { String(words.text($0)) }, want, text)
        }
    }

    /// `startsParty` on every word after `and`: a capital, `the` and an organization head, or a
    /// party noun phrase (its last word less the separators after it; none inside it).
    func testStartsParty() {
        let rows: [(String, [Bool])] = [
            ("and partners", [true]), ("and partners,", [true]), ("and partners,,", [true]), ("and civil society", [true]),
            ("and civil, society", [false]), ("and the Government", [true]), ("and the government,", [false]),
            ("and the ministry", [true]), ("and the", [false]), ("and , partners", [false]), ("and Rights holders", [true]),
            ("and rights-holders;", [true]), ("and implementing partners", [true]), ("and socios implementadores", [true]),
            ("and women beneficiaries", [true]), ("and partenaires de mise en œuvre", [true]), ("and x", [false]),
            ("and (x y)", [true]), ("and Évaluation", [true]), ("and élan", [false]), ("and partners\u{37E},", [false]),
            ("and partners\u{37E}", [false]), ("and", []), ("y socios", [true]), ("et partenaires", [true]), ("& donors", [true]),
            ("and cso partners", [true]), ("and local communities x", [true]), ("and target groups,", [true]),
            ("and youth and men", [true, true]), ("and partners;, x", [true]), ("and civil society,, y", [true]),
            ("and beneficiaries;;", [true]), ("and civil,, society", [false]), ("and ,, x", [false]),
        ]
        for (text, want) in rows {
            let words = PartyWords(text[...], lexicon: .shipped)
            let got = words.words.indices.dropFirst().filter { words[$0 - 1].is(.andWord) }.map { words[$0].is(.startsParty) }
            XCTAssertEqual(got, want, text)
        }
    }

    /// Every vocabulary phrase is found by the numbers of its words; other phrases are not.
    func testLexiconFindsEveryPhrase() {
        let lexicon = PartyLexicon.shipped
        func key(_ phrase: String, lower: Bool) -> PartyLexicon.PhraseKey? {
            let words = PartyWords(phrase[...], lexicon: lexicon)
            return PartyLexicon.PhraseKey(words.words.map { lower ? $0.lowerID : $0.exactID })
        }
        for (k, name) in Vocabulary.organizationsByKey {
            XCTAssertEqual(key(k, lower: true).flatMap { lexicon.known[$0]?.name }, name, k)
            XCTAssertEqual(key(k.uppercased(), lower: true).flatMap { lexicon.known[$0]?.name }, name, k)
        }
        for c in Vocabulary.countries { XCTAssertTrue(key(c, lower: false).map(lexicon.countries.contains) ?? false, c) }
        for n in Vocabulary.organizationNouns { XCTAssertTrue(key(n, lower: true).map(lexicon.organizationNouns.contains) ?? false, n) }
        for n in Vocabulary.groupNouns { XCTAssertTrue(key(n, lower: true).map(lexicon.groupNouns.contains) ?? false, n) }
        XCTAssertNil(key("Programme Specialist", lower: true))
        XCTAssertNil(key("cote d'ivoire", lower: false))
        XCTAssertFalse(key("Women UN", lower: true).map { lexicon.known[$0]?.name != nil } ?? false)
        XCTAssertFalse(key("un women un women un women un women", lower: true).map { lexicon.known[$0]?.name != nil } ?? false)
        XCTAssertNil(key("un women un women un women un women un women un women un", lower: true), "longer than a key holds")
    }

    /// Ranges against a plain reading: a balanced parenthesis group is one word, a stray one is a character.
    func testRanges() {
        let rows: [(String, [String])] = [
            ("UN Women (WEE/SL Unit, Balochistan Sub Office) 2021/06",
             ["UN", "Women", "(WEE/SL Unit, Balochistan Sub Office)", "2021/06"]),
            ("a (b c) d", ["a", "(b c)", "d"]), ("a (b (c) d", ["a", "(b", "(c)", "d"]),
            ("(x y", ["(x", "y"]), ("x) y", ["x)", "y"]), ("((a) b) c", ["((a) b)", "c"]),
            ("a(b c)d e", ["a(b c)d", "e"]), ("(a b) (c d)", ["(a b)", "(c d)"]), ("", []), (" ", []),
            ("Côte d'Ivoire (Abidjan office)", ["Côte", "d'Ivoire", "(Abidjan office)"]),
            // A slash a word follows close is a word of its own (as `RCO/ RC`'s parts the words).
            ("UGP /Consultor externo", ["UGP", "/", "Consultor", "externo"]), ("/Ébène", ["/", "Ébène"]),
            ("a /1 b", ["a", "/1", "b"]), ("(a /b)", ["(a /b)"]),
        ]
        for (text, want) in rows {
            XCTAssertEqual(PartyTokens.ranges(text[...]).map { String(text[$0]) }, want, text)
        }
    }
}
