/// Reads the `Key: value` lines of an ILO `QUICK FACTS` block into a `ParsedDocument`.
///
///     Countries: Pakistan, Italy                 -> countries ["Pakistan", "Italy"]
///     Administrative Office: ILO Country Office (CO) Pakistan
///                                                -> office, office_type "CO", role administrative_office
///     Donor(s) & budget: Government of Italy; \$1,706,485
///                                                -> donors, role donor, budget 1706485.0, budget_currency "USD"
///
/// Keys match case-insensitively through `Vocabulary.quickFactKeys` (a leading `ILO` dropped:
/// `ILO TC/SYMBOL`, `ILO Administrative Office`); unknown keys are ignored.
enum QuickFacts {
    enum Fact: String, Sendable {
        case title = "evaluation title"
        case countries
        case evaluationDate = "evaluation date"
        case evaluationType = "evaluation type"
        case evaluationTiming = "evaluation timing"
        case administrativeOffice = "administrative office"
        case technicalOffice = "technical office"
        /// One office for both (`ILO Administrative & Technical Backstopping Office:`).
        case offices = "administrative and technical office"
        case evaluationManager = "evaluation manager"
        case evaluators
        case projectCode = "project code"
        case donorsAndBudget = "donors and budget"
        case keywords
    }

    /// The fact a key names: `Donor(s) & budget`, `donor and budget`, `Country` …
    static func fact<C: Collection<UInt8>>(forKey key: C) -> Fact? {
        guard mayBeKey(key) else { return nil }
        return fact(normalizedKey: normalizedKey(ByteText.Bytes(key)))
    }

    /// The fact of a key already in `normalizedKey`'s form.
    static func fact(normalizedKey key: String) -> Fact? {
        Vocabulary.quickFactKeys[key].flatMap(Fact.init(rawValue:))
    }

    static let longestKey = Vocabulary.quickFactKeys.keys.map(\.utf8.count).max() ?? 0

    /// False when `key` has too many letters and digits to normalize to a known key.
    ///
    /// NB: most labels tried are the start of a sentence. Normalizing keeps every ASCII letter
    /// and digit (lower-cased) but those of a removed `(s)`/`(es)`/`(ies)` (three at most, each
    /// with its own `(`) and of the `ilo ` prefix, so no key comes of more than that.
    static func mayBeKey<C: Collection<UInt8>>(_ key: C) -> Bool {
        var kept = -3
        for c in key {
            if ByteText.isAlphanumeric(c) { kept += 1 } else if c == UInt8(ascii: "(") { kept -= 3 }
        }
        return kept <= longestKey
    }

    /// The lookup form of a key: inline markup gone, lower-case, plural marks dropped,
    /// `&` as `and`, `/` as a space, white space folded, no `ilo ` prefix.
    ///
    ///     normalizedKey("**Donor(s) & Budget**") == "donor and budget"
    static func normalizedKey(_ key: ByteText.Bytes) -> String {
        var k = ByteText.lowercased(ByteText.fold(MarkdownText.inline(key)))
        for plural in ["(s)", "(es)", "(ies)"] { k = ByteText.replacing(plural, with: "", in: k) }
        k = ByteText.replacing("/", with: " ", in: ByteText.replacing("&", with: " and ", in: k))
        var folded = ByteText.fold(k[...])
        if folded.starts(with: "ilo ".utf8) { folded.removeFirst(4) }
        return ByteText.string(folded)
    }

    /// Applies one fact; problems become warnings at `line`.
    static func apply(_ fact: Fact, value raw: String, line: Int, to doc: inout ParsedDocument, parties: PartyLexicon) {
        let value = droppingLabelTail(MarkdownText.plain(raw))
        guard !value.isEmpty else { return }
        switch fact {
        case .title:
            doc.title = value
        case .countries:
            doc.countries = Text.countryItems(value)
        case .evaluationDate:
            // NB: a fieldwork period (`5 August 2013 – 30 April 2014`) is dated by its end.
            doc.evaluationDate = DateText.periodEnd(value[...]) ?? DateText.parse(value)
            if doc.evaluationDate == nil {
                doc.diagnostics.append(.warning(line: line, "evaluation date '\(value)' is not a date, left empty"))
            }
        case .evaluationType:
            doc.evaluationType = value
        case .evaluationTiming:
            doc.evaluationTiming = value
        case .administrativeOffice:
            doc.office = value
            doc.officeType = officeType(of: value)
            doc.roles.append(ParsedRole(.administrativeOffice, office(value)))
        case .technicalOffice:
            doc.roles.append(ParsedRole(.technicalOffice, office(value)))
        case .offices:
            apply(.administrativeOffice, value: value, line: line, to: &doc, parties: parties)
            apply(.technicalOffice, value: value, line: line, to: &doc, parties: parties)
        case .evaluationManager:
            doc.roles += people(value, parties).map { ParsedRole(.evaluationManager, $0) }
        case .evaluators:
            doc.roles += people(value, parties).map { ParsedRole(.evaluator, $0) }
        case .projectCode:
            doc.projectCode = value
        case .donorsAndBudget:
            donorsAndBudget(value, line: line, to: &doc)
        case .keywords:
            doc.keywords = Text.items(value)
        }
    }

