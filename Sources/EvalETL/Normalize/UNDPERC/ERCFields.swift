/// The evaluation-level fields of an ERC page, as read, and how they fill a `ParsedDocument`.
///
///     Commissioning Unit: Fiji                 -> office "Fiji", countries ["Fiji"] (and any country the title names)
///     Unit Responsible for providing Management Response: Georgia
///                                              -> countries ["Georgia"] when the office and `Countries` name none
///     Countries: IRAQJORDANSOUTH SUDAN         -> countries ["Iraq", "Jordan", "South Sudan"] when the office names none
///     Evaluation Plan: 2017-2020, Bangladesh   -> period 2017–2020 (and office "Bangladesh" when no unit is named)
///     Evaluation Type: Mid Term Project        -> evaluation_type (the first one given)
///     Completion Date: 07/2019                 -> evaluation_date 2019-07-31 (`11 Aug, 2017`: 2017-08-11)
///     Evaluation Budget(US $): 29,000          -> budget 29000 (`Money.whole`), currency USD
///     Atlas Project Number: 75892              -> project_code
///     Source of Funding: Norway, TRAC          -> donors ["Norway"], each a donor role (`TRAC`, `Cost-sharing`, `Cost share`,
///                                                 `UNDP TRAC funds`, `Project fund`, `Projects`, mostly such words under a fund's code: how it was paid,
///                                                 no donor: `isFundingModality`; `UNCT Contribution` -> "UNCT": `donor`)
///
/// Each field keeps its first non-empty value.
struct ERCFields {
    var values: [ERCVocabulary.Field: String] = [:]

    mutating func set(_ field: ERCVocabulary.Field, _ value: Substring) {
        guard values[field] == nil, let v = Text.nonEmpty(value) else { return }
        values[field] = v
    }

    /// Fills the evaluation's fields; `title` is the page's title line, if any.
    func apply(to doc: inout ParsedDocument, title: String?) {
        doc.organizations = ["UNDP"]
        doc.title = values[.evaluationTitle] ?? title ?? values[.title]
        let plan = values[.evaluationPlan].map(Self.plan)
        doc.periodStart = plan?.start
        doc.periodEnd = plan?.end
        doc.office = values[.commissioningUnit] ?? plan?.unit
        if let office = doc.office { doc.countries = Text.countries(in: office) }
        // NB: `Countries: IRAQJORDANSUDAN`: names a host ran together are cut at the vocabulary's names.
        if doc.countries.isEmpty, let c = values[.countries] {
            doc.countries = Text.countriesRunTogether(c) ?? Text.countries(in: Self.titleCased(c))
        }
        // NB: an evaluation the IEO commissions names its country in the unit that responds.
        if doc.countries.isEmpty, let unit = values[.unitResponsible] { doc.countries = Text.countries(in: unit) }
        // NB: a country the title names counts too (`… Parliament Project (Solomon Islands)` under the Fiji office).
        if let title = doc.title { Text.addCountries(Text.countries(in: title), to: &doc.countries) }
        doc.evaluationType = values[.evaluationType]
        doc.evaluationDate = values[.completionDate].flatMap { Self.completionDate($0[...]) }
        doc.projectCode = values[.atlasProjectNumber]
        if let funding = values[.sourceOfFunding] {
            doc.addDonors(Text.items(funding).compactMap(Self.donor))
        }
        if let b = values[.budget].flatMap({ Money.whole($0)?.amount }) {
            doc.budget = b
            doc.budgetCurrency = "USD"
        }
    }

    /// `Completion Date`: a month in digits as a deadline's (`07/2019`: its last day), or the current site's date with its
    /// day in words (`11 Aug, 2017`).
    static func completionDate(_ value: Substring) -> CalendarDate? {
        if let date = DateText.deadline(value) { return date }
        let written = DateText.written(in: value)
        guard written.count == 1, let date = written.first, DateText.hasDay(value[date.range]) else { return nil }
        return date.date
    }

