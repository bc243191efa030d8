/// One pass over a text's UTF-8 bytes saying what an XML writer must do with it.
///
///     XMLTextScan("plain text").isPlain          == true    // copy the bytes as they are
///     XMLTextScan("Tom & Jerry").needsEscaping   == true    // through xmlEncodeSpecialChars
///     XMLTextScan("a\u{1}b").mayHoldForbidden    == true    // through XMLText.sanitize first
///     XMLTextScan("a\nbc", widthCap: 50).width   == 2       // longest line, in scalars
///
/// NB: the writers used to scan every string twice (sanitize, then escape); one
/// table lookup per byte answers both, and nearly every string is plain.
struct XMLTextScan {
    /// `<` `>` `&` `"` CR: bytes libxml2's `xmlEncodeSpecialChars` rewrites (NUL: it ends a C string).
    static let escape: UInt8 = 1
    /// C0 controls but tab, LF, CR; and 0xEF, which starts U+FFFE and U+FFFF.
    static let suspect: UInt8 = 2
    static let newline: UInt8 = 4

    /// The classes of each byte value.
    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x00: return escape | suspect
        case 0x0A: return newline
        case 0x09: return 0
        case 0x0D, 0x22, 0x26, 0x3C, 0x3E: return escape
        case 0x01...0x1F, 0xEF: return suspect
        default: return 0
        }
    }

    /// Every class some byte of the text has.
    private(set) var found: UInt8 = 0
    /// Scalars on the longest line, capped at `widthCap` (0 when not asked for).
    private(set) var width = 0

    var needsEscaping: Bool { found & Self.escape != 0 }
    /// Whether `XMLText.sanitize` may change the text (a suspect byte is not always forbidden).
    var mayHoldForbidden: Bool { found & Self.suspect != 0 }
    var hasNewline: Bool { found & Self.newline != 0 }
    var isPlain: Bool { found == 0 }

    init(_ s: String) {
        var s = s
        self = s.withUTF8 { XMLTextScan($0) }
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        found = Self.classes.withUnsafeBufferPointer { Self.classify(bytes, from: 0, table: $0) }
    }

    /// Also measures the longest line as `WorkbookCell.displayWidth` does.
    init(_ bytes: UnsafeBufferPointer<UInt8>, widthCap cap: Int) {
        var longest = 0
        var current = 0
        var i = 0
        var found: UInt8 = 0
        Self.classes.withUnsafeBufferPointer { table in
            while i < bytes.count && longest < cap {
                let b = bytes[i]
                found |= table[Int(b)]
                i += 1
                if b == 0x0A {
                    current = 0
                } else if b & 0xC0 != 0x80 {  // NB: every byte but a continuation byte starts a scalar
                    current += 1
                    longest = max(longest, current)
                }
            }
            // NB: past the cap only the classes are left to find.
            found |= Self.classify(bytes, from: i, table: table)
        }
        self.found = found
        width = min(longest, cap)
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                 table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var found: UInt8 = 0
        for i in start..<bytes.count { found |= table[Int(bytes[i])] }
        return found
    }
}
