import Foundation

/// `report.html`: one self-contained page about a run, for the officer who acts on it (no script, no download).
///
///     evaletl run report
///     Made 2026-12-06 04:01:49 UTC from input by evaletl 0.1.0          <- the one line that changes run to run
///     10 files seen · 10 documents read · 0 rejected · 41.7% completed · 30.0% overdue
///     Implementation of key actions   [stacked bar] by status  [bars] by office  [bars] by response category
///     Evaluations    title | office | year | recommendations | key actions | % completed | % overdue
///     Rejected files (grouped by file) · Warnings (grouped by file)
///
/// The measures are the workbook's Implementation sheet's (`ImplementationTally`, its
/// notes as the definitions), counted as documents pass the loader (`RunSummary`).
/// Same input, same page, byte for byte, but the "Made" line. Labels longer than
/// a column are cut with `…`, the whole text on hover (`title`).
enum ReportPage {
    /// The diagnostic sections, in page order; a diagnostic goes to the first that takes it.
    static let diagnosticSections: [DiagnosticSection] = [.rejects, .responsible, .warnings]
    /// Evaluations and offices listed at most (the workbook's Implementation sheet lists them all).
    static let maxEvaluations = 2000
    static let maxOffices = 100

    /// The page, handed to `emit` a section (or a table row) at a time.
    ///
    /// NB: in pieces, so a 20,000-document run's page (about 2 MB) is never held whole,
    /// nor copied into the file's buffer in one go.
    static func write<E: Error>(report: RunReport, summary: RunSummary, madeAt: Date,
                                _ emit: (String) throws(E) -> Void) throws(E) {
        let rows = summary.implementation.totals
        let all = rows.first { $0.level == .all }?.counts ?? ImplementationTally.Counts()
        let groups = DiagnosticSection.partition(report.warnings, into: diagnosticSections)
        // NB: where a reader finds what the page leaves out.
        let allOf = report.formats.contains(OutputFormat.xlsx.rawValue)
            ? "the Implementation sheet of workbook.xlsx lists them all."
            : "the Implementation sheet of workbook.xlsx (formats: xlsx) lists them all."
        var h = head
        h += "<header>\n<h1>evaletl run report</h1>\n"
        h += made(madeAt, input: report.input, version: report.evaletlVersion)
        h += "<nav><a href=\"#measures\">Implementation</a> <a href=\"#evaluations\">Evaluations</a>"
        for (section, g) in zip(diagnosticSections, groups) { h += " " + section.link(g) }
        h += "</nav>\n</header>\n<main>\n"
        try emit(h)
        try emit(figures(report, all))
        try emit(measures(summary, rows: rows, all: all, allOf: allOf))
        try evaluations(summary.implementation.evaluations, of: all.evaluations, allOf: allOf, emit)
        for (section, g) in zip(diagnosticSections, groups) { try section.write(g, of: report.warnings, emit) }
        try emit("</main>\n</body>\n</html>\n")
    }

