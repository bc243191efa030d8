import XCTest
@testable import EvalETL

final class DocumentLinesTests: XCTestCase {
    func testSplitLines() {
        let cases: [(String, [String])] = [
            ("", [""]), ("a", ["a"]), ("a\n", ["a", ""]), ("\n", ["", ""]),
            ("a\nb\n\nc", ["a", "b", "", "c"]), ("é\n😀x\ne\u{301}", ["é", "😀x", "e\u{301}"]),
        ]
        for (text, lines) in cases {
            XCTAssertEqual(Document.splitLines(text).map(String.init), lines, text.debugDescription)
        }
    }

    func testKindDetectionKeepsMarkedLines() {
        let cases: [(String, DocType)] = [
            ("Management Response\n: 2020 - 2020 , Pakistan (CO)\nRecommendation: x", .managementResponse),
            ("  management RESPONSE\nKey Actions\n", .managementResponse),
            ("quick facts\nDC Symbol: X\nTechnical Office: Y", .evaluationSummary),
            ("Final evaluation of an ILO project\nText", .evaluationSummary),
            // The title names the ILO as a word of its own, not as bytes inside one (`Pilot`).
            ("Strategic Evaluation of the Pilot Country Strategic Plans\nText", .report),
            ("Independent evaluation of the ILO’s strategy (ILO/UNDP)\nText", .evaluationSummary),
            ("Evaluation of the International Labour Organization's support\nText", .evaluationSummary),
            // A title naming evaluations only, in the plural, is a synthesis of them: a report.
            ("Decent work results of ILO projects: a meta-analysis of project evaluations 2013-2016\nText", .report),
            ("\u{212A}ey Actions\nRecommendation: a", .managementResponse),
            // `Recommendation:` lines back GATE's own cues, never alone: a digest's recommendation blocks are no response.
            ("Recommendation: Brief the office.\nManagement Response: Agreed.", .managementResponse),
            ("Lessons from evaluations, 2003-2013\n2.1 Policy\nRecommendation: Align.\nReference: ILO, 2014.\n"
                + "2.2 Groups\nRecommendation: Organise.\nRecommendation: Test.", .report),
            // GATE's key action table saved a cell a line, the page cut above its first block.
            ("|\nResponsible |\nDeadline |\nStatus |\nComments |\nHold the forum. |\nCO |\n2026/12\n|\nInitiated\n|\nDone. |", .managementResponse),
            ("Some report\nwith text", .report),
        ]
        for (text, kind) in cases {
            // NB: the text is NFC, as extract makes it (U+212A KELVIN SIGN is a K).
            XCTAssertEqual(KindDetector.detect(lines: Document.splitLines(NFC.normalize(text))).docType, kind, text)
        }
    }

    /// A cue's `withinFirst` counts lines of content: blank lines and a web page's chrome above
    /// its heading push the heading down no line.
    func testCuesNearTheTopCountLinesOfContent() {
        let cases: [(String, String)] = [
            ("Home\nSkip to main content\nSearch\n\nLessons learned\n-\nFinal evaluation of X\nLesson.", "ilo_lessons"),
            ("\n\nMenu\nHome\n\n\nManagement Response\n\n: 2020 - 2020 , Pakistan (CO)\n: Title", "un_women_gate"),
            // Cues read lines folded: a justified export's heading is the heading.
            ("Lessons  learned\n-\nFinal  evaluation of X\nLesson.", "ilo_lessons"),
            ("Joint  Evaluation\nCommissioning  Unit:  Fiji\n", "undp_erc"),
            // The fourth line of content is no page heading, chrome or not above it.
            ("Home\nWorkshop report\nIntro\n\nMore\nLessons learned\n-\nText", "report"),
            // A `# source:` line names no kind: the title under it decides.
            ("# source: http://www.ilo.org/eval/Evaluationreports/index.htm\nEvaluation reports\n\n1. A (Final Evaluation Summary)", "report"),
        ]
        for (text, kind) in cases {
            XCTAssertEqual(KindDetector.detect(lines: Document.splitLines(text)).name, kind, text)
        }
    }

    func testEveryKindIsFoundByItsName() {
        let names = DocumentKind.all.map(\.name)
        XCTAssertEqual(Set(names).count, names.count, "kind names are unique: \(names)")
        for kind in DocumentKind.all { XCTAssertEqual(DocumentKind.named(kind.name)?.name, kind.name) }
        XCTAssertNil(DocumentKind.named("no such kind"))
        XCTAssertEqual(DocumentKind.all.last?.name, DocumentKind.report.name, "report is what no other kind claims")
    }
}
