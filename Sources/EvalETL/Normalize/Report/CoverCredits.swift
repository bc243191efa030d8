/// The evaluators and evaluation managers a report's cover credits (`PageVocabulary.creditRoles`) name in the page's
/// opening (`openingLines` lines of content), read as ILO quick facts' are (`QuickFacts.people`): persons, and firms as
/// organizations; no sentence, no post alone.
///
///     "Evaluation team: Jane Doe (Team Leader), John Roe"  -> evaluator Jane Doe ("Team Leader"), evaluator John Roe
///     "Évaluateurs:" / "Françoise Coupal" / "Ana María Roe" -> evaluators Françoise Coupal, Ana María Roe
///     "Jefa de Equipo: Alexandra Chambel"                   -> evaluator Alexandra Chambel ("Jefa de Equipo")
///     "Equipo de Evaluación" / "Especialista: Ana Roe"      -> evaluator Ana Roe ("Especialista")
///     "… Equipo evaluador: Juan Manuel García Díaz; Ana Roe y Tim Poe Gerente de la evaluación: Eva Doe Commissioned by …"
///         -> evaluators Juan Manuel García Díaz, Ana Roe, Tim Poe; evaluation manager Eva Doe
///     "Evaluation team: met 40 partners in the region."     -> none
enum CoverCredits {
    static func roles(_ lines: [Substring], parties: PartyLexicon) -> [ParsedRole] {
        let opening = Array(lines.lazy.filter { PageChrome.holdsWord($0) || ByteText.isBlank($0.utf8) }
            .prefix(openingLines))
        var out: [ParsedRole] = []
        func add(_ role: Role, _ value: String, post: String? = nil) {
            for var party in names(value, parties) {
                if let post { party.detail = [post, party.detail].compactMap { $0 }.joined(separator: "; ") }
                // NB: a person a cover credits twice (`Évaluateurs:` and the team's table, the surname first or last) is one role,
                // with a post if either says it.
                let words = Set(party.name.split(separator: " "))
                if let k = out.firstIndex(where: { $0.role == role && Set($0.party.name.split(separator: " ")) == words }) {
                    if out[k].party.detail == nil { out[k].party.detail = party.detail }
                    continue
                }
                out.append(ParsedRole(role, party))
            }
        }
        var k = 0
        while k < opening.count {
            let line = Text.trimmed(opening[k])
            k += 1
            let credits = Self.credits(in: line)
            if credits.isEmpty, let team = teamLabel(line) {
                // NB: a team's heading alone (`Equipo de Evaluación`) over its members' lines, `post: name` or `post   name`.
                while k < opening.count, !ByteText.isBlank(opening[k].utf8) {
                    let member = Text.trimmed(opening[k])
                    if let (post, name) = postAndName(member), !names(name, parties).isEmpty {
                        add(team, name, post: post)
                    } else if !(member.unicodeScalars.first.map(Scalars.isLowercase) ?? true) && member.last != ":" {
                        // NB: a post's line wrapped (`et maternelle`) and a group's label (`Expertos externos:`) go on with the
                        // team; anything else ends it.
                        break
                    }
                    k += 1
                }
                continue
            }
            for credit in credits {
                var value = Text.fold(credit.value)
                // NB: a label alone on its line (`Évaluateurs:`) credits the names on the lines below it, one a line.
                if value.isEmpty, credits.count == 1 {
                    var below: [String] = []
                    while k < opening.count, case let next = Text.fold(opening[k]), !next.isEmpty, isName(next, parties) {
                        below.append(next)
                        k += 1
                    }
                    value = below.joined(separator: "; ")
                }
                add(credit.role, value, post: credit.post)
            }
        }
        return out
    }

    /// Lines of a page's opening (content and blank) in which credits are looked for.
    static let openingLines = 80

    /// Bytes of a credit's value, at most.
    static let valueBytes = 200

    /// Bytes of a team's heading alone on its line (`Equipe d’evaluation`), at most.
    static let teamLabelBytes = 48

    /// Scalars of a line naming a team's member, at most.
    static let memberScalars = 160

    /// The credits a line holds: each role label (`PageVocabulary.creditRoles`) opening the line, or anywhere in a cover read as
    /// one line (two credit labels or more), with its value up to the next credit label (`PageVocabulary.coverCreditLabels`),
    /// a commissioning credit that lost its colon (`Commissioned by the WFP …`) or the line's end.
    static func credits(in line: Substring) -> [(role: Role, post: String?, value: Substring)] {
        // NB: every label ends in its colon: a line of none (most of a page) credits no one.
        guard line.utf8.contains(UInt8(ascii: ":")) else { return [] }
        let lower = ByteText.lowercased(line)
        // NB: a lower-case mapping of another length (rare) leaves no byte offset to read the value at.
        guard lower.utf8.count == line.utf8.count else { return [] }
        return ByteText.withUTF8(lower[...]) { b in
            var found: [(at: Int, end: Int, label: Int?)] = []
            for (n, label) in labels.enumerated() {
                guard let at = ByteText.firstOffset(of: label.bytes, in: b), at == 0 || b[at - 1] == 0x20 else { continue }
                found.append((at, at + label.bytes.count, label.role == nil ? nil : n))
            }
            found.sort { $0.at < $1.at || $0.at == $1.at && $0.end > $1.end }
            // NB: a label inside a longer one (`evaluador:` in `equipo evaluador:`) is the longer one's.
            var kept: [(at: Int, end: Int, label: Int?)] = []
            for f in found where kept.last.map({ f.at >= $0.end }) ?? true { kept.append(f) }
            guard kept.first?.at == 0 || kept.count >= 2 else { return [] }
            let u = line.utf8
            return kept.indices.compactMap { j in
                guard let n = kept[j].label, let role = labels[n].role else { return nil }
                let start = kept[j].end
                var end = min(j + 1 < kept.count ? kept[j + 1].at : b.count, start + valueBytes)
                let rest = UnsafeBufferPointer(rebasing: b[start..<end])
                if let cut = valueEnds.compactMap({ ByteText.firstWordOffset(of: $0, in: rest) }).min() { end = start + cut }
                let post = labels[n].post
                    ? Text.fold(line[u.index(line.startIndex, offsetBy: kept[j].at)..<u.index(line.startIndex, offsetBy: start - 1)])
                    : nil
                return (role, post, line[u.index(line.startIndex, offsetBy: start)..<u.index(line.startIndex, offsetBy: end)])
            }
        }
    }

