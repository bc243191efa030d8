import XCTest
@testable import EvalETL

final class DiagnosticTests: XCTestCase {
    private let late = "unknown action status 'Late', kept as written"

    private func warnings(_ file: String, lines: ClosedRange<Int>, _ message: String) -> [Diagnostic] {
        lines.map { Diagnostic(file: file, line: $0, .warning, message) }
    }

    func testDescriptionIsTheFormCompilersWrite() {
        XCTAssertEqual(Diagnostic(file: "a.txt", line: 41, .warning, late).description, "a.txt:41:1: warning: \(late)")
        XCTAssertEqual(Diagnostic(file: "a.txt", line: 0, .error, "rejected").description, "a.txt: error: rejected")
    }

    func testARepeatedMessageIsShownThreeTimesThenCounted() {
        let cases: [(name: String, diagnostics: [Diagnostic], lines: [String])] = [
            ("three: all shown", warnings("a.txt", lines: 1...3, late),
             (1...3).map { "a.txt:\($0):1: warning: \(late)" }),
            ("four: all shown, a count would save no line", warnings("a.txt", lines: 1...4, late),
             (1...4).map { "a.txt:\($0):1: warning: \(late)" }),
            ("20,000: three, then the fourth with the rest counted", warnings("big.txt", lines: 23...20022, late),
             (23...25).map { "big.txt:\($0):1: warning: \(late)" }
                + ["big.txt:26:1: warning: \(late) (and 19996 more times in this file, up to line 20022; run.json lists each)"]),
            ("per file and per message, in the order met",
             warnings("a.txt", lines: 1...5, late) + warnings("b.txt", lines: 1...2, late)
                + warnings("a.txt", lines: 9...9, "other"),
             (1...3).map { "a.txt:\($0):1: warning: \(late)" }
                + ["a.txt:4:1: warning: \(late) (and 1 more time in this file, up to line 5; run.json lists each)"]
                + ["b.txt:1:1: warning: \(late)", "b.txt:2:1: warning: \(late)", "a.txt:9:1: warning: other"]),
            ("whole-file warnings have no line to count up to",
             (1...5).map { _ in Diagnostic(file: "x.txt", line: 0, .warning, "cut") },
             Array(repeating: "x.txt: warning: cut", count: 3)
                + ["x.txt: warning: cut (and 1 more time in this file; run.json lists each)"]),
        ]
        for c in cases {
            XCTAssertEqual(Diagnostic.terminalLines(c.diagnostics), c.lines, c.name)
        }
    }
}
