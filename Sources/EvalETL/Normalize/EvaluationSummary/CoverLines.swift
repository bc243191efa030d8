/// The fields of an ILO cover as `Label: value` lines, however the page laid them out.
///
///     "ILO EVALUATION Evaluation Title: Green Jobs ILO TC/SYMBOL: ZAM/13/01/FIN Country : Zambia"
///         -> "ILO EVALUATION" / "Evaluation Title: Green Jobs" / "ILO TC/SYMBOL: ZAM/13/01/FIN" / "Country : Zambia"
///     "o Evaluation Title: … work on" / "" / "international labour migration" / "" / "o Type of Evaluation : Thematic"
///         -> "o Evaluation Title: … work on international labour migration" / "o Type of Evaluation : Thematic"
///     "Países: Argentina, Chile," / "Ecuador y Perú." / "Donante: …"  -> "Países: Argentina, Chile, Ecuador y Perú." / "Donante: …"
///
/// A label is a quick fact's (`QuickFacts.fact`) or another label of the cover (`SummaryVocabulary.otherCoverLabels`).
enum CoverLines {
    /// Lines of a page read so far for cover fields: a cover stands at its top.
    static let reach = 120

    /// `lines` with every line of the first `reach` that holds several labels (or a masthead and a label) split at each
    /// label, and the 1-based line each comes from; nil when no line splits.
    static func split(_ lines: [Substring]) -> (lines: [Substring], numbers: [Int])? {
        var out: [Substring] = []
        var numbers: [Int] = []
        var any = false
        for (i, line) in lines.enumerated() {
            let pieces = i < reach ? split(line) : nil
            if pieces != nil { any = true }
            for piece in pieces ?? [line] {
                out.append(piece)
                numbers.append(i + 1)
            }
        }
        return any ? (out, numbers) : nil
    }

    /// One line split before each label, list markers (`o`, `•`) around the pieces and a masthead (`ILO EVALUATION`)
    /// before them dropped; nil when it holds one label at most, unless a masthead stands before it. A label a list marker
    /// opens may lack its colon (`o Type of Evaluation Final`): its piece is written with one. The cover ends where the ILO's
    /// disclaimer starts (`PageVocabulary.disclaimerOpenings`), a piece of its own; else the last field is dropped when the
    /// page's text runs on in it past a sentence's end: where its value ends is not known.
    ///
    ///     "ILO EVALUATION o Evaluation Title: Labour migration" -> ["Evaluation Title: Labour migration"]
    ///     "ILO EVALUATION Green jobs o TC/SYMBOL ZAM/1 o Country(ies) Zambia" -> ["Green jobs", "TC/SYMBOL: ZAM/1", "Country(ies): Zambia"]
    ///     "… o Key Words: migration This evaluation has been conducted according to …" -> [ …, "Key Words: migration", "This evaluation …"]
    ///     "… o Key Words: labour migration This evaluation was done … It …" -> [ …, (no `Key Words`)]
    ///     "Countries: Kenya"                                   -> nil
    static func split(_ line: Substring) -> [Substring]? {
        var colonStarts = labelStarts(line)
        let marked = markerOffset(line, from: 0) != nil
        guard !colonStarts.isEmpty || marked else { return nil }
        // NB: asked of a page's first lines: one label and no list marker splits nothing, unless a masthead stands before it.
        if colonStarts.count == 1, !marked, !line.hasPrefix("o "), !PageChrome.isMasthead(dropMarkers(line[..<colonStarts[0]])) {
            return nil
        }
        let disclaimer = disclaimerStart(line)
        let cover = line[..<(disclaimer ?? line.endIndex)]
        colonStarts.removeAll { $0 >= cover.endIndex }
        let starts = markedStarts(cover, colonStarts: colonStarts)
        guard let first = starts.first?.at else { return nil }
        var head = dropMarkers(cover[..<first])
        let masthead = !head.isEmpty && PageChrome.isMasthead(head)
        guard starts.count >= 2 || masthead else { return nil }
        // NB: a cover whose title has no label: `ILO EVALUATION Decent work … o ILO TC/SYMBOL: …`.
        if !masthead, let end = PageChrome.mastheadEnd(head) { head = head[end...] }
        var pieces: [Substring] = head.isEmpty || masthead ? [] : [head]
        for (k, s) in starts.enumerated() where s.known {
            let piece = dropMarkers(cover[s.at..<(k + 1 < starts.count ? starts[k + 1].at : cover.endIndex)])
            // NB: a cover on one line runs on into the page's text: `Key Words: labour migration This evaluation …`.
            if k == starts.count - 1, disclaimer == nil, starts.count >= 2, piece.contains(". ") { continue }
            guard !piece.isEmpty else { continue }
            if let end = s.labelEnd, end < piece.endIndex {
                pieces.append(Substring(String(piece[..<end]) + ": " + Text.trimmed(piece[end...])))
            } else {
                pieces.append(piece)
            }
        }
        if let disclaimer { pieces.append(line[disclaimer...]) }
        return pieces
    }

