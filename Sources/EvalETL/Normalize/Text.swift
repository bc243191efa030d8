/// Small text helpers shared by the parsers.
public enum Text {
    /// Every whitespace run (newlines included) becomes one space; ends trimmed.
    ///
    ///     Text.fold("  a \n b ") == "a b"
    public static func fold<S: StringProtocol>(_ s: S) -> String {
        // NB: folds on UTF-8 bytes (`ByteText.fold`). Most text reaching here is folded
        // already, so it is checked first and then copied once.
        ByteText.withUTF8(s) { b in
            ByteText.isFolded(b) ? nil : String(unsafeUninitializedCapacity: b.count) { ByteText.fold(b, into: $0) }
        } ?? String(s)
    }

    /// `s` folded: itself when it is folded already (as most lines and cells are), else a folded copy.
    static func folded(_ s: Substring) -> Substring {
        ByteText.withUTF8(s, ByteText.isFolded) ? s : fold(s)[...]
    }

    /// Lines in paragraphs, `nil` where a blank line parts them: each paragraph's lines folded
    /// and joined by a space, the paragraphs by a blank line; nil when there is none.
    ///
    ///     Text.paragraphs(["a", " b", nil, "c"]) == "a b\n\nc"
    ///
    /// NB: the one paragraph rule: GATE overall comments, ERC evaluation descriptions.
    static func paragraphs(_ lines: [Substring?]) -> String? {
        let paragraphs = lines.split(separator: nil).map { fold(joining: $0.compactMap { $0 }) }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
    }