    /// Every cover credit label, with the role it gives (nil: a credit naming no evaluator, `Report number:`).
    static let labels: [(bytes: [UInt8], role: Role?, post: Bool)] = PageVocabulary.coverCreditLabels.map { label in
        let role = PageVocabulary.creditRoles.first { $0.label == label }
        return (Array(label.utf8), role?.role, role?.post ?? false)
    }

    /// Commissioning credits without their colon (`commissioned by`): a credit's value ends before one.
    static let valueEnds = PageVocabulary.commissioningLabels.map { Array($0.dropLast().utf8) }

    /// The role a team's heading alone on its line gives (`Evaluation team`, `Équipe d’évaluation`), or nil.
    static func teamLabel(_ line: Substring) -> Role? {
        guard line.utf8.count <= teamLabelBytes else { return nil }
        let key = Text.labelKey(line) + ":"
        return PageVocabulary.creditRoles.first { $0.label == key && !$0.post }?.role
    }

    /// A team member's line, its post then the name: after a colon, or after a table's column gap (three spaces or more).
    ///
    ///     "Jefa de Equipo: Alexandra Chambel" -> ("Jefa de Equipo", "Alexandra Chambel")
    ///     "Chef d’équipe        Françoise Coupal" -> ("Chef d’équipe", "Françoise Coupal")
    static func postAndName(_ line: Substring) -> (String, String)? {
        guard ByteText.scalarCount(line) <= memberScalars else { return nil }
        let cut: (Substring, Substring)?
        if let colon = line.lastIndex(of: ":") {
            cut = (line[..<colon], line[line.index(after: colon)...])
        } else if let gap = columnGap(line) {
            cut = (line[..<gap.lowerBound], line[gap.upperBound...])
        } else {
            cut = nil
        }
        guard let (post, name) = cut, case let p = Text.fold(post), case let n = Text.fold(name), !p.isEmpty, !n.isEmpty else { return nil }
        return (p, n)
    }

    /// The last run of three spaces or more in a line: a table's column gap.
    static func columnGap(_ line: Substring) -> Range<Substring.Index>? {
        var end = line.endIndex
        while end > line.startIndex {
            guard let space = line[..<end].lastIndex(of: " ") else { return nil }
            let start = line[..<space].lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex
            if line.distance(from: start, to: space) >= 2 { return start..<line.index(after: space) }
            end = start
        }
        return nil
    }

    /// The parties a credit's value names, as `QuickFacts.people` reads them: persons whose names only marks part (`Juan Manuel
    /// García Díaz` is one), and organizations a firm's or agency's name names (`Vocabulary.namesOrganization`).
    static func names(_ value: String, _ lexicon: PartyLexicon) -> [Party] {
        var out: [Party] = []
        for party in QuickFacts.people(value, lexicon) {
            // NB: names side by side with no mark between them are one person's: a credit parts its names by marks.
            if party.kind == .person, let last = out.last, last.kind == .person, last.detail == nil,
               value.contains(last.name + " " + party.name) {
                out[out.count - 1].name += " " + party.name
                out[out.count - 1].detail = party.detail
                continue
            }
            out.append(party)
        }
        // NB: the splitter parting names side by side drops the parenthesis after them: it is the person's detail.
        for k in out.indices where out[k].kind == .person && out[k].detail == nil {
            out[k].detail = parenthesis(after: out[k].name, in: value)
        }
        return out.filter { p in
            p.kind == .person ? isName(p.name, lexicon)
                : p.kind == .organization && Vocabulary.namesOrganization(p.name) && p.name.unicodeScalars.first.map(Scalars.isUppercase) == true
        }
    }

    /// The text of the parenthesis right after `name` in `value` (`Ana Ruiz (Team Leader)` -> `Team Leader`), or nil.
    static func parenthesis(after name: String, in value: String) -> String? {
        let open = Array((name + " (").utf8)
        return ByteText.withUTF8(value[...]) { b in
            guard let at = ByteText.firstOffset(of: open, in: b), case let start = at + open.count,
                  let close = b[start...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            return Text.nonEmpty(String(decoding: b[start..<close], as: UTF8.self))
        }
    }

    /// Whether a text is a person's name alone as the party grammar reads one (`PartySplitter`): capitalized words and
    /// particles, no sentence, no post, no organization.
    static func isName(_ text: String, _ lexicon: PartyLexicon) -> Bool {
        guard !PageChrome.endsSentence(text) else { return false }
        let read = PartySplitter.split(text, lexicon: lexicon)
        return !read.isEmpty && read.allSatisfy { $0.kind == .person && $0.detail == nil }
    }
}
