/// A section of `report.html` that lists diagnostics grouped by the file they are about.
///
///     <section id="warnings"><h2>Warnings (3 files, 12 messages)</h2>
///     <details open><summary>2019/002.txt <span class="n">4</span></summary>
///     <ol><li><span class="at">line 41</span> unknown action status 'Delayed', kept as written</li> …</ol></details>
///
/// The page's sections are `ReportPage.diagnosticSections`; each diagnostic is listed
/// in the first section that `takes` it, so a new kind of message (say, rows whose
/// responsible party is uncertain) is one more `DiagnosticSection` placed before `warnings`.
/// Files come in the order of their first diagnostic (source order), a file's messages by line;
/// at most `limit` messages are listed, the rest counted (all of them are in `run.json`).
struct DiagnosticSection: Sendable {
    /// The section's anchor (`#warnings`).
    var id: String
    /// The heading, before the counts: "Warnings" gives "Warnings (3 files, 12 messages)".
    var title: String
    /// What the reader does about these, one sentence (or nil).
    var advice: String?
    /// What the section says when it lists nothing.
    var none: String
    /// Whether a diagnostic belongs here (unless an earlier section took it).
    var takes: @Sendable (Diagnostic) -> Bool
    /// Messages listed at most; the others are counted.
    var limit = 2000

    /// Key-action rows whose responsible party is a guess or could not be told (`Diagnostic.Topic.responsible`).
    static let responsible = DiagnosticSection(
        id: "responsible", title: "Responsible party to check",
        advice: "Check these rows on the page; where the party is wrong or missing, add its name to the party lexicon that pipeline.yml's parties: names, and run again.",
        none: "None: every key action's responsible party was read.", takes: { $0.topic == .responsible })

    /// Files whose documents were rejected: every error, the reason first.
    static let rejects = DiagnosticSection(
        id: "rejects", title: "Rejected files",
        advice: "These files became no evaluation: fix or replace them, or leave them out of the input folder.",
        none: "None: every input file became an evaluation.", takes: { $0.severity == .error })

    /// Everything else: values kept as written, text cut, dates not read, ….
    static let warnings = DiagnosticSection(
        id: "warnings", title: "Warnings",
        advice: "The documents were read; check these values in the tables.",
        none: "None.", takes: { _ in true })

    /// The sections' diagnostics (indices in `diagnostics`), each in the first section that takes it.
    static func partition(_ diagnostics: [Diagnostic], into sections: [DiagnosticSection]) -> [Groups] {
        var groups = sections.map { Groups(limit: $0.limit) }
        for (i, d) in diagnostics.enumerated() {
            guard let s = sections.firstIndex(where: { $0.takes(d) }) else { continue }
            groups[s].add(i, file: d.file)
        }
        return groups
    }

    /// One section's diagnostics by file: every one counted, the first `limit` kept (as indices).
    struct Groups {
        struct File {
            let name: String
            var count = 0
            var shown: [Int] = []
        }
        let limit: Int
        private(set) var files: [File] = []
        private var position: [String: Int] = [:]
        private(set) var count = 0

        init(limit: Int) { self.limit = limit }

        mutating func add(_ index: Int, file: String) {
            let p = position[file] ?? files.count
            if p == files.count {
                position[file] = p
                files.append(File(name: file))
            }
            files[p].count += 1
            if count < limit { files[p].shown.append(index) }
            count += 1
        }
    }

    /// The heading as the page's table of contents shows it: "Warnings (12)".
    func link(_ groups: Groups) -> String {
        "<a href=\"#\(id)\">\(HTMLText.escape(title)) (\(HTMLText.number(groups.count)))</a>"
    }

    /// The section (heading with counts, advice, then a block per file), handed to `emit` a file at a time.
    func write<E: Error>(_ groups: Groups, of diagnostics: [Diagnostic], _ emit: (String) throws(E) -> Void) throws(E) {
        let files = groups.files.count
        var h = "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title)) "
        guard groups.count > 0 else { return try emit(h + "(0)</h2>\n<p>\(HTMLText.escape(none))</p>\n</section>\n") }
        h += "(\(HTMLText.number(files)) file\(files == 1 ? "" : "s"), \(HTMLText.number(groups.count)) message\(groups.count == 1 ? "" : "s"))</h2>\n"
        if let advice { h += "<p class=\"note\">\(HTMLText.escape(advice))</p>\n" }
        try emit(h)
        for file in groups.files {
            // NB: a file past the limit is still named, with its count, so none goes unmentioned.
            h = "<details\(file.shown.isEmpty ? "" : " open")><summary>\(HTMLText.escape(file.name.isEmpty ? "(no file)" : file.name))"
            h += " <span class=\"n\">\(HTMLText.number(file.count))</span></summary>\n"
            if !file.shown.isEmpty {
                h += "<ol>\n"
                // NB: a parser reports as it reads, not always top to bottom; the reader goes by line.
                for i in file.shown.sorted(by: { (diagnostics[$0].line, $0) < (diagnostics[$1].line, $1) }) {
                    let d = diagnostics[i]
                    let at = d.line > 0 ? "<span class=\"at\">line \(d.line)</span> " : ""
                    h += "<li>\(at)\(HTMLText.escape(d.message))</li>\n"
                }
                h += "</ol>\n"
            }
            if file.count > file.shown.count {
                h += "<p class=\"more\">… \(HTMLText.number(file.count - file.shown.count)) more in run.json</p>\n"
            }
            try emit(h + "</details>\n")
        }
        try emit("</section>\n")
    }
}