    /// "Made 2026-12-06 04:01:49 UTC from input by evaletl 0.1.0".
    static func made(_ date: Date, input: String, version: String) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        let machine = f.string(from: date)
        let human = machine.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        return "<p class=\"made\">Made <time datetime=\"\(machine)\">\(human)</time> from <code>\(HTMLText.escape(input))</code>"
            + " by evaletl <span class=\"version\">\(HTMLText.escape(version))</span></p>\n"
    }

    // MARK: Figures

    static func figures(_ report: RunReport, _ all: ImplementationTally.Counts) -> String {
        func figure(_ value: String, _ label: String, _ cls: String = "") -> String {
            "<div class=\"figure\(cls.isEmpty ? "" : " " + cls)\"><b>\(value)</b>\(label)</div>\n"
        }
        var h = "<section class=\"figures\" aria-label=\"The run in figures\">\n"
        h += figure(HTMLText.number(report.filesSeen), "files seen")
        h += figure(HTMLText.number(report.evaluations), "documents read")
        h += figure(HTMLText.number(report.rejected), "rejected", report.rejected > 0 ? "alert" : "")
        h += figure(HTMLText.number(report.rows["recommendations"] ?? 0), "recommendations")
        h += figure(HTMLText.number(report.rows["actions"] ?? 0), "key actions")
        h += figure(HTMLText.percent(all.completed, of: all.denominator), "completed", "done")
        h += figure(HTMLText.percent(all.overdue, of: all.denominator), "overdue", "late")
        return h + "</section>\n"
    }

    // MARK: Implementation measures

    static func measures(_ summary: RunSummary, rows: [ImplementationTally.Row], all: ImplementationTally.Counts,
                         allOf: String) -> String {
        let notes = ImplementationSheet.notes
        var h = "<section id=\"measures\">\n<h2>Implementation of key actions</h2>\n"
        h += "<p class=\"note\">\(HTMLText.escape(notes[0])).</p>\n"
        h += "<details class=\"note\"><summary>How these are counted</summary>\n<ul>\n"
        for n in notes.dropFirst() { h += "<li>\(HTMLText.escape(n))</li>\n" }
        h += "</ul>\n</details>\n"
        h += "<dl class=\"counts\">\n"
        for (label, n) in [("Evaluations with recommendations", all.evaluations), ("Recommendations", all.recommendations),
                           ("Recommendations without key actions", all.recommendationsWithoutActions),
                           ("Key actions", all.actions), ("Actions counted", all.denominator),
                           ("Completed", all.completed), ("Overdue", all.overdue),
                           ("Actions without a deadline", all.withoutDeadline)] {
            h += "<div><dt>\(label)</dt><dd>\(HTMLText.number(n))</dd></div>\n"
        }
        h += "</dl>\n"
        h += statuses(all)
        h += offices(rows.filter { $0.level == .office }, allOf: allOf)
        h += categories(summary)
        return h + "</section>\n"
    }

    /// Key actions by status: one stacked bar of the whole, then a bar per status.
    static func statuses(_ all: ImplementationTally.Counts) -> String {
        var h = "<h3>Key actions by status</h3>\n"
        guard all.actions > 0 else { return h + "<p>No key actions.</p>\n" }
        let statuses = ImplementationTally.statusColumns.indices.filter { all.byStatus[$0] > 0 }
        h += "<div class=\"stack\" role=\"img\" aria-label=\"Key actions by status\">"
        for i in statuses {
            let n = all.byStatus[i], name = ImplementationTally.statusColumns[i]
            h += "<span class=\"\(statusClass(i))\" style=\"width:\(HTMLText.width(n, of: all.actions))\""
            h += " title=\"\(HTMLText.escape(name)): \(n) (\(HTMLText.percent(n, of: all.actions)))\"></span>"
        }
        h += "</div>\n"
        let top = statuses.map { all.byStatus[$0] }.max() ?? 1
        return h + chart(statuses.map { (ImplementationTally.statusColumns[$0], all.byStatus[$0], statusClass($0)) },
                         top: top, label: "Key actions by status")
    }

    /// The CSS class of a status column: its colour.
    static func statusClass(_ i: Int) -> String {
        let name = ImplementationTally.statusColumns[i]
        switch i {
        case ImplementationTally.completed: return "s-done"
        case ImplementationTally.noLongerApplicable: return "s-void"
        case ImplementationTally.otherStatus: return "s-other"
        case ImplementationTally.noStatus: return "s-none"
        default:
            if name.hasPrefix("Overdue") { return "s-late" }
            if name == "No deadline established" { return "s-nodate" }
            return name.hasPrefix("Not") ? "s-todo" : "s-going"
        }
    }

    /// Horizontal bars, one a row: label, bar (relative to `top`), count.
    static func chart(_ bars: [(label: String, count: Int, cls: String)], top: Int, label: String) -> String {
        var h = "<div class=\"chart\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">\n"
        for b in bars {
            h += "<div class=\"label\">\(HTMLText.label(b.label, max: 40))</div>"
            h += "<div class=\"track\"><span class=\"bar \(b.cls)\" style=\"width:\(HTMLText.width(b.count, of: top))\"></span></div>"
            h += "<div class=\"count\">\(HTMLText.number(b.count))</div>\n"
        }
        return h + "</div>\n"
    }

    /// Each office's shares, largest number of actions counted first.
    static func offices(_ offices: [ImplementationTally.Row], allOf: String) -> String {
        var h = "<h3>By office</h3>\n"
        guard !offices.isEmpty else { return h + "<p>No evaluation with recommendations.</p>\n" }
        let sorted = offices.enumerated().sorted { a, b in
            (a.element.counts.denominator, b.offset) > (b.element.counts.denominator, a.offset)
        }.map(\.element)
        h += "<div class=\"wide\"><table class=\"measures\">\n<thead><tr><th>Office</th><th class=\"n\">Evalu&shy;ations</th>"
        h += "<th class=\"n\">Recom&shy;men&shy;dations</th><th class=\"n\">Key actions</th><th class=\"n\">Actions counted</th>"
        h += "<th class=\"share\">Completed</th><th class=\"share\">Overdue</th><th class=\"n\">Without a deadline</th></tr></thead>\n<tbody>\n"
        for r in sorted.prefix(maxOffices) {
            let c = r.counts
            h += "<tr><td>\(HTMLText.label(r.office ?? "(office not given)", max: 48))</td><td class=\"n\">\(HTMLText.number(c.evaluations))</td>"
            h += "<td class=\"n\">\(HTMLText.number(c.recommendations))</td><td class=\"n\">\(HTMLText.number(c.actions))</td><td class=\"n\">\(HTMLText.number(c.denominator))</td>"
            h += share(c.completed, of: c.denominator, "s-done") + share(c.overdue, of: c.denominator, "s-late")
            h += "<td class=\"n\">\(HTMLText.number(c.withoutDeadline))</td></tr>\n"
        }
        h += "</tbody>\n</table></div>\n"
        if sorted.count > maxOffices {
            h += "<p class=\"more\">… \(HTMLText.number(sorted.count - maxOffices)) more offices; \(allOf)</p>\n"
        }
        return h
    }

    /// A table cell with a percentage and its bar.
    static func share(_ part: Int, of whole: Int, _ cls: String) -> String {
        guard whole > 0 else { return "<td class=\"share\">–</td>" }
        return "<td class=\"share\"><span class=\"pct\">\(HTMLText.percent(part, of: whole))</span>"
            + "<span class=\"track\"><span class=\"bar \(cls)\" style=\"width:\(HTMLText.width(part, of: whole))\"></span></span></td>"
    }

    /// Recommendations of management responses by category; those of documents with no such field apart.
    static func categories(_ summary: RunSummary) -> String {
        var h = "<h3>Recommendations by management response category</h3>\n"
        let counts = summary.categories
        if let top = counts.values.max() {
            // NB: the vocabulary's order, then other spellings by name, then those without a category.
            let known = Vocabulary.responseCategories.filter { counts[$0] != nil }
            let other = counts.keys.filter { !Vocabulary.responseCategories.contains($0) && $0 != RunSummary.noCategory }.sorted()
            let none = counts[RunSummary.noCategory] != nil ? [RunSummary.noCategory] : []
            h += chart((known + other + none).map { ($0, counts[$0]!, $0 == RunSummary.noCategory ? "s-none" : "s-cat") },
                       top: top, label: "Recommendations by management response category")
            if let n = counts[RunSummary.noCategory] {
                h += "<p class=\"note\">\(HTMLText.number(n)) recommendation\(n == 1 ? "" : "s") of management responses give no category: "
                    + "the response is missing or was not read.</p>\n"
            }
        } else {
            h += "<p>No recommendation of a management response.</p>\n"
        }
        let without = summary.withoutCategoryField
        if !without.isEmpty {
            let kinds: [(DocType, String)] = [(.evaluationSummary, "ILO evaluation summaries"), (.report, "reports"),
                                              (.managementResponse, "management responses")]
            let parts = kinds.compactMap { kind, name in without[kind].map { "\(name): \(HTMLText.number($0))" } }
            h += "<p class=\"apart\" id=\"no-category-field\">Not counted above, because these documents have no "
                + "management response category: \(parts.joined(separator: ", ")) recommendations.</p>\n"
        }
        return h
    }

    // MARK: Evaluations

    /// One row per evaluation with recommendations, in source order; `count` of them in all.
    static func evaluations<E: Error>(_ list: [ImplementationTally.Evaluation], of count: Int, allOf: String,
                                      _ emit: (String) throws(E) -> Void) throws(E) {
        var h = "<section id=\"evaluations\">\n<h2>Evaluations: \(HTMLText.number(count))</h2>\n"
        guard !list.isEmpty else { return try emit(h + "<p>No evaluation with recommendations.</p>\n</section>\n") }
        h += "<p class=\"note\">Evaluations with at least one recommendation, in source order. "
            + "Hover over a cut title for the whole title and the file.</p>\n"
        h += "<div class=\"wide\"><table class=\"evaluations\">\n<thead><tr><th>Evaluation</th><th>Office</th><th>Year</th>"
        h += "<th class=\"n\">Recom&shy;men&shy;dations</th><th class=\"n\">Key actions</th><th class=\"share\">% completed</th>"
        h += "<th class=\"share\">% overdue</th></tr></thead>\n<tbody>\n"
        try emit(h)
        for e in list.prefix(maxEvaluations) {
            let c = e.counts
            let title = HTMLText.label(e.title ?? "(no title)", max: 80, hover: e.source)
            try emit("<tr><td class=\"title\">\(title)</td><td>\(HTMLText.label(e.office ?? "", max: 36))</td>"
                + "<td class=\"year\">\(HTMLText.escape(e.period ?? ""))</td><td class=\"n\">\(HTMLText.number(c.recommendations))</td>"
                + "<td class=\"n\">\(HTMLText.number(c.actions))</td>"
                + share(c.completed, of: c.denominator, "s-done") + share(c.overdue, of: c.denominator, "s-late") + "</tr>\n")
        }
        h = "</tbody>\n</table></div>\n"
        if count > maxEvaluations {
            h += "<p class=\"more\">… \(HTMLText.number(count - maxEvaluations)) more evaluations; \(allOf)</p>\n"
        }
        try emit(h + "</section>\n")
    }

    // MARK: Style

    static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>evaletl run report</title>
        <style>
        :root { --done: #2e7d32; --late: #c62828; --going: #3b6ea5; --todo: #90a4c0; --void: #9e9e9e;
          --nodate: #e0a100; --other: #7e57c2; --none: #cfcfcf; --cat: #3b6ea5; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1.5em 2em; color: #222; max-width: 72em;
          line-height: 1.4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 2px solid #ddd; }
        h3 { font-size: 1em; margin-top: 1.5em; }
        .made { color: #555; margin: 0 0 .5em; } code { font-family: ui-monospace, monospace; font-size: 1em; overflow-wrap: anywhere; }
        nav a { margin-right: 1em; white-space: nowrap; }
        .figures { display: flex; flex-wrap: wrap; gap: .75em 2em; margin: 1.5em 0; }
        .figure b { display: block; font-size: 1.9em; line-height: 1.1; }
        .figure.alert b { color: var(--late); } .figure.done b { color: var(--done); } .figure.late b { color: var(--late); }
        .note { color: #555; } details.note summary { cursor: pointer; }
        .counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: .5em 1.5em; }
        .counts div { display: flex; justify-content: space-between; gap: .75em; border-bottom: 1px dotted #ccc; }
        .counts dt { color: #555; } .counts dd { margin: 0; font-weight: bold; }
        .stack { display: flex; height: 1.4em; margin: .5em 0 1em; border: 1px solid #bbb; }
        .chart { display: grid; grid-template-columns: minmax(6em, 16em) minmax(4em, 1fr) auto; gap: .3em .6em; align-items: center; max-width: 48em; }
        .chart .label { text-align: right; overflow-wrap: anywhere; } .chart .count { font-variant-numeric: tabular-nums; }
        .track { display: block; background: #f0f0f0; height: .9em; min-width: 3em; }
        .bar { display: block; height: 100%; }
        .s-done { background: var(--done); } .s-late { background: var(--late); } .s-going { background: var(--going); }
        .s-todo { background: var(--todo); } .s-void { background: var(--void); } .s-nodate { background: var(--nodate); }
        .s-other { background: var(--other); } .s-none { background: var(--none); } .s-cat { background: var(--cat); }
        .stack span { display: block; height: 100%; }
        .apart { border-left: 4px solid var(--none); padding-left: .6em; }
        .wide { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        td, th { padding: .3em .45em; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
        th { background: #f6f6f6; font-weight: 600; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.n, th.share { white-space: normal; } td.year { white-space: nowrap; }
        .share { min-width: 6em; white-space: nowrap; }
        .share .pct { display: inline-block; width: 3.4em; text-align: right; margin-right: .3em; font-variant-numeric: tabular-nums; }
        .share .track { display: inline-block; width: calc(100% - 3.8em); min-width: 2em; vertical-align: middle; }
        td.title { min-width: 14em; }
        [title] { text-decoration: underline dotted #999; cursor: help; }
        .stack [title] { text-decoration: none; }
        details { margin: .4em 0; } summary { font-weight: 600; overflow-wrap: anywhere; }
        summary .n { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: .8em; background: #eee; text-align: center; font-weight: normal; }
        details ol { margin: .2em 0 .6em; padding-left: 1.5em; } li { overflow-wrap: anywhere; }
        .at { color: #555; font-variant-numeric: tabular-nums; margin-right: .3em; }
        .more { color: #555; font-style: italic; }
        @media (max-width: 40em) {
          body { padding: .75em; } .figure b { font-size: 1.4em; }
          .chart { grid-template-columns: minmax(5em, 9em) minmax(3em, 1fr) auto; }
        }
        </style>
        </head>
        <body>

        """
}
