/// Sets the fields of a GATE recommendation block from their label lines.
///
///     Recommendation: Systematize and disseminate lessons learned: The programme was …
///         -> title "Systematize and disseminate lessons learned", text "The programme was …"
///     Management Response Category:            -> nil (blank: never guessed from the response)
///     Operating Principles: Advocacy, Evidence, Data and statistics -> ["Advocacy", "Evidence, Data and statistics"]
enum RecommendationFields {
    /// Longest lead-in, in words, read as a title.
    static let maxTitleWords = 10

    /// Strips a leading label and number (`Recommendation 3: `, `1. `) and splits off a short title lead-in.
    static func setText(_ text: String, of rec: inout ParsedRecommendation) {
        var body = text[...]
        if let (area, rest) = area(body) {
            rec.section = area
            body = rest
        }
        // NB: `Evaluation Recommendation or Issue 1 (recommendations for relevance, n.1)`: the group it stands under.
        if let group = dropLabel(&body), rec.section == nil { rec.section = group }
        let numbered = body
        if KeyActionSplitter.dropNumber(&body), let (heading, rest) = chapter(body, under: numbered[..<body.startIndex]) {
            if rec.section == nil { rec.section = heading }
            body = rest
        }
        body = droppingPriorityTag(body)
        if rec.section == nil, let (addressee, rest) = addressee(body) {
            rec.section = addressee
            body = rest
        }
        if let (title, rest) = titleLeadIn(body) ?? capitalsHeading(body) {
            rec.title = title
            rec.text = droppingInnerLabel(rest)
        } else {
            rec.text = droppingInnerLabel(Text.fold(body))
        }
    }

    /// A text less a label and its number written inside it, closed by a colon, a capital after it: the label stood
    /// between a context paragraph pasted first and the recommendation it leads to (an older ERC export). The context
    /// is kept, ended by a full stop where none ends it.
    ///
    ///     "The project is late beyond what is planned Recommendation 1: The PCU resolves …"
    ///         -> "The project is late beyond what is planned. The PCU resolves …"
    ///     "… as Recommendation 3. The office …", "… see recommendation 2: the office …" -> unchanged
    static func droppingInnerLabel(_ s: String) -> String {
        let u = s.utf8
        var from = u.startIndex
        // NB: the label closes with its colon: only the words a label's length before each colon are tried.
        while let colon = u[from...].firstIndex(of: UInt8(ascii: ":")) {
            var i = u.index(colon, offsetBy: -min(innerLabelReach, u.distance(from: from, to: colon)))
            while let space = u[i..<colon].firstIndex(of: 0x20) {
                let at = u.index(after: space)
                i = at
                guard ByteText.isUpper(u[at]), let (rest, _) = afterLabel(s[at...], markedNumber: true, words: true),
                      s[at..<rest.startIndex].utf8.contains(UInt8(ascii: ":")), ByteText.startsUppercase(rest) else { continue }
                let before = Text.trimmed(s[..<space])
                guard let last = before.unicodeScalars.last else { continue }
                return before + (SummaryVocabulary.finalPunctuation.contains(last) ? " " : ". ") + rest
            }
            from = u.index(after: colon)
        }
        return s
    }

    /// Bytes a label and its number take before their colon at most (`Recomendación de la evaluación No. 12 (R12):`).
    static let innerLabelReach = 64

    /// `s` less the priority tag a copied report heading ends in (`GATEVocabulary.priorityTags`, then a number of one or
    /// two digits) after a lowercase word; as written when there is none (`Support Strategic Priority 2` keeps it).
    ///
    ///     "Soutenir des processus endogènes de durabilité Priorité 1" -> "Soutenir des processus endogènes de durabilité"
    static func droppingPriorityTag(_ s: Substring) -> Substring {
        let t = Text.trimmed(s)
        guard let space = t.lastIndex(of: " "), case let number = t[t.index(after: space)...],
              (1...2).contains(number.utf8.count), number.utf8.allSatisfy(ByteText.isDigit),
              let before = t[..<space].lastIndex(of: " "), GATEVocabulary.priorityTags.contains(t[t.index(after: before)..<space]),
              let previous = t[..<before].lastIndex(of: " ").map({ t.index(after: $0) }),
              t[previous...].unicodeScalars.first.map(Scalars.isLowercase) == true
        else { return s }
        return Text.trimmed(t[..<before])
    }

