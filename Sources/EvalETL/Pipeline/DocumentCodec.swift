/// A `NormalizedDocument` as compact bytes for the document cache, and back:
/// every field in declaration order, strings as length and UTF-8, integers as varints.
///
///     let bytes = DocumentCodec.encode(normalized)
///     let back = try DocumentCodec.decode(bytes)        // throws on any byte out of place
///
/// The layout is stated once, in `code`: it walks a document field by field through a
/// `Coder`, which either writes each field (`Writer`) or replaces it with what it reads (`Reader`),
/// so the two directions cannot disagree.
///
/// NB: written by hand: through `Codable` encoding a parse cost about as much CPU as making it.
/// `DocumentCodecTests` fails when a model type gains a field this file does not code. Bytes are read only by the build that wrote them (the cache key
/// holds the build), so the layout needs no version of its own.
enum DocumentCodec {
    static func encode(_ d: NormalizedDocument) -> [UInt8] {
        var w = Writer()
        w.bytes.reserveCapacity(16 * 1024)
        var d = d
        // NB: the writer never throws; it shares `code` with the reader, which does.
        try? code(&d, &w)
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(DamagedEntry) -> NormalizedDocument {
        var r = Reader(bytes: bytes)
        var d = NormalizedDocument(kind: "", extractDiagnostics: [])
        try code(&d, &r)
        guard r.at == bytes.count else { throw DamagedEntry() }
        return d
    }

    struct DamagedEntry: Error {}

    /// The layout: a document's fields in order, each coded through `c`.
    static func code<C: Coder>(_ d: inout NormalizedDocument, _ c: inout C) throws(DamagedEntry) {
        try c.string(&d.kind)
        try c.array(&d.extractDiagnostics, Diagnostic.empty) { c, x throws(DamagedEntry) in try c.diagnostic(&x) }
        try c.optional(&d.parsed, ParsedDocument(docType: .managementResponse)) { c, p throws(DamagedEntry) in
            try parsed(&p, &c)
        }
        try c.optional(&d.error, ParseError(line: 0, "")) { c, e throws(DamagedEntry) in
            try c.int(&e.line)
            try c.string(&e.message)
            var flag = e.notEvaluation == true ? 1 : 0
            try c.int(&flag)
            e.notEvaluation = flag == 1 ? true : nil
        }
    }

    static func parsed<C: Coder>(_ p: inout ParsedDocument, _ c: inout C) throws(DamagedEntry) {
        try c.raw(&p.docType)
        try c.strings(&p.organizations)
        try c.string(&p.title)
        try c.string(&p.office)
        try c.string(&p.officeType)
        try c.int(&p.periodStart)
        try c.int(&p.periodEnd)
        try c.strings(&p.countries)
        try c.date(&p.evaluationDate)
        try c.string(&p.evaluationType)
        try c.string(&p.evaluationTiming)
        try c.string(&p.approvalStatus)
        try c.string(&p.projectCode)
        try c.strings(&p.donors)
        try c.optional(&p.budget, 0) { c, b throws(DamagedEntry) in
            var bits = b.bitPattern
            try c.varint(&bits)
            b = Double(bitPattern: bits)
        }
        try c.string(&p.budgetCurrency)
        try c.strings(&p.keywords)
        try c.string(&p.summary)
        try c.array(&p.recommendations, ParsedRecommendation(text: "")) { c, r throws(DamagedEntry) in
            try c.string(&r.section)
            try c.string(&r.title)
            try c.string(&r.text)
            try c.string(&r.managementResponse)
            try c.string(&r.responseCategory)
            try c.strings(&r.thematicAreas)
            try c.strings(&r.operatingPrinciples)
            try c.strings(&r.organizationalPriorities)
            try c.strings(&r.unegCriteria)
            try c.array(&r.actions, ParsedAction(text: "")) { c, a throws(DamagedEntry) in
                try c.string(&a.scope)
                try c.string(&a.text)
                try c.string(&a.responsible)
                try c.date(&a.deadline)
                try c.string(&a.status)
                try c.string(&a.comments)
                try c.date(&a.lastUpdated)
                try c.array(&a.parties, Party.empty) { c, x throws(DamagedEntry) in try c.party(&x) }
                try c.int(&a.line)
            }
            try c.int(&r.line)
        }
        try c.array(&p.roles, ParsedRole(.donor, Party.empty)) { c, r throws(DamagedEntry) in
            try c.raw(&r.role)
            try c.party(&r.party)
        }
        try c.array(&p.findings, ParsedFinding(kind: .finding, text: "")) { c, f throws(DamagedEntry) in
            try c.raw(&f.kind)
            try c.string(&f.section)
            try c.string(&f.title)
            try c.string(&f.text)
        }
        try c.array(&p.diagnostics, Diagnostic.empty) { c, x throws(DamagedEntry) in try c.diagnostic(&x) }
    }

    /// One direction of the layout: the four shapes every field is built from. Only the reader throws.
    protocol Coder {
        mutating func varint(_ v: inout UInt64) throws(DamagedEntry)
        mutating func string(_ s: inout String) throws(DamagedEntry)
        /// A presence byte, then the value; reading starts from `fresh`.
        mutating func optional<T>(_ v: inout T?, _ fresh: T,
                                  _ body: (inout Self, inout T) throws(DamagedEntry) -> Void) throws(DamagedEntry)
        /// A count, then the elements; reading starts each from `fresh`.
        mutating func array<T>(_ a: inout [T], _ fresh: T,
                               _ body: (inout Self, inout T) throws(DamagedEntry) -> Void) throws(DamagedEntry)
        /// A value read that no writer writes (a bad date, an unknown name).
        func damaged() throws(DamagedEntry)
    }

    struct Writer: Coder {
        var bytes: [UInt8] = []

        mutating func varint(_ v: inout UInt64) { bytes.appendVarint(v) }

        mutating func string(_ s: inout String) {
            s.withUTF8 { u in
                var n = UInt64(u.count)
                varint(&n)
                bytes.append(contentsOf: u)
            }
        }

        mutating func optional<T>(_ v: inout T?, _ fresh: T, _ body: (inout Self, inout T) throws(DamagedEntry) -> Void) throws(DamagedEntry) {
            guard var x = v else { return bytes.append(0) }
            bytes.append(1)
            try body(&self, &x)
        }

        mutating func array<T>(_ a: inout [T], _ fresh: T, _ body: (inout Self, inout T) throws(DamagedEntry) -> Void) throws(DamagedEntry) {
            var n = UInt64(a.count)
            varint(&n)
            for var x in a { try body(&self, &x) }
        }

        func damaged() {}
    }

    struct Reader: Coder {
        let bytes: [UInt8]
        var at = 0

        mutating func byte() throws(DamagedEntry) -> UInt8 {
            guard at < bytes.count else { throw DamagedEntry() }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func varint(_ v: inout UInt64) throws(DamagedEntry) {
            v = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw DamagedEntry() }
                v |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return }
                shift += 7
            }
        }

