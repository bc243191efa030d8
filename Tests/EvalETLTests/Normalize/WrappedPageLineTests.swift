import XCTest
@testable import EvalETL

/// A line wrapped onto the next by an e-mail client or a PDF-to-text export is read whole on a UNDP ERC
/// page's key actions (`ERCResponseParser.unwrapped`), a report (`ReportParser.unwrapped`) and an i-eval
/// lessons list's titles (`ILOLessonsParser.titleLines`), each asking `PageChrome.fillsWidth` whether the
/// line above was wrapped and its own line classes whether the line below opens something new.
/// Each page is its own width: its widest line of several words.
final class WrappedPageLineTests: XCTestCase {
    /// (key-action lines from the first, the text they read as, the lines read).
    func testERCKeyActionLinesJoined() {
        let cells = "UN Agencies and UNDAF ME TWG 2010/07 Completed A consideration during"
        let action = "Consider inclusion of specific regional results for next cycle, taking"
        let cases: [([String], String, Int)] = [
            // A cells row's comments wrapped onto the next line; the next action's text starts after them.
            ([cells, "UNDAF 2013-2017 development process", "Prepare 2022 AWP and undertake other complementary development and",
              "project sustainability activities", "[Added: 2010/09/03]"],
             cells + " UNDAF 2013-2017 development process", 2),
            // An action's text wrapped, then its cells row.
            ([action, "into account PP or successor", "PMU and UNDP 2012/02 Ongoing"], action + " into account PP or successor", 2),
            // Not joined: a cells row with a status, stamps, a recommendation, a blank line.
            ([action, "PMU and UNDP 2012/02 Ongoing"], action, 1),
            ([action, "[Added: 2010/09/03] [Last Updated: 2010/10/01]"], action, 1),
            ([action, "2. Recommendation: The UN should develop a number of key"], action, 1),
            ([action, "", "into account PP or successor"], action, 1),
            // Not joined: the lines run up to an action's stamps, so they are that action's text.
            (["WHO No due date No deadline established No action will be taken", "Undertake the remaining Integrated Landscape Management project",
              "activities", "[Added: 2025/01/21]"], "WHO No due date No deadline established No action will be taken", 1),
            // Not joined: a piped row closed by `|`, a short line, a line the next word fitted on.
            (["Programme Officer-NUER project | 2015/03 | Overdue | NURD meetings History | |", "1.2 Consider inclusion of"],
             "Programme Officer-NUER project | 2015/03 | Overdue | NURD meetings History | |", 1),
            (["PMU and UNDP 2012/02 Ongoing Action completed", "Prepare 2022 AWP"], "PMU and UNDP 2012/02 Ongoing Action completed", 1),
            ([cells, "UNDAF " + cells], cells, 1),
        ]
        for (lines, want, end) in cases {
            let page = lines.map { Substring($0) }
            guard case .text(let t) = ERCLine.classify(page[0]) else { return XCTFail("not a text line: \(lines[0])") }
            let got = ERCResponseParser.unwrapped(t, page, at: 0, widest: PageChrome.widestLine(page))
            XCTAssertEqual(String(got.text), want, lines.joined(separator: " / "))
            XCTAssertEqual(got.end, end, lines.joined(separator: " / "))
        }
    }

    /// (lines of a report under its title, the lines they read as): a bullet takes one wrapped line at most.
    func testReportLinesJoined() {
        let paragraph = ["Under One-UN Project “Towards Gender Parity in Pakistan (TGP)”, ILO and",
                         "UN-Women have jointly initiated five pilot projects to provide",
                         "“integrated support to Home-Based Workers” in different sectors and",
                         "geographic locations. The “Experience Sharing and Advocacy Workshop” was"]
        let underList = ["• Rahnuma-FPAP working in District Faisalabad with Quilt / Pillow-cover makers",
                         "ILO and UN-Women have jointly initiated a pilot program for “Integrated Support",
                         "to Home-Based Workers (HBW) in Pakistan” covering nine areas of “Decent Work",
                         "Deficits” for HBWs – as mentioned in ILO Convention 177. Purpose of this pilot"]
        let bullet = "• Baidarie working in District Faisalabad with Football-Stitching community and"
        let cases: [([String], [String])] = [
            (paragraph, [paragraph.joined(separator: " ")]),
            ([bullet, "stitchers", bullet], [bullet + " stitchers", bullet]),
            (["• HomeNet Pakistan working in District Peshawar with Bamboo-Curtains and other", "(Chik) makers"],
             ["• HomeNet Pakistan working in District Peshawar with Bamboo-Curtains and other (Chik) makers"]),
            // Not joined: a paragraph under the list, its lines as wide as the page; the next bullet; a blank line.
            (underList, underList),
            ([bullet, bullet], [bullet, bullet]),
            ([bullet, "", "stitchers"], [bullet, "", "stitchers"]),
        ]
        for (lines, want) in cases {
            let page = lines.map { Substring($0) }
            XCTAssertEqual(ReportParser.unwrapped(page, SummarySource.unwrapped(page, from: 0)).map(String.init), want, lines.joined(separator: " / "))
        }
    }

    /// (a part of a lessons list, the lines its evaluation's title holds).
    func testLessonTitleLines() {
        let title = "Technical Cooperation Project for the State of Qatar – Phase 2 - Final"
        let lesson = ["The hosting of the World Cup had several effects on the project, which",
                      "sometimes pulled in different directions. On the one side it raised"]
        let cases: [([String], Int)] = [
            ([title, "evaluation"] + lesson, 2),
            // The lesson starts under a title of one line: its first line fills the width in turn.
            ([title] + lesson, 1),
            // A title that ends a sentence, a short one, one with nothing under its second line.
            ([title + ".", "evaluation"] + lesson, 1),
            (["Final evaluation", "evaluation"] + lesson, 1),
            ([title, "evaluation"], 1),
        ]
        for (lines, want) in cases {
            let part = lines.map { Substring($0) }
            XCTAssertEqual(ILOLessonsParser.titleLines(part, widest: PageChrome.widestLine(part)), want, lines.joined(separator: " / "))
        }
    }
}
