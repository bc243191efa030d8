/// Folding white space: every run of white space (`Scalars.whitespaceWidth`) one space, ends trimmed.
///
///     ByteText.fold("  Key \u{A0}  Words ")             == bytes("Key Words")
///     ByteText.fold(bytes("Key Words"))                 // the same bytes, no copy
///     ByteText.withUTF8("a  b", ByteText.isFolded)      == false
extension ByteText {
    /// The bytes of `s` folded (`Text.fold`).
    static func fold<S: StringProtocol>(_ s: S) -> Bytes {
        withUTF8(s) { folded($0) }
    }

    /// `b` folded; bytes that are folded already come back as they are, without a copy.
    static func fold(_ b: Bytes) -> Bytes {
        let t = trimmingSpaces(b)
        return t.withUnsafeBufferPointer(isFolded) ? t : folded(t)
    }

    /// `body` over the bytes of `s` folded (`Text.fold`): its own bytes when they are folded
    /// already, else a folded copy on the stack.
    static func withFolded<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUTF8(s) { withFolded($0, body) }
    }

    /// `body` over `b` folded (`withFolded` of a string).
    static func withFolded<R>(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isFolded(b) { return body(b) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { out in
            body(UnsafeBufferPointer(rebasing: out[..<fold(b, into: out)]))
        }
    }

    /// `body` over the lookup key of a label (`Text.labelKey`), without building its string.
    ///
    /// NB: the bytes are folded and lower-cased in place (`withFolded`, `withLowercased`),
    /// then the trailing colons and spaces are left out.
    static func withLabelKey<S: StringProtocol, R>(_ label: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUTF8(label) { withLabelKey($0, body) }
    }

    /// `withLabelKey` of a label's bytes.
    static func withLabelKey<R>(_ label: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withFolded(label) { folded in
            withLowercased(folded) { l in
                var n = l.count
                while n > 0, l[n - 1] == UInt8(ascii: ":") || l[n - 1] == 0x20 { n -= 1 }
                return body(UnsafeBufferPointer(rebasing: l[..<n]))
            }
        }
    }

    /// `b` folded into new bytes.
    private static func folded<C: RandomAccessCollection<UInt8>>(_ b: C) -> Bytes where C.Index == Int {
        // NB: `Array(unsafeUninitializedCapacity: 0)` stores its count into the one
        // shared empty array, a write other threads race with (ThreadSanitizer says so).
        guard !b.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: b.count) { out, count in count = fold(b, into: out) }[...]
    }

    /// `b` folded (every white-space run one space, ends trimmed) into `out`, which has room
    /// for `b.count` bytes; returns how many bytes it wrote.
    ///
    /// NB: the one folding loop: `Text.fold` and `fold` write through it.
    @inline(__always)
    static func fold<C: RandomAccessCollection<UInt8>>(_ b: C, into out: UnsafeMutableBufferPointer<UInt8>) -> Int
    where C.Index == Int {
        var o = 0
        var i = b.startIndex
        var pendingSpace = false
        while i < b.endIndex {
            let width = Scalars.whitespaceWidth(b, at: i)
            if width > 0 {
                pendingSpace = o > 0
                i += width
                continue
            }
            if pendingSpace { out[o] = 0x20; o += 1; pendingSpace = false }
            out[o] = b[i]
            o += 1
            i += 1
        }
        return o
    }

    /// No white space but single spaces between other bytes: `fold` would change nothing.
    static func isFolded(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last, let base = b.baseAddress else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previousSpace = false
        var i = 0
        let n = b.count
        while i < n {
            // NB: eight bytes at a time while they hold no control and no non-ASCII byte,
            // so only doubled spaces need looking for.
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if zeroMask(x & 0xE0E0_E0E0_E0E0_E0E0) | (x & 0x8080_8080_8080_8080) == 0 {
                    let spaces = zeroMask(x ^ 0x2020_2020_2020_2020)
                    if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                    previousSpace = spaces >> 63 != 0
                    i += 8
                    continue
                }
            }
            for j in i..<min(i + 8, n) {
                let c = b[j]
                if c == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if Scalars.whitespaceWidth(b, at: j) > 0 { return false }
            }
            i += 8
        }
        return true
    }

    /// A piece of folded text without the spaces at its ends.
    ///
    /// NB: folded text has no white space but single spaces between other bytes, so a
    /// piece of it can be off only at its ends; no pass over the piece, no copy.
    static func trimmingSpaces(_ b: Bytes) -> Bytes {
        var t = b
        while t.first == 0x20 { t.removeFirst() }
        while t.last == 0x20 { t.removeLast() }
        return t
    }
}
