import XCTest
@testable import EvalETL

extension HTMLFragment {
    /// The text blocks of `html`, in reading order.
    static func blocks(_ html: Substring) -> [String] { parse(html).map(\.text) }
}

final class HTMLFragmentTests: XCTestCase {
    func testBlocks() {
        let rows: [(String, [String])] = [
            ("", []),
            ("<p></p>", []),
            ("plain text", ["plain text"]),
            ("<p>A</p> <p>B &amp; C</p>", ["A", "B & C"]),
            ("<p>one <b>bold</b> word</p>", ["one bold word"]),
            ("loose <p>para</p> tail", ["loose", "para", "tail"]),
            ("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", ["a", "b", "c"]),
            ("<p>unclosed <ol style=\"x\"> 1) a 2) b <p>next", ["unclosed", "1) a 2) b", "next"]),
            ("<p>x</p><script>evil()</script><style>p{}</style><p>y</p>", ["x", "y"]),
            ("<p>caf&eacute; &#8217; &lt;tag&gt;</p>", ["café ’ <tag>"]),
            ("<p>a<br>b</p>", ["a", "b"]),
            ("<!-- comment --><p>z</p>", ["z"]),
            ("<table><tr><td>r1c1</td><td>r1c2</td></tr></table>", ["r1c1", "r1c2"]),
            ("<p>\u{01}ctl</p>", ["ctl"]),
        ]
        for (html, want) in rows { XCTAssertEqual(HTMLFragment.blocks(Substring(html)), want, html) }
    }

    func testListItems() {
        let got = HTMLFragment.parse("<p>Head</p><ol><li><p>One</p></li><li>Two<ul><li>Two.a</li></ul></li></ol>tail")
        XCTAssertEqual(got, [
            .init("Head"), .init("One", isListItem: true), .init("Two", isListItem: true),
            .init("Two.a", isListItem: true), .init("tail"),
        ])
    }

    func testNoEntityOrNetworkLoading() {
        let html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>"
        let text = HTMLFragment.blocks(Substring(html)).joined(separator: " ")
        XCTAssertFalse(text.contains("root:"), text)
        let subset = "<!DOCTYPE html [<!ENTITY y \"INTERNAL\">]><p>&y; text</p>"
        XCTAssertEqual(HTMLFragment.blocks(Substring(html)), ["&x;"])
        XCTAssertEqual(HTMLFragment.blocks(Substring(subset)), ["&y; text"])
        XCTAssertEqual(HTMLFragment.blocks("<!doctype html><p>a</p>"), ["a"])
    }

    func testSampleCells() {
        let cell1 = "<p>Potential Impact and Likelihood of Sustainability</p> <p>12) Include a clear sustainability strategy.</p> <p>Gender and Disability Inclusion</p> <p>13) Include gender equality objectives.</p>"
        XCTAssertEqual(HTMLFragment.blocks(Substring(cell1)), [
            "Potential Impact and Likelihood of Sustainability", "12) Include a clear sustainability strategy.",
            "Gender and Disability Inclusion", "13) Include gender equality objectives.",
        ])
        let cell2 = "<p>LESSONS LEARNED</p> <p>Component 1 and 2</p> <ol style=\"list-style-type: none\"> 1) Coherence gives results. 2) Working takes time. <p>Component 3</p> <ol style=\"list-style-type: none\"> 1) The tripartite approach. 2) The participation is key."
        XCTAssertEqual(HTMLFragment.blocks(Substring(cell2)).flatMap(InlineNumbers.split), [
            "LESSONS LEARNED", "Component 1 and 2", "1) Coherence gives results.", "2) Working takes time.",
            "Component 3", "1) The tripartite approach.", "2) The participation is key.",
        ])
    }

    /// A whole page as the text a browser shows: a row a line of `|`-closed cells, `<p>` between blank
    /// lines, `<pre>` line by line, the head and scripts left out, a `<meta charset>` not decoded again.
    func testPageText() {
        let rows: [(String, String)] = [
            ("<!DOCTYPE html><html><head><title>T</title><script>x()</script></head><body><h2>Title</h2>"
                + "<table><tr><th>Key Action</th><th>Status</th></tr><tr><td>Do X<br>[Added: 2021/11/27]</td><td>Completed</td></tr></table></body></html>",
             "Title\nKey Action | Status |\nDo X\n[Added: 2021/11/27] | Completed |"),
            ("<html><body><p>One<br>two</p><p>Three</p>after</body></html>", "One\ntwo\n\nThree\n\nafter"),
            ("<html><body><pre>a  b\n\n\nc\n</pre></body></html>", "a b\n\nc"),
            ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Côte d’Ivoire – é</p></body></html>", "Côte d’Ivoire – é"),
            ("<html><body><ul><li>Baidarie working in Kailali</li><li><div>Title</div>Text</li></ul></body></html>",
             "- Baidarie working in Kailali\n-\nTitle\nText"),
        ]
        for (html, want) in rows {
            XCTAssertTrue(HTMLFragment.isPage(html), html)
            XCTAssertEqual(HTMLFragment.pageText(html).trimmingCharacters(in: .newlines), want, html)
        }
        XCTAssertFalse(HTMLFragment.isPage("Management Response\n<p>x</p>"))
        XCTAssertTrue(HTMLFragment.isPage("\n <?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html>"))
        XCTAssertTrue(HTMLFragment.isPage("<!-- saved from url=(0045)https://erc.undp.org/evaluation/1234 -->\n<html><body>x"))
        XCTAssertFalse(HTMLFragment.isPage("<!-- a note -->\nManagement Response\n"))
    }

    func testDeepAndHugeInputIsBounded() {
        let deep = String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000)
        let blocks = HTMLFragment.blocks(Substring(deep))
        XCTAssertLessThanOrEqual(blocks.count, 1)
        let unclosed = String(repeating: "<p><b><i>", count: 50_000) + "x"
        _ = HTMLFragment.blocks(Substring(unclosed))
        let huge = "<p>" + String(repeating: "word ", count: 400_000) + "</p>"
        let hugeBlocks = HTMLFragment.blocks(Substring(huge))
        XCTAssertEqual(hugeBlocks.count, 1)
        XCTAssertLessThanOrEqual(hugeBlocks[0].utf8.count, HTMLFragment.maxBytes)
        _ = HTMLFragment.blocks(Substring(String(decoding: (0..<4096).map { UInt8($0 % 256) }, as: UTF8.self)))
    }
}