    /// Where the ILO's disclaimer (`This evaluation has been conducted according to ILO's evaluation policies …`) starts in a
    /// line of a cover, after its first label.
    static func disclaimerStart(_ line: Substring) -> Substring.Index? {
        ByteText.withUTF8(line) { b in
            disclaimers.lazy.compactMap { ByteText.firstOffset(of: $0, in: b, foldingCase: true) }.filter { $0 > 0 }.min()
        }.map { line.utf8.index(line.startIndex, offsetBy: $0) }
    }

    static let disclaimers = PageVocabulary.disclaimerOpenings.map { Array($0.utf8) }

    /// Where a label of a cover's line starts: `labelEnd` the end of a label written without its colon; a label no fact
    /// or cover label knows (`o SDG(s): 2`) is not `known`: it only ends the value before it.
    struct Start {
        let at: Substring.Index
        var labelEnd: Substring.Index? = nil
        var known = true
    }

    /// `colonStarts` with the labels a list marker opens (` o `, `markedLabelWords` words at most) added, in order: a known
    /// label without its colon (its end given), or any label before its colon (an unknown field's end: `o SDG(s): 2`).
    ///
    ///     "… o Type of Evaluation Final o SDG(s): 2 and 8" -> [`Type…` (label's end after `Evaluation`), `SDG(s):…` (unknown)]
    static func markedStarts(_ line: Substring, colonStarts: [Substring.Index]) -> [Start] {
        var out = colonStarts.map { Start(at: $0) }
        var unknown: [Start] = []
        // NB: the line's own marker (`o ILO DC/SYMBOL ZMB/1 o …`) opens a label too.
        var next: Substring.Index? = line.hasPrefix("o ") ? line.index(line.startIndex, offsetBy: 2) : nil
        var from = 0
        while let at = next ?? markerOffset(line, from: from).map({ line.utf8.index(line.startIndex, offsetBy: $0 + marker.count) }) {
            next = nil
            from = line.utf8.distance(from: line.startIndex, to: at)
            let words = line[at...].split(separator: " ", maxSplits: markedLabelWords)
            guard let first = words.first, !colonStarts.contains(first.startIndex),
                  first.unicodeScalars.first.map(Scalars.isUppercase) == true else { continue }
            // NB: a label and its colon (`o SDG(s): 2`), before the next marker: a known one is among `colonStarts` already.
            if words.prefix(markedLabelWords).prefix(while: { $0 != "o" }).contains(where: { $0.hasSuffix(":") }) {
                unknown.append(Start(at: first.startIndex, known: false))
                continue
            }
            for n in stride(from: min(markedLabelWords, words.count - 1), through: 1, by: -1) {
                let end = words[n - 1].endIndex
                if isLabel(line[first.startIndex..<end].utf8) { out.append(Start(at: first.startIndex, labelEnd: end)); break }
            }
        }
        // NB: an unknown label ends the value before it only in a line of known ones.
        return (out.isEmpty ? out : out + unknown).sorted { $0.at < $1.at }
    }

    /// Byte offset of the next list marker between words (` o `) at or after `from`.
    static func markerOffset(_ line: Substring, from: Int) -> Int? {
        ByteText.withUTF8(line) { ByteText.firstOffset(of: marker, in: $0, from: from) }
    }

    static let marker = Array(" o ".utf8)

    /// Words of a label a list marker opens, at most.
    static let markedLabelWords = 6