        mutating func string(_ s: inout String) throws(DamagedEntry) {
            var n: UInt64 = 0
            try varint(&n)
            guard n <= UInt64(bytes.count - at) else { throw DamagedEntry() }
            let end = at + Int(n)
            s = String(decoding: bytes[at..<end], as: UTF8.self)
            at = end
        }

        mutating func optional<T>(_ v: inout T?, _ fresh: T,
                                  _ body: (inout Self, inout T) throws(DamagedEntry) -> Void) throws(DamagedEntry) {
            switch try byte() {
            case 0:
                v = nil
            case 1:
                var x = fresh
                try body(&self, &x)
                v = x
            default:
                throw DamagedEntry()
            }
        }

        mutating func array<T>(_ a: inout [T], _ fresh: T,
                               _ body: (inout Self, inout T) throws(DamagedEntry) -> Void) throws(DamagedEntry) {
            var n: UInt64 = 0
            try varint(&n)
            // NB: every element takes at least one byte, so a damaged count cannot ask for more.
            guard n <= UInt64(bytes.count - at) else { throw DamagedEntry() }
            var out: [T] = []
            out.reserveCapacity(Int(n))
            for _ in 0..<n {
                var x = fresh
                try body(&self, &x)
                out.append(x)
            }
            a = out
        }

        func damaged() throws(DamagedEntry) { throw DamagedEntry() }
    }
}

/// The shapes built from the four: each reads and writes with the same lines.
extension DocumentCodec.Coder {
    typealias DamagedEntry = DocumentCodec.DamagedEntry

    /// Zigzag, so small negative numbers stay short.
    mutating func int(_ v: inout Int) throws(DamagedEntry) {
        var z = UInt64(bitPattern: (Int64(v) << 1) ^ (Int64(v) >> 63))
        try varint(&z)
        v = Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    mutating func int(_ v: inout Int?) throws(DamagedEntry) {
        try optional(&v, 0) { c, x throws(DamagedEntry) in try c.int(&x) }
    }

    mutating func string(_ s: inout String?) throws(DamagedEntry) {
        try optional(&s, "") { c, x throws(DamagedEntry) in try c.string(&x) }
    }

    mutating func strings(_ a: inout [String]) throws(DamagedEntry) {
        try array(&a, "") { c, x throws(DamagedEntry) in try c.string(&x) }
    }

    /// An enum by its name.
    mutating func raw<T: RawRepresentable>(_ v: inout T) throws(DamagedEntry) where T.RawValue == String {
        var name = v.rawValue
        try string(&name)
        guard let read = T(rawValue: name) else { return try damaged() }
        v = read
    }

    mutating func date(_ d: inout CalendarDate?) throws(DamagedEntry) {
        try optional(&d, CalendarDate(unchecked: 1970, 1, 1)) { c, d throws(DamagedEntry) in
            var (year, month, day) = (d.year, d.month, d.day)
            try c.int(&year)
            try c.int(&month)
            try c.int(&day)
            guard let read = CalendarDate(year: year, month: month, day: day) else { return try c.damaged() }
            d = read
        }
    }

    mutating func diagnostic(_ d: inout Diagnostic) throws(DamagedEntry) {
        try string(&d.file)
        try int(&d.line)
        try raw(&d.severity)
        try string(&d.message)
        try optional(&d.topic, .responsible) { c, t throws(DamagedEntry) in try c.raw(&t) }
    }

    mutating func party(_ p: inout Party) throws(DamagedEntry) {
        try string(&p.name)
        try raw(&p.kind)
        try string(&p.detail)
    }
}

private extension Diagnostic {
    static let empty = Diagnostic(line: 0, .warning, "")
}

private extension Party {
    static let empty = Party(name: "", kind: .organization)
}