    /// A value without the words of its template's label written after the colon (`SummaryVocabulary.labelTails`), and
    /// their own colon.
    ///
    ///     "país y monto en US$ España, US $ 1,474,926" -> "España, US $ 1,474,926"
    ///     "country and budget US$: Finland; US$ 1,200" -> "Finland; US$ 1,200"
    static func droppingLabelTail(_ value: String) -> String {
        let lower = ByteText.lowercased(value)
        guard let tail = SummaryVocabulary.labelTails.first(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") })
        else { return value }
        return String(ByteText.trimming(Text.fold(value.dropFirst(tail.count))[...], anyOf: " :"))
    }

    /// `Donor A; \$1,706,485` or `Donor A, Donor B (USD 2 million)`: donors, then the amount.
    static func donorsAndBudget(_ value: String, line: Int, to doc: inout ParsedDocument) {
        var donorText = value
        if let at = amountStart(value), let money = Money.parse(String(value[at...])) {
            doc.budget = money.amount
            doc.budgetCurrency = money.currency
            if money.currency == nil {
                doc.diagnostics.append(.warning(line: line, "budget without a currency: '\(value[at...])'"))
            }
            donorText = String(ByteText.trimming(value[..<at], anyOf: " (;:–-,"))
        } else if let at = currencyStart(value) {
            // NB: amounts parted by place (`USD 920,448 (Zambia) and 892,896 (Tanzania)`) are no one budget; the donors stand before.
            doc.diagnostics.append(.warning(line: line, "budget '\(value[at...])' is not one amount, left empty"))
            donorText = String(ByteText.trimming(value[..<at], anyOf: " (;:–-,"))
        }
        doc.addDonors(Text.items(donorText))
    }

    /// A line under `Donors: Name : US$ amount` naming one more donor and its share (`United Kingdom : US$ 11.36 million`):
    /// the donor added, its share added to the budget (a `Total approved budget:` after them sets the whole). False, and
    /// nothing done, for any other line: a label that is no one name, a known cover label, a value that is not money alone.
    ///
    ///     donorShare("Canada", "US$ 7.06 million", to: &doc)  -> true, donor "Canada", budget + 7060000
    static func donorShare(_ label: String, _ value: String, to doc: inout ParsedDocument) -> Bool {
        guard let money = Money.whole(value), Text.items(label).count == 1,
              !SummaryVocabulary.otherCoverLabels.contains(normalizedKey(ByteText.Bytes(label.utf8))) else { return false }
        if money.currency == doc.budgetCurrency, let budget = doc.budget { doc.budget = budget + money.amount }
        doc.addDonors([label])
        return true
    }

    /// Where the first currency marker written as a word before a number stands (`ILO RBSA USD 920,448 (Zambia) and …`).
    static func currencyStart(_ value: String) -> String.Index? {
        let words = value.split(separator: " ")
        for (w, next) in zip(words, words.dropFirst()) where next.first?.isASCII == true && next.first?.isNumber == true {
            if Money.lowercasedCurrencyMarkers.contains(ByteText.lowercased(w)) { return w.startIndex }
        }
        return nil
    }

    /// Where the amount begins: after the leftmost separator (`;` `(` `:` `–` `, `) whose tail is all money.
    ///
    ///     "Government of Italy; \$1,706,485" -> "\$1,706,485";  "USDOL, US$ 5,000,000" -> "US$ 5,000,000"
    static func amountStart(_ value: String) -> String.Index? {
        var cuts = [value.startIndex]
        let u = value.unicodeScalars
        var prev: Unicode.Scalar = " "
        for i in u.indices {
            let c = u[i]
            defer { prev = c }
            let next = u.index(after: i)
            // NB: a mark that a combining mark joins is no separator.
            if next < u.endIndex, Scalars.extendsCharacter(u[next]) { continue }
            if c == ";" || c == "(" || c == ":" || c == "–" { cuts.append(next) }
            if c == " " && prev == "," { cuts.append(i) }
        }
        for cut in cuts where Money.isMoney(value[cut...]) {
            return Text.trimmed(value[cut...]).startIndex
        }
        return nil
    }

    /// `CO` from `ILO Country Office (CO) Pakistan`, else from a phrase such as `Regional Office`.
    static func officeType(of office: String) -> String? {
        var rest = Substring(office)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = Text.fold(rest[rest.index(after: open)..<close])
            if Vocabulary.officeTypes.contains(inner) { return inner }
            rest = rest[rest.index(after: close)...]
        }
        // NB: `ILO DWT/CO-New Delhi`: a type code standing as its own word, in capitals.
        let words = ByteText.withUTF8(office) { ByteText.letterWords($0) }
        if let code = words.first(where: { Vocabulary.officeTypes.contains($0) }) { return code }
        let lower = ByteText.lowercased(office)
        return Vocabulary.officeTypePhrases.first { lower.contains($0.phrase) }?.type
    }

