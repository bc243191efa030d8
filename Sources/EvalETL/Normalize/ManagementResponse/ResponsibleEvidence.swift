/// Reads the responsible party of the key-action rows the row alone could not split, with
/// the rest of the document, as a person reading the page would.
///
///     1.1 … with regional partners PMU 2019/12 Initiated      (PMU: no rule reads a bare acronym)
///     1.2 … review the annual workplan PMU 2020/06 Completed
///     2.1 … train focal points Programme Specialist, PMU 2020/12 Initiated   (read by the row)
///     -> 1.1 and 1.2: responsible `PMU`
///
/// In order, for each row left without a responsible party:
/// 1. a party another row of the document named, when the row's text ends in it, or when it opens the row's
///    last sentences as a cell opens (`… des filles. UNW et Ministère de la femme … en Tunisie`: `openingCell`);
/// 2. the same words ending two or more such rows (`WCA`, `Wanalher Ag Alwaly`);
/// 3. else a guess — the trailing office codes, or the trailing capitalised words — kept
///    with a warning naming the row (`Diagnostic.Topic.responsible`), so an officer can check
///    it and add the name to the party lexicon. A row with no such words keeps its text whole,
///    with a warning of the same topic.
///
/// A row whose cells stand apart from its text (an ERC page's `Responsible DueDate Status` row,
/// its line in `cellsApart`) has said what it had to say: an empty responsible cell is no party.
///
/// NB: a function of the document and the lexicon only, so the result is the same
/// whatever the thread count or the order of files.
enum ResponsibleEvidence {
    /// Words a guessed or repeated party may span.
    static let maxWords = 6

    /// The aliases a page defines in its cells: a party written `Country Programme Managers (=CPM)` names `CPM`, so a
    /// party `CPM` or `CPMs` of any row is that party (its name and kind), and `=CPM` is no detail.
    ///
    ///     1.1 … Country Programme Managers (=CPM) 2012/03 …   -> Country Programme Managers (unit), no detail
    ///     1.2 … CPMs 2012/03 …                                -> Country Programme Managers (unit)
    static func foldAliases(_ recs: inout [ParsedRecommendation]) {
        var aliases: [String: Party] = [:]
        for r in recs.indices {
            for a in recs[r].actions.indices {
                for p in recs[r].actions[a].parties.indices {
                    guard let detail = recs[r].actions[a].parties[p].detail, detail.contains("=") else { continue }
                    var parts = detail.split(separator: "; ").map(String.init)
                    guard let i = parts.firstIndex(where: { $0.hasPrefix("=") }) else { continue }
                    let alias = Text.fold(parts.remove(at: i).dropFirst())
                    recs[r].actions[a].parties[p].detail = parts.isEmpty ? nil : parts.joined(separator: "; ")
                    // NB: an alias is one short word (`CPM`, `CO`).
                    guard !alias.isEmpty, alias.utf8.count <= 12, !alias.contains(" ") else { continue }
                    aliases[alias] = recs[r].actions[a].parties[p]
                }
            }
        }
        guard !aliases.isEmpty else { return }
        for r in recs.indices {
            for a in recs[r].actions.indices {
                for p in recs[r].actions[a].parties.indices {
                    let name = recs[r].actions[a].parties[p].name
                    guard let defined = aliases[name] ?? (name.hasSuffix("s") ? aliases[String(name.dropLast())] : nil) else { continue }
                    recs[r].actions[a].parties[p].name = defined.name
                    recs[r].actions[a].parties[p].kind = defined.kind
                }
            }
        }
    }

