import CLibXML2

/// Reads HTML into text blocks, in reading order: a fragment (a markdown table cell, say), or a
/// whole web page saved as HTML (`pageText`).
///
///     HTMLFragment.parse("<p>LESSONS LEARNED</p> <ol> 1) Coherence … 2) Working …").map(\.text)
///         == ["LESSONS LEARNED", "1) Coherence … 2) Working …"]
///
/// Each block element (`<p>`, `<li>`, `<div>`, `<h1>`, `<td>`, `<br>`, …) and each run
/// of loose text between them is one block, whitespace folded, entities decoded.
/// `script`, `style`, `noscript`, `template` and comments are skipped. Parsing uses
/// libxml2's forgiving HTML parser with network access and entity loading off, so
/// unclosed or unbalanced tags never fail; its SAX events are read as they come, with no
/// tree, so memory follows the text and deep nesting can't exhaust the stack.
public enum HTMLFragment {
    /// Bytes of a fragment read at most; the rest is ignored.
    public static let maxBytes = 1 << 20

    static let blockElements: Set<String> = [
        "p", "div", "li", "ol", "ul", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "br", "hr",
        "blockquote", "pre", "section", "article", "header", "footer", "aside", "nav",
        "figure", "figcaption", "address", "main", "body", "html",
    ]
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "iframe", "object",
        "embed", "svg", "math", "select", "textarea",
    ]

    // NB: libxml2 must be initialised once before threads use it; a global's
    // initialiser runs exactly once, whichever thread gets there first.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// One block: its text, and whether it is a list item (`<li>`).
    public struct Block: Sendable, Equatable {
        public var text: String
        public var isListItem: Bool

        public init(_ text: String, isListItem: Bool = false) {
            self.text = text
            self.isListItem = isListItem
        }
    }

    /// The blocks of `html` with their list-item flag, in reading order; none for empty or tag-only input.
    public static func parse(_ html: Substring) -> [Block] {
        read(html, maxBytes: maxBytes, page: false)
    }

    /// Whether `text` is a whole HTML page (a web page saved as HTML), not a text export.
    ///
    ///     "<!DOCTYPE html><html>…"  "<html lang=en>…"  "<?xml …?><!DOCTYPE html …"  -> true
    ///     "<!-- saved from url=(0045)https://erc.undp.org/… -->\n<html>…"           -> true (a browser's mark)
    static func isPage(_ text: String) -> Bool {
        // NB: nearly every document is text: its first byte that is not a space says so.
        guard text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) == UInt8(ascii: "<") else { return false }
        var head = Substring(String(text.unicodeScalars.prefix(1024)).lowercased())
        while true {
            head = Substring(head.unicodeScalars.drop(while: Scalars.isWhitespace))
            guard head.hasPrefix("<!--"), let end = head.firstRange(of: "-->") else { break }
            head = head[end.upperBound...]
        }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html")
    }

    /// A whole HTML page as the text a browser shows, one block a line, each table row on one
    /// line with its cells closed by `|` (the pipe layout the parsers read), `<br>` a line break,
    /// a `<p>` between blank lines, a `<pre>` line by line and a list item after `- `.
    ///
    ///     <h2>Mid Term Evaluation</h2><table><tr><td>Commissioning Unit:</td><td>Uganda</td></tr>
    ///         -> "Mid Term Evaluation\nCommissioning Unit: | Uganda |"
    static func pageText(_ html: String) -> String {
        // NB: a page is as large as a file may be (`limits.max_file_mb`); reading it is linear.
        read(Substring(html), maxBytes: html.utf8.count, page: true).map(\.text).joined(separator: "\n")
    }

    private static func read(_ html: Substring, maxBytes: Int, page: Bool) -> [Block] {
        guard !html.isEmpty, initialized else { return [] }
        var bytes = Array(withoutDoctype(html).utf8.prefix(maxBytes))
        // NB: don't cut a UTF-8 sequence in half at the cap.
        while let last = bytes.last, last & 0xC0 == 0x80 || (bytes.count == maxBytes && last >= 0xC0) {
            bytes.removeLast()
        }
        guard !bytes.isEmpty else { return [] }
        let reader = Reader(page: page)
        var sax = htmlSAXHandler()
        sax.startElement = { ctx, name, _ in Reader.of(ctx).start(name) }
        sax.endElement = { ctx, name in Reader.of(ctx).end(name) }
        sax.characters = { ctx, text, count in Reader.of(ctx).text(text, count) }
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = sax.characters
        // NB: the text is UTF-8 already (`xmlSwitchEncoding` below): a page's `<meta charset>` must not
        // make libxml2 decode it again, nor may libxml2 guess Latin-1.
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        withExtendedLifetime(reader) {
            let ctxt = bytes.withUnsafeBufferPointer { b in
                b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { htmlCreateMemoryParserCtxt($0, Int32(b.count)) }
            }
            guard let ctxt, let handler = ctxt.pointee.sax else { return }
            defer { htmlFreeParserCtxt(ctxt) }
            // NB: the context's own handler, with these events: libxml2 frees it with the context.
            handler.pointee = sax
            ctxt.pointee.userData = Unmanaged.passUnretained(reader).toOpaque()
            htmlCtxtUseOptions(ctxt, options)
            _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
            _ = htmlParseDocument(ctxt)
        }
        reader.flush()
        return reader.blocks
    }

    /// The blocks read from libxml2's events as they come.
    ///
    /// NB: on a page (`pageText`), `<td>` and `<th>` end with ` | ` and a row is one block, a `<p>`
    /// stands between blank lines and a `<pre>` keeps its lines, as a browser shows them.
    private final class Reader {
        let page: Bool
        var blocks: [Block] = []
        var run = ""
        /// Text of an `<li>` up to its first nested block is the item itself.
        var inItem = false
        /// Depth inside a skipped element (`<script>`, `<head>`, …), and inside a `<pre>`.
        var skipped = 0
        var inPre = 0

        init(page: Bool) { self.page = page }

        static func of(_ ctx: UnsafeMutableRawPointer?) -> Reader {
            Unmanaged<Reader>.fromOpaque(ctx!).takeUnretainedValue()
        }

        func start(_ raw: UnsafePointer<xmlChar>?) {
            let name = Self.name(raw)
            if skipped > 0 || skippedElements.contains(name) { skipped += 1; return }
            edge(name, closing: false)
            // NB: on a page a list item starts with `- `, as a markdown export writes it: alone on its line
            // when the item opens with a block (`-` / title / text, an i-eval lessons list).
            if name == "li" { inItem = true; if page { run = "- " } }
        }

        func end(_ raw: UnsafePointer<xmlChar>?) {
            if skipped > 0 { skipped -= 1; return }
            edge(Self.name(raw), closing: true)
        }

        func text(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
            guard skipped == 0, let bytes, count > 0 else { return }
            let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
            guard inPre > 0 else { return run += filtered(text) }
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { Text.fold(run).isEmpty ? blankLine() : flush() }
                run += filtered(String(line))
            }
        }

        func edge(_ name: String, closing: Bool) {
            if page && name == "p" {
                blankLine()
            } else if page && (name == "td" || name == "th") {
                if closing { run += " | " }
            } else if blockElements.contains(name) {
                flush()
            }
            if page && name == "pre" { inPre = max(0, inPre + (closing ? -1 : 1)) }
        }

        func flush() {
            let text = Text.fold(run)
            run = ""
            guard !text.isEmpty else { return }
            blocks.append(Block(text, isListItem: inItem))
            inItem = false
        }

        func blankLine() {
            flush()
            if let last = blocks.last, !last.text.isEmpty { blocks.append(Block("")) }
        }

        static func name(_ raw: UnsafePointer<xmlChar>?) -> String {
            raw.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)).lowercased() } ?? ""
        }
    }

    /// The fragment without a leading `<!DOCTYPE …>`, internal subset `[…]` included.
    ///
    /// NB: libxml2's HTML parser leaves the end of an internal subset (`]>`) as text.
    static func withoutDoctype(_ html: Substring) -> Substring {
        let t = Substring(html.unicodeScalars.drop(while: Scalars.isWhitespace))
        guard t.prefix(9).lowercased() == "<!doctype" else { return html }
        let close = t.firstIndex(of: ">")
        if let open = t.firstIndex(of: "["), close.map({ open < $0 }) ?? true {
            guard let end = t[open...].firstRange(of: "]>") else { return "" }
            return t[end.upperBound...]
        }
        return close.map { t[t.index(after: $0)...] } ?? ""
    }

    /// Text without control characters that XML forbids (tab, LF and CR become spaces later).
    private static func filtered(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || !XMLText.isAllowed($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where XMLText.isAllowed(u.value) {
            out.append(u.value < 0x20 ? " " : u)
        }
        return String(out)
    }
}
