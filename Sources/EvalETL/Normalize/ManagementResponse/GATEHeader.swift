/// Reads the page head of a GATE management response: header values, overall comment, status.
///
///     Search / Login / … / Bolivia / (CO) / Brazil / (CO) / …                  site menu: not the header
///     : Multi-Country Office for Central Asia (Kazakhstan)            office
///     : 2014 - 2015 , Multi-Country Office for Central Asia (Kazakhstan) (MCO)   period, office type
///     : Portfolio Evaluation of Kazakhstan Multi-Country Office …     title (not when it repeats the office)
///     : Evaluation of "Promoting and Protecting … Engaging            title, wrapped:
///     with International, National Human Rights Mechanisms …"        it goes on (`PageChrome.continuesTitle`)
///     :
///     Multi-Country Office for Central Asia (Kazakhstan)              plain header line (`:` lines follow)
///     :
///     The MCO very much appreciates the evaluation …                  summary (after the last header line)
///     : Approved                                                      approval status
///
/// A header whose lines lost their `: ` (a mirror's copy) is read by its period line: the line right above it
/// is the office, the lines below it up to a blank line are values too (`takesPlainValue`).
///
///     Rwanda / 2014 - 2018 , Rwanda (CO) / Final Evaluation of … / Rwanda / (blank) / UN Women Rwanda agrees …
struct GATEHeader {
    enum Item {
        case value(Substring, line: Int)
        case text(Substring)
        /// A line that goes on with the `:` value above it (`PageChrome.continuesTitle`): a wrapped title.
        case continued(Substring)
        case blank
    }

    var items: [Item] = []
    /// Inside a header written without `: ` (after its period line, before a blank line).
    private var plain = false

    /// Takes a text line of the page head as a header value when the header is written without `: `:
    /// a period line with its office type (`2014 - 2018 , Rwanda (CO)`) before any `:` value opens it, the text line right above
    /// it turning into the office; the lines after it are values up to a blank line. False for other text.
    mutating func takesPlainValue(_ text: Substring, line: Int) -> Bool {
        if plain {
            items.append(.value(text, line: line))
            return true
        }
        // NB: the office's type closes GATE's period line (`(CO)`); an ERC field's `2017-2020, Bangladesh` opens nothing.
        guard !items.contains(where: { if case .value = $0 { true } else { false } }),
              Self.period(Text.fold(text))?.type != nil else { return false }
        if case .text(let office)? = items.last { items[items.count - 1] = .value(office, line: line - 1) }
        items.append(.value(text, line: line))
        plain = true
        return true
    }

    /// A blank line or chrome: a header written without `: ` ends there.
    mutating func appendBlank() {
        items.append(.blank)
        plain = false
    }

    /// Fills the evaluation fields of `doc` from the collected items.
    func apply(to doc: inout ParsedDocument) {
        let statusAt = statusIndex()
        var before = statusAt.map { Array(items[..<$0]) } ?? items
        let isValue = { (item: Item) -> Bool in if case .value = item { true } else { false } }
        // NB: `: UN Women ECO takes note of …` a blank line below the header's values: the overall comment, saved on a
        // `:` line of its own (`isSavedComment`).
        if let l = before.lastIndex(where: isValue), l >= 2, case .blank = before[l - 1], isValue(before[l - 2]),
           case .value(let v, _) = before[l], Self.isSavedComment(v) {
            before[l] = .text(v)
        }
        // The summary starts after the last `:` line before the status line.
        let lastValue = before.lastIndex(where: isValue)
        let headerItems = lastValue.map { Array(before[...$0]) } ?? []
        let summaryItems = lastValue.map { Array(before[($0 + 1)...]) } ?? before
        // NB: a comment of no letter (`<>`, `-`) or of a no-value (`NA`, `Vocabulary.noValues`) is a placeholder the form
        // was saved with, no summary.
        doc.summary = Self.paragraphs(summaryItems).flatMap {
            $0.unicodeScalars.contains(where: Scalars.isLetter) && !Vocabulary.noValues.contains(ByteText.lowercased($0)) ? $0 : nil
        }

        if let s = statusAt, case .value(let v, let line) = items[s] {
            let written = Text.fold(v)
            if let known = Vocabulary.approvalStatuses.first(where: { ByteText.lowercased($0) == ByteText.lowercased(written) }) {
                doc.approvalStatus = known
            } else if !written.isEmpty {
                doc.approvalStatus = written
                doc.diagnostics.append(.warning(line: line, "unknown approval status '\(written)', kept as written"))
            }
        }

        var values: [String] = []
        var extra: [String] = []
        for item in headerItems {
            switch item {
            case .value(let v, _): values.append(Text.fold(v))
            case .continued(let t): values[values.count - 1] = Text.fold(joining: [Substring(values[values.count - 1]), t])
            // NB: text above the first `:` line is the page's own (a site menu listing every
            // office and country), not the header: it names no country of the evaluation's.
            case .text(let t) where !values.isEmpty: extra.append(Text.fold(t))
            case .text: break
            case .blank: break
            }
        }
        var office = values.first.flatMap { Text.nonEmpty($0) }
        var titleAt = 1
        if let (p, period) = values.indices.lazy.compactMap({ i in Self.period(values[i]).map { (i, $0) } }).first {
            doc.periodStart = period.start
            doc.periodEnd = period.end
            doc.officeType = period.type
            if office == nil || p == 0 { office = Text.nonEmpty(period.office) }
            titleAt = p + 1
        }
        doc.office = office
        if doc.officeType == nil, let o = office.map(ByteText.lowercased) {
            doc.officeType = Vocabulary.officeTypePhrases.first { o.contains($0.phrase) }?.type
        }
        if titleAt < values.count, let t = Text.nonEmpty(values[titleAt]),
           ByteText.lowercased(t) != office.map(ByteText.lowercased), !Vocabulary.countrySet.contains(t),
           Self.period(t) == nil {
            doc.title = t
        }
        // NB: header lines are short; a runaway line is searched only at its start.
        let countryText = ([office ?? ""] + values + extra).map { String($0.unicodeScalars.prefix(400)) }.joined(separator: " | ")
        doc.countries = Text.countries(in: countryText)
    }

