/// Decides which kind of document a text is, by asking every `DocumentKind` about its lines.
///
///     "Management Response" / ": 2020 - 2020 , Pakistan (CO)" / "Recommendation: …"  -> unWomenGATE
///     "QUICK FACTS" / "DC Symbol: …" / "Administrative Office: …"                  -> iloSummary
///     anything else                                                                 -> report
///
/// Each line adds the weight of every cue it matches to that cue's kind; a kind whose
/// score reaches its `decisiveScore` wins at once. After the last line the first kind
/// (in `DocumentKind.all` order) with `enoughScore` wins (a kind's `supporting` cues count only beside another of its cues), then the first whose title cue
/// accepts the first line, else the last kind.
public enum KindDetector {
    public static func detect(lines: [Substring]) -> DocumentKind {
        let kinds = DocumentKind.all
        var scores = Array(repeating: 0, count: kinds.count)
        // NB: whether a cue that is not `supporting` matched: a kind scores nothing without one.
        var anchored = Array(repeating: false, count: kinds.count)
        // NB: a cue's `withinFirst` counts lines of content: the blank lines and the site's chrome
        // (`Home`, `Skip to main content`) an export puts above a page's heading push it down no line.
        var position = 0
        for raw in lines {
            let line = ByteText.trimmingBlanks(raw)
            guard let first = line.utf8.first else { continue }
            let i = position
            if position < countedLines, !PageChrome.isChrome(line) { position += 1 }
            guard first < 0x80, markStarts[Int(first)] else { continue }
            // NB: cues read the line folded: a justified export's `Lessons  learned` is the heading too.
            let folded = Text.folded(line)
            for (k, kind) in kinds.enumerated() {
                for cue in kind.cues where i < cue.withinFirst && cue.firstBytes.contains(first) && cue.matches(folded) {
                    scores[k] += cue.weight
                    if !cue.supporting { anchored[k] = true }
                }
                if anchored[k], scores[k] >= kind.decisiveScore { return kind }
            }
        }
        if let k = kinds.indices.first(where: { anchored[$0] && scores[$0] >= kinds[$0].enoughScore }) { return kinds[k] }
        // NB: the title is the first line of content: a `# source: URL` line above it names no kind (`www.ilo.org`).
        if let title = lines.lazy.map(ByteText.trimmingBlanks).first(where: { !$0.isEmpty && !PageChrome.isChrome($0) }),
           let kind = kinds.first(where: { $0.titleCue?(title) ?? false }) {
            return kind
        }
        return kinds[kinds.count - 1]
    }

    /// Lines of content past which no `withinFirst` bound reaches: further lines are not counted.
    private static let countedLines = DocumentKind.all.flatMap(\.cues).map(\.withinFirst).filter { $0 < .max }.max() ?? 0

    /// The first bytes of every cue's lines: most lines start with some other byte
    /// and are skipped without a comparison.
    private static let markStarts: [Bool] = {
        var table = Array(repeating: false, count: 128)
        for kind in DocumentKind.all {
            for cue in kind.cues { for b in cue.firstBytes where b < 0x80 { table[Int(b)] = true } }
        }
        return table
    }()
}
