/// A `NormalizedDocument` as compact bytes for the document cache, and back:
/// every field in declaration order, strings as length and UTF-8, integers as varints.
///
///     let bytes = DocumentCodec.encode(normalized)
///     let back = try DocumentCodec.decode(bytes)        // throws on any byte out of place
///
/// NB: written by hand: through `Codable` (JSON or a binary coder) encoding a parse cost
/// about as much CPU as making it, and a first run with the cache on was 30–40% slower
/// than without. `DocumentCodecTests` fails when a model type gains a field this file
/// does not write. Bytes are read only by the build that wrote them (the cache key
/// holds the build), so the layout needs no version of its own.
enum DocumentCodec {
    static func encode(_ d: NormalizedDocument) -> [UInt8] {
        let w = Writer()
        w.bytes.reserveCapacity(16 * 1024)
        w.string(d.kind)
        w.array(d.extractDiagnostics) { w.diagnostic($0) }
        w.optional(d.parsed) { w.parsed($0) }
        w.optional(d.error) { e in
            w.int(e.line)
            w.string(e.message)
            w.int(e.notEvaluation == true ? 1 : 0)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(DamagedEntry) -> NormalizedDocument {
        var r = Reader(bytes: bytes)
        var d = NormalizedDocument(kind: try r.string(), extractDiagnostics: try r.array { r throws(DamagedEntry) in try r.diagnostic() })
        d.parsed = try r.optional { r throws(DamagedEntry) in try r.parsed() }
        d.error = try r.optional { r throws(DamagedEntry) in
            var e = ParseError(line: try r.int(), try r.string())
            if try r.int() == 1 { e.notEvaluation = true }
            return e
        }
        guard r.at == bytes.count else { throw DamagedEntry() }
        return d
    }

    struct DamagedEntry: Error {}

    final class Writer {
        var bytes: [UInt8] = []

        func varint(_ v: UInt64) {
            var v = v
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        func int(_ v: Int) {
            let v = Int64(v)
            varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        }

        func string(_ s: String) {
            var s = s
            s.withUTF8 { u in
                varint(UInt64(u.count))
                bytes.append(contentsOf: u)
            }
        }

        func optional<T>(_ v: T?, _ body: (T) -> Void) {
            guard let v else { return bytes.append(0) }
            bytes.append(1)
            body(v)
        }

        func string(_ s: String?) {
            optional(s) { string($0) }
        }

        func int(_ v: Int?) {
            optional(v) { int($0) }
        }

        func array<T>(_ a: [T], _ body: (T) -> Void) {
            varint(UInt64(a.count))
            for x in a { body(x) }
        }

        func strings(_ a: [String]) {
            varint(UInt64(a.count))
            for x in a { string(x) }
        }

        func date(_ d: CalendarDate?) {
            optional(d) { d in
                int(d.year)
                int(d.month)
                int(d.day)
            }
        }

        func diagnostic(_ d: Diagnostic) {
            string(d.file)
            int(d.line)
            string(d.severity.rawValue)
            string(d.message)
            string(d.topic?.rawValue)
        }

        func party(_ p: Party) {
            string(p.name)
            string(p.kind.rawValue)
            string(p.detail)
        }

        func parsed(_ p: ParsedDocument) {
            string(p.docType.rawValue)
            strings(p.organizations)
            string(p.title)
            string(p.office)
            string(p.officeType)
            int(p.periodStart)
            int(p.periodEnd)
            strings(p.countries)
            date(p.evaluationDate)
            string(p.evaluationType)
            string(p.evaluationTiming)
            string(p.approvalStatus)
            string(p.projectCode)
            strings(p.donors)
            optional(p.budget) { b in
                var bits = b.bitPattern.littleEndian
                withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
            }
            string(p.budgetCurrency)
            strings(p.keywords)
            string(p.summary)
            array(p.recommendations) { r in
                string(r.section)
                string(r.title)
                string(r.text)
                string(r.managementResponse)
                string(r.responseCategory)
                strings(r.thematicAreas)
                strings(r.operatingPrinciples)
                strings(r.organizationalPriorities)
                strings(r.unegCriteria)
                array(r.actions) { a in
                    string(a.scope)
                    string(a.text)
                    string(a.responsible)
                    date(a.deadline)
                    string(a.status)
                    string(a.comments)
                    date(a.lastUpdated)
                    array(a.parties) { party($0) }
                    int(a.line)
                }
                int(r.line)
            }
            array(p.roles) { r in
                string(r.role.rawValue)
                party(r.party)
            }
            array(p.findings) { f in
                string(f.kind.rawValue)
                string(f.section)
                string(f.title)
                string(f.text)
            }
            array(p.diagnostics) { diagnostic($0) }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var at = 0

        mutating func byte() throws(DamagedEntry) -> UInt8 {
            guard at < bytes.count else { throw DamagedEntry() }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func varint() throws(DamagedEntry) -> UInt64 {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw DamagedEntry() }
                v |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }

        mutating func int() throws(DamagedEntry) -> Int {
            let z = try varint()
            return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
        }

        mutating func string() throws(DamagedEntry) -> String {
            let n = try varint()
            guard n <= UInt64(bytes.count - at) else { throw DamagedEntry() }
            let end = at + Int(n)
            defer { at = end }
            return String(decoding: bytes[at..<end], as: UTF8.self)
        }

        mutating func optional<T>(_ body: (inout Reader) throws(DamagedEntry) -> T) throws(DamagedEntry) -> T? {
            switch try byte() {
            case 0: return nil
            case 1: return try body(&self)
            default: throw DamagedEntry()
            }
        }

        mutating func optionalString() throws(DamagedEntry) -> String? {
            try optional { r throws(DamagedEntry) in try r.string() }
        }

        mutating func optionalInt() throws(DamagedEntry) -> Int? {
            try optional { r throws(DamagedEntry) in try r.int() }
        }

        mutating func array<T>(_ body: (inout Reader) throws(DamagedEntry) -> T) throws(DamagedEntry) -> [T] {
            let n = try varint()
            // NB: every element takes at least one byte, so a damaged count cannot ask for more.
            guard n <= UInt64(bytes.count - at) else { throw DamagedEntry() }
            var out: [T] = []
            out.reserveCapacity(Int(n))
            for _ in 0..<n { out.append(try body(&self)) }
            return out
        }

        mutating func strings() throws(DamagedEntry) -> [String] {
            try array { r throws(DamagedEntry) in try r.string() }
        }

        mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(DamagedEntry) -> T where T.RawValue == String {
            guard let v = T(rawValue: try string()) else { throw DamagedEntry() }
            return v
        }

        mutating func date() throws(DamagedEntry) -> CalendarDate? {
            try optional { r throws(DamagedEntry) in
                guard let d = CalendarDate(year: try r.int(), month: try r.int(), day: try r.int()) else {
                    throw DamagedEntry()
                }
                return d
            }
        }

        mutating func diagnostic() throws(DamagedEntry) -> Diagnostic {
            let file = try string()
            let line = try int()
            let severity = try raw(Diagnostic.Severity.self)
            var d = Diagnostic(file: file, line: line, severity, try string())
            if let topic = try optionalString() {
                guard let t = Diagnostic.Topic(rawValue: topic) else { throw DamagedEntry() }
                d.topic = t
            }
            return d
        }

        mutating func party() throws(DamagedEntry) -> Party {
            let name = try string()
            return Party(name: name, kind: try raw(StakeholderKind.self), detail: try optionalString())
        }

        mutating func parsed() throws(DamagedEntry) -> ParsedDocument {
            var p = ParsedDocument(docType: try raw(DocType.self))
            p.organizations = try strings()
            p.title = try optionalString()
            p.office = try optionalString()
            p.officeType = try optionalString()
            p.periodStart = try optionalInt()
            p.periodEnd = try optionalInt()
            p.countries = try strings()
            p.evaluationDate = try date()
            p.evaluationType = try optionalString()
            p.evaluationTiming = try optionalString()
            p.approvalStatus = try optionalString()
            p.projectCode = try optionalString()
            p.donors = try strings()
            p.budget = try optional { r throws(DamagedEntry) in
                var bits: UInt64 = 0
                for i in 0..<8 { bits |= UInt64(try r.byte()) << (8 * UInt64(i)) }
                return Double(bitPattern: bits)
            }
            p.budgetCurrency = try optionalString()
            p.keywords = try strings()
            p.summary = try optionalString()
            p.recommendations = try array { r throws(DamagedEntry) in
                let section = try r.optionalString()
                let title = try r.optionalString()
                var rec = ParsedRecommendation(text: try r.string())
                rec.section = section
                rec.title = title
                rec.managementResponse = try r.optionalString()
                rec.responseCategory = try r.optionalString()
                rec.thematicAreas = try r.strings()
                rec.operatingPrinciples = try r.strings()
                rec.organizationalPriorities = try r.strings()
                rec.unegCriteria = try r.strings()
                rec.actions = try r.array { r throws(DamagedEntry) in
                    let scope = try r.optionalString()
                    var a = ParsedAction(text: try r.string())
                    a.scope = scope
                    a.responsible = try r.optionalString()
                    a.deadline = try r.date()
                    a.status = try r.optionalString()
                    a.comments = try r.optionalString()
                    a.lastUpdated = try r.date()
                    a.parties = try r.array { r throws(DamagedEntry) in try r.party() }
                    a.line = try r.int()
                    return a
                }
                rec.line = try r.int()
                return rec
            }
            p.roles = try array { r throws(DamagedEntry) in
                let role = try r.raw(Role.self)
                return ParsedRole(role, try r.party())
            }
            p.findings = try array { r throws(DamagedEntry) in
                let kind = try r.raw(FindingKind.self)
                let section = try r.optionalString()
                let title = try r.optionalString()
                return ParsedFinding(kind: kind, section: section, title: title, text: try r.string())
            }
            p.diagnostics = try array { r throws(DamagedEntry) in try r.diagnostic() }
            return p
        }
    }
}
