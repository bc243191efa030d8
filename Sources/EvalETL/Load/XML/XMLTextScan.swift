/// One pass over a text's UTF-8 bytes saying what an XML writer must do with it.
///
///     XMLTextScan("plain text").isPlain          == true    // copy the bytes as they are
///     XMLTextScan("Tom & Jerry").needsEscaping   == true    // through xmlEncodeSpecialChars
///     XMLTextScan("a\u{1}b").mayHoldForbidden    == true    // through XMLText.sanitize first
///     XMLTextScan("a\nbc", widthCap: 50).width   == 2       // longest line, in scalars
///
/// NB: the writers used to scan every string twice (sanitize, then escape); one
/// pass answers both, made once per text when the rows are laid out (`TextFacts`).
struct XMLTextScan {
    /// The text's facts (`TextFacts`), of which XML reads escaping, suspect bytes, line breaks and ASCII.
    let facts: TextFacts
    /// Scalars on the longest line, capped at `widthCap` (0 when not asked for).
    private(set) var width = 0

    var needsEscaping: Bool { facts.contains(.xmlEscape) }
    /// Whether `XMLText.sanitize` may change the text (a suspect byte is not always forbidden).
    var mayHoldForbidden: Bool { facts.contains(.suspect) }
    var hasNewline: Bool { facts.contains(.newline) }
    var isASCII: Bool { !facts.contains(.nonASCII) }
    var isPlain: Bool { facts.isDisjoint(with: [.xmlEscape, .suspect, .newline]) }

    init(_ s: String) {
        self.init(facts: TextFacts(s))
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(facts: TextFacts(bytes))
    }

    /// The answers of a scan already made (a `RowBatch` cell's).
    init(facts: TextFacts) {
        self.facts = facts
    }

    /// Also measures the longest line, in scalars up to `cap` (a workbook column's width).
    init(_ bytes: UnsafeBufferPointer<UInt8>, widthCap cap: Int) {
        self.init(bytes, facts: TextFacts(bytes), widthCap: cap)
    }

    /// `init(_:widthCap:)` with the facts of a scan already made.
    init(_ bytes: UnsafeBufferPointer<UInt8>, facts: TextFacts, widthCap cap: Int) {
        self.init(facts: facts)
        if !hasNewline && isASCII {
            // NB: one line of ASCII, as nearly every text is: a scalar a byte.
            width = min(bytes.count, cap)
            return
        }
        var longest = 0
        var current = 0
        for b in bytes where longest < cap {
            if b == 0x0A {
                current = 0
            } else if b & 0xC0 != 0x80 {  // NB: every byte but a continuation byte starts a scalar
                current += 1
                longest = max(longest, current)
            }
        }
        width = min(longest, cap)
    }
}
