import Foundation
import XCTest
@testable import EvalETL

/// Pages that are no evaluation document, each with the reason its reject gives; evaluations in prose pass.
final class NotAnEvaluationTests: XCTestCase {
    func testReasons() {
        let rows: [(String, String?)] = [
            ("Home\nAbout us\nEvaluations\nSearch\nContact\nResources", "only site navigation"),
            ("Success message\nerror message\nShare", "only page chrome, no content"),
            // A saved site's menus, its chrome beside them: office names run to a dozen words, no sentence ends.
            ("Search\nLogin\nToggle navigation\nEvaluations by Regions\nRegional Office for East and Southern Africa (Kenya)\n(RO)\n"
                + "Multi-Country Office for India, Bhutan, Maldives, and Sri Lanka\n(MCO)\nKenya\n(CO)", "only site navigation"),
            ("Search\nRegional Office for East and Southern Africa (Kenya)\nThe office closed the evaluation in 2019.\nKenya", nil),
            ("Hello world", "prose that names no evaluation"),
            ("Frequently Asked Questions\n\nAccess to ERC\n\n1. Do I need a password to view an evaluation report?\n"
                + "2. What is an evaluation plan?", "a page of the site (Frequently Asked Questions), no evaluation"),
            ("Hello world. This page has nothing to say about anything at all, really nothing.", "prose that names no evaluation"),
            ("Evaluations\nFinal evaluation of the water project, Kenya\nMid-term review of the justice programme\n"
                + "Evaluation of the UNDAF 2012-2016, Fiji\nTerminal evaluation of the GEF forest project", "a listing of 4 evaluations"),
            // A listing that credits each evaluation's consultants on a line of its own counts the evaluations, not the lines.
            ("Evaluation reports\n1. Decent jobs in the garment sector (Final Evaluation Summary)\n14 April 2016\n"
                + "Project: GLO/14/27/NET - Evaluation Consultant: Maria Lopez\n2. Thematic Funding for 2014-2015 (Final Evaluation Summary)\n"
                + "01 March 2016\nProject: GLO/14/67/SID - Evaluation Consultant: Peter Novak\n"
                + "3. Rural roads maintenance - (Midterm Evaluation Summary)\n18 February 2016\n"
                + "Project TIM/11/01/EEC - Evaluation consultants: Ian Mercer (Team Leader)\n4. Gender Action Plan 2010-15 (Full Report)\n"
                + "09 February 2016\nEvaluation consultant: Ana Ruiz", "a listing of 4 evaluations"),
            // A listing with a paragraph under each title dates each one.
            ("Evaluation reports\n\n2020\n\n1. High-level independent evaluation of the Decent Work Programme in the Andean countries\n\n"
                + "29 October 2020\n\nThe purpose of the evaluation is to determine how well the Andean countries achieved the outcomes "
                + "laid out in their action programmes, how the work was organized, and what it left behind for the countries.\n\n"
                + "2. High-level independent evaluation of research and knowledge management, 2010-2019\n\n22 October 2020\n\n"
                + "This report presents the findings of the high-level evaluation of the strategies and approaches to research in the office.\n\n"
                + "3. Annual evaluation report 2019-20\n\n20 October 2020\n\nThis year in review reflects on the progress made in the "
                + "evaluation strategy, and on what the evaluations of the year found about the office's work and results.", "a listing of 3 evaluations"),
            ("Management response template\nEvaluation title:\nRecommendation 1: [Insert recommendation]\n"
                + "Management response: [Insert response]\nKey action:\nResponsible unit:\nTimeframe:", "an empty template"),
            (String(repeating: "Ã¿Ð\u{A4}ö¤Â\u{80}Ÿ«»±", count: 20), "no readable text (random bytes?)"),
            ("Report on the field monitoring mission: women's shelters\n\nThe mission visited four shelters in Sindh "
                + "and met their staff and residents over two weeks.", nil),
            ("Final evaluation of the project\nThe evaluation found that the project met most of its targets.", nil),
            // NB: exports that write NBSP for every space are still prose, not a menu or random bytes.
            (("Report on the workshop\n\nThe workshop met in Sialkot to share what the pilot learned over two years.\n"
                + "Partners spoke about their work.\nThe report closes with lessons.").replacingOccurrences(of: " ", with: "\u{A0}"), nil),
        ]
        for (text, want) in rows {
            XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(text)), want, text)
        }
    }

    /// A table of contents' dot leaders, `____` rules and `----` lines are no random bytes: a run of one
    /// repeated mark counts as no character at all.
    func testLeadersAndRulesAreNoRandomBytes() {
        let leader = String(repeating: ".", count: 90)
        let toc = "Final evaluation of the school meals programme\n\nTable of Contents\n"
            + "1. Background \(leader) 1\n1.1. Introduction \(leader) 1\n1.2. Context \(leader) 2\n"
            + "2. Reason for the Evaluation \(leader) 5\n" + String(repeating: "_", count: 80) + "\n"
            + String(repeating: "-", count: 80) + "\n3. Scope \(leader) 7\n"
            + "The evaluation found that the programme reached most schools in the four districts it served, "
            + "and that attendance rose where the meals came every day."
        XCTAssertNil(NotAnEvaluation.reason(Document.splitLines(toc)))
        // Random bytes stay random, leaders among them or not.
        XCTAssertEqual(NotAnEvaluation.reason(Document.splitLines(String(repeating: "Ã¿Ð\u{A4}ö¤Â\u{80}Ÿ«»±....", count: 20))),
                       "no readable text (random bytes?)")
        let rows: [(String, Int, Int?)] = [
            ("Background ..... 1", 11, 5), ("e.g. x", 1, nil), ("x ___ y", 2, 3), ("a……… b", 1, 9), ("aaaa", 0, nil), ("-- x", 0, nil),
        ]
        for (line, at, want) in rows {
            let got = Array(line.utf8).withUnsafeBufferPointer { NotAnEvaluation.leaderRun($0, at: at, width: Scalars.decode($0, at: at).width) }
            XCTAssertEqual(got, want, line)
        }
    }

    /// Words split at any space: ASCII spaces and tabs, and the NBSP and other spaces exports write.
    func testWordCount() {
        let rows: [(Substring, Int)] = [
            ("", 0), ("Home", 1), ("Home  About us", 3), ("a\tb c", 3), ("Home\u{A0}About\u{A0}us", 3),
            ("\u{3000}x\u{2003}y ", 2), ("évaluation réussie", 2), ("x\u{301} y", 2),
        ]
        for (line, words) in rows { XCTAssertEqual(NotAnEvaluation.wordCount(line), words, line.debugDescription) }
    }

    func testChromeIsNeverATitle() {
        let rows: [(String, Bool)] = [
            ("Success message", true), ("error message", true), ("warn message", true), ("Report Cover Image", true),
            ("Share", true), ("Download document TOR.pdf", true), ("# source: https://x", true),
            ("Go to ILO main website", true), ("Joint UNDAF Evaluation", false), ("Sharing lessons", false), ("", false),
        ]
        for (line, chrome) in rows { XCTAssertEqual(PageChrome.isChrome(line), chrome, line) }
        let doc = Document(sourceFile: "r.txt", sha256: "", text: "Success message\nShare\nReport on the evaluation of X\n\n"
                           + "The evaluation of X looked at the work done in the last five years across the region.")
        XCTAssertEqual(try ReportParser().parse(doc).title, "Report on the evaluation of X")
    }

    /// The title line of an ILO summary or a report: the first that is no chrome, footer or masthead.
    func testTitleIndex() {
        let rows: [(String, Int?)] = [
            ("Share\nPage 1 of 3\nILO EVALUATION\nFinal evaluation of X", 3),
            ("12\n\nReport on X", 2), ("**EVALUATION SUMMARY**\nReport on X", 1), ("ILO evaluation of X", 0),
            ("", nil), ("Success message\n\n© ILO 2011", nil),
        ]
        for (text, want) in rows {
            XCTAssertEqual(PageChrome.titleIndex(text.split(separator: "\n", omittingEmptySubsequences: false)), want, text)
        }
        for text in ["Page 1 of 3\nFinal evaluation of X\n\nThe evaluation of X looked at the work of five years.",
                     "ILO EVALUATION\nFinal evaluation of X\n\nThe evaluation of X looked at the work of five years."] {
            let report = try? ReportParser().parse(Document(sourceFile: "r.txt", sha256: "", text: text))
            let summary = try? EvaluationSummaryParser().parse(Document(sourceFile: "s.txt", sha256: "", text: text))
            XCTAssertEqual(report?.title, "Final evaluation of X", text)
            XCTAssertEqual(summary?.title, "Final evaluation of X", text)
        }
    }
}
