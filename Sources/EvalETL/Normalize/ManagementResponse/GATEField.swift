/// The labels a GATE recommendation block uses.
///
///     GATEField(label: "Management Response Category") == .responseCategory
///     GATEField(label: "Recommendation 3")             == .recommendation
///     GATEField(label: "Evaluation Manager")           == nil
enum GATEField: Equatable {
    case recommendation
    case managementResponse
    case description
    case responseCategory
    case thematicAreas
    case operatingPrinciples
    case organizationalPriorities
    case unegCriteria
    case donors

    /// The field a label names (case and `Recommendation 3` numbers ignored), or nil.
    init?(label: String) {
        guard Self.mayName(label) else { return nil }
        let ascii: GATEField?? = ByteText.withUTF8(label) { b in ByteText.scan(b).ascii ? .some(Self.field(ascii: b)) : nil }
        if let ascii {
            guard let ascii else { return nil }
            self = ascii
            return
        }
        let l = label.lowercased()
        if let field = Self.names[l] {
            self = field
            return
        }
        let words = l.split(separator: " ")
        // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
        guard (2...5).contains(words.count), words[0] == "recommendation",
              let f = words[1].first, f.isNumber || f == "#" || f == "(" else { return nil }
        self = .recommendation
    }

    /// Each field by its lower-case labels.
    ///
    /// NB: one hash lookup instead of comparing the label with each name in turn.
    static let names: [String: GATEField] = {
        let labels: [(GATEField, [String])] = [
            (.recommendation, ["recommendation", "recommendations", "recomendación", "recommandation"]),
            (.managementResponse, ["management response", "management responses"]),
            (.description, ["description"]),
            (.responseCategory, ["management response category", "response category", "category"]),
            (.thematicAreas, ["thematic area", "thematic areas"]),
            (.operatingPrinciples, ["operating principles", "operating principle"]),
            (.organizationalPriorities, ["organizational priorities", "organisational priorities", "organizational priority"]),
            (.unegCriteria, ["uneg criteria", "uneg criterion"]),
            (.donors, ["donor(s)", "donor", "donors"]),
        ]
        var names: [String: GATEField] = [:]
        for (field, words) in labels { for w in words { names[w] = field } }
        return names
    }()

    /// `init(label:)` of an ASCII label, on its bytes: no lower-case copy is made.
    ///
    /// NB: an ASCII text lower-cases byte by byte, and two ASCII texts are equal when their
    /// bytes are, so comparing folded bytes with each name of the label's length is the lookup.
    private static func field(ascii b: UnsafeBufferPointer<UInt8>) -> GATEField? {
        for (name, field) in asciiNames where name.count == b.count && equalsFolded(b[...], name) { return field }
        // `Recommendation 3`, `Recommendation #3`, `Recommendation 3 (Relevance)`
        var words = 0
        var first = 0..<0
        var second: UInt8 = 0
        var i = 0
        while i < b.count {
            if b[i] == 0x20 { i += 1; continue }
            var end = i
            while end < b.count && b[end] != 0x20 { end += 1 }
            if words == 0 { first = i..<end } else if words == 1 { second = b[i] }
            words += 1
            i = end
        }
        guard (2...5).contains(words), equalsFolded(b[first], recommendationWord),
              ByteText.isDigit(second) || second == UInt8(ascii: "#") || second == UInt8(ascii: "(") else { return nil }
        return .recommendation
    }

    /// The ASCII names of `names`, as bytes.
    private static let asciiNames: [([UInt8], GATEField)] = names.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        .map { (Array($0.key.utf8), $0.value) }

    private static let recommendationWord = Array("recommendation".utf8)

    /// `b` lower-cased (ASCII capitals only) is `name`.
    private static func equalsFolded(_ b: Slice<UnsafeBufferPointer<UInt8>>, _ name: [UInt8]) -> Bool {
        guard b.count == name.count else { return false }
        var k = 0
        for c in b {
            if (ByteText.isUpper(c) ? c | 0x20 : c) != name[k] { return false }
            k += 1
        }
        return true
    }

    /// False when the first byte rules out every label above.
    ///
    /// NB: most `…:` lines are key action rows (`1. KAZ: …`); an ASCII first
    /// byte whose lowercase starts no label rejects them before lowercasing.
    private static func mayName(_ label: String) -> Bool {
        guard let f = label.utf8.first, f < 0x80 else { return true }
        // NB: `| 0x20` lower-cases an ASCII capital and makes no other ASCII byte a letter.
        switch f | 0x20 {
        case UInt8(ascii: "r"), UInt8(ascii: "m"), UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "t"),
             UInt8(ascii: "o"), UInt8(ascii: "u"):
            return true
        default:
            return false
        }
    }
}