    /// The `: Approved` line: the last `:` value naming an approval status, else a
    /// non-empty `:` value that follows the overall comment with no text after it.
    private func statusIndex() -> Int? {
        var sawText = false
        var afterText: Int?
        var known: Int?
        for (i, item) in items.enumerated() {
            switch item {
            case .text:
                sawText = true
                afterText = nil
            case .value(let v, _):
                let f = ByteText.lowercased(Text.fold(v))
                if i > 0, Self.lowercasedStatuses.contains(f) { known = i }
                if sawText && !f.isEmpty && GATEHeader.period(Text.fold(v)) == nil { afterText = i }
            case .blank, .continued: break
            }
        }
        return known ?? afterText
    }

    static let lowercasedStatuses = Set(Vocabulary.approvalStatuses.map { $0.lowercased() })

    /// A `:` value that is a sentence of six words or more: prose, no header field (`: Final Evaluation of …` ends in no mark).
    static func isSavedComment(_ value: Substring) -> Bool {
        let text = Text.fold(value)
        return ByteText.wordCount(text.utf8) >= 6 && PageChrome.endsSentence(text)
    }

    /// Paragraphs (blank-line separated) with their lines joined by a space, joined by a blank line.
    static func paragraphs(_ items: [Item]) -> String? {
        Text.paragraphs(items.map { item in if case .text(let t) = item { t } else { nil } })
    }

    /// `2020 - 2020 , Pakistan (CO)` -> (2020, 2020, "Pakistan", "CO").
    static func period(_ value: String) -> (start: Int, end: Int, office: String, type: String?)? {
        var s = value.unicodeScalars[...]
        func year() -> Int? {
            let digits = s.prefix { $0.isASCII && ByteText.isDigit(UInt8($0.value)) }
            guard digits.count == 4 else { return nil }
            s = s.dropFirst(4)
            return digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        }
        func skip(_ marks: String) -> Bool {
            s = s.drop { $0 == " " }
            guard let f = s.first, marks.unicodeScalars.contains(f) else { return false }
            s = s.dropFirst().drop { $0 == " " }
            return true
        }
        guard let start = year(), skip("-–"), let end = year() else { return nil }
        guard s.isEmpty || skip(",") else { return nil }
        var office = Text.fold(Substring(s))
        var type: String?
        if office.utf8.last == UInt8(ascii: ")"), let open = office.utf8.lastIndex(of: UInt8(ascii: "(")) {
            let inner = office[office.utf8.index(after: open)..<office.utf8.index(before: office.endIndex)].unicodeScalars
            if (1...4).contains(inner.count), inner.allSatisfy(Scalars.isUppercase) {
                type = String(inner)
                office = Text.fold(office[..<open])
            }
        }
        return (start, end, office, type)
    }
}