    static func resolve(_ recs: inout [ParsedRecommendation], lexicon: PartyLexicon, diagnostics: inout [Diagnostic],
                        cellsApart: Set<Int> = []) {
        defer { foldAliases(&recs) }
        var open: [(rec: Int, action: Int)] = []
        for (r, rec) in recs.enumerated() {
            for (a, action) in rec.actions.enumerated()
            where action.responsible == nil && (action.deadline != nil || action.status != nil) && !action.text.isEmpty
                && !cellsApart.contains(action.line) {
                open.append((r, a))
            }
        }
        // NB: most pages have no such row; only theirs pay for the parties the others name.
        guard !open.isEmpty else { return }
        let named = Set(recs.lazy.flatMap(\.actions).compactMap(\.responsible))
        // 1. A party another row named.
        let known = named.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
        let names = Set(recs.lazy.flatMap(\.actions).flatMap(\.parties).map(\.name))
        var left: [(rec: Int, action: Int)] = []
        for place in open {
            let text = recs[place.rec].actions[place.action].text
            if let party = known.first(where: { endsInWords(text, $0) }) {
                assign(party, to: &recs[place.rec].actions[place.action], lexicon)
            } else if let (body, paren) = trailingParenthesis(text), let party = known.first(where: { endsInWords(String(body), $0) }) {
                // NB: `… d'actions Management Projet ONU Femmes. (REFAMP, CMDID, GP/DCF)`: the party, its detail after it.
                let cell = String(text[body.utf8.index(body.endIndex, offsetBy: -party.utf8.count)...])
                assign(cell, to: &recs[place.rec].actions[place.action], lexicon,
                       parties: PartySplitter.split(party, lexicon: lexicon).map { Party(name: $0.name, kind: $0.kind, detail: $0.detail ?? paren) })
            } else if let (cell, parties) = openingCell(text, names: names, lexicon) {
                assign(String(cell), to: &recs[place.rec].actions[place.action], lexicon, parties: parties)
            } else {
                left.append(place)
            }
        }
        // 2. Words that end two or more rows; 3. a guess.
        let endings = left.map { candidates(recs[$0.rec].actions[$0.action].text, lexicon) }
        var rows: [String: Int] = [:]
        for c in endings { for s in Set(c) { rows[s, default: 0] += 1 } }
        for (place, c) in zip(left, endings) {
            let line = recs[place.rec].actions[place.action].line
            if let shared = c.last(where: { rows[$0, default: 0] >= 2 }) {
                assign(shared, to: &recs[place.rec].actions[place.action], lexicon)
                continue
            }
            var d = Diagnostic.warning(line: line, "could not tell the responsible party from the action text; responsible left empty")
            if let guess = guess(recs[place.rec].actions[place.action].text, lexicon) {
                assign(guess, to: &recs[place.rec].actions[place.action], lexicon)
                d.message = "responsible party uncertain: guessed '\(guess)' (no rule, lexicon entry or other row reads it); if it is wrong, name the party in the lexicon that pipeline.yml's 'parties:' names"
            }
            d.topic = .responsible
            diagnostics.append(d)
        }
    }

    /// Words the sentences `openingCell` reads may span.
    static let maxCellWords = 60

    /// The row's last sentences when the first opens with a party another row named (`names`, by its canonical
    /// name) and goes on as a cell does (after the party nothing, a separator, an `and`, `with` or a preposition),
    /// and they end in no sentence end: the cell as written, and the parties of its first sentence (a glossary of
    /// its codes after it, `MEF : Ministère de l’Économie …`, names no party of its own).
    ///
    ///     "Appui technique au Ministère … des filles. UNW et Ministère de la femme … en Tunisie"
    ///         -> ("UNW et Ministère de la femme … en Tunisie", [UN Women, Ministère de la femme … en Tunisie])
    ///     "Draft the law. UN Women will support the Ministry" -> nil (`will` goes on as a sentence does)
    static func openingCell(_ text: String, names: Set<String>, _ lexicon: PartyLexicon) -> (cell: Substring, parties: [Party])? {
        guard let end = text.utf8.last, !".!?:".utf8.contains(end) else { return nil }
        let words = text.split(separator: " ")
        func endsSentence(_ w: Substring) -> Bool { w.utf8.last == UInt8(ascii: ".") }
        for s in stride(from: words.count - 1, through: max(1, words.count - maxCellWords), by: -1) where endsSentence(words[s - 1]) {
            let opening = (1...min(3, words.count - s)).reversed().first { n in
                let phrase = String(ByteText.trimming(Substring(words[s..<(s + n)].joined(separator: " ")), anyOf: " ,;/"))
                return names.contains(Vocabulary.canonicalOrganization(phrase) ?? phrase)
            }
            guard let n = opening else { continue }
            if s + n < words.count, !PartyTokens.endsInSeparator(words[s + n - 1]) {
                let next = words[s + n].lowercased()
                guard Vocabulary.partyAndWords.contains(next) || Vocabulary.partyWithWords.contains(next)
                    || Vocabulary.partyRemarkWords.contains(next) else { continue }
            }
            let cell = text[words[s].startIndex...]
            let first = words[s...].firstIndex(where: endsSentence).map { text[words[s].startIndex..<words[$0].endIndex] } ?? cell
            return (cell, PartySplitter.split(String(first), lexicon: lexicon))
        }
        return nil
    }

