/// Reads a bullet that names a partner, where it works and with whom.
///
///     PartnerLine.parse("• Baidarie working in District Sialkot with Football-Stitching community")
///         == ("Baidarie", "District Sialkot; Football-Stitching community")
///     PartnerLine.parse("- TRDP based in Umerkot") == ("TRDP", "Umerkot")
///     PartnerLine.parse("2. SAFWCO working in District Hyderabad") == ("SAFWCO", "District Hyderabad")
///     PartnerLine.parse("• improved access to services") == nil
enum PartnerLine {
    static func parse(_ raw: Substring) -> (name: String, detail: String?)? {
        guard mayBeItem(raw) else { return nil }
        let line = Text.fold(raw)
        let text: String
        if let (_, rest) = SummaryBlock.numberedItem(Substring(line)) {
            text = MarkdownText.plain(rest)
        } else if MarkdownText.hasBullet(ByteText.Bytes(line.utf8)) {
            text = MarkdownText.plain(line)
        } else {
            return nil
        }
        let lower = ByteText.lowercased(text)
        guard let hit = Vocabulary.partnerConnectors.compactMap({ c in ByteText.firstRange(of: c, in: lower).map { (c, $0) } })
            .min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { return nil }
        // NB: lowercasing can change lengths; cut the original at the same character offsets.
        let nameEnd = lower.distance(from: lower.startIndex, to: hit.1.lowerBound)
        let restStart = lower.distance(from: lower.startIndex, to: hit.1.upperBound)
        guard nameEnd <= text.count, restStart <= text.count else { return nil }
        let name = String(ByteText.trimming(Text.fold(text.prefix(nameEnd))[...], anyOf: " ,;:-–"))
        guard let f = name.unicodeScalars.first, Scalars.isUppercase(f) || Scalars.isNumber(f),
              name.split(separator: " ").count <= 8 else { return nil }
        let rest = String(ByteText.trimming(Text.fold(text.dropFirst(restStart))[...], anyOf: " .;,"))
        var detail = rest
        if let with = rest.firstRange(of: " with ") {
            let place = Text.fold(rest[..<with.lowerBound])
            let group = Text.fold(rest[with.upperBound...])
            detail = [place, group].filter { !$0.isEmpty }.joined(separator: "; ")
        }
        return (Vocabulary.canonicalOrganization(name) ?? name, detail.isEmpty ? nil : detail)
    }

    /// False when the first byte after leading ASCII whitespace starts no list item.
    ///
    /// NB: most lines of a report are prose; a bullet or number (`-`, `*`, `+`, `_`, `(`,
    /// a digit) or a non-ASCII glyph must open an item, so other lines are not folded.
    static func mayBeItem(_ raw: Substring) -> Bool {
        guard let f = raw.utf8.first(where: { !ByteText.isSpace($0) }), f < 0x80 else { return true }
        return ByteText.isDigit(f) || "-*+_(".utf8.contains(f)
    }
}
