/// One row of an ERC page's `Evaluation Team members` table: `Name Title Email Nationality`, flattened.
///
///     "David A. LaRoche Team leader"                        -> "David A. LaRoche", title "Team leader"
///     "Joshua Brann Mr. brann.evaluation@gmail.com"         -> "Joshua Brann", no title (an honorific is no role)
///     "Dr.Sulley Gariba Team Leader"                        -> "Sulley Gariba", title "Team Leader" (nor part of the name)
///     "Marissa Remy Consultora PERU"                        -> "Marissa Remy", title "Consultora"
///     "Mirjana Strugar Mirjana Strugar mstrugar@x.com SERBIA" -> "Mirjana Strugar", no title
///     "Jane Roe | Evaluator | jane@x.org | KENYA |"         -> "Jane Roe", title "Evaluator"
///     "Mariangela Pensa DRR Expert"                         -> "Mariangela Pensa", title "DRR Expert"
///     "Ana Roe Chief CD and QA ana@x.org"                   -> "Ana Roe", title "Chief CD and QA" (capitals before an email are the title's)
///     "Irene Among Agriculture and Gender"                  -> "Irene Among", title "Agriculture and Gender"
///     "Robert Kiiza Roads Expert" / "John Clifton Roads"    -> "Robert Kiiza", title "Roads Expert" / "John Clifton", title "Roads"
///     "Ana Ruiz and Tim Roe External Evaluator"             -> "Ana Ruiz and Tim Roe", title "External Evaluator" (`people`)
///     "Name Title Nationality"                              -> nil (the table's header)
///     "Team Leader"                                         -> nil (no name)
///
/// Without pipes the title starts at the first title word (`ERCVocabulary.teamTitleWords`) after the name.
/// An honorific there (`Mr.`, `Prof.`) ends the name but is no part of the title.
struct ERCTeamMember: Equatable {
    var name: String
    var title: String?