    /// `text` ends in `party` at a word boundary, with words before it.
    static func endsInWords(_ text: String, _ party: String) -> Bool {
        let t = text.utf8, p = party.utf8
        guard t.count > p.count + 1, t.suffix(p.count).elementsEqual(p) else { return false }
        return t[t.index(t.endIndex, offsetBy: -p.count - 1)] == UInt8(ascii: " ")
    }

    /// The text's last `party.utf8.count` bytes become its responsible party: split (`PartySplitter`), unless given.
    private static func assign(_ party: String, to action: inout ParsedAction, _ lexicon: PartyLexicon, parties: [Party]? = nil) {
        let t = action.text.utf8
        action.text = Text.fold(action.text[..<t.index(t.endIndex, offsetBy: -party.utf8.count)])
        action.responsible = party
        action.parties = parties ?? PartySplitter.split(party, lexicon: lexicon)
    }

    /// `… Femmes. (REFAMP, CMDID)` -> (`… Femmes`, `REFAMP, CMDID`): the text before a closing parenthesis
    /// (and the `.` before it), and what the parenthesis holds; nil unless the text ends in one.
    static func trailingParenthesis(_ text: String) -> (body: Substring, inner: String)? {
        guard text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "("), open > text.startIndex,
              let inner = Text.nonEmpty(text[text.index(after: open)..<text.index(before: text.endIndex)]) else { return nil }
        var body = Text.trimmed(text[..<open])
        if body.utf8.last == UInt8(ascii: ".") { body = body.dropLast() }
        return (body, inner)
    }

    /// The endings of `text` (shortest first, up to `maxWords` words, leaving a description)
    /// that could be a party: words of names and codes, starting with a capital or a code.
    static func candidates(_ text: String, _ lexicon: PartyLexicon) -> [String] {
        let words = PartyWords(text[...], separators: false, lexicon: lexicon)
        let n = words.count
        var out: [String] = []
        var k = 1
        while k <= maxWords, k < n {
            let w = words[n - k]
            // NB: a status word (`Completed`) is the row's next cell, never a party's.
            guard partyWord(w), StatusMatcher.match(words.text(w)) == nil else { break }
            if w.is(.title) || w.is(.code) {
                out.append(words.joined(words.words[(n - k)...]))
            }
            k += 1
        }
        return out
    }

    /// The best guess for the party ending `text`: its trailing office or other codes,
    /// else its longest trailing run of capitalised words (a name), or nil.
    static func guess(_ text: String, _ lexicon: PartyLexicon) -> String? {
        let words = PartyWords(text[...], separators: false, lexicon: lexicon)
        let n = words.count
        guard n >= 2, words[n - 1].is(.code) || words[n - 1].is(.title) else { return nil }
        if words[n - 1].is(.code) {
            var k = 1
            while k < min(3, n - 1), words[n - k - 1].is(.code) { k += 1 }
            return words.joined(words.words[(n - k)...])
        }
        return candidates(text, lexicon).last
    }

    /// A word a party name may hold: capitalised, a code, a parenthesis, or a connector,
    /// joiner, article or particle between such words; nothing ending a sentence.
    private static func partyWord(_ w: PartyWord) -> Bool {
        !w.is(.breaksParty) && !w.shape.isDisjoint(with: [.title, .code, .paren, .connector, .joiner, .the, .particle])
    }
}
