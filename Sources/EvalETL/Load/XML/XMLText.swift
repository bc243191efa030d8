/// Text and lexical forms every XML output shares: the XML 1.0 character filter,
/// element names, and the XML Schema spelling of a double.
///
///     XMLText.sanitize("a\u{1}b") == ("a\u{FFFD}b", replaced: 1)
///     XMLText.double(.infinity) == "INF"
enum XMLText {
    /// Whether XML 1.0 allows the scalar (`Char` production, XML 1.0 §2.2).
    ///
    /// NB: surrogates cannot occur in a Swift `String`, so only C0 controls other
    /// than tab, LF and CR, and U+FFFE / U+FFFF need a check.
    @inline(__always)
    static func isAllowed(_ v: UInt32) -> Bool {
        if v < 0x20 { return v == 0x9 || v == 0xA || v == 0xD }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// The text with every character XML 1.0 forbids replaced by U+FFFD, and how many were.
    static func sanitize(_ s: String) -> (text: String, replaced: Int) {
        let replaced = s.unicodeScalars.count { !isAllowed($0.value) }
        guard replaced > 0 else { return (s, 0) }
        let scalars = s.unicodeScalars.map { isAllowed($0.value) ? $0 : "\u{FFFD}" }
        return (String(String.UnicodeScalarView(scalars)), replaced)
    }

    /// `s` escaped as element content (`XMLText.escaped("R&D") == "R&amp;D"`).
    static func escaped(_ s: String) -> String {
        var m: [UInt8] = []
        m.appendXMLText(s)
        return String(decoding: m, as: UTF8.self)
    }

    /// An `xs:double` lexical form: shortest round-trip decimal, `INF`, `-INF`, `NaN`.
    static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-INF" : "INF" }
        return d.shortestDecimal
    }

    /// A name usable as an XML element name (an NCName), kept as close to `name` as possible.
    ///
    ///     XMLText.elementName("2nd col") == "_2nd_col"
    static func elementName(_ name: String) -> String {
        let scalars = name.unicodeScalars.map { (s) -> Unicode.Scalar in
            switch s {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-", ".": return s
            default: return "_"
            }
        }
        var result = String(String.UnicodeScalarView(scalars))
        if result.isEmpty || result.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true
            || result.lowercased().hasPrefix("xml") {
            result = "_" + result
        }
        return result
    }
}