    /// Where each label of a line begins: before each `:` the longest run of at most `words` words that `isLabel`
    /// accepts (a cover's labels by default); a label's run starts after the colon of the label before it.
    ///
    /// NB: read over the line's bytes: `:` and ` ` are ASCII, so each index found is a scalar's start.
    static func labelStarts(_ line: Substring, words: Int = 6,
                            isLabel: (Substring.UTF8View.SubSequence) -> Bool = { CoverLines.isLabel($0) }) -> [Substring.Index] {
        let u = line.utf8
        let space = UInt8(ascii: " ")
        var starts: [Substring.Index] = []
        var floor = u.startIndex
        var i = u.startIndex
        while let colon = u[i...].firstIndex(of: UInt8(ascii: ":")) {
            i = u.index(after: colon)
            // NB: `Country : Zambia`: a space may stand before the colon.
            let end = u[floor..<colon].lastIndex { $0 != space }.map { u.index(after: $0) } ?? colon
            var wordStarts: [Substring.Index] = []
            var j = end
            while j > floor, wordStarts.count < words {
                let before = u[floor..<j]
                guard let gap = before.lastIndex(of: space) else { wordStarts.append(floor); break }
                wordStarts.append(u.index(after: gap))
                j = before[..<gap].lastIndex { $0 != space }.map { u.index(after: $0) } ?? floor
            }
            if let s = wordStarts.reversed().first(where: { isLabel(u[$0..<end]) }) {
                starts.append(s)
                floor = i
            }
        }
        return starts
    }

    /// A quick fact's label or another label of a cover (`Evaluation Budget`).
    static func isLabel<C: Collection<UInt8>>(_ label: C) -> Bool {
        guard QuickFacts.mayBeKey(label) else { return false }
        let key = QuickFacts.normalizedKey(ByteText.Bytes(label))
        return QuickFacts.fact(normalizedKey: key) != nil || SummaryVocabulary.otherCoverLabels.contains(key)
    }

    /// A piece of a line without the list markers before and after it: `o Type of Evaluation : Thematic o` -> `Type of Evaluation : Thematic`.
    static func dropMarkers(_ piece: Substring) -> Substring {
        var words = piece.split(separator: " ")
        while let w = words.last, isMarker(w) { words.removeLast() }
        while let w = words.first, isMarker(w) { words.removeFirst() }
        guard let a = words.first, let b = words.last else { return piece[piece.endIndex...] }
        return piece[a.startIndex..<b.endIndex]
    }

    /// `o`, `-`, `•`, `▪` …: a list marker standing as a word.
    static func isMarker(_ word: Substring) -> Bool {
        word == "o" || word == "-" || word.unicodeScalars.count == 1 && SummaryVocabulary.bulletGlyphs.contains(word.unicodeScalars.first!)
    }

    /// The list marker that opens a line (`o `, `- `, `• `): its length in bytes, 0 when there is none.
    static func markerLength(_ line: ByteText.Bytes) -> Int {
        if line.starts(with: "o ".utf8) { return 2 }
        return MarkdownText.hasBullet(line) ? line.count - MarkdownText.stripBullet(line).count : 0
    }
}

extension CoverLines {
    /// `line` without the list marker that opens it when a cover's label follows it (`o Type of Evaluation : Thematic`); nil otherwise.
    static func listedField(_ line: ByteText.Bytes) -> ByteText.Bytes? {
        let marker = markerLength(line)
        guard marker > 0 else { return nil }
        let rest = line.dropFirst(marker).drop { $0 == 0x20 }
        guard let colon = rest.prefix(80).firstIndex(of: UInt8(ascii: ":")),
              isLabel(rest[..<colon]) else { return nil }
        return rest
    }

    /// The lines of a page with each cover field's value read whole: the text lines right below it while each goes on
    /// with the one above (`goesOn`), or, in a list of fields (`o Label: …`), the lines between it and the next field, blank lines between.
    ///
    ///     "Países: Argentina, Chile," / "Ecuador y Perú." / "Palabras"  -> "Países: Argentina, Chile, Ecuador y Perú." / "Palabras"
    ///     "o Evaluation Title: … work on" / "" / "international labour migration" / "" / "o Type of Evaluation : Thematic"
    ///         -> "o Evaluation Title: … work on international labour migration" / "o Type of Evaluation : Thematic"
    ///
    /// NB: a page that writes a paragraph a line wraps its values too (`Países: Argentina, Chile,` / `Ecuador y Perú.`).
    static func continued(_ source: [SummarySource.SourceLine]) -> [SummarySource.SourceLine] {
        var out: [SummarySource.SourceLine] = []
        var i = 0
        while i < source.count {
            var line = source[i]
            i += 1
            guard isFact(line) else { out.append(line); continue }
            var more: [Substring] = []
            while i < source.count, more.count < 3, isText(source[i]), goesOn(more.last ?? line.text, source[i].text) {
                more.append(source[i].text)
                i += 1
            }
            if more.isEmpty, let (lines, next) = listedContinuation(source, from: i) {
                more = lines
                i = next
            }
            if !more.isEmpty { line.text = Substring(([line.text] + more).joined(separator: " ")) }
            out.append(line)
        }
        return out
    }

