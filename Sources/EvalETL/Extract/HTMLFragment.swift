import CLibXML2

/// Reads an HTML fragment (a markdown table cell, say) into text blocks, in reading order.
///
///     HTMLFragment.parse("<p>LESSONS LEARNED</p> <ol> 1) Coherence … 2) Working …").map(\.text)
///         == ["LESSONS LEARNED", "1) Coherence … 2) Working …"]
///
/// Each block element (`<p>`, `<li>`, `<div>`, `<h1>`, `<td>`, `<br>`, …) and each run
/// of loose text between them is one block, whitespace folded, entities decoded.
/// `script`, `style`, `noscript`, `template` and comments are skipped. Parsing uses
/// libxml2's forgiving HTML parser with network access and entity loading off, so
/// unclosed or unbalanced tags never fail; input is capped in size and the tree walk
/// is iterative and bounded, so deep nesting can't exhaust the stack.
public enum HTMLFragment {
    /// Bytes of HTML read at most; the rest is ignored.
    public static let maxBytes = 1 << 20
    /// Nodes visited at most.
    public static let maxNodes = 200_000

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
        read(html, maxBytes: maxBytes, maxNodes: maxNodes, rows: false)
    }

    /// Whether `text` is a whole HTML page (a web page saved as HTML), not a text export.
    ///
    ///     "<!DOCTYPE html><html>…"  "<html lang=en>…"  "<?xml …?><!DOCTYPE html …"  -> true
    static func isPage(_ text: String) -> Bool {
        let head = String(text.unicodeScalars.drop(while: Scalars.isWhitespace).prefix(512)).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html")
    }

    /// A whole HTML page as the text a browser shows, one block a line, each table row on one
    /// line with its cells closed by `|` (the pipe layout the parsers read), `<br>` a line break,
    /// a `<p>` between blank lines and a `<pre>` line by line.
    ///
    ///     <h2>Mid Term Evaluation</h2><table><tr><td>Commissioning Unit:</td><td>Uganda</td></tr>
    ///         -> "Mid Term Evaluation\nCommissioning Unit: | Uganda |"
    static func pageText(_ html: String) -> String {
        // NB: a page is as large as a file may be (`limits.max_file_mb`); the walk is linear in it.
        read(Substring(html), maxBytes: html.utf8.count, maxNodes: html.utf8.count, rows: true).map(\.text).joined(separator: "\n")
    }

    /// With `rows` (a page, `pageText`), `<td>` and `<th>` end with ` | ` and a row is one block.
    private static func read(_ html: Substring, maxBytes: Int, maxNodes: Int, rows: Bool) -> [Block] {
        guard !html.isEmpty, initialized else { return [] }
        var bytes = Array(withoutDoctype(html).utf8.prefix(maxBytes))
        // NB: don't cut a UTF-8 sequence in half at the cap.
        while let last = bytes.last, last & 0xC0 == 0x80 || (bytes.count == maxBytes && last >= 0xC0) {
            bytes.removeLast()
        }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return [] }
        defer { xmlFreeDoc(doc) }
        return walk(doc.pointee.children, maxNodes: maxNodes, rows: rows)
    }

    /// Depth-first walk without recursion: children, then siblings, then back up through parents.
    private static func walk(_ first: xmlNodePtr?, maxNodes: Int, rows: Bool) -> [Block] {
        var blocks: [Block] = []
        var run = ""
        // NB: text of an `<li>` up to its first nested block is the item itself.
        var inItem = false
        func flush() {
            let text = Text.fold(run)
            run = ""
            guard !text.isEmpty else { return }
            blocks.append(Block(text, isListItem: inItem))
            inItem = false
        }
        // NB: on a page, a `<p>` stands between blank lines and a `<pre>` keeps its lines, as a browser shows them.
        var inPre = 0
        func blankLine() {
            flush()
            if let last = blocks.last, !last.text.isEmpty { blocks.append(Block("")) }
        }
        func edge(_ name: String, closing: Bool) {
            if rows && name == "p" {
                blankLine()
            } else if rows && (name == "td" || name == "th") {
                if closing { run += " | " }
            } else if blockElements.contains(name) {
                flush()
            }
            if rows && name == "pre" { inPre += closing ? -1 : 1 }
        }
        var node = first
        var visited = 0
        while let n = node, visited < maxNodes {
            visited += 1
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = elementName(n)
                if skippedElements.contains(name) { break }
                edge(name, closing: false)
                if name == "li" { inItem = true }
                descend = n.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = n.pointee.content else { break }
                let text = String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                guard inPre > 0 else { run += filtered(text); break }
                for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if i > 0 { Text.fold(run).isEmpty ? blankLine() : flush() }
                    run += filtered(String(line))
                }
            default:
                break
            }
            if descend {
                node = n.pointee.children
                continue
            }
            // Leave finished elements, closing block boundaries on the way up.
            node = nil
            var cur: xmlNodePtr? = n
            while let c = cur {
                if c.pointee.type == XML_ELEMENT_NODE {
                    let name = elementName(c)
                    if !skippedElements.contains(name) { edge(name, closing: true) }
                }
                if let next = c.pointee.next {
                    node = next
                    break
                }
                guard let parent = c.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                cur = parent
            }
        }
        flush()
        return blocks
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

    private static func elementName(_ n: xmlNodePtr) -> String {
        guard let name = n.pointee.name else { return "" }
        return String(cString: UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)).lowercased()
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
