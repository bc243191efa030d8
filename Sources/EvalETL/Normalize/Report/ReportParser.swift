/// Parses any other evaluation document in prose (doc_type `report`).
///
///     Report on experience sharing and advocacy workshop: …          title (first non-empty line)
///
///     Under One-UN Project “…”, ILO and UN-Women have jointly …      summary (first paragraph);
///     … in Sialkot (Punjab).                                          organizations ILO, UN Women; countries
///     • Baidarie working in District Sialkot with Football-Stitching community
///                        -> implementing_partner Baidarie, detail "District Sialkot; Football-Stitching community"
///     Page 2 of 5                                                     footer, ignored
public struct ReportParser: DocumentParser {
    public init() {}

    /// Characters of title and summary searched for organizations and countries at most.
    static let maxScanLength = 20_000

    public func parse(_ document: Document) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind)
        let lines = document.lines
        guard let titleIndex = lines.firstIndex(where: { !Text.fold($0).isEmpty && !Self.isFooter($0) }) else {
            return doc
        }
        doc.title = Text.nonEmpty(MarkdownText.plain(lines[titleIndex]))
        doc.summary = Self.firstParagraph(lines, after: titleIndex)
        // NB: name searches scan the text once per name; bound them on pathological input.
        let scope = String([doc.title, doc.summary].compactMap { $0 }.joined(separator: "\n").prefix(Self.maxScanLength))
        doc.organizations = OrganizationMentions.find(in: scope)
        doc.countries = Text.countries(in: scope)
        for line in lines[(titleIndex + 1)...] {
            if let (name, detail) = PartnerLine.parse(line) {
                doc.roles.append(ParsedRole(.implementingPartner, Party(name: name, kind: .organization, detail: detail)))
            }
        }
        return doc
    }

    /// The first paragraph after the title: consecutive text lines, skipping headings and footers.
    static func firstParagraph(_ lines: [Substring], after titleIndex: Int) -> String? {
        var parts: [String] = []
        let dense = SummarySource.isLinePerParagraph(lines[(titleIndex + 1)...])
        var i = titleIndex + 1
        while i < lines.count {
            let line = lines[i]
            let blankBefore = dense || lines[i - 1].allSatisfy(\.isWhitespace)
            let blankAfter = dense || i + 1 >= lines.count || lines[i + 1].allSatisfy(\.isWhitespace)
            i += 1
            if dense && !parts.isEmpty { break }
            if line.allSatisfy(\.isWhitespace) {
                if !parts.isEmpty { break }
                continue
            }
            if isFooter(line) { continue }
            switch SummaryBlock.classify(line, standalone: blankBefore && blankAfter, paragraphStart: blankBefore) {
            case .text(let t):
                parts.append(t)
            case .field(let label, let value):
                // NB: `Date: March 2011` before the text is metadata; `Background: The project …` is prose.
                if !parts.isEmpty || value.split(separator: " ").count >= 8 { parts.append("\(label): \(value)") }
            case .heading, .subheading, .footnote, .blank, .bullet, .numbered:
                if !parts.isEmpty { return Text.nonEmpty(parts.joined(separator: " ")) }
            }
        }
        return Text.nonEmpty(parts.joined(separator: " "))
    }

    /// `Page 2 of 5`, `- 3 -`, `12`, `© ILO 2011`, `2 | Page`: page furniture.
    static func isFooter(_ raw: Substring) -> Bool {
        let line = Text.fold(raw)
        guard !line.isEmpty, line.count <= 80 else { return false }
        if line.hasPrefix("©") || line.lowercased().hasPrefix("copyright ©") { return true }
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "-" || $0 == "–" })
        if words.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return !words.isEmpty }
        let pageWords: Set<Substring> = ["page", "of", "p.", "pg", "página", "de"]
        return words.contains("page") && words.allSatisfy { $0.allSatisfy(\.isNumber) || pageWords.contains($0) }
    }
}
