import XCTest
@testable import EvalETL

/// A title wrapped onto a second line (`PageChrome.continuesTitle`) is read whole by every kind that reads a title line.
final class TitleContinuationTests: XCTestCase {
    static let first = "Independent Interim Evaluation (IIE) Report: ILO Project “Promotion of Decent Work Opportunities for"
    static let second = "the Economic Empowerment of Vulnerable Segments of Society”"

    /// (kind, page with `TITLE` where the title goes): wrapped and unwrapped give the same title.
    func testWrappedAndUnwrappedTitlesAreTheSame() throws {
        let cases: [(DocumentKind, String)] = [
            (.report, "TITLE\n\nILO ran a pilot in Nepal with partners.\n"),
            (.iloSummary, "TITLE\n\nQUICK FACTS\n\nCountries: Pakistan\n\nEvaluation type: Project\n"),
            (.undpERCRecord, "TITLE\n\nReport Cover Image\nEvaluation Plan:\n2017-2020, Bangladesh\nEvaluation Type:\nMid Term Project\n"),
            (.undpERC, "TITLE\n\nEvaluation Plan:\n2017-2020, Bangladesh\nManagement Response:\nAccepted\n"),
            (.unWomenGATE, ": Pakistan\n: 2020 - 2020 , Pakistan (CO)\n: TITLE\n:\n: Pakistan\n:\n\nOverall comment.\n\n: Approved\n"),
        ]
        let whole = Self.first + " " + Self.second
        let years = Self.first + " 2019-2021"
        for (kind, page) in cases {
            for (title, want) in [(whole, whole), (Self.first + "\n" + Self.second, whole), (Self.first + "\n2019-2021", years)] {
                let text = page.replacingOccurrences(of: "TITLE", with: title)
                let doc = try kind.parser.parse(Document(sourceFile: "t.txt", sha256: "", text: text, kind: kind))
                XCTAssertEqual(doc.title, want, "\(kind.name): \(title)")
            }
        }
    }

    /// (title line, next lines, continues): a whole line, a subtitle, a sentence, a label or a heading is not continued.
    func testContinuesTitle() {
        let whole = Self.first + " " + Self.second
        let cases: [(String, String, Bool)] = [
            (Self.first, Self.second, true),
            (Self.first, "Project", true),
            (whole, "Component 1 and 2\n" + whole + " " + whole, false),        // a subtitle: the word would have fitted
            (Self.first, Self.second + " " + Self.first, false),                 // a paragraph: wider than the title line
            ("Joint UNDAF Evaluation", "Final Report", false),                   // short: ended where written
            (Self.first + ".", Self.second, false),                              // ends a sentence
            (Self.first, "", false),                                             // blank line between
            (Self.first, "QUICK FACTS", false),                                  // heading
            (Self.first, "Evaluation Type: Mid Term Project", false),            // field
            (Self.first, "Report Cover Image", false),                           // chrome
            (Self.first, "- a list item", false),                                // list item
            (Self.first, "2019-2021", true),                                     // the years of the title
        ]
        for (line, next, want) in cases {
            let page = (line + "\n" + next).split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(PageChrome.continuesTitle(page, at: 0), want, "\(line) / \(next)")
        }
    }
}
