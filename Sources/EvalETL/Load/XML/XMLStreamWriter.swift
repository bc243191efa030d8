import CLibXML2

/// One XML file written through libxml2's `xmlTextWriter`, which does all escaping.
///
///     let w = try XMLStreamWriter(path: "out/xml/actions.xml", indent: "  ")
///     try w.startDocument()
///     try w.startElement("actions"); try w.element("seq", text: "1"); try w.endElement()
///     try w.close()
///
/// libxml2 fills a memory buffer, emptied into the file before each batch of raw
/// rows (`raw`) and at `close()`; every write error surfaces as `OutputError`.
/// NB: libxml2 pointers never leave this (non-Sendable) object.
final class XMLStreamWriter {
    let path: String
    private let sink: FileSink
    private var buffer: xmlBufferPtr?
    private var writer: xmlTextWriterPtr?

    init(path: String, indent: String) throws(OutputError) {
        self.path = path
        sink = try FileSink(path: path)
        guard let buf = xmlBufferCreate() else { throw OutputError(path: path, "libxml2: out of memory") }
        buffer = buf
        guard let w = xmlNewTextWriterMemory(buf, 0) else {
            throw OutputError(path: path, "libxml2: cannot create a text writer")
        }
        writer = w
        try check(xmlTextWriterSetIndent(w, 1), "set indentation")
        try check(XMLStreamWriter.withXMLChar(indent) { xmlTextWriterSetIndentString(w, $0) }, "set indentation")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`
    func startDocument() throws(OutputError) {
        try check(xmlTextWriterStartDocument(try live(), nil, "UTF-8", nil), "start the document")
    }

    func startElement(_ name: String) throws(OutputError) {
        let w = try live()
        try check(XMLStreamWriter.withXMLChar(name) { xmlTextWriterStartElement(w, $0) }, "start <\(name)>")
    }

    /// An attribute of the element just started; the value is escaped, never filtered.
    func attribute(_ name: String, _ value: String) throws(OutputError) {
        let w = try live()
        let rc = XMLStreamWriter.withXMLChar(name) { n in
            XMLStreamWriter.withXMLChar(value) { v in xmlTextWriterWriteAttribute(w, n, v) }
        }
        try check(rc, "write attribute \(name)")
    }

    /// Escaped text content; the caller has filtered forbidden characters.
    func text(_ s: String) throws(OutputError) {
        let w = try live()
        try check(XMLStreamWriter.withXMLChar(s) { xmlTextWriterWriteString(w, $0) }, "write text")
    }

    func endElement() throws(OutputError) {
        try check(xmlTextWriterEndElement(try live()), "end an element")
    }

    /// `<name>text</name>`; an empty text gives `<name></name>`.
    func element(_ name: String, text: String) throws(OutputError) {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Markup built by `XMLMarkup`, as it is, after what libxml2 holds (a start tag left
    /// open is closed first, as libxml2 would before raw bytes); nothing for none.
    ///
    /// NB: straight to the file: copied into libxml2's buffer on the way, a batch of
    /// rows cost a copy of the whole XML output.
    func raw(_ bytes: [UInt8]) throws(OutputError) {
        guard !bytes.isEmpty else { return }
        // NB: libxml2 closes a pending start tag (writes its `>`) before raw bytes, even none.
        let w = try live()
        var none: xmlChar = 0
        try check(xmlTextWriterWriteRawLen(w, &none, 0), "close the start tag")
        try check(xmlTextWriterFlush(w), "flush")
        try drain()
        try sink.write(bytes)
    }

    /// Ends the document (closing open elements), writes everything out and closes the file.
    func close() throws(OutputError) {
        let w = try live()
        try check(xmlTextWriterEndDocument(w), "end the document")
        try check(xmlTextWriterFlush(w), "flush")
        try drain()
        xmlFreeTextWriter(w)
        writer = nil
        if let buffer { xmlBufferFree(buffer) }
        buffer = nil
        try sink.close()
    }

    private func drain() throws(OutputError) {
        guard let buffer else { return }
        let count = Int(xmlBufferLength(buffer))
        if count > 0, let content = xmlBufferContent(buffer) {
            try sink.write(UnsafeBufferPointer(start: content, count: count))
        }
        xmlBufferEmpty(buffer)
    }

    private func live() throws(OutputError) -> xmlTextWriterPtr {
        guard let writer else { throw OutputError(path: path, "write after close") }
        return writer
    }

    // NB: an autoclosure: the message is built only on failure, not on every element.
    private func check(_ rc: Int32, _ what: @autoclosure () -> String) throws(OutputError) {
        if rc < 0 { throw OutputError(path: path, "libxml2 could not \(what())") }
    }

    private static func withXMLChar<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
