import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// XML markup built as bytes, then written to its file in one call.
///
///     var m: [UInt8] = []
///     m.append("<Row><Cell><Data ss:Type=\"String\">")
///     m.appendXMLText("Tom & Jerry")            // Tom &amp; Jerry
///     m.append("</Data></Cell></Row>\n")
///
/// Names and markup come from the writers (table and column names made safe by
/// `XMLText.elementName`), so only text needs escaping. Text is escaped as
/// libxml2's text writer escapes element content, by libxml2's own
/// `xmlEncodeSpecialChars` (`<` `>` `&` `"` and CR); text without any of those,
/// nearly all of it, is copied as it is (its `TextFacts` tell which).
///
/// NB: bytes, not libxml2's text writer, whose calls per cell and allocation per open element cost more.
extension Array where Element == UInt8 {
    mutating func append(_ s: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Bytes `range` of `source`.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// Element content, escaped.
    mutating func appendXMLText(_ s: String) {
        ByteText.withUTF8(s) { appendXMLText($0, escaping: TextFacts($0).contains(.xmlEscape)) }
    }

    /// UTF-8 element content; `escaping` false (its `TextFacts` have no `xmlEscape`) copies it as it is.
    mutating func appendXMLText(_ utf8: UnsafeBufferPointer<UInt8>, escaping: Bool) {
        guard escaping else {
            append(contentsOf: utf8)
            return
        }
        // NB: libxml2 reads a C string (the writers replace NUL and other controls
        // before text gets here); escaping is rare, so the copy with a NUL is too.
        let cString = Array(utf8) + [0]
        guard let escaped = xmlEncodeSpecialChars(nil, cString) else { return }
        defer { evaletl_xmlFree(escaped) }
        append(contentsOf: UnsafeBufferPointer(start: escaped, count: strlen(UnsafeRawPointer(escaped).assumingMemoryBound(to: CChar.self))))
    }
}