    /// `fold(pieces.joined(separator: " "))`, without the joined string.
    ///
    ///     Text.fold(joining: ["a ", "", " b  c"]) == "a b c"
    ///
    /// NB: white space folds within a piece, and the space between two pieces joins the
    /// runs at their ends, so each piece is folded into the new string in turn.
    static func fold(joining pieces: [Substring]) -> String {
        if pieces.count == 1 { return fold(pieces[0]) }
        let capacity = pieces.reduce(pieces.count) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var o = 0
            for piece in pieces {
                ByteText.withUTF8(piece) { b in
                    let start = o == 0 ? 0 : o + 1
                    let n = ByteText.fold(b, into: UnsafeMutableBufferPointer(rebasing: out[start...]))
                    guard n > 0 else { return }
                    if o > 0 { out[o] = 0x20 }
                    o = start + n
                }
            }
            return o
        }
    }

    /// A label as it is looked up in a vocabulary: folded, lower-cased, without trailing colons and spaces.
    ///
    ///     Text.labelKey("Commissioning  Unit :") == "commissioning unit"
    static func labelKey<S: StringProtocol>(_ label: S) -> String {
        ByteText.withLabelKey(label, ByteText.string)
    }

    /// Trimmed, or nil when nothing is left.
    ///
    ///     Text.nonEmpty("  ") == nil
    public static func nonEmpty<S: StringProtocol>(_ s: S?) -> String? {
        guard let s else { return nil }
        let f = fold(s)
        return f.isEmpty ? nil : f
    }

    /// `s` without leading and trailing white space (`Scalars.isWhitespace`), and the marks
    /// that join it (`Scalars.extendsCharacter`).
    ///
    ///     Text.trimmed("\u{A0} a b ") == "a b"
    static func trimmed(_ s: Substring) -> Substring {
        // NB: most texts trimmed start and end with a visible ASCII byte.
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return s }
        // NB: then most have ASCII blanks at their ends (table cells: ` 2021/12 `), cut on bytes
        // while the bytes next to them are ASCII (no mark can join them).
        let b = s.utf8
        var start = b.startIndex
        var end = b.endIndex
        while start < end, ByteText.isSpace(b[start]) { start = b.index(after: start) }
        while end > start, ByteText.isSpace(b[b.index(before: end)]) { end = b.index(before: end) }
        if start == end || (b[start] < 0x80 && b[b.index(before: end)] < 0x80) { return s[start..<end] }
        let u = s.unicodeScalars
        var lo = u.startIndex
        while lo < u.endIndex, Scalars.isWhitespace(u[lo]) {
            lo = u.index(after: lo)
            while lo < u.endIndex, Scalars.extendsCharacter(u[lo]) { lo = u.index(after: lo) }
        }
        var hi = u.endIndex
        while hi > lo {
            var base = u.index(before: hi)
            while base > lo, Scalars.extendsCharacter(u[base]) { base = u.index(before: base) }
            guard Scalars.isWhitespace(u[base]) else { break }
            hi = base
        }
        return Substring(u[lo..<hi])
    }

    /// `line` without the markdown bold around its leading label, as a page converted to markdown
    /// writes a `<strong>` label; `line` itself when it opens with no bold label.
    ///
    ///     Text.unboldedLabel("**Status:** Completed")         == "Status: Completed"
    ///     Text.unboldedLabel("**Evaluation Plan**: 2008-2012") == "Evaluation Plan: 2008-2012"
    ///     Text.unboldedLabel("**effectively eliminate** labour") == "**effectively eliminate** labour"
    ///
    /// NB: only a line that opens with `**` is looked at, and only its first `boldLabelBytes`
    /// bytes: the bold must close right before or after the first colon.
    static func unboldedLabel(_ line: Substring) -> Substring {
        let b = line.utf8
        let bold = "**".utf8
        guard b.starts(with: bold) else { return line }
        let start = b.index(b.startIndex, offsetBy: 2)
        guard let colon = b[start...].prefix(boldLabelBytes).firstIndex(of: UInt8(ascii: ":")) else { return line }
        let afterColon = b.index(after: colon)
        let label: Substring.UTF8View.SubSequence
        let rest: Substring.UTF8View.SubSequence
        if b[afterColon...].starts(with: bold) {
            label = b[start..<colon]
            rest = b[b.index(afterColon, offsetBy: 2)...]
        } else if b.distance(from: start, to: colon) > 2, b[..<colon].suffix(2).elementsEqual(bold) {
            label = b[start..<b.index(colon, offsetBy: -2)]
            rest = b[afterColon...]
        } else {
            return line
        }
        guard !label.isEmpty else { return line }
        return Substring(String(decoding: label, as: UTF8.self) + ":" + String(decoding: rest, as: UTF8.self))
    }

    /// Bytes after a line's opening `**` in which its bold label's colon stands.
    static let boldLabelBytes = 90

    /// A quick-facts list (ILO `Key Words`, `Countries`, donors; ERC `Source of Funding`): items split at `,` and `;` outside parentheses, trimmed (`ByteText.trimmingPunctuation`); empty items dropped.
    ///
    ///     items("Italy; Spain (Madrid, Seville),") == ["Italy", "Spain (Madrid, Seville)"]
    public static func items(_ value: String) -> [String] {
        let items = ByteText.withUTF8(value) { b in
            var items: [String] = []
            var depth = 0
            var start = 0
            // NB: a mark that a combining mark joins is none (`ByteText.extendsCharacter`).
            for i in 0..<b.count where !ByteText.extendsCharacter(b, at: i + 1) {
                switch b[i] {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"): depth = max(0, depth - 1)
                case UInt8(ascii: ","), UInt8(ascii: ";"):
                    // NB: a comma between digits groups a number's thousands (`920,448`).
                    guard depth == 0, !(b[i] == UInt8(ascii: ",") && i > 0 && i + 1 < b.count
                                        && ByteText.isDigit(b[i - 1]) && ByteText.isDigit(b[i + 1])) else { break }
                    items.append(ByteText.string(b[start..<i]))
                    start = i + 1
                default: break
                }
            }
            items.append(ByteText.string(b[start...]))
            return items
        }
        return items.map { String(ByteText.trimmingPunctuation(Text.fold($0)[...])) }.filter { !$0.isEmpty }
    }

    /// A `Countries:` fact's list: `items`, an item of known countries joined by `and` / `y` / `et`
    /// (`Vocabulary.countryAndWords`) parted, one country's name kept whole, a place that is no country dropped
    /// (`Vocabulary.noCountries`), a footnote's number after a country's name dropped (`Zambia 1`, `Zambia1`).
    ///
    ///     countryItems("Argentina, Ecuador, México y Perú.") == ["Argentina", "Ecuador", "México", "Perú"]
    ///     countryItems("SAO TOME AND PRINCIPE") == ["SAO TOME AND PRINCIPE"];  countryItems("Global") == []
    static func countryItems(_ value: String) -> [String] {
        items(value).flatMap { written -> [String] in
            let item = droppingFootnoteMark(written)
            let lower = ByteText.lowercased(item)
            if Vocabulary.noCountries.contains(lower) { return [] }
            guard !lowercasedCountries.contains(lower) else { return [item] }
            let words = item.split(separator: " ")
            let parts = words.split { Vocabulary.countryAndWords.contains(ByteText.lowercased($0)) }.map { $0.joined(separator: " ") }
            // NB: `Latin America and the Caribbean` is no list of countries: it stays as written.
            return parts.count > 1 && parts.allSatisfy { lowercasedCountries.contains(ByteText.lowercased($0)) } ? parts : [item]
        }
    }

    static let lowercasedCountries = Set(Vocabulary.countries.map { ByteText.lowercased($0) })

    /// A country's name without the footnote's number written after it (one or two digits): `Zambia 1`, `Zambia1` -> `Zambia`;
    /// any other item as written.
    static func droppingFootnoteMark(_ item: String) -> String {
        let digits = item.unicodeScalars.reversed().prefix { $0.isASCII && ByteText.isDigit(UInt8($0.value)) }.count
        guard (1...2).contains(digits) else { return item }
        let name = String(ByteText.trimming(item.dropLast(digits), anyOf: " "))
        return lowercasedCountries.contains(ByteText.lowercased(name)) ? name : item
    }

    /// The countries of a list whose names were run together with nothing between them (a host's capitals
    /// joined): the value cut into `Vocabulary.countries` names, longest first, as the vocabulary writes them;
    /// nil unless the names consume it whole and are two or more.
    ///
    ///     countriesRunTogether("ANGOLALESOTHOSOUTH AFRICAZAMBIA") == ["Angola", "Lesotho", "South Africa", "Zambia"]
    ///     countriesRunTogether("NIGERIANIGER") == ["Nigeria", "Niger"];  countriesRunTogether("SOUTH AFRICA") == nil
    ///
    /// NB: longest first, and a shorter name tried when the rest reads no further (`NIGERIRAQ`: `Niger`, `Iraq`).
    static func countriesRunTogether(_ value: String) -> [String]? {
        let b = ByteText.lowercased(Array(value.utf8))
        var failed = Set<Int>()
        func read(from start: Int) -> [String]? {
            var i = start
            while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
            if i == b.count { return [] }
            guard !failed.contains(i) else { return nil }
            for (name, lower) in lowercasedCountryNames where b.count - i >= lower.count && b[i..<(i + lower.count)].elementsEqual(lower) {
                if let rest = read(from: i + lower.count) { return [name] + rest }
            }
            failed.insert(i)
            return nil
        }
        guard let names = read(from: 0), names.count >= 2 else { return nil }
        var out: [String] = []
        addCountries(names, to: &out)
        return out
    }

    /// `Vocabulary.countries` with their bytes lower-cased, longest first.
    static let lowercasedCountryNames = Vocabulary.countries.map { ($0, ByteText.lowercased(Array($0.utf8))) }
        .sorted { $0.1.count > $1.1.count }

    /// Splits a GATE list field on `, `, keeping vocabulary items that contain a
    /// comma whole and dropping `Not applicable`.
    ///
    ///     splitList("Advocacy, Evidence, Data and statistics, Not applicable")
    ///         == ["Advocacy", "Evidence, Data and statistics"]
    ///
    /// NB: read folded (most values are, and are cut where they lie, without a copy); items and
    /// `Not applicable` are ASCII, compared with ASCII case folded (`ByteText.starts`).
    public static func splitList<S: StringProtocol>(_ value: S) -> [String] {
        ByteText.withFolded(value) { b in
            var items: [String] = []
            let n = b.count
            var i = 0
            outer: while i < n {
                for (item, itemLower) in lowercasedCommaItems where ByteText.starts(b, at: i, with: itemLower, foldingCase: true) {
                    let after = i + itemLower.count
                    if after == n || b[after] == UInt8(ascii: ",") {
                        if !ByteText.withUTF8(item, isNotApplicable) { items.append(item) }
                        i = after
                        while i < n && (b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: " ")) { i += 1 }
                        continue outer
                    }
                }
                var end = i
                while end < n && b[end] != UInt8(ascii: ",") { end += 1 }
                // NB: a piece of folded text folds by trimming its ends.
                var lower = i
                var upper = end
                while lower < upper && b[lower] == UInt8(ascii: " ") { lower += 1 }
                while upper > lower && b[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
                let piece = UnsafeBufferPointer(rebasing: b[lower..<upper])
                if !piece.isEmpty && !isNotApplicable(piece) { items.append(String(decoding: piece, as: UTF8.self)) }
                i = end + 1
                while i < n && b[i] == UInt8(ascii: " ") { i += 1 }
            }
            return items
        }
    }

    /// `item` lower-cased is `not applicable`.
    private static func isNotApplicable(_ item: UnsafeBufferPointer<UInt8>) -> Bool {
        item.count == notApplicableLower.count && ByteText.starts(item, at: 0, with: notApplicableLower, foldingCase: true)
    }

    private static let notApplicableLower = Array(Vocabulary.notApplicable.lowercased().utf8)

    static let lowercasedCommaItems = Vocabulary.commaItems.map { ($0, Array($0.lowercased().utf8)) }

    /// The countries a text names in capitals (`UNFPA/NIGER`, `BOLIVIA`), as `countries(in:)` finds them: each run of two
    /// capitals or more is read capitalized (`Niger`), the rest as written.
    ///
    ///     countriesInCapitals("EVALUATION DU PROGRAMME UNFPA/NIGER 2014-2018") == ["Niger"]
    static func countriesInCapitals(_ text: String) -> [String] {
        var out = "", run = ""
        out.reserveCapacity(text.utf8.count)
        func flush() {
            if run.unicodeScalars.count >= 2, !run.unicodeScalars.contains(where: Scalars.isLowercase), let first = run.first {
                out.append(first)
                out += ByteText.lowercased(run.dropFirst())
            } else {
                out += run
            }
            run = ""
        }
        for ch in text {
            if ch.unicodeScalars.first.map(Scalars.isLetter) == true { run.append(ch) } else { flush(); out.append(ch) }
        }
        flush()
        return countries(in: out)
    }

    /// Country names from `Vocabulary.countries` that stand in `text` as whole words,
    /// in order of first appearance, each country once as first written (`Viet Nam … Vietnam` -> `Viet Nam`);
    /// the longest name wins (`Papua New Guinea`, not `Guinea`).
    ///
    ///     countries(in: "Multi-Country Office for Central Asia (Kazakhstan)") == ["Kazakhstan"]
    public static func countries(in text: String) -> [String] {
        let words = ByteText.withUTF8(withoutAddresses(withoutFunders(text))) { ByteText.letterWords($0, joining: true) }.map(countryWord)
        var found: [String] = []
        var i = 0
        while i < words.count {
            let hit = countryIndex[words[i]]?.first { _, parts in
                i + parts.count <= words.count && words[i..<(i + parts.count)].elementsEqual(parts)
            }
            if let name = hit?.0 { addCountries([name], to: &found) }
            i += max(1, hit?.1.count ?? 0)
        }
        return found
    }

    /// `text` less the names of those who fund the work: the capitalised names (and the joiners between them,
    /// `Vocabulary.funderNameJoiners`) after a funder cue (`Vocabulary.funderCues`), or between `with` and a
    /// support word (`with Japan support`). A funder is neither a country the evaluation covers nor an
    /// organization that owns it (`Text.countries`, `OrganizationMentions.find`).
    ///
    ///     "Evaluation of the project in Ukraine, funded by the Government of Sweden" -> "Evaluation of the project in Ukraine, funded by"
    ///     "An evaluation commissioned and funded by UN Women" -> unchanged (the owner: `Vocabulary.ownerFunderLeadIns`)
    ///
    /// NB: a name ends at a lowercase word or after a word closing a sentence or parenthesis (`the EU.`, `Denmark)`).
    static func withoutFunders(_ text: String) -> String {
        guard ByteText.withUTF8(text, { b in funderStems.contains { ByteText.firstOffset(of: $0, in: b, foldingCase: true) != nil } }) else {
            return text
        }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        // NB: a token's lower-case core is made only when asked: most tokens open with no cue's letter.
        var cores = [String?](repeating: nil, count: tokens.count)
        func core(_ j: Int) -> String {
            if let c = cores[j] { return c }
            let c = ByteText.lowercased(ByteText.trimming(tokens[j], anyOf: " ,;:.()\"'“”‘’"))
            cores[j] = c
            return c
        }
        var dropped = Set<Int>()
        /// The name run from token `i` on: its tokens' indices, empty when none is capitalised.
        func name(from i: Int, limit: Int = 12) -> [Int] {
            var run: [Int] = []
            var j = i
            while j < tokens.count, run.count < limit {
                let t = tokens[j]
                let bare = ByteText.trimming(t, anyOf: " ,;:.()\"'“”‘’")
                guard !bare.isEmpty, ByteText.startsUppercase(bare) || Vocabulary.funderNameJoiners.contains(core(j)) else { break }
                run.append(j)
                if let last = t.last, [".", ";", ")", ":"].contains(last) { break }
                j += 1
            }
            while let l = run.last, !ByteText.startsUppercase(ByteText.trimming(tokens[l], anyOf: " ,;:.()\"'“”‘’")) { run.removeLast() }
            return run
        }
        var i = 0
        while i < tokens.count {
            guard let initial = tokens[i].utf8.first(where: { $0 >= 0x80 || ByteText.isLetter($0) }),
                  funderCueInitials.contains(initial | 0x20) else { i += 1; continue }
            // NB: `commissioned and funded by UN Women`: who orders the evaluation owns it (`ownerFunderLeadIns`).
            if let cue = Vocabulary.funderCues.first(where: { cue in
                i + cue.count <= tokens.count && cue.indices.allSatisfy { core(i + $0) == cue[$0] }
            }), !(i >= 2 && Vocabulary.countryAndWords.contains(core(i - 1)) && Vocabulary.ownerFunderLeadIns.contains(core(i - 2))) {
                let run = name(from: i + cue.count)
                dropped.formUnion(run)
                i = (run.last ?? (i + cue.count - 1)) + 1
                continue
            }
            // `with Japan support`: a name between `with` and a support word.
            if core(i) == "with" {
                let run = name(from: i + 1, limit: 5)
                if let last = run.last, last + 1 < tokens.count, last == i + run.count,
                   tokens[last].last.map({ !".;)".contains($0) }) ?? true,
                   Vocabulary.funderSupportWords.contains(core(last + 1)) {
                    dropped.formUnion(run)
                }
            }
            i += 1
        }
        guard !dropped.isEmpty else { return text }
        return tokens.indices.filter { !dropped.contains($0) }.map { String(tokens[$0]) }.joined(separator: " ")
    }

    /// `text` less the postal address a contact label closes: the three words before `Tel:`, `Fax:`, `Phone:`,
    /// `E-mail:` (`Vocabulary.contactLabels`), back to a word that ends a sentence. The country of an
    /// address (a consultancy's, a publisher's) is no country the evaluation covers (`Text.countries`).
    ///
    ///     "Rue de Clairvaux 40 B-1348 Louvain-la-Neuve (Belgium) Tel: …" -> "Rue de Clairvaux 40 Tel: …"
    static func withoutAddresses(_ text: String) -> String {
        guard ByteText.withUTF8(text, { b in contactStems.contains { ByteText.firstOffset(of: $0, in: b, foldingCase: true) != nil } }) else {
            return text
        }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var dropped = Set<Int>()
        for (i, t) in tokens.enumerated() where t.hasSuffix(":") && Vocabulary.contactLabels.contains(ByteText.lowercased(t.dropLast())) {
            for j in stride(from: i - 1, through: max(0, i - 3), by: -1) {
                if let last = tokens[j].last, ".;:".contains(last) { break }
                dropped.insert(j)
            }
        }
        guard !dropped.isEmpty else { return text }
        return tokens.indices.filter { !dropped.contains($0) }.map { String(tokens[$0]) }.joined(separator: " ")
    }

    /// Parts of the contact labels, lower-case: a text holding none has no address (`withoutAddresses`).
    static let contactStems: [[UInt8]] = ["tel", "tél", "fax", "phone", "mail"].map { Array($0.utf8) }

    /// Parts of the funder cues' words, lower-case: a text holding none has no funder (`withoutFunders`).
    static let funderStems: [[UInt8]] = ["fund", "financ", "donor", "sponsor", "support"].map { Array($0.utf8) }

    /// The first letters of the funder cues and of `with`, lower-case: a token opening with none starts no cue.
    static let funderCueInitials = Set(Vocabulary.funderCues.compactMap { $0.first?.utf8.first } + [UInt8(ascii: "w")])

    /// A word as country names are looked up: a possessive's `'s` or `’s` dropped (`Vietnam's dynamic economy` names Vietnam;
    /// `Democratic People’s Republic of Korea` is looked up as `Democratic People Republic of Korea`, text and name alike,
    /// never as `Republic of Korea`).
    static func countryWord(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word.hasSuffix("\u{2019}s") ? String(word.dropLast(2)) : word
    }

    /// Adds the countries of `more` that `list` does not already name, in any of their spellings
    /// (`Vocabulary.countryVariants`: `Timor Leste` after `Timor-Leste` adds nothing).
    static func addCountries(_ more: [String], to list: inout [String]) {
        for c in more {
            let key = countryKey[c] ?? c
            if !list.contains(where: { (countryKey[$0] ?? $0) == key }) { list.append(c) }
        }
    }

    /// Each spelling of a country in `Vocabulary.countryVariants`, and the first spelling of its group.
    static let countryKey: [String: String] = {
        var keys: [String: String] = [:]
        for group in Vocabulary.countryVariants { for name in group { keys[name] = group[0] } }
        return keys
    }()

    /// Characters of a document's title and summary searched for country and organization names at most.
    static let maxScanLength = 20_000

    /// Country names by first word, each with its words; longest first.
    static let countryIndex: [String: [(String, [String])]] = {
        var index: [String: [(String, [String])]] = [:]
        for name in Vocabulary.countries {
            let parts = ByteText.letterWords(Array(name.utf8), joining: true).map(countryWord)
            guard let first = parts.first else { continue }
            index[first, default: []].append((name, parts))
        }
        for k in index.keys { index[k]!.sort { $0.1.count > $1.1.count } }
        return index
    }()
}
