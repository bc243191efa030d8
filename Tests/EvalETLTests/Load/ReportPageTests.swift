import Foundation
import XCTest
@testable import EvalETL

/// report.html's parts: text made safe and short, diagnostics grouped by file, counts taken per document.
/// (tests/test_report.py opens the whole page in Chromium.)
extension DiagnosticSection {
    /// The section as one string.
    func html(_ groups: Groups, of diagnostics: [Diagnostic]) -> String {
        var h = ""
        write(groups, of: diagnostics) { h += $0 }
        return h
    }
}

final class ReportPageTests: XCTestCase {
    func testTextIsEscapedCutAndPercentagesRounded() {
        let cases: [(String, String, String)] = [
            (HTMLText.escape("R&D <2020> \"x\"\n'y'"), "R&amp;D &lt;2020&gt; &quot;x&quot;\n'y'", "text"),
            (HTMLText.escape("a\nb", attribute: true), "a&#10;b", "a newline in an attribute"),
            (HTMLText.label("Fiji", max: 10), "Fiji", "short: as it is"),
            (HTMLText.label("Multi-Country Office", max: 10), "<span title=\"Multi-Country Office\">Multi-Cou…</span>", "cut"),
            (HTMLText.label("Ab cd efgh", max: 4), "<span title=\"Ab cd efgh\">Ab…</span>", "no space before …"),
            (HTMLText.label("e\u{301}e\u{301}e\u{301}e\u{301}", max: 3), "<span title=\"e\u{301}e\u{301}e\u{301}e\u{301}\">e\u{301}e\u{301}…</span>",
             "a character and its mark stay together"),
            (HTMLText.label("<b>", max: 9, hover: "a.txt"), "<span title=\"a.txt\">&lt;b&gt;</span>", "not cut: the hover alone"),
            (HTMLText.label("<b>cd", max: 3, hover: "a.txt"), "<span title=\"&lt;b&gt;cd&#10;a.txt\">&lt;b…</span>", "cut: whole text, then the hover"),
            (HTMLText.percent(5, of: 12), "41.7%", "rounded"),
            (HTMLText.percent(1, of: 8), "12.5%", "exact"),
            (HTMLText.percent(1, of: 2000), "0.1%", "half up"),
            (HTMLText.percent(0, of: 3), "0.0%", "none"),
            (HTMLText.percent(3, of: 3), "100.0%", "all"),
            (HTMLText.percent(0, of: 0), "–", "nothing counted"),
            (HTMLText.number(0), "0", "zero"),
            (HTMLText.number(999), "999", "no group"),
            (HTMLText.number(1000), "1,000", "a thousand"),
            (HTMLText.number(184752), "184,752", "thousands"),
            (HTMLText.number(1234567), "1,234,567", "millions"),
            (HTMLText.number(-1234), "-1,234", "negative"),
        ]
        for (got, want, what) in cases { XCTAssertEqual(got, want, what) }
    }

    func testDiagnosticsGoToTheFirstSectionThatTakesThemGroupedByFileInOrder() {
        let d = [
            Diagnostic(file: "b.txt", line: 9, .warning, "late"),
            Diagnostic(file: "a.txt", line: 0, .error, "rejected: empty file"),
            Diagnostic(file: "b.txt", line: 3, .warning, "early"),
            Diagnostic(file: "c.txt", line: 1, .warning, "uncertain party"),
            Diagnostic(file: "xlsx output", line: 0, .warning, "text cut"),
        ]
        let uncertain = DiagnosticSection(id: "uncertain", title: "Responsible party uncertain", advice: nil, none: "None.",
                                          takes: { $0.message.hasPrefix("uncertain") })
        let sections: [DiagnosticSection] = [.rejects, uncertain, .warnings]
        let groups = DiagnosticSection.partition(d, into: sections)
        XCTAssertEqual(groups.map { $0.files.map(\.name) }, [["a.txt"], ["c.txt"], ["b.txt", "xlsx output"]])
        XCTAssertEqual(groups.map(\.count), [1, 1, 3])
        let html = sections[2].html(groups[2], of: d)
        XCTAssertTrue(html.contains("<h2>Warnings (2 files, 3 messages)</h2>"), html)
        let early = html.range(of: "line 3</span> early")!, late = html.range(of: "line 9</span> late")!
        XCTAssertLessThan(early.lowerBound, late.lowerBound, "a file's messages by line")
        XCTAssertTrue(html.contains("<li>text cut</li>"), "line 0: no line shown")
        XCTAssertEqual(sections[1].link(groups[1]), "<a href=\"#uncertain\">Responsible party uncertain (1)</a>")
        XCTAssertTrue(uncertain.html(DiagnosticSection.Groups(limit: 5), of: []).contains("<h2>Responsible party uncertain (0)</h2>\n<p>None.</p>"))
    }