    /// The donor a `Source of Funding` item names: none for a way of paying (`isFundingModality`) or a placeholder
    /// (`ERCVocabulary.fundingPlaceholders`); the funder alone when the rest are paying words (`UNCT Contribution`,
    /// `UNDP-GEF global project resources`: UNDP's unit of a fund speaks for the fund), spelt as `ERCVocabulary.funders`
    /// spells it (`gef` -> `GEF`); else the item as written (`ParsedDocument.addDonors` spells a known organization).
    ///
    ///     "UNDP sources to be determined", "Project budget" -> nil;  "UNCT Contribution" -> "UNCT";  "gef" -> "GEF"
    ///     "Government cost-sharing", "Adaptation Fund" -> as written
    static func donor(_ item: String) -> String? {
        guard !isFundingModality(item) else { return nil }
        var words = ByteText.lowercased(item).split(whereSeparator: { $0 == " " || $0 == "/" })
        let phrase = " " + words.joined(separator: " ") + " "
        if ERCVocabulary.fundingPlaceholders.contains(where: { phrase.contains(" \($0) ") }) { return nil }
        if let first = words.first, first.hasPrefix("undp-"), first.count > 5 { words[0] = first.dropFirst(5) }
        let payer = words.filter { !ERCVocabulary.fundingWords.contains(String($0)) && !$0.allSatisfy { $0.isNumber || $0 == "." } }
            .joined(separator: " ")
        return ERCVocabulary.funders.first { ByteText.lowercased($0) == payer } ?? item
    }

    /// Does a `Source of Funding` item name a way of paying rather than a payer: its words, after a leading
    /// `UNDP` and less numbers, all `ERCVocabulary.fundingWords`; or, written as UNDP writes its own funds,
    /// with the fund's code (`… 11300`), most of them, and no country or organization named?
    ///
    ///     "TRAC", "UNDP TRAC funds", "Project budget", "Country Office's Extra Budgetary 11300", "Cost share", "Projects" -> true
    ///     "Project fund" (the project's own fund: `ERCVocabulary.fundNouns`)                                -> true
    ///     "Counry Office's Extra Budgetary 11300" (a word mistyped or not listed, under a fund's code)        -> true
    ///     "Norway", "Adaptation Fund", "Global Fund", "UNDP", "Government cost-sharing"                    -> false
    ///     "GEF 62000", "Government cost-sharing 30000", "Japan cost sharing 30000"                          -> false
    static func isFundingModality(_ item: String) -> Bool {
        var words = item.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" })
        if words.first == "undp" { words.removeFirst() }
        let written = words.count
        words.removeAll { $0.allSatisfy { $0.isNumber || $0 == "." } }
        guard !words.isEmpty else { return false }
        let ownFund = words.contains { ERCVocabulary.projectWords.contains(String($0)) }
        let paying = words.count(where: {
            ERCVocabulary.fundingWords.contains(String($0)) || ownFund && ERCVocabulary.fundNouns.contains(String($0))
        })
        if paying == words.count { return true }
        // NB: ERC's field is typed by hand; a fund's code says the words name one of UNDP's own funds, whatever
        // word is mistyped (`Counry`), unless the item names its payer.
        let fundCode = words.count < written
        return fundCode && paying * 2 > words.count && Text.countries(in: item).isEmpty
            && !words.contains { Vocabulary.canonicalOrganization(String($0)) != nil }
    }

    /// `2017-2020, Bangladesh` -> (2017, 2020, "Bangladesh"); `2008-2012` -> (2008, 2012, nil).
    static func plan(_ s: String) -> (start: Int?, end: Int?, unit: String?) {
        let parts = s.split(separator: ",", maxSplits: 1)
        let years = (parts.first ?? "").split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == " " })
            .compactMap { $0.utf8.count == 4 ? Int($0) : nil }
        let unit = parts.count > 1 ? Text.nonEmpty(parts[1]) : nil
        return (years.first, years.count > 1 ? years[1] : nil, unit)
    }

    /// `BANGLADESH` -> `Bangladesh`, `EL SALVADOR` -> `El Salvador`, `SAO TOME AND PRINCIPE` -> `Sao Tome and Principe`
    /// (country lines are in capitals; a joining word inside a name is not).
    static func titleCased(_ s: String) -> String {
        s.split(separator: " ").enumerated().map { i, word in
            let lower = word.lowercased()
            return i > 0 && Vocabulary.roleConnectors.union(Vocabulary.partyJoiners).union(Vocabulary.partyArticles).contains(lower)
                ? lower : word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
