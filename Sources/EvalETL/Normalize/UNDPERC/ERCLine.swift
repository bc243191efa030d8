/// What one line of a UNDP ERC page is, judged on the line alone.
///
///     "Success message"                                    -> .chrome
///     "Commissioning Unit: Fiji" / "Commissioning Unit:Costa Rica" / "Commissioning Unit: | Ethiopia |"
///                                                          -> .field(.commissioningUnit, "Fiji")
///     "Evaluation Plan:"                                   -> .field(.evaluationPlan, nil)   (value on the next line)
///     "1. Recommendation: UNDAF should …"                  -> .recommendation(1, "UNDAF should …")
///     "Evaluation recommendation 2. Capture, …"            -> .recommendation(2, "Capture, …")
///     "Recommendation: En primer lugar, …"                 -> .recommendation(nil, "En primer lugar, …")
///     "2."                                                 -> .number(2)     (the older admin layout)
///     "Management Response: [Added: 2012/10/07]"           -> .field(.managementResponse, "[Added: 2012/10/07]")
///     "Key Actions:"                                       -> .field(.keyActions, nil)
///     "Key Action | Responsible | DueDate | …" / "---|---|" -> .tableHeader
///     "Recommendations" / "History" / "History Documents"  -> .furniture   (a heading, link labels)
///     "Latest Evaluations" / "Contact us"                  -> .siteFooter  (the page's content ends above it)
///     "[Added: 2012/10/07] [Last Updated: 2012/11/13]"     -> .stamps(…)
///     "" / " " / "|" / ":" / "Page 2 of 5"                 -> .blank
///     "… in Jordanian society;:"                           -> .text("… in Jordanian society;")
///     anything else                                        -> .text
enum ERCLine: Equatable {
    case blank
    case chrome
    /// Chrome of the site's footer (`PageChrome.endsContent`): nothing under it is the page's.
    case siteFooter
    case furniture
    case field(ERCVocabulary.Field, Substring?)
    case recommendation(Int?, Substring)
    case number(Int)
    case tableHeader
    case stamps(ERCStamps)
    case text(Substring)

