/// A kind of document evaletl reads, as a value: the lines that mark it and the parser that reads it.
///
///     DocumentKind.unWomenGATE   cues: "Recommendation:" +1, "Key Actions" +1, ": 2020 - 2021 , …" +2 …
///                                parser: ManagementResponseParser            doc_type: management_response
///
/// Adding a kind: a folder under `Normalize/` with its parser and a `DocumentKind`
/// value (see `ManagementResponse/GATEKind.swift`), and one line in `DocumentKind.all`.
public struct DocumentKind: Sendable {
    /// Stable name, kept in the cache and shown by `evaletl inspect`.
    public var name: String
    /// The contract's `doc_type` of what the parser reads out.
    public var docType: DocType
    /// Lines that speak for this kind, each with its weight.
    var cues: [KindCue]
    /// A score that settles the kind as soon as it is reached.
    var decisiveScore: Int
    /// The least score that makes a document this kind once every line is read.
    var enoughScore: Int
    /// Whether a document's first line alone makes it this kind (a short ILO page).
    var titleCue: (@Sendable (Substring) -> Bool)?
    public var parser: any DocumentParser

    /// Every kind, in the order detection asks them; the last is taken when no other is.
    public static let all: [DocumentKind] = [.undpERC, .undpERCRecord, .iloLessons, .unWomenGATE, .responseTemplate, .iloSummary, .report]

    /// The kind with this name, for a cache entry written by an earlier run.
    public static func named(_ name: String) -> DocumentKind? {
        all.first { $0.name == name }
    }
}

/// One line that marks a kind of document: `Recommendation: …`, `QUICK FACTS`, `: 2020 - 2021 , …`.
///
/// Lines are compared folded (`Text.folded`: blanks trimmed, white space runs one space), byte
/// for byte (the text is NFC).
struct KindCue: Sendable {
    var weight: Int
    /// Counted only on the first `withinFirst` lines of content (`KindDetector`: blank lines and
    /// page chrome above are not counted).
    var withinFirst = Int.max
    /// The bytes a matching line can start with (lets detection skip most lines unread).
    var firstBytes: [UInt8]
    /// Whether the cue only backs the kind's own structure: its weight counts once some other cue of the kind has
    /// matched (`Recommendation:` lines alone make no GATE response).
    var supporting = false
    var matches: @Sendable (Substring) -> Bool

    /// A line that starts with `label`.
    static func prefix(_ label: String, weight: Int = 1, supporting: Bool = false) -> KindCue {
        KindCue(weight: weight, firstBytes: [label.utf8.first!], supporting: supporting) { $0.utf8.starts(with: label.utf8) }
    }

    /// A line that is `text`, ignoring ASCII case when `ignoringCase`.
    static func line(_ text: String, ignoringCase: Bool = false, weight: Int = 1, withinFirst: Int = .max) -> KindCue {
        let want = Array((ignoringCase ? text.lowercased() : text).utf8)
        let first = want[0]
        return KindCue(weight: weight, withinFirst: withinFirst,
                       firstBytes: ignoringCase ? [first, first & 0xDF] : [first]) { line in
            line.utf8.count == want.count
                && ByteText.withUTF8(line) { ByteText.starts($0, at: 0, with: want, foldingCase: ignoringCase) }
        }
    }
}
