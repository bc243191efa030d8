/// Lines of a web page that are the site's furniture, never the document's content.
///
///     "Success message" / "error message" / "warn message"     -> chrome (status banners)
///     "Report Cover Image" / "Share" / "Download document x.pdf" -> chrome
///     "# source: https://erc.undp.org/…"                         -> chrome
///     "Go to ILO main website" / "Skip to main content"           -> chrome (site menus)
///     "Joint UNDAF Evaluation"                                    -> content
///
/// A title is never one of these (CONTRACT.md "Input documents").
public enum PageChrome {
    /// Whole lines that are chrome, folded and lowercased.
    static let lines: Set<String> = [
        "success message", "error message", "warn message", "warning message", "info message",
        "report cover image", "share", "share this", "share this page", "print", "print this page",
        "skip to main content", "skip to content", "skip navigation", "go to ilo main website",
        "toggle navigation", "main menu", "menu", "close", "close menu", "back to top", "back",
        "search", "log in", "login", "sign in", "sign up", "register", "home",
        "cookie settings", "accept cookies", "accept all cookies",
    ]

    /// Line beginnings that make the line chrome.
    static let prefixes: [String] = ["download document ", "# source:", "#source:"]

    /// The first bytes (lowercased) of every chrome line and prefix.
    static let firstBytes = Set((Array(lines) + prefixes).compactMap { $0.utf8.first })

    /// Whether a line is page chrome (blank lines are not).
    public static func isChrome<S: StringProtocol>(_ line: S) -> Bool {
        let u = line.utf8
        // NB: chrome lines are short; a long line is content whatever it starts with.
        guard !u.isEmpty, u.count <= 400 else { return false }
        // NB: one look at the first byte rules out most lines before a string is made.
        guard let first = u.first(where: { $0 != 0x20 && $0 != 0x09 }), firstBytes.contains(ByteText.lower(first)) else {
            return false
        }
        if u.count > 60, !prefixes.contains(where: { ByteText.lower(first) == $0.utf8.first }) { return false }
        // NB: a letter after the first byte stays itself through folding: the two bytes rule out most lines.
        if let i = u.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), case let next = u.index(after: i), next < u.endIndex,
           ByteText.isLetter(u[next]), !firstTwoBytes.contains(UInt16(ByteText.lower(first)) | UInt16(ByteText.lower(u[next])) << 8) {
            return false
        }
        // NB: the line is folded and lower-cased in place and compared as bytes; no string is made.
        return ByteText.withFolded(line) { folded in
            ByteText.withLowercased(folded) { key in
                guard let k = key.first else { return false }
                if key.count <= 40, lineBytes[k]?.contains(where: { ByteText.equals(key, $0) }) == true { return true }
                return prefixBytes.contains { ByteText.starts(key, at: 0, with: $0, foldingCase: false) && !ByteText.extendsCharacter(key, at: $0.count) }
            }
        }
    }

    /// `lines` as bytes, by their first byte.
    static let lineBytes: [UInt8: [[UInt8]]] = Dictionary(grouping: lines.sorted().map { Array($0.utf8) }, by: { $0[0] })

    /// The first two bytes (lowercased) of every chrome line and prefix, as one number.
    static let firstTwoBytes = Set((Array(lines) + prefixes).map { Array($0.utf8) }.filter { $0.count >= 2 }
        .map { UInt16($0[0]) | UInt16($0[1]) << 8 })

    /// `prefixes` as bytes.
    static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }
}
