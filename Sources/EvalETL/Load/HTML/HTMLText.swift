/// Text made safe and short for `report.html`.
///
///     HTMLText.escape("R&D <2020>")                          // "R&amp;D &lt;2020&gt;"
///     HTMLText.label("Multi-Country Office for Central Asia (Kazakhstan)", max: 24)
///     // <span title="Multi-Country Office for Central Asia (Kazakhstan)">Multi-Country Office for…</span>
///     HTMLText.percent(5, of: 12)                            // "41.7%"
///     HTMLText.number(184752)                                // "184,752"
enum HTMLText {
    /// `s` with `&`, `<`, `>` and `"` written as entities: safe in text and in a quoted attribute.
    ///
    /// `attribute`: a newline also becomes `&#10;`, which a hover shows as a line break.
    static func escape(_ s: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// `s`, escaped; cut to `max` characters ending in `…` when longer, the whole text then on hover.
    ///
    /// `hover` is added to what the hover shows (a file name under a title, say).
    static func label(_ s: String, max: Int, hover: String? = nil) -> String {
        let cut = s.count > max
        let shown = cut ? String(Text.trimmed(s.prefix(max - 1))) + "…" : s
        let tip = [cut ? s : nil, hover].compactMap { $0 }.joined(separator: "\n")
        if tip.isEmpty { return escape(shown) }
        return "<span title=\"\(escape(tip, attribute: true))\">\(escape(shown))</span>"
    }

    /// A count with its thousands grouped by commas: `184752` -> "184,752".
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }

    /// `part ÷ whole` as a percentage with one decimal, rounded half up ("41.7%"); "–" when `whole` is 0.
    ///
    /// NB: integer arithmetic, so the page's bytes never depend on how a double prints.
    static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? width(part, of: whole) : "–"
    }

    /// `part ÷ whole` as a bar's CSS width, a percentage with one decimal rounded half up
    /// (`41.7%`; `0.0%` when `whole` is 0).
    static func width(_ part: Int, of whole: Int) -> String {
        let tenths = whole > 0 ? (part * 2000 + whole) / (2 * whole) : 0
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