    /// A lead-in naming whom the recommendation addresses (`GATEVocabulary.addressedLeadIns`, then a capital,
    /// after an article at most), up to its `: `, whatever its length: (the section, the text after it).
    ///
    ///     "Recommendations for the Regional Office for the Americas and the Caribbean: Provide …"
    ///         -> ("Recommendations for the Regional Office for the Americas and the Caribbean", "Provide …")
    ///
    /// NB: `Recommendation to strengthen the office: …` names what to do, not whom: no section (a title, when short).
    static func addressee(_ s: Substring) -> (String, Substring)? {
        guard let length = ByteText.withUTF8(s, { b in
            GATEVocabulary.addressedLeadIns.lazy.compactMap { ByteText.prefixLength(of: b, lowercasedTo: $0) }.first
        }), let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 240, of: s),
              s.utf8.distance(from: s.startIndex, to: colon) > length else { return nil }
        let object = s[s.utf8.index(s.startIndex, offsetBy: length)..<colon]
        var words = object.split(separator: " ")[...]
        if let w = words.first, words.count > 1, Vocabulary.partyArticles.contains(ByteText.lowercased(w)) || ["la", "le"].contains(w) {
            words = words.dropFirst()
        }
        guard let name = words.first, ByteText.startsUppercase(name),
              !object.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }),
              !object.contains(". ") else { return nil }
        let rest = Text.trimmed(s[s.index(after: colon)...])
        guard !rest.isEmpty, let section = Text.nonEmpty(s[..<colon]) else { return nil }
        return (section, rest)
    }

    /// A heading in capitals that lost its colon, before the sentence it heads: at least two words in capitals,
    /// two of four letters or more, none an organization's name or an office code; then a capitalised word and a
    /// lower-case one (`titleLeadIn`'s title, as written).
    ///
    ///     "REGIONAL RESOURCE MOBILIZATION PLAN Develop a regional plan …" -> ("REGIONAL RESOURCE MOBILIZATION PLAN", "Develop a regional plan …")
    ///     "UNDP CO Bhutan should …", "UN WOMEN Kenya will …"                -> nil
    static func capitalsHeading(_ s: Substring) -> (String, String)? {
        let words = s.split(separator: " ", maxSplits: maxTitleWords + 2)
        var n = 0
        while n < words.count, n <= maxTitleWords, isCapitalsWord(words[n]) { n += 1 }
        guard (2...maxTitleWords).contains(n), n + 1 < words.count else { return nil }
        let next = words[n], after = words[n + 1]
        guard ByteText.startsUppercase(next), next.unicodeScalars.dropFirst().contains(where: Scalars.isLowercase),
              next.unicodeScalars.allSatisfy(Scalars.isLetter),
              after.unicodeScalars.first.map(Scalars.isLowercase) == true else { return nil }
        let heading = words[..<n]
        guard heading.filter({ $0.unicodeScalars.filter(Scalars.isLetter).count >= 4 }).count >= 2,
              !heading.contains(where: { Vocabulary.officeCodes.contains(String($0)) || Vocabulary.canonicalOrganization(String($0)) != nil }),
              !zip(heading, heading.dropFirst()).contains(where: { Vocabulary.canonicalOrganization($0 + " " + $1) != nil })
        else { return nil }
        return (Text.fold(s[..<heading.last!.endIndex]), Text.fold(s[next.startIndex...]))
    }

    /// A word in capitals: capital letters, and `-&/'’` between them (`M&E`, `WOMEN'S`).
    private static func isCapitalsWord(_ w: Substring) -> Bool {
        w.unicodeScalars.contains(where: Scalars.isUppercase)
            && w.unicodeScalars.allSatisfy { Scalars.isUppercase($0) || "-&/'’".unicodeScalars.contains($0) }
    }

    /// A description that opens with its paragraph's number in the report (`223. UN Women needs to …`) less that number:
    /// one to three digits, `. `, then a capital; any other text as it is.
    static func droppingParagraphNumber(_ s: Substring) -> Substring {
        let digits = s.utf8.prefix { ByteText.isDigit($0) }.count
        guard (1...3).contains(digits) else { return s }
        let rest = s.dropFirst(digits)
        guard rest.hasPrefix(". "), ByteText.startsUppercase(rest.dropFirst(2)) else { return s }
        return rest.dropFirst(2)
    }

    /// Drops the label and number a recommendation's text repeats: `RECOMMENDATION 1 `, `Recomendación 1: `,
    /// `Recommendations 1:`, `Recommendation 2 - `, `Recommendation #3:`, `Recommandation N°2 :`, `Rec. 3:`, `R1:`,
    /// `Evaluation Recommendation 1: ` (`Vocabulary.recommendationLabels`); a label with no number after it
    /// (`Recommendations for the Regional Office: …`) is text. Returns the group a parenthesis after the number
    /// names (`… or Issue 2 (recommendations for relevance, n.1)` -> `recommendations for relevance`), if any.
    ///
    ///     "Key Recommendation 1: Focus beyond individual capacity: In future …" -> "Focus beyond individual capacity: In future …"
    @discardableResult
    static func dropLabel(_ s: inout Substring) -> String? {
        if let (rest, group) = afterLabel(s) { s = rest; return group }
        // NB: `Midterm Review recommendation 1. Undertake …`: up to three capitalized words may name the
        // review the recommendation comes from; the number then ends with its mark (`1.`, `1:`), so that
        // prose (`The recommendation 1 …`) keeps its words. A short label (`R`, `Rec.`) is no label there.
        var words = s.utf8.split(separator: 0x20, maxSplits: 3).map { Substring($0) }[...]
        for _ in 0..<3 {
            guard let w = words.popFirst(), ByteText.startsUppercase(w), let next = words.first else { return nil }
            if let (rest, group) = afterLabel(s[next.startIndex...], markedNumber: true, words: true) { s = rest; return group }
        }
        return nil
    }

    /// The text after a label and its number (`Recommendation No. 1 (R1): Do X` -> `Do X`) and the group a
    /// parenthesis after the number names, or nil. `words`: labels of whole words only (no `R`, `Rec.`).
    private static func afterLabel(_ s: Substring, markedNumber: Bool = false, words: Bool = false) -> (Substring, String?)? {
        // NB: every label is tried: `Evaluation recommendation or issue 1` starts with `evaluation recommendation` too.
        for (label, short) in recommendationLabels {
            guard !(words && short),
                  let length = ByteText.withUTF8(s, { ByteText.prefixLength(of: $0, lowercasedTo: label) }) else { continue }
            let after = s[s.utf8.index(s.startIndex, offsetBy: length)...]
            // NB: `R1:`, `Rec.3:` may be written close, and take a number with its mark (`Rec. 3 was adopted`,
            // `R2 is …` are text); `R` takes only a number written close (`R 2.5 million …` is text).
            let close = short && after.utf8.first.map(ByteText.isDigit) == true
            guard label != bareLabel || close, let rest = afterNumber(after, marked: markedNumber || short, close: close) else { continue }
            return rest
        }
        return nil
    }

    /// The labels that are no word (`r`, `rec.`): written close to their number or not.
    static let shortLabels: Set<[UInt8]> = [bareLabel, Array("rec.".utf8), Array("rec".utf8)]
    /// `R` of `R1:`.
    static let bareLabel = Array("r".utf8)

    /// A report's chapter pasted with its numbers: after the chapter's number (`9.1`, dropped), its heading, then
    /// the paragraph's own number under it (`9.1.1`) -> (heading, paragraph). The heading (1–6 words) loses
    /// the quotes around it (`?` too: a quote an export could not write); the paragraph starts with a capital.
    ///
    ///     "9.1 " / "‘Regionality’ 9.1.1 The current regional architecture …" -> ("Regionality", "The current regional architecture …")
    static func chapter(_ s: Substring, under number: Substring) -> (String, Substring)? {
        let chapter = ByteText.trimming(number, anyOf: " .:)")
        guard chapter.utf8.contains(UInt8(ascii: ".")) || chapter.utf8.count <= 2 else { return nil }
        let words = s.split(separator: " ", maxSplits: 7)
        for (k, word) in words.enumerated().dropFirst().prefix(6) where word.hasPrefix(chapter + ".") {
            let sub = ByteText.trimming(word.dropFirst(chapter.count + 1), anyOf: ".:)")
            guard !sub.isEmpty, sub.utf8.allSatisfy(ByteText.isDigit), k + 1 < words.count,
                  ByteText.startsUppercase(words[k + 1]) else { return nil }
            let heading = ByteText.trimming(s[..<word.startIndex], scalars: { $0 == " " || Self.headingQuotes.contains($0) })
            guard let title = Text.nonEmpty(heading) else { return nil }
            return (title, s[words[k + 1].startIndex...])
        }
        return nil
    }

    /// Marks around a chapter's heading: quotes, and `?` where an export lost them.
    static let headingQuotes: Set<Unicode.Scalar> = ["?", "'", "\"", "‘", "’", "“", "”", "«", "»"]

    /// A response without the label its text repeats in another language (`ERCVocabulary`'s management
    /// response labels).
    ///
    ///     "Respuesta de Gestión: La Estrategia será …" -> "La Estrategia será …"
    ///     "MANAGEMENT RESPONSE UN Women Kenya has …"  -> "UN Women Kenya has …" (a heading in capitals, its colon lost)
    static func droppingResponseLabel(_ s: Substring) -> Substring {
        if let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 40, of: s),
           ERCVocabulary.field(of: s[..<colon]) == .managementResponse {
            return Text.trimmed(s[s.index(after: colon)...])
        }
        // NB: without a colon the label counts only in capitals: `Management response is …` is a sentence.
        let words = s.split(separator: " ", maxSplits: 4)
        for k in 1..<max(1, min(words.count, 5)) {
            let label = s[words[0].startIndex..<words[k - 1].endIndex]
            guard SummaryBlock.isUpperCase(ByteText.Bytes(label.utf8)) else { break }
            if ERCVocabulary.field(of: label) == .managementResponse { return Text.trimmed(s[words[k].startIndex...]) }
        }
        return s
    }

    /// `Area: Capacity Strengthening of AWLN Recommendation 1: There is need …` -> (`Capacity Strengthening of
    /// AWLN`, `There is need …`): an area the recommendation stands under, written before its label and number
    /// on the same line; nil unless the text starts with a short label (at most 3 words) and `: `.
    static func area(_ s: Substring) -> (String, Substring)? {
        // NB: a label is no area: `Evaluation Recommendation 1: Do X. Recommendation 1 is urgent.` is one text.
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 30, of: s),
              (1...3).contains(ByteText.wordCount(s[..<colon].utf8)), afterLabel(s) == nil else { return nil }
        let words = s[s.index(after: colon)...].split(separator: " ")
        for w in words.prefix(16).dropFirst() {
            let from = s[w.startIndex...]
            guard ByteText.startsUppercase(w) else { continue }
            if let (rest, _) = afterLabel(from, words: true), let area = Text.nonEmpty(s[s.index(after: colon)..<w.startIndex]) {
                return (area, rest)
            }
        }
        return nil
    }

    /// `Vocabulary.recommendationLabels`, as bytes, and whether each is one of `shortLabels`.
    static let recommendationLabels = Vocabulary.recommendationLabels.map { (Array($0.utf8), shortLabels.contains(Array($0.utf8))) }

    /// The text after a label's number: ` 1 Do X`, ` 1: Do X`, ` 1 - Do X`, ` #3: Do X`, ` No. 1: Do X`, ` N°2 : Do X`,
    /// ` 1 (R1): Do X`, ` IV: Do X`, ` E1: Do X`, ` One: Do X` -> `Do X`; nil when no number follows (or, `marked`, when the number
    /// and its mark do not end with `.`, `:`, `-`). `close`: the number follows with no space (`R1:`).
    /// A parenthesis after the number that names more than a code is the group the recommendation stands
    /// under, when a sentence (a capital) or a mark follows it:
    ///
    ///     " 1 (recommendations for relevance, n.1) The programme keeps …" -> ("The programme keeps …", "recommendations for relevance")
    private static func afterNumber(_ s: Substring, marked: Bool = false, close: Bool = false) -> (Substring, String?)? {
        // NB: `s` is folded: words are parted by single ASCII spaces.
        guard close || s.utf8.first == 0x20 else { return nil }
        var words = (close ? s.utf8[...] : s.utf8.dropFirst()).split(separator: 0x20, maxSplits: 1).map { Substring($0) }
        // `Recommendation No. 1`, `Recomendación Nº 1`: the number's sign.
        if let sign = words.first, numberSigns.contains(ByteText.lowercased(sign)), words.count > 1 {
            words = words[1].utf8.split(separator: 0x20, maxSplits: 1).map { Substring($0) }
        }
        guard var word = words.first else { return nil }
        // `Recommandation N°2 :`, `Recommendation No.3:`: the sign written close to the number.
        word = droppingSign(word)
        let number = ByteText.trimming(word, anyOf: ":.)#")
        let arabic = number.utf8.first.map(ByteText.isDigit) == true
            && number.utf8.allSatisfy({ ByteText.isDigit($0) || $0 == UInt8(ascii: ".") })
        // NB: a roman number counts only with its mark (`Recommendation IV:`): `Recommendation I would …` is prose.
        let roman = number.utf8.count < word.utf8.count && !number.isEmpty && number.utf8.allSatisfy { romanDigits.contains($0) }
        // NB: a number with letters (`E1`, `2a`, `A.1`, `One`) counts only with its mark (`Recommendation E1:`,
        // `Recommendation One - …`), a capital alone only with its mark written close (`Recommendation B:`):
        // `Recommendation A would …`, `Recommendation One of …` are prose.
        let lettered = !arabic && !roman && isLetteredNumber(number, markedClose: number.utf8.count < word.utf8.count)
        guard arabic || roman || lettered else { return nil }
        var rest = words.count > 1 ? words[1] : ""
        var hasMark = number.utf8.count < word.utf8.count
        var group: String?
        // `Recommendation 1 (R1): Do X`: the number again, as a code.
        if let code = rest.utf8.split(separator: 0x20, maxSplits: 1).first.map({ Substring($0) }),
           code.utf8.first == UInt8(ascii: "("), code.utf8.count <= 8,
           code.utf8.last == UInt8(ascii: ")") || code.utf8.last == UInt8(ascii: ":") {
            rest = rest[code.endIndex...]
            hasMark = hasMark || code.utf8.last == UInt8(ascii: ":")
        } else if let (name, after) = parenthesis(rest) {
            group = name
            rest = after
        }
        // `Recommendation 1 - Do X`, `Recommendation 1 : Do X`: a mark standing alone after the number.
        if let mark = rest.utf8.split(separator: 0x20, maxSplits: 1).first.map({ Substring($0) }), ["-", "–", ":"].contains(mark) {
            rest = rest[mark.endIndex...]
            hasMark = true
        }
        guard !(marked || lettered) || hasMark else { return nil }
        return (Text.trimmed(rest), group)
    }

    /// Whether a label's number is written with letters: a letter and digits (`E1`, `2a`, `A.1`, `1.b`; up to
    /// six bytes, two letters), a capital alone when its mark is written close (`B:`), a number word
    /// (`One`, `Uno`, `Deux`: `Vocabulary.numberWords`).
    ///
    ///     "E1" -> true, "2a" -> true, "A.1" -> true, "B" (of `B:`) -> true, "One" -> true, "Agenda" -> false
    private static func isLetteredNumber(_ number: Substring, markedClose: Bool) -> Bool {
        let b = number.utf8
        if b.count == 1 { return markedClose && ByteText.isUpper(b[b.startIndex]) }
        if Vocabulary.numberWords.contains(ByteText.lowercased(number)) { return true }
        let letters = b.filter(ByteText.isLetter).count
        return b.count <= 6 && (1...2).contains(letters) && b.contains(where: ByteText.isDigit)
            && b.allSatisfy { ByteText.isAlphanumeric($0) || $0 == UInt8(ascii: ".") }
    }

    /// `(recommendations for relevance, n.1) The programme …` -> (`recommendations for relevance`, ` The programme …`):
    /// a parenthesis (at most 160 bytes) before a capital or a mark, its own number (`, n.1`) dropped; nil otherwise.
    private static func parenthesis(_ s: Substring) -> (String, Substring)? {
        guard s.utf8.first == UInt8(ascii: "("),
              let close = ByteText.firstIndex(of: UInt8(ascii: ")"), inFirst: 160, of: s) else { return nil }
        let after = s[s.index(after: close)...]
        let next = Text.trimmed(after)
        guard let f = next.unicodeScalars.first, Scalars.isUppercase(f) || [":", "-", "–"].contains(f) else { return nil }
        var name = s[s.index(after: s.startIndex)..<close]
        // NB: `…, n.1`, `…, No. 2`, `…, #3`: the recommendation's number in its group.
        if let comma = name.utf8.lastIndex(of: UInt8(ascii: ",")) {
            let tail = Text.trimmed(name[name.index(after: comma)...])
            let spaced = tail.split(separator: " ", maxSplits: 1)
            let digits = spaced.count == 2 && numberSigns.contains(ByteText.lowercased(spaced[0])) ? spaced[1] : droppingSign(tail)
            if !digits.isEmpty, digits.utf8.allSatisfy(ByteText.isDigit) { name = name[..<comma] }
        }
        guard let group = Text.nonEmpty(ByteText.trimmingPunctuation(name)) else { return nil }
        return (group, after)
    }

    /// `N°2` -> `2`, `No.3:` -> `3:`, `#4` -> `4`, `n.1` -> `1`: a number sign written close to its number dropped.
    static func droppingSign(_ word: Substring) -> Substring {
        let lower = ByteText.lowercased(word)
        for sign in closeSigns where lower.hasPrefix(sign) {
            let rest = word.dropFirst(sign.count)
            if rest.utf8.first.map(ByteText.isDigit) == true { return rest }
        }
        return word
    }

    /// Signs written before a label's number (`Recommendation No. 1`), lower-case.
    static let numberSigns: Set<String> = ["no.", "no", "nº", "n°", "n.", "nr.", "num.", "number"]
    /// Signs written close to the number (`N°2`, `No.3`, `#4`), lower-case, longest first (`droppingSign`).
    static let closeSigns: [String] = ["num.", "nr.", "no.", "nº", "n°", "n.", "#"]
    /// Capital roman digits, as bytes.
    static let romanDigits: Set<UInt8> = Set("IVXL".utf8)

    /// `Lead-in: Sentence…` -> (lead-in, sentence) when the lead-in is a short heading
    /// and what follows is a sentence, not a list (`i.`, `(1)`, `a.`). A heading holds commas only
    /// as a list of short parts whose last joins with `and` (`Relevance, coherence and design`); a
    /// clause's comma (`In 2019, the project had: …`) makes no heading.
    ///
    /// NB: the one title lead-in rule: GATE and ERC recommendations, ILO items (`SummaryItems.leadIn`).
    static func titleLeadIn(_ text: Substring) -> (String, String)? {
        guard let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 160, of: text) else { return nil }
        let lead = text[..<colon]
        let afterColon = text.index(after: colon)
        guard afterColon < text.endIndex, text.utf8[afterColon] == UInt8(ascii: " ") else { return nil }
        let after = Text.trimmed(text[afterColon...])
        guard (1...maxTitleWords).contains(ByteText.wordCount(lead.utf8)), ByteText.startsUppercase(lead),
              !holdsTitlePunctuation(lead), isHeadingList(lead) else { return nil }
        guard let a = after.unicodeScalars.first,
              Scalars.isUppercase(a) || GATEVocabulary.openingQuotes.contains(a) || headsLowerCaseText(lead, after) else { return nil }
        // NB: `after` is folded: a space is the one white space in it.
        let firstWord = after[..<(after.utf8.firstIndex(of: UInt8(ascii: " ")) ?? after.endIndex)]
        if isListMarker(firstWord) { return nil }
        return (Text.fold(lead), Text.fold(after))
    }

    /// Does a lead-in hold a mark no title holds (`GATEVocabulary.titlePunctuation`, but `,`)? A `?` between two spaces
    /// or two letters is none: the older ERC export wrote `?` for a character it could not (`Bahamas ? Exuma`, a dash;
    /// `Women?s`, an apostrophe).
    static func holdsTitlePunctuation(_ lead: Substring) -> Bool {
        let u = lead.utf8
        var previous: UInt8 = 0
        var i = u.startIndex
        while i < u.endIndex {
            let c = u[i], next = u.index(after: i)
            if c != UInt8(ascii: ","), GATEVocabulary.titlePunctuation.contains(c) {
                let after = next < u.endIndex ? u[next] : 0
                let lost = c == UInt8(ascii: "?") && (previous == 0x20 && after == 0x20 || ByteText.isLetter(previous) && ByteText.isLetter(after))
                if !lost { return true }
            }
            previous = c
            i = next
        }
        return false
    }

    /// A heading in a language that writes lower case after a colon (`Marcos normativos: en relación a …`,
    /// `Partenariats : les bureaux …`): a lead-in of three words at most opening with no article, pronoun or
    /// preposition, before a text whose first words hold two of that language's small words and more of them than
    /// English ones (`GATEVocabulary.lowerCaseColonWords`, `englishWords`). An English sentence's colon makes none.
    ///
    ///     ("Marcos normativos", "en relación a la labor de apoyo …")   -> true
    ///     ("La oficina", "en relación a la labor …") / ("Relevance", "the office should …") -> false
    static func headsLowerCaseText(_ lead: Substring, _ after: Substring) -> Bool {
        let leadWords = lead.split(separator: " ")
        guard (1...3).contains(leadWords.count), after.unicodeScalars.first.map(Scalars.isLowercase) == true,
              !GATEVocabulary.sentenceOpenings.contains(ByteText.lowercased(leadWords[0])) else { return false }
        var own = 0
        var english = 0
        for word in after.split(separator: " ", maxSplits: 12).prefix(12) {
            let w = ByteText.lowercased(word)
            if GATEVocabulary.lowerCaseColonWords.contains(w) { own += 1 } else if GATEVocabulary.englishWords.contains(w) { english += 1 }
        }
        return own >= 2 && own > english
    }

    /// A lead-in without commas, or a list of parts of four words at most whose last holds an and-word
    /// (`Vocabulary.partyAndWords`): `Focus on fewer, outcomes, high-impact outputs and activities`.
    private static func isHeadingList(_ lead: Substring) -> Bool {
        let parts = lead.split(separator: ",")
        guard parts.count > 1, let last = parts.last else { return true }
        return parts.allSatisfy { (1...4).contains(ByteText.wordCount($0.utf8)) }
            && last.split(separator: " ").contains { Vocabulary.partyAndWords.contains(ByteText.lowercased($0)) }
    }

    /// `i.`, `iv)`, `(1)`, `a.`, `1.`, `A)`.
    static func isListMarker(_ w: Substring) -> Bool {
        var core = w.unicodeScalars[...]
        if core.first == "(" { core = core.dropFirst() }
        guard let l = core.last, l == "." || l == ")" else { return false }
        core = core.dropLast()
        if core.isEmpty { return false }
        if core.allSatisfy(Scalars.isNumber) { return true }
        if core.count == 1, Scalars.isLetter(core.first!) { return true }
        return core.count <= 5 && core.allSatisfy { "ivxlcIVXLC".unicodeScalars.contains($0) }
    }

    /// Sets a category or list field.
    static func set(_ field: GATEField, _ value: Substring, of rec: inout ParsedRecommendation,
                    line: Int, diagnostics: inout [Diagnostic]) {
        switch field {
        case .responseCategory:
            rec.responseCategory = category(value, line: line, diagnostics: &diagnostics)
        case .thematicAreas: rec.thematicAreas = Text.splitList(value)
        case .operatingPrinciples: rec.operatingPrinciples = Text.splitList(value)
        case .organizationalPriorities: rec.organizationalPriorities = Text.splitList(value)
        case .unegCriteria: rec.unegCriteria = Text.splitList(value)
        case .recommendation, .managementResponse, .description, .donors: break
        }
    }

    /// A response that opens with its category, as templates write it on the label's line or the line below
    /// (`Management response: Partially accepted. The office …`): the canonical category and the text after
    /// it; nil when the text opens with no category word (`category`'s vocabulary, longest first).
    ///
    ///     leadingCategory("Partially accepted. The office will …") -> ("Partially Accepted", "The office will …")
    ///     leadingCategory("Accepted")                            -> ("Accepted", "")
    static func leadingCategory(_ value: Substring) -> (category: String, rest: Substring)? {
        let text = Text.trimmed(value)
        guard let f = text.utf8.first, ByteText.isLetter(f) else { return nil }
        let lower = ByteText.lowercased(text.prefix(40))
        for (key, canonical) in categoryPhrases where lower.hasPrefix(key) {
            let rest = text.dropFirst(key.count)
            // NB: the phrase ends at a word's end: `Accepted` is no category of `Acceptedness`.
            guard rest.unicodeScalars.first.map({ !Scalars.isLetter($0) && !Scalars.isNumber($0) }) ?? true else { continue }
            return (canonical, rest.drop { " .,;:-–".contains($0) })
        }
        return nil
    }

    /// Every category and variant, lower-case, with its canonical form; longest first.
    static let categoryPhrases: [(String, String)] = (Vocabulary.responseCategories.map { ($0.lowercased(), $0) }
        + Vocabulary.responseCategoryVariants.map { ($0.key, $0.value) }).sorted { $0.0.count > $1.0.count || $0.0.count == $1.0.count && $0.0 < $1.0 }

    /// The canonical category, nil when blank; unknown ones kept as written with a warning.
    static func category(_ value: Substring, line: Int, diagnostics: inout [Diagnostic]) -> String? {
        guard let written = Text.nonEmpty(value) else { return nil }
        var key = ByteText.lowercased(written)
        while let l = key.utf8.last, l == UInt8(ascii: ".") || l == UInt8(ascii: ";") { key.removeLast() }
        if let c = Vocabulary.responseCategories.first(where: { ByteText.lowercased($0) == key }) { return c }
        if let c = Vocabulary.responseCategoryVariants[key] { return c }
        diagnostics.append(.warning(line: line, "unknown management response category '\(written)', kept as written"))
        return written
    }
}
