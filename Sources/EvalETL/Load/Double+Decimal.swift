extension Double {
    /// The shortest decimal that reads back as this double, without a trailing `.0`
    /// (the contract's spelling of `double` as text: CSV, XML, SpreadsheetML, run.json).
    ///
    ///     (1706485.0).shortestDecimal   // "1706485"   (not "1706485.0")
    ///     (0.1).shortestDecimal         // "0.1"
    ///     (1e16).shortestDecimal        // "1e+16"
    ///     (-0.0).shortestDecimal        // "-0"
    ///
    /// Finite values only; each format spells NaN and infinities its own way.
    /// NB: Swift's `description` already gives the shortest round-trip digits; it only
    /// adds `.0` to whole numbers, which every reader takes as the same number without it.
    var shortestDecimal: String {
        let s = description
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