    func testPastTheLimitFilesAreNamedAndTheirMessagesCounted() {
        let d = (1...5).map { Diagnostic(file: $0 <= 3 ? "a.txt" : "b.txt", line: $0, .warning, "w\($0)") }
        var section = DiagnosticSection.warnings
        section.limit = 2
        let groups = DiagnosticSection.partition(d, into: [section])[0]
        XCTAssertEqual(groups.files.map(\.count), [3, 2])
        XCTAssertEqual(groups.files.map(\.shown), [[0, 1], []])
        let html = section.html(groups, of: d)
        XCTAssertTrue(html.contains("… 1 more in run.json"))
        XCTAssertTrue(html.contains("<details><summary>b.txt <span class=\"n\">2</span></summary>\n<p class=\"more\">… 2 more in run.json"))
    }

    func testSummaryCountsTheImplementationMeasuresAndKeepsDocumentsWithoutACategoryFieldApart() throws {
        var summary = RunSummary()
        func doc(_ kind: DocType, _ file: String, categories: [String?], statuses: [String?]) throws -> DocumentRows {
            var parsed = ParsedDocument(docType: kind)
            parsed.title = "Evaluation \(file)"
            parsed.office = "Office"
            parsed.periodStart = 2018
            parsed.periodEnd = 2021
            parsed.recommendations = categories.map { c in
                var r = ParsedRecommendation(text: "Do")
                r.responseCategory = c
                return r
            }
            parsed.recommendations[0].actions = statuses.map { s in
                var a = ParsedAction(text: "Act")
                a.status = s
                a.deadline = s == nil ? nil : CalendarDate(year: 2021, month: 1, day: 1)
                return a
            }
            return try RowAssembler.rows(for: parsed, sourceFile: file, sha256: file)
        }
        summary.add(try doc(.managementResponse, "a.txt", categories: ["Accepted", nil, "Agreed"],
                            statuses: ["Completed", "Overdue-Initiated", "No Longer Applicable", nil]))
        summary.add(try doc(.evaluationSummary, "b.txt", categories: [nil, nil], statuses: []))
        summary.add(try doc(.report, "c.txt", categories: [nil], statuses: []))
        XCTAssertEqual(summary.categories, ["Accepted": 1, RunSummary.noCategory: 1, "Agreed": 1])
        XCTAssertEqual(summary.withoutCategoryField, [.evaluationSummary: 2, .report: 1])
        let all = summary.implementation.rows[0].counts
        XCTAssertEqual([all.evaluations, all.recommendations, all.recommendationsWithoutActions, all.actions,
                        all.denominator, all.completed, all.overdue, all.withoutDeadline], [3, 6, 5, 4, 3, 1, 1, 1])
        XCTAssertEqual(summary.implementation.evaluations.map(\.source), ["a.txt", "b.txt", "c.txt"])
        XCTAssertEqual(summary.implementation.evaluations.map(\.period), ["2018-2021", "2018-2021", "2018-2021"])
    }

    func testTallyKeepsTheCountsAlonePastTheEvaluationsItLists() {
        func tally(keep: Int) -> ImplementationTally {
            var t = ImplementationTally(keep: keep)
            for (n, office) in ["A", "B", "A", nil].enumerated() {
                t.forgetWaiting()
                let e = t.add(.init(id: "ev-\(n)", title: "E\(n)", office: office, period: nil))
                t.recommendation(of: e, actions: 1)
                t.action(of: e, status: n == 2 ? "Completed" : "Ongoing", overdue: n == 1, hasDeadline: true)
            }
            t.forgetWaiting()
            return t
        }
        let all = tally(keep: .max), two = tally(keep: 2)
        XCTAssertEqual(two.evaluations.map(\.id), ["ev-0", "ev-1"])
        XCTAssertEqual(two.totals, all.totals)
        XCTAssertEqual(all.totals.map(\.office), [nil, "A", "B", nil])
        XCTAssertEqual(all.totals.map(\.counts.evaluations), [4, 2, 1, 1])
        XCTAssertEqual(all.totals[1].counts.completed, 1)
    }

    func testPageNamesWhenItWasMadeAndIsOtherwiseTheSame() {
        let made = ReportPage.made(Date(timeIntervalSince1970: 1_796_531_000), input: "in & out", version: "0.1.0")
        XCTAssertEqual(made, "<p class=\"made\">Made <time datetime=\"2026-12-06T04:23:20Z\">2026-12-06 04:23:20 UTC</time>"
            + " from <code>in &amp; out</code> by evaletl <span class=\"version\">0.1.0</span></p>\n")
    }
}
