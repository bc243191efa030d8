/// One pass over a text's UTF-8 bytes saying what an XML writer must do with it.
///
///     XMLTextScan("plain text").isPlain          == true    // copy the bytes as they are
///     XMLTextScan("Tom & Jerry").needsEscaping   == true    // through xmlEncodeSpecialChars
///     XMLTextScan("a\u{1}b").mayHoldForbidden    == true    // through XMLText.sanitize first
///     XMLTextScan("a\nbc", widthCap: 50).width   == 2       // longest line, in scalars
///
/// NB: the writers used to scan every string twice (sanitize, then escape); one
/// pass answers both.
struct XMLTextScan {
    /// `<` `>` `&` `"` CR: bytes libxml2's `xmlEncodeSpecialChars` rewrites (NUL: it ends a C string).
    static let escape: UInt8 = 1
    /// C0 controls but tab, LF, CR; and 0xEF, which starts U+FFFE and U+FFFF.
    static let suspect: UInt8 = 2
    static let newline: UInt8 = 4

    /// Every class some byte of the text has.
    private(set) var found: UInt8 = 0
    /// Scalars on the longest line, capped at `widthCap` (0 when not asked for).
    private(set) var width = 0
    /// Whether every byte is ASCII.
    private(set) var isASCII = true

    var needsEscaping: Bool { found & Self.escape != 0 }
    /// Whether `XMLText.sanitize` may change the text (a suspect byte is not always forbidden).
    var mayHoldForbidden: Bool { found & Self.suspect != 0 }
    var hasNewline: Bool { found & Self.newline != 0 }
    var isPlain: Bool { found == 0 }

    init(_ s: String) {
        var s = s
        self = s.withUTF8 { XMLTextScan($0) }
    }

    /// NB: one pass of bit operations without branches, which the compiler turns into
    /// checks of 16 bytes per instruction.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var escape: UInt8 = 0, suspect: UInt8 = 0, newline: UInt8 = 0, high: UInt8 = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            let nul: UInt8 = b == 0x00 ? 1 : 0
            let lf: UInt8 = b == 0x0A ? 1 : 0
            let cr: UInt8 = b == 0x0D ? 1 : 0
            let quoteOrAmp: UInt8 = (b | 0x04) == 0x26 ? 1 : 0     // 0x22 `"`, 0x26 `&`
            let angle: UInt8 = (b | 0x02) == 0x3E ? 1 : 0          // 0x3C `<`, 0x3E `>`
            let control: UInt8 = b < 0x20 ? 1 : 0
            let tab: UInt8 = b == 0x09 ? 1 : 0
            let ef: UInt8 = b == 0xEF ? 1 : 0
            escape |= nul | cr | quoteOrAmp | angle
            suspect |= (control & ~(tab | lf | cr)) | ef
            newline |= lf
            high |= b & 0x80
        }
        found = (escape != 0 ? Self.escape : 0) | (suspect != 0 ? Self.suspect : 0) | (newline != 0 ? Self.newline : 0)
        isASCII = high == 0
    }

    /// Also measures the longest line as `WorkbookCell.displayWidth` does.
    init(_ bytes: UnsafeBufferPointer<UInt8>, widthCap cap: Int) {
        self.init(bytes)
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
