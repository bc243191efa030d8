import Foundation
import XCTest
@testable import EvalETL

/// Deterministic mutations of the sample documents through extract and normalize:
/// every file becomes consistent rows or a reject with a reason, and every one is accounted for.
final class FuzzTests: XCTestCase {
    /// SplitMix64: small, seeded, the same sequence on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    }

    static func samples() throws -> [[UInt8]] {
        let dir = WorkDir.packageRoot + "/input"
        return try FileManager.default.contentsOfDirectory(atPath: dir).sorted().map {
            Array(FileManager.default.contents(atPath: dir + "/" + $0)!)
        }
    }

    /// One mutation of `bytes`, chosen by `rng`.
    static func mutate(_ bytes: [UInt8], _ rng: inout Random) -> [UInt8] {
        var b = bytes
        func lines() -> [[UInt8]] { b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init) }
        func join(_ ls: [[UInt8]]) -> [UInt8] { Array(ls.joined(separator: [0x0A])) }
        switch rng.below(9) {
        case 0: // byte flips
            for _ in 0..<(1 + rng.below(20)) where !b.isEmpty { b[rng.below(b.count)] ^= UInt8(1 << rng.below(8)) }
        case 1: // truncation
            b = Array(b.prefix(rng.below(b.count + 1)))
        case 2: // deleted lines
            var ls = lines()
            for _ in 0..<(1 + rng.below(10)) where !ls.isEmpty { ls.remove(at: rng.below(ls.count)) }
            b = join(ls)
        case 3: // repeated lines
            var ls = lines()
            for _ in 0..<(1 + rng.below(10)) where !ls.isEmpty {
                let i = rng.below(ls.count)
                ls.insert(contentsOf: Array(repeating: ls[i], count: 1 + rng.below(5)), at: i)
            }
            b = join(ls)
        case 4: // a huge line
            var ls = lines()
            let filler = Array("word ".utf8)
            let huge = Array((0..<(20_000 + rng.below(40_000))).map { filler[$0 % filler.count] })
            ls.insert(huge, at: rng.below(ls.count + 1))
            b = join(ls)
        case 5: // random HTML nesting
            let tags = ["<p>", "<ol>", "<li>", "</p>", "<div>", "</ol>", "<table><tr><td>", "<b>", "<!--", "<script>"]
            var html = Array("| | ".utf8)
            for _ in 0..<(1 + rng.below(3000)) { html += Array(tags[rng.below(tags.count)].utf8) }
            html += Array("1) text 2) more |".utf8)
            var ls = lines()
            ls.insert(html, at: rng.below(ls.count + 1))
            b = join(ls)
        case 6: // swapped lines
            var ls = lines()
            for _ in 0..<(1 + rng.below(10)) where ls.count > 1 { ls.swapAt(rng.below(ls.count), rng.below(ls.count)) }
            b = join(ls)
        case 7: // NULs, control characters and invalid UTF-8 sprinkled in
            for _ in 0..<(1 + rng.below(30)) {
                b.insert([0x00, 0x07, 0xFF, 0xC3, 0x1B][rng.below(5)], at: rng.below(b.count + 1))
            }
        default: // lines cut and spliced between documents
            var ls = lines()
            if !ls.isEmpty {
                let i = rng.below(ls.count)
                ls[i] = Array(ls[i].prefix(rng.below(ls[i].count + 1))) + Array(": 2016/13 Over due ".utf8)
            }
            b = join(ls)
        }
        return b
    }

    /// Work is bounded by count, not time: a runaway loop shows as a test that does not end.
    func testTenThousandMutationsEachBecomeConsistentRowsOrAReject() throws {
        let samples = try Self.samples()
        var rng = Random(state: 20_261_125)
        let extractor = Extractor(maxFileMB: 32)
        var outcomes = (rows: 0, rejects: 0)
        for i in 0..<10_000 {
            var bytes = samples[i % samples.count]
            for _ in 0..<(1 + rng.below(3)) { bytes = Self.mutate(bytes, &rng) }
            let source = SourceFile(relativePath: "fuzz-\(i).txt", path: "")
            let outcome: DocumentOutcome
            switch extractor.decode(source, bytes, sha256: Extractor.sha256Hex(bytes)) {
            case .failure(let row): outcome = .reject(row, [])
            case .success(let doc):
                var normalized = Normalizer.normalize(doc, parties: .shipped)
                outcome = Normalizer.assemble(taking: &normalized, sourceFile: source.relativePath, sha256: doc.sha256)
            }
            switch outcome {
            case .rows(let r):
                outcomes.rows += 1
                Self.assertConsistent(r, "fuzz-\(i).txt")
            case .reject(let r, _):
                outcomes.rejects += 1
                XCTAssertEqual(r.sourceFile, "fuzz-\(i).txt")
                XCTAssertFalse(r.reason.isEmpty)
            }
        }
        XCTAssertEqual(outcomes.rows + outcomes.rejects, 10_000)
        XCTAssertGreaterThan(outcomes.rows, 0)
        XCTAssertGreaterThan(outcomes.rejects, 0)
    }

    /// The rows of one document agree with each other: counts, ids, sequence numbers, parties.
    static func assertConsistent(_ r: DocumentRows, _ file: String) {
        let ev = r.rows(for: .evaluations)
        guard ev.count == 1 else { return XCTFail("\(file): \(ev.count) evaluation rows") }
        func column<C: TableColumns>(_ rows: [[Value]], _ c: C) -> [Value] { rows.map { $0[c.rawValue] } }
        let recs = r.rows(for: .recommendations), actions = r.rows(for: .actions)
        let evID = Value.string(r.evaluationID)
        XCTAssertEqual(ev[0][EvaluationColumn.evaluationID.rawValue], evID, file)
        XCTAssertEqual(ev[0][EvaluationColumn.sourceFile.rawValue], .string(file), file)
        XCTAssertEqual(ev[0][EvaluationColumn.recommendationCount.rawValue], .int(Int32(recs.count)), file)
        XCTAssertEqual(ev[0][EvaluationColumn.actionCount.rawValue], .int(Int32(actions.count)), file)
        XCTAssertEqual(column(recs, RecommendationColumn.seq), (0..<recs.count).map { .int(Int32($0 + 1)) }, file)
        XCTAssertEqual(Set(column(recs, RecommendationColumn.evaluationID) + column(actions, ActionColumn.evaluationID)),
                       recs.isEmpty ? [] : [evID], file)
        let recIDs = Set(column(recs, RecommendationColumn.recommendationID))
        XCTAssertEqual(recIDs.count, recs.count, "\(file): recommendation ids are distinct")
        XCTAssertTrue(Set(column(actions, ActionColumn.recommendationID)).isSubset(of: recIDs), file)
        XCTAssertEqual(column(recs, RecommendationColumn.actionCount).map { if case .int(let n) = $0 { Int(n) } else { -1 } }
                           .reduce(0, +), actions.count, file)
        let parties = Set(r.stakeholders.map { Value.string($0.id) })
        XCTAssertEqual(Set(column(r.rows(for: .stakeholderRoles), StakeholderRoleColumn.stakeholderID)), parties, file)
    }

    /// A folder of mutated documents through the whole pipeline: every file accounted for.
    func testMutatedCorpusIsAccountedFor() throws {
        let samples = try Self.samples()
        var rng = Random(state: 7)
        let wd = try WorkDir()
        for i in 0..<400 {
            try wd.write("input/m\(i).txt", Self.mutate(samples[i % samples.count], &rng))
        }
        let report = try wd.run(jobs: 4)
        XCTAssertEqual(report.filesSeen, 400)
        XCTAssertEqual(report.evaluations + report.rejected, 400)
        XCTAssertEqual(try wd.csv("evaluations").count + (try wd.csv("rejects").count), 400)
    }
}
