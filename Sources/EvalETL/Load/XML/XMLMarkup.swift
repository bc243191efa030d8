import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// XML built as bytes, then written to its file in one call.
///
///     var m = XMLMarkup()
///     m.append("<Row><Cell><Data ss:Type=\"String\">")
///     m.appendText("Tom & Jerry")            // Tom &amp; Jerry
///     m.append("</Data></Cell></Row>\n")
///     try sink.write(m.bytes)
///
/// Names and markup come from the writers (table and column names made safe by
/// `XMLText.elementName`), so only text needs escaping. Text is escaped as
/// libxml2's text writer escapes element content, by libxml2's own
/// `xmlEncodeSpecialChars` (`<` `>` `&` `"` and CR); text without any of those,
/// nearly all of it, is copied as it is (its `TextFacts` tell which).
///
/// NB: bytes, not libxml2's text writer, whose calls per cell and allocation per open element cost more.
struct XMLMarkup {
    private(set) var bytes: [UInt8] = []

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Bytes `range` of `source`.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// `s` escaped as element content.
    ///
    ///     XMLMarkup.escaped("R&D") == "R&amp;D"
    static func escaped(_ s: String) -> String {
        var m = XMLMarkup()
        m.appendText(s)
        return String(decoding: m.bytes, as: UTF8.self)
    }

    /// Element content, escaped.
    mutating func appendText(_ s: String) {
        appendText(s, escaping: TextFacts(s).contains(.xmlEscape))
    }

    /// Element content; `escaping` false (its `TextFacts` have no `xmlEscape`) copies it as it is.
    mutating func appendText(_ s: String, escaping: Bool) {
        var s = s
        s.withUTF8 { appendText($0, escaping: escaping) }
    }

    /// UTF-8 element content, as `appendText(_:escaping:)` writes a string.
    mutating func appendText(_ utf8: UnsafeBufferPointer<UInt8>, escaping: Bool) {
        guard escaping else {
            bytes.append(contentsOf: utf8)
            return
        }
        // NB: libxml2 reads a C string (the writers replace NUL and other controls
        // before text gets here); escaping is rare, so the copy with a NUL is too.
        let cString = Array(utf8) + [0]
        guard let escaped = xmlEncodeSpecialChars(nil, cString) else { return }
        defer { evaletl_xmlFree(escaped) }
        bytes.append(contentsOf: UnsafeBufferPointer(start: escaped, count: strlen(UnsafeRawPointer(escaped).assumingMemoryBound(to: CChar.self))))
    }

    /// `i` in decimal; returns the bytes appended.
    @discardableResult
    mutating func appendDecimal(_ i: Int32) -> Int { bytes.appendDecimal(i) }

    /// `YYYY-MM-DD`.
    mutating func appendISODate(_ d: CalendarDate) { bytes.appendISODate(d) }
}
