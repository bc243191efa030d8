/// `report.html`: one self-contained page (no scripts, no downloads) about a run.
///
///     Documents read 120 · rejected 3
///     [bar chart] actions by status      [bar chart] overdue actions by office
///     [bar chart] recommendations by response category
///     rejects (file, reason) · warnings (file:line: message)
enum ReportPage {
    static func html(report: RunReport, summary: RunSummary) -> String {
        var h = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>evaletl run report</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 60em; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
            table { border-collapse: collapse; } td, th { padding: .25em .75em; border-bottom: 1px solid #ddd; text-align: left; }
            .figures span { display: inline-block; margin-right: 2em; font-size: 1.1em; }
            .figures b { font-size: 1.6em; display: block; }
            svg text { font-size: 12px; font-family: system-ui, sans-serif; }
            </style>
            </head>
            <body>
            <h1>evaletl run report</h1>
            <p class="figures">
            <span><b>\(report.filesSeen)</b>files seen</span>
            <span><b>\(report.evaluations)</b>documents read</span>
            <span><b>\(report.rejected)</b>rejected</span>
            <span><b>\(report.rows["recommendations"] ?? 0)</b>recommendations</span>
            <span><b>\(report.rows["actions"] ?? 0)</b>key actions</span>
            </p>

            """
        h += section("Actions by status", summary.actionsByStatus)
        h += section("Overdue actions by office", summary.overdueByOffice)
        h += section("Recommendations by response category", summary.recommendationsByCategory)
        h += "<h2>Rejected documents (\(report.rejects.count))</h2>\n"
        if report.rejects.isEmpty {
            h += "<p>None: every input file became an evaluation.</p>\n"
        } else {
            h += "<table>\n<tr><th>file</th><th>reason</th></tr>\n"
            for r in report.rejects {
                h += "<tr><td>\(escape(r.sourceFile))</td><td>\(escape(r.reason))</td></tr>\n"
            }
            h += "</table>\n"
        }
        // NB: lazy, so the page does not copy the run's warnings to count them.
        let warnings = report.warnings.lazy.filter { $0.severity == .warning }
        let warningCount = warnings.count
        h += "<h2>Warnings (\(warningCount))</h2>\n"
        if warningCount == 0 {
            h += "<p>None.</p>\n"
        } else {
            h += "<table>\n<tr><th>where</th><th>message</th></tr>\n"
            for w in warnings.prefix(2000) {
                let place = w.line > 0 ? "\(w.file):\(w.line)" : w.file
                h += "<tr><td>\(escape(place))</td><td>\(escape(w.message))</td></tr>\n"
            }
            if warningCount > 2000 { h += "<tr><td colspan=\"2\">… \(warningCount - 2000) more in run.json</td></tr>\n" }
            h += "</table>\n"
        }
        h += "</body>\n</html>\n"
        return h
    }

    /// A heading and a horizontal bar chart as inline SVG, largest first.
    static func section(_ title: String, _ counts: [String: Int]) -> String {
        var s = "<h2>\(escape(title))</h2>\n"
        guard let top = counts.values.max(), top > 0 else { return s + "<p>None.</p>\n" }
        let bars = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(25)
        let rowHeight = 22, labelWidth = 260, barWidth = 360
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(escape(title))\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(bars.count * rowHeight + 4)\">\n"
        for (i, (label, n)) in bars.enumerated() {
            let y = i * rowHeight
            let w = max(1, barWidth * n / top)
            s += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(String(label.prefix(40))))</text>"
            s += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowHeight - 6)\" fill=\"#3b6ea5\"/>"
            s += "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 15)\">\(n)</text>\n"
        }
        return s + "</svg>\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