    /// An office as a unit: a trailing parenthesis is its detail unless it is an office type.
    static func office(_ value: String) -> Party {
        if value.hasSuffix(")"), let open = value.lastIndex(of: "(") {
            let inner = Text.fold(value[value.index(after: open)..<value.index(before: value.endIndex)])
            let name = Text.fold(value[..<open])
            if !Vocabulary.officeTypes.contains(inner), !name.isEmpty {
                return Party(name: name, kind: .unit, detail: inner.isEmpty ? nil : inner)
            }
        }
        return Party(name: value, kind: .unit)
    }

    /// A comma between two letters given its space: `van der Vorst,Bram Frouws` -> `van der Vorst, Bram Frouws`.
    static func spacedCommas(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var prev: Unicode.Scalar = " "
        for c in value.unicodeScalars {
            if prev == ",", Scalars.isLetter(c), let before = out.dropLast().last, Scalars.isLetter(before) { out.append(" ") }
            out.append(c)
            prev = c
        }
        return String(out)
    }

    /// A comma after a person's detail that a capital goes on from: `A B (Team Leader) C D` -> `A B (Team Leader), C D`.
    static func partedAfterDetails(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var last: (Unicode.Scalar, Unicode.Scalar) = (" ", " ")
        for c in value.unicodeScalars {
            if last == (")", " "), Scalars.isUppercase(c) { out.insert(",", at: out.index(before: out.endIndex)) }
            out.append(c)
            last = (last.1, c)
        }
        return String(out)
    }

    /// Whether a name is an organization's acronym in capitals and a place after it (`ILO Geneva`, `UNDP Bangkok`): one
    /// of its offices, no person.
    static func isOfficePlace(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 2, words[0].utf8.count >= 2, words[0].utf8.allSatisfy(ByteText.isUpper),
              Vocabulary.canonicalOrganization(String(words[0])) != nil else { return false }
        return !Vocabulary.namesOrganization(name)
    }

    /// The people a manager or consultant line names.
    ///
    ///     "Niaz Murtaza (Team Leader) and Rehana Shaikh" -> Niaz Murtaza ("Team Leader"), Rehana Shaikh
    ///     "Jane Doe, Team Leader; John Roe"              -> Jane Doe ("Team Leader"), John Roe
    ///
    /// A part that names a post or an office (`Team Leader`, `ILO Evaluation Office`) right
    /// after a person is that person's detail; a firm (`XYZ Consulting Ltd`) stays an organization.
    static func people(_ value: String, _ lexicon: PartyLexicon) -> [Party] {
        var out: [Party] = []
        for var party in PartySplitter.split(partedAfterDetails(spacedCommas(value)), lexicon: lexicon) {
            let lower = ByteText.lowercased(party.name).split(separator: " ")
            let isPost = party.kind == .unit || lower.contains { Vocabulary.personPostWords.contains(String($0)) } || isOfficePlace(party.name)
            if isPost, let last = out.indices.last, out[last].kind == .person {
                let written = party.name + (party.detail.map { " (\($0))" } ?? "")
                out[last].detail = [out[last].detail, written].compactMap { $0 }.joined(separator: "; ")
                continue
            }
            if !Vocabulary.namesOrganization(party.name) && !isPost { party.kind = .person }
            out.append(party)
        }
        return out
    }
}