    static func classify(_ raw: Substring) -> ERCLine {
        let trimmed = Text.unboldedLabel(Text.trimmed(raw))
        if let shape = shape(trimmed) { return shape }
        // NB: read folded: a justified export's `Evaluation  recommendation 1.` or `Key  Actions:` is the same line.
        let line = Text.folded(trimmed)
        guard let f = line.utf8.first else { return .blank }
        if f == UInt8(ascii: "["), let s = ERCStamps.find(in: line), s.before.isEmpty {
            return .stamps(s)
        }
        // NB: each test first looks at the line's first byte, so most lines are judged
        // without a comparison; the ones compared are folded and lower-cased in place.
        let first = ByteText.lower(f)
        if line.utf8.count <= 400 {
            if PageChrome.isChrome(line) { return PageChrome.endsContent(line) ? .siteFooter : .chrome }
            // A printed page's footer (`Page 2 of 5`, `© UNDP 2020`) reads as a blank line.
            // NB: a number alone is no footer here: `1` under `Recommendations` counts its entries.
            if PageFooter.isFooter(line, bareNumbers: false) { return .blank }
            // `2.` / `2` alone on its line.
            if line.utf8.count <= 4, line.utf8.last != UInt8(ascii: ")"), let (n, rest) = numbered(line), rest.isEmpty {
                return .number(n)
            }
        }
        // NB: a label opens a recommendation however long its text runs on the line
        // (`2. Recommendation: Mieux articuler …: Il est important …`, 487 characters).
        if ByteText.isDigit(first) || openerFirstBytes.contains(first), let rec = recommendation(line) { return rec }
        if line.utf8.count <= 160, tableHeadFirstBytes.contains(first), isTableHeader(line) { return .tableHeader }
        if line.utf8.count <= 160, line.utf8.last == UInt8(ascii: "|"), isHeaderTail(line) { return .tableHeader }
        if line.utf8.count <= 60, furnitureFirstBytes.contains(first), isFurniture(line) { return .furniture }
        // NB: most lines hold no colon; one pass over the bytes says so before characters are counted.
        if ByteText.contains(line, UInt8(ascii: ":")), let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: 90, of: line),
           let field = ERCVocabulary.field(of: line[..<colon]) {
            return .field(field, value(line[line.index(after: colon)...]))
        }
        // NB: `… in Jordanian society;:` / `:`: the older export parts a list's items with a `:` (the line alone: blank).
        if line.utf8.count > 1, line.utf8.last == UInt8(ascii: ":"), line.utf8.dropLast().last == UInt8(ascii: ";") {
            return .text(line.dropLast())
        }
        return .text(line)
    }

    /// `.blank` for a line of nothing but `|`, spaces and tabs (or nothing) or of `:` and spaces, `.tableHeader` for a
    /// markdown table's rule (`---|---|`), nil for any other line.
    ///
    /// NB: one pass over the bytes, which ends at the first byte of most lines.
    static func shape(_ line: Substring) -> ERCLine? {
        var pipe = false, dash = false, colon = false, tab = false
        for c in line.utf8 {
            switch c {
            case 0x20: continue
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"): colon = true
            case 0x09: tab = true
            default: return nil
            }
        }
        // NB: `:` alone: the older export's separator between a list's items.
        if !dash && (!colon || !pipe) { return .blank }
        return pipe && dash && !tab ? .tableHeader : nil
    }

    static let tableHeadFirstBytes = Set(ERCVocabulary.tableHeads.compactMap(\.first))
    static let furnitureFirstBytes = Set((ERCVocabulary.furniture + ERCVocabulary.linkLabels).compactMap(\.first))

    /// A heading of a table or of link rows (`ERCVocabulary.furniture`), or link labels alone: a cells
    /// row's `History` / `Documents` links wrapped onto a line of their own, which are never text or comments.
    ///
    ///     "Key Action Update History" / "History" / "History Documents"  -> true
    ///     "History of the project" / "History |"                           -> false
    static func isFurniture(_ line: Substring) -> Bool {
        ByteText.withLabelKey(line) { k in ERCVocabulary.furniture.contains { ByteText.equals(k, $0) } }
            || ERCCells.withoutLinks(line) == nil
    }

    /// A field's value without the pipes of a table layout; nil when empty.
    static func value(_ s: Substring) -> Substring? {
        let v = ByteText.trimming(Text.trimmed(s), ByteText.isPipeOrBlank)
        return v.isEmpty ? nil : v
    }

    /// `1 PEMSEA Programmatic Approach - …` -> (1, "PEMSEA …"); `12. Text` and `2)` too.
    ///
    /// NB: on bytes: 1–3 ASCII digits (no mark joining the last), an optional `.` or `)`, then a space or the end.
    static func numbered(_ line: Substring) -> (Int, Substring)? {
        let found = ByteText.withUTF8(line) { b -> (Int, Int)? in
            var i = 0
            while i < b.count, ByteText.isDigit(b[i]), !ByteText.extendsCharacter(b, at: i + 1) { i += 1 }
            guard (1...3).contains(i) else { return nil }
            let k = ByteText.decimal(b[..<i])
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"), !ByteText.extendsCharacter(b, at: i + 1) { i += 1 }
            guard i == b.count || (b[i] == 0x20 && !ByteText.extendsCharacter(b, at: i + 1)) else { return nil }
            return (k, i)
        }
        guard let (k, end) = found else { return nil }
        return (k, Text.trimmed(line[line.utf8.index(line.startIndex, offsetBy: end)...]))
    }

    /// `N. Recommendation: text`, `Evaluation recommendation N. text`, `Recommendation N: text`,
    /// `Recommendation: text`, in any language of `ERCVocabulary.recommendationOpeners`.
    ///
    /// NB: read on bytes: a mark (`.`, `:`, a space, a digit) counts when no combining mark joins it.
    static func recommendation(_ line: Substring) -> ERCLine? {
        // `1. Recommendation:` / `1 Recommendation:`
        let lead = numbered(line)
        let rest = lead?.1 ?? line
        let found = ByteText.withUTF8(rest) { b -> (number: Int?, text: Int)? in
            /// `b[i]` is `c`, a character of its own.
            func isMark(_ i: Int, _ c: UInt8) -> Bool { i < b.count && b[i] == c && !ByteText.extendsCharacter(b, at: i + 1) }
            func isDigit(_ i: Int) -> Bool { i < b.count && ByteText.isDigit(b[i]) && !ByteText.extendsCharacter(b, at: i + 1) }
            func spaces(from i: Int) -> Int {
                var j = i
                while isMark(j, 0x20) { j += 1 }
                return j
            }
            guard let f = b.first, f >= 0x80 || openerFirstBytes.contains(ByteText.lower(f)),
                  let length = ERCVocabulary.recommendationOpeners.lazy
                    .compactMap({ ByteText.prefixLength(of: b, lowercasedTo: $0) }).first else { return nil }
            var number = lead?.0
            var after = length
            // `Evaluation recommendation 1.` / `Recommendation 1:` / `Recommendation #1:` — the number after the opener.
            var digitsStart = spaces(from: after)
            if isMark(digitsStart, UInt8(ascii: "#")) { digitsStart = spaces(from: digitsStart + 1) }
            var digitsEnd = digitsStart
            while isDigit(digitsEnd) { digitsEnd += 1 }
            if number == nil, (1...3).contains(digitsEnd - digitsStart) {
                // NB: `Recommandation 1 :` in French typography, a space before the colon.
                let mark = isMark(digitsEnd, 0x20) && isMark(spaces(from: digitsEnd), UInt8(ascii: ":")) ? spaces(from: digitsEnd) : digitsEnd
                guard isMark(mark, UInt8(ascii: ".")) || isMark(mark, UInt8(ascii: ":"))
                        || isMark(mark, UInt8(ascii: ")")) else { return nil }
                number = ByteText.decimal(b[digitsStart..<digitsEnd])
                after = mark + 1
            } else {
                // `Recommendation:` (also `Recommendation :` in French typography)
                // NB: `Recommendation:` without a number opens a block only in the admin layout,
                // where the number stands on the line before; `Recommendations:` is no opener.
                let colon = spaces(from: after)
                guard isMark(colon, UInt8(ascii: ":")) else { return nil }
                after = colon + 1
            }
            return (number, after)
        }
        guard let found else { return nil }
        return .recommendation(found.number, Text.trimmed(rest[rest.utf8.index(rest.startIndex, offsetBy: found.text)...]))
    }

    /// The first bytes of the openers (lower-case ASCII letters).
    static let openerFirstBytes = Set(ERCVocabulary.recommendationOpeners.compactMap(\.first))

    /// `Key Action Responsible DueDate Status Comments Documents`, `Key Action | Responsible | …`,
    /// `Responsible DueDate Status Comments`, and their translations.
    ///
    /// NB: read folded: an export that justifies the header (`Key  Action   Responsible`) or writes
    /// a no-break space in it (`Key&nbsp;Action`) writes the same header.
    static func isTableHeader(_ line: Substring) -> Bool {
        ByteText.withFolded(line) { b in
            ERCVocabulary.tableHeads.contains { ByteText.starts(b, at: 0, with: $0, foldingCase: true) && !ByteText.extendsCharacter(b, at: $0.count) }
                && ERCVocabulary.tableHeadWords.contains { ByteText.firstOffset(of: $0, in: b, foldingCase: true) != nil }
        }
    }

    /// A prefix of the key action table's header row (`ERCVocabulary.tableHeaderRows`), of a word and a letter at
    /// least: the header of a page cut inside it (`ERCResponseParser` asks it of the page's last line).
    ///
    ///     "Key Ac" / "Key Action Resp" -> true;  "Key" / "Key actions were agreed" -> false
    static func isCutTableHeader(_ line: Substring) -> Bool {
        ByteText.withFolded(line) { folded in
            ByteText.withLowercased(folded) { b in
                guard let space = b.firstIndex(of: 0x20), space + 1 < b.count else { return false }
                return ERCVocabulary.tableHeaderRows.contains { b.count < $0.count && b.elementsEqual($0.prefix(b.count)) }
            }
        }
    }

    /// A line of column names and nothing else (`Documents |`, `Status | Comments | Documents |`, `Comments Documents`):
    /// the rest of a header row wrapped over two lines. Piped, it is header wherever it stands; unpiped,
    /// only just under the header's first part (`ERCResponseParser`).
    static func isHeaderTail(_ line: Substring) -> Bool {
        var names = 0
        for cell in line.split(separator: "|") {
            let key = Text.labelKey(cell)
            var words = key.split(separator: " ")[...]
            while let w = words.first {
                let two = words.count >= 2 ? "\(w) \(words[words.index(after: words.startIndex)])" : ""
                if ERCVocabulary.tableColumns.contains(two) { words = words.dropFirst(2) } else if ERCVocabulary.tableColumns.contains(String(w)) { words = words.dropFirst() } else { return false }
                names += 1
            }
        }
        return names > 0
    }
}