    /// The lines from `i` on that continue a field in a list of fields: at most two lines of text, blank lines around them,
    /// then a line that opens with a list marker and a label; and the index of that line.
    static func listedContinuation(_ source: [SummarySource.SourceLine], from i: Int) -> ([Substring], Int)? {
        var lines: [Substring] = []
        var j = i
        while j < source.count {
            let l = source[j]
            if l.shape.isBlank { j += 1; continue }
            if l.shape.isTableRow || l.shape.isHTML { return nil }
            if listedField(ByteText.fold(l.text)) != nil { return lines.isEmpty ? nil : (lines, j) }
            guard lines.count < 2, !isField(l.text) else { return nil }
            lines.append(l.text)
            j += 1
        }
        return nil
    }

    /// A line that is a known fact's field (`Countries: …`, `o Type of Evaluation : Thematic`).
    static func isFact(_ l: SummarySource.SourceLine) -> Bool {
        guard !l.shape.isBlank, !l.shape.isTableRow, !l.shape.isHTML,
              case .field(let label, _) = SummaryBlock.classify(l.text) else { return false }
        return QuickFacts.fact(forKey: label.utf8) != nil
    }

    static func isField(_ text: Substring) -> Bool {
        if case .field = SummaryBlock.classify(text) { return true }
        return false
    }

    /// A line of text right below: no blank, heading, field, item or footnote.
    static func isText(_ l: SummarySource.SourceLine) -> Bool {
        guard !l.shape.isBlank, !l.shape.isTableRow, !l.shape.isHTML else { return false }
        // NB: a `Label: value` line stays a field (`Evaluación final: …`); a short line (`Palabras`) is text here.
        guard case .text = SummaryBlock.classify(l.text, standalone: false, paragraphStart: true) else { return false }
        return true
    }

    /// Whether `next`, no wider than `line`, goes on with it: `line` ends with `,` or a word no phrase ends with
    /// (`SummaryVocabulary.continuingWords`: `… Oficina de`), or `next` opens lower-case (`para América Latina`),
    /// or `next` ends the value's sentence (`Sociales de España (US$ 1,472,457).`).
    ///
    /// NB: a value's last line (`Evaluation Manager: Eve Stone`) above a paragraph of its own is no part of it: a
    /// paragraph's first line is as wide as the page, a wrapped value's next line no wider than the one above.
    static func goesOn(_ line: Substring, _ next: Substring) -> Bool {
        guard next.unicodeScalars.count <= line.unicodeScalars.count else { return false }
        if line.last == "," || next.unicodeScalars.first.map(Scalars.isLowercase) == true { return true }
        if next.last == ".", !PageChrome.endsSentence(Text.fold(line)) { return true }
        let last = line.split(separator: " ").last.map { ByteText.lowercased($0) } ?? ""
        return SummaryVocabulary.continuingWords.contains(last)
    }
}

extension CoverLines {
    /// Whether a line opens an ILO cover: one of `SummaryVocabulary.coverCueLabels` (after a list marker), a masthead and
    /// a label (`ILO EVALUATION Evaluation Title: …`), or several labels.
    ///
    ///     "o Type of Evaluation : Thematic" -> true;  "Type: Thematic" -> false
    static func opensCover(_ line: Substring) -> Bool {
        guard let colon = line.utf8.prefix(80).firstIndex(of: UInt8(ascii: ":")) else { return false }
        let marker = markerLength(ByteText.Bytes(line.utf8.prefix(4)))
        let label = line[line.utf8.index(line.startIndex, offsetBy: marker)..<colon]
        if QuickFacts.mayBeKey(label.utf8), SummaryVocabulary.coverCueLabels.contains(QuickFacts.normalizedKey(ByteText.Bytes(label.utf8))) {
            return true
        }
        return split(line) != nil
    }

    /// The first bytes of the lines `opensCover` may accept: list markers, mastheads' and labels' first letters.
    static let cueFirstBytes: [UInt8] = Array(Set(Array("o-IiOo1".utf8) + SummaryVocabulary.coverCueLabels.flatMap { l in
        l.utf8.first.map { [$0, $0 & 0xDF] } ?? []
    }))
}