    static func parse(_ line: Substring) -> ERCTeamMember? {
        // NB: `Name Title Nationality`: the table's header, whichever columns the page shows.
        let cells = ByteText.split(line, where: ByteText.isPipeOrBlank).filter { !$0.isEmpty }
        if cells.count >= 2, cells.allSatisfy({ ERCVocabulary.teamColumns.contains($0.lowercased()) }) { return nil }
        if ByteText.contains(line, UInt8(ascii: "|")) {
            let cells = ByteText.split(line) { $0 == UInt8(ascii: "|") }.map { Text.fold($0) }
            guard let name = cells.first, !name.isEmpty else { return nil }
            return ERCTeamMember(name: name, title: cells.count > 1 && !cells[1].isEmpty ? cells[1] : nil)
        }
        var words = Text.fold(line).split(separator: " ")
        // NB: the columns are `Name Title Email Nationality`: with an email, only the words after it can be the
        // nationality, and the capitals before it are the title's (`Chief CD and QA`, `Evaluation Manager, UNDP IEO`).
        if let email = words.firstIndex(where: { $0.contains("@") }) {
            words.removeSubrange(email...)
        } else {
            Self.dropNationality(&words)
        }
        Self.dropLeadingHonorific(&words)
        // NB: `Team Leader` with no name before it names no one.
        guard !words.isEmpty, !words.allSatisfy({ ERCVocabulary.teamTitleWords.contains(Self.key($0)) }) else { return nil }
        // NB: no title word: the title starts at the end, where a field alone may stand (`John Clifton Roads`).
        var start = words.indices.dropFirst().first { ERCVocabulary.teamTitleWords.contains(Self.key(words[$0])) } ?? words.endIndex
        // NB: `Irene Among Agriculture and Gender`: a joining word is no part of a name; the title starts a word before it.
        if let join = words.indices.dropFirst(3).first(where: { ERCVocabulary.teamTitleJoiners.contains(Self.key(words[$0])) }),
           join - 1 < start {
            start = join - 1
        }
        // NB: `Mariangela Pensa DRR Expert`, `Ana Ruiz Gender Specialist`, `Robert Kiiza Roads Expert`: a field
        // (`Vocabulary.nonNameWords`) or an acronym before the title word is the title's; the name keeps two words at least.
        while start > 2, Vocabulary.nonNameWords.contains(Self.key(words[start - 1])) || Self.isAcronym(words[start - 1]) {
            start -= 1
        }
        if start < words.endIndex {
            let title = words[start...].drop { Vocabulary.nameHonorifics.contains($0.lowercased()) }
            return ERCTeamMember(name: words[..<start].joined(separator: " "),
                                 title: title.isEmpty ? nil : title.joined(separator: " "))
        }
        // `Mirjana Strugar Mirjana Strugar`: the name written twice.
        if words.count % 2 == 0, words.count >= 4, words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...]) {
            return ERCTeamMember(name: words[..<(words.count / 2)].joined(separator: " "), title: nil)
        }
        return ERCTeamMember(name: words.joined(separator: " "), title: nil)
    }

    /// The people a row's name names: two or more persons joined by `and`, `&`, `,` or `;` as a responsible cell's
    /// parties are split (`PartySplitter`), else the name whole.
    ///
    ///     people("Ana Ruiz and Tim Roe") == ["Ana Ruiz", "Tim Roe"];  people("Ana Ruiz") == ["Ana Ruiz"]
    ///     people("Centre for Policy and Research") == ["Centre for Policy and Research"] (no persons)
    ///
    /// NB: a row is one member unless a mark parts it: four names side by side may be one person's (`Ana María Ruiz López`).
    static func people(_ name: String, lexicon: PartyLexicon) -> [String] {
        let words = name.split(separator: " ")
        guard words.contains(where: { Vocabulary.partyAndWords.contains(ByteText.lowercased($0)) })
                || ByteText.contains(name[...], UInt8(ascii: ",")) || ByteText.contains(name[...], UInt8(ascii: ";")) else { return [name] }
        let parties = PartySplitter.split(name, lexicon: lexicon)
        return parties.count >= 2 && parties.allSatisfy({ $0.kind == .person && $0.detail == nil }) ? parties.map(\.name) : [name]
    }

    /// Drops the honorific a row's name opens with (`Vocabulary.nameHonorifics`), written apart or glued to the name
    /// at its full stop; a letter and its stop alone is an initial (`M. Ali`), kept.
    ///
    ///     "Dr. Sulley Gariba Team Leader", "Dr.Sulley Gariba Team Leader" -> "Sulley Gariba Team Leader"
    private static func dropLeadingHonorific(_ words: inout [Substring]) {
        guard words.count > 1, let first = words.first else { return }
        let lower = ByteText.lowercased(first)
        if lower.utf8.count(where: { $0 != UInt8(ascii: ".") }) > 1, Vocabulary.nameHonorifics.contains(lower) {
            words.removeFirst()
        } else if let stop = first.firstIndex(of: "."), first.index(after: stop) < first.endIndex,
                  first.distance(from: first.startIndex, to: stop) > 1,
                  Vocabulary.nameHonorifics.contains(ByteText.lowercased(first[...stop])),
                  ByteText.startsUppercase(first[first.index(after: stop)...]) {
            words[0] = first[first.index(after: stop)...]
        }
    }

    /// Drops a row's closing run of words in capitals, its nationality (`SERBIA`, `EL SALVADOR`), unless the run
    /// goes on a title: after a `,` or a joining word it is the title's (`Chief CD and QA`, `Manager, UNDP IEO`).
    ///
    ///     "Marissa Remy Consultora PERU" -> "Marissa Remy Consultora";  "Ana Roe Chief CD and QA" unchanged
    private static func dropNationality(_ words: inout [Substring]) {
        var start = words.endIndex
        while start > 1, words[start - 1].count >= 2, words[start - 1].unicodeScalars.allSatisfy({
            Scalars.isUppercase($0) || $0 == "-" || Scalars.extendsCharacter($0)
        }) { start -= 1 }
        guard start < words.endIndex else { return }
        if start > 0, words[start - 1].hasSuffix(",") || ERCVocabulary.teamTitleJoiners.contains(key(words[start - 1])) { return }
        words.removeSubrange(start...)
    }

    /// `M&E`, `DRR`: two or more capitals, joined by `&` or with no vowel. NB: a surname in capitals
    /// (`Papa Demba SECK`) holds a vowel; so does an acronym such as `MSME`, which stays in the name.
    private static func isAcronym(_ word: Substring) -> Bool {
        let s = word.unicodeScalars
        return s.count >= 2 && s.allSatisfy { Scalars.isUppercase($0) || $0 == "&" }
            && (s.contains("&") || !s.contains { "AEIOUY".unicodeScalars.contains($0) })
    }

    /// A word as `ERCVocabulary.teamTitleWords` holds it: lower-case, without `.` or `,`.
    private static func key(_ word: Substring) -> String {
        String(ByteText.trimming(ByteText.lowercased(word)[...]) { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
    }
}
