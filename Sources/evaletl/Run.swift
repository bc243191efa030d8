import ArgumentParser
import Dispatch
import EvalETL
import Foundation
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `evaletl run`: the whole pipeline over the input folder.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run extract → normalize → load over the input folder.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "When another run is writing the same output folder, exit 75 at once instead of waiting for it.")
    var noWait = false

    @Flag(help: "Publish empty tables when the input folder holds no file (otherwise exit 1 and keep the previous output).")
    var allowEmpty = false

    func run() throws {
        Interrupt.install()
        var settings = options.settings()
        settings.waitForLock = !noWait
        settings.allowEmpty = allowEmpty
        let log = options.logger()
        System.tuneMalloc()
        let progress = isatty(2) == 1 && !options.quiet ? Progress() : nil
        let onProgress: @Sendable (Int, Int) -> Void = { done, total in
            progress?.update(done: done, total: total)
            if done == TestPause.documents { TestPause.wait(done) }
        }
        let pipeline = Pipeline(config: settings, isCancelled: { Interrupt.flag.load(ordering: .relaxed) },
                                onProgress: onProgress)
        let report: RunReport
        do {
            defer { progress?.clear() }
            report = try pipeline.run()
        } catch RunError.cancelled {
            fail("interrupted; the previous output in \(settings.output) is unchanged", .interrupted)
        } catch RunError.busy(let why) {
            fail(why, .busy)
        } catch RunError.usage(let why) {
            fail(why, .usage)
        } catch {
            fail("\(error)", .runFailed)
        }
        if report.upToDate {
            log.info("nothing changed since the last run; \(settings.output) left as it was")
        } else {
            // NB: a message repeated in one file is shown three times, then counted; run.json keeps each.
            for line in Diagnostic.terminalLines(report.warnings) { log.warning("\(line)") }
            let rows = TableSchema.all.map { "\($0.name) \(report.rows[$0.name] ?? 0)" }.joined(separator: ", ")
            log.info("""
                \(report.filesSeen) files: \(report.evaluations) evaluations, \(report.rejected) rejected \
                (\(report.documentsParsed) parsed, \(report.documentsReused) from cache); rows: \(rows); output in \(settings.output)
                """)
        }
        if report.rejected > 0 { throw ExitCode(Exit.rejects.rawValue) }
    }
}

/// A live progress line on a terminal: documents done of total, documents/s, time left.
final class Progress: Sendable {
    private let start = ContinuousClock.now
    private let last = Locked(ContinuousClock.now - .seconds(1))

    func update(done: Int, total: Int) {
        let now = ContinuousClock.now
        let due = last.withLock { l -> Bool in
            guard now - l >= .milliseconds(200) || done == total else { return false }
            l = now
            return true
        }
        guard due else { return }
        let elapsed = max(0.001, (now - start) / .seconds(1))
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Int(Double(total - done) / rate) : 0
        let seconds = left % 60 < 10 ? "0\(left % 60)" : "\(left % 60)"
        writeError("\r\(done)/\(total) documents, \(Int(rate)) documents/s, \(left / 60):\(seconds) left  ")
    }

    func clear() { writeError("\r\u{1B}[K") }
}

/// SIGINT and SIGTERM set a flag the pipeline checks between documents; a second one, or a run
/// still busy `grace` after the first (in one long document, or writing a large workbook), stops at once.
///
///     ^C     evaletl: stopping after the documents in hand (interrupt again to stop at once)   (on a terminal)
///     ^C     evaletl: interrupted again; stopped at once, the previous output is unchanged      exit 130
///
/// NB: the signals are blocked, then taken by a thread of their own with `sigwait`, so one
/// that arrives at any time after `install` stays pending until it is taken. A Dispatch
/// signal source registers a moment after `resume()`; with the signal ignored meanwhile,
/// a SIGTERM in that gap was lost and a run waiting for the output's lock never stopped.
/// Stopping at once ends the process where it is, as SIGKILL would, but never mid-swap
/// (`OutputDirectory.stopUnlessPublished`): the previous output stays whole, the next run removes
/// the staging folder, and a cache store left mid-transaction is found damaged and rebuilt.
enum Interrupt {
    static let flag = Atomic<Bool>(false)
    /// Signalled at each SIGINT or SIGTERM but the one that stops at once (`TestPause` waits for it).
    static let arrived = DispatchSemaphore(value: 0)
    /// How long a run may go on after the first signal (`timeout` and cron send one SIGTERM).
    static let grace = 10

    /// Call before any thread starts: threads made later inherit the blocked signals.
    static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for sig in [SIGINT, SIGTERM] { sigaddset(&signals, sig) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        Thread.detachNewThread { [signals] in
            var wanted = signals
            var sig: Int32 = 0
            while sigwait(&wanted, &sig) == 0 {
                if flag.exchange(true, ordering: .relaxed) { stopAtOnce("interrupted again"); continue }
                if isatty(2) == 1 { printError("\r\u{1B}[Kevaletl: stopping after the documents in hand (interrupt again to stop at once)") }
                DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(grace)) { stopAtOnce("still busy \(grace) s after the signal") }
                arrived.signal()
            }
        }
    }

    static func stopAtOnce(_ why: String) {
        OutputDirectory.stopUnlessPublished {
            printError("evaletl: \(why); stopped at once, the previous output is unchanged")
            _exit(Exit.interrupted.rawValue)
        }
    }
}

/// A test hook: `EVALETL_TEST_PAUSE_AFTER=N` stops a run once N documents are loaded.
///
///     $ EVALETL_TEST_PAUSE_AFTER=5 evaletl run --quiet &
///     paused after 5 documents                 (on stderr; the run then waits for SIGINT or SIGTERM)
///
/// With `EVALETL_TEST_PAUSE_SIGNALS=2` the pause outlasts the first signal, as a long document
/// would, and says so (`still busy after 1 signal`); a second signal, or `Interrupt.grace`, stops the run at once.
///
/// NB: so a test interrupts a run at a known point (tests/test_interrupts.py) instead of
/// after a sleep that a fast or a busy machine gets wrong. Read here, at the edge; unset, nothing changes.
enum TestPause {
    static let documents: Int? = number("EVALETL_TEST_PAUSE_AFTER")
    static let signals = number("EVALETL_TEST_PAUSE_SIGNALS") ?? 1

    static func number(_ name: String) -> Int? {
        guard let v = getenv(name) else { return nil }
        return Int(String(cString: v)).flatMap { $0 > 0 ? $0 : nil }
    }

    static func wait(_ n: Int) {
        printError("paused after \(n) documents")
        for taken in 1...signals {
            Interrupt.arrived.wait()
            if taken < signals { printError("still busy after \(taken) signal") }
        }
    }
}
