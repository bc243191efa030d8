/// Parses a UNDP ERC evaluation detail page into one evaluation record (doc_type `evaluation_summary`).
///
///     Mid-term Evaluation of …                          title (the first line that is not chrome)
///     Report Cover Image / Share / Download document …  chrome, skipped
///     Evaluation Plan:            2017-2020, Bangladesh  (label alone, value on the next line; or on one line)
///     Evaluation Budget(US $): 29,000 / Atlas Project Number: 75892 / …   -> ERCFields
///     Evaluation Team members:
///     Name Title Email Nationality
///     David A. LaRoche Team leader                      -> evaluator "David A. LaRoche", detail "Team leader"
///     Recommendations
///     1 PEMSEA Programmatic Approach - It is …          -> recommendation 1
public struct ERCRecordParser: DocumentParser {
    public init() {}

    enum Zone { case fields, team, recommendations, otherList }

    public func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument {
        var doc = ParsedDocument(docType: document.kind.docType)
        var fields = ERCFields()
        var title: String?
        var pending: ERCVocabulary.Field?
        var zone = Zone.fields
        var recs: [(line: Int, text: [Substring])] = []

        for (index, raw) in document.lines.enumerated() {
            let n = index + 1
            let line = ERCLine.classify(raw)
            switch line {
            case .blank, .chrome, .tableHeader, .stamps:
                continue
            case .furniture:
                if ERCVocabulary.field(of: raw) == .recommendations { zone = .recommendations; pending = nil }
                continue
            case .field(let field, let value):
                pending = nil
                switch field {
                case .teamMembers: zone = .team
                case .recommendations: zone = .recommendations
                case .lessons, .findings: zone = .otherList
                default:
                    zone = .fields
                    if let value { fields.set(field, value) } else { pending = field }
                }
                continue
            case .number where zone == .recommendations:
                recs.append((n, []))
                continue
            default:
                break
            }
            let text = Text.trimmed(raw)
            if let field = ERCVocabulary.field(of: text), field == .lessons || field == .findings {
                zone = .otherList
                continue
            }
            if let p = pending {
                fields.set(p, text)
                pending = nil
                continue
            }
            switch zone {
            case .fields:
                if title == nil, fields.values.isEmpty {
                    title = Text.nonEmpty(text)
                } else if text.hasPrefix("Title "), fields[.title] == nil {
                    fields.set(.title, text.dropFirst(6))
                }
            case .team:
                if let member = ERCTeamMember.parse(text) {
                    doc.roles.append(ParsedRole(.evaluator, Party(name: member.name, kind: .person, detail: member.title)))
                }
            case .recommendations:
                if let (_, rest) = Self.numbered(text) {
                    recs.append((n, rest.isEmpty ? [] : [rest]))
                } else if !recs.isEmpty {
                    recs[recs.count - 1].text.append(text)
                }
            case .otherList:
                break
            }
        }
        fields.apply(to: &doc, title: title)
        for r in recs where !r.text.isEmpty {
            var rec = ParsedRecommendation(text: "")
            rec.line = r.line
            ERCResponseParser.setText(r.text, of: &rec)
            doc.recommendations.append(rec)
        }
        if let reason = NotAnEvaluation.reason(fieldsPage: doc, fields: fields.values.count, units: 0) {
            throw .notAnEvaluation(reason)
        }
        return doc
    }

    /// `1 PEMSEA Programmatic Approach - …` -> (1, "PEMSEA …"); `12. Text` too.
    static func numbered(_ line: Substring) -> (Int, Substring)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let k = Int(digits) else { return nil }
        var rest = line[digits.endIndex...]
        if rest.first == "." || rest.first == ")" { rest = rest.dropFirst() }
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (k, Text.trimmed(rest))
    }
}
