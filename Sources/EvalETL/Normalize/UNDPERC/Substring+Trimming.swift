extension StringProtocol {
    /// The text without leading and trailing ASCII characters of `set`, on bytes.
    ///
    ///     "| Ethiopia |".trimmingASCII("| ")  == "Ethiopia"
    func trimmingASCII(_ set: StaticString) -> Substring {
        let s = Substring(self)
        let drop = { (b: UInt8) in set.withUTF8Buffer { $0.contains(b) } }
        let u = s.utf8
        guard let start = u.firstIndex(where: { !drop($0) }) else { return s[s.endIndex...] }
        // NB: half-open: the byte after the last kept one is ASCII (or the end), so on a character boundary.
        let end = u.index(after: u.lastIndex(where: { !drop($0) })!)
        return s[start..<end]
    }
}
