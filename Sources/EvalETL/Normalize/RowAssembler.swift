/// Turns a parsed document into table rows: stable ids, counts, folded stakeholders.
///
///     evaluation_id      ev-3f9a1c0b7d2e4a61          (from title and office, see `evaluationID`)
///     recommendation_id  ev-3f9a1c0b7d2e4a61-R01
///     action_id          ev-3f9a1c0b7d2e4a61-R01-A02
///     finding_id         ev-3f9a1c0b7d2e4a61-F07
public enum RowAssembler {
    /// Throws only when a row does not fit its table: a bug here, never the input's fault.
    ///
    /// `evaluationID`: the id to give instead of the one made from title and office.
    public static func rows(for doc: ParsedDocument, sourceFile: String, sha256: String,
                            evaluationID givenID: String? = nil) throws(RowMismatch) -> DocumentRows {
        var doc = doc
        return try rows(taking: &doc, sourceFile: sourceFile, sha256: sha256, evaluationID: givenID)
    }

    /// The same, letting go of each recommendation's actions in `doc` once their rows are laid out
    /// (unless the rows keep the parse: a document not identified by title and office).
    ///
    /// NB: when `doc` is the only reference to its recommendations, the parse shrinks as the rows grow.
    static func rows(taking doc: inout ParsedDocument, sourceFile: String, sha256: String,
                     extractDiagnostics: [Diagnostic] = [],
                     evaluationID givenID: String? = nil) throws(RowMismatch) -> DocumentRows {
        let identified = Text.nonEmpty(doc.title) != nil && Text.nonEmpty(doc.office) != nil
        let keep = !identified && givenID == nil
        let evID = givenID ?? evaluationID(doc, sha256: sha256)
        var out = try DocumentRows(EvaluationRow(id: evID, sourceFile: sourceFile, sha256: sha256, doc: doc))
        var named = Set<String>()
        let actions = doc.recommendations.reduce(0) { $0 + $1.actions.count }
        out.recommendations.reserve(rows: doc.recommendations.count)
        out.actions.reserve(rows: actions)
        out.stakeholderRoles.reserve(rows: doc.roles.count
            + doc.recommendations.reduce(0) { $0 + $1.actions.reduce(0) { $0 + $1.parties.count } })
        out.findings.reserve(rows: doc.findings.count)
        func role(_ party: Party, _ role: Role, rec: String?, action: String?, line: Int = 0) throws(RowMismatch) {
            let id = slug(party.name)
            guard !id.isEmpty else { return }
            // NB: each party's first mention in the document; the loader keeps the first in the run.
            if named.insert(id).inserted {
                out.stakeholders.append(StakeholderRow(id: id, name: party.name, kind: party.kind))
            }
            try out.stakeholderRoles.append(StakeholderRoleRow(stakeholderID: id, evaluationID: evID,
                                                               recommendationID: rec, actionID: action,
                                                               role: role, detail: party.detail), line: line)
        }
        // NB: a page listing a team member twice gives one role: a document-level role is said once.
        var said = Set<ParsedRole>()
        for r in doc.roles where said.insert(r).inserted { try role(r.party, r.role, rec: nil, action: nil) }
        for i in doc.recommendations.indices {
            let rec = doc.recommendations[i]
            if !keep { doc.recommendations[i].actions = [] }
            let recID = "\(evID)-R\(number(i + 1))"
            try out.recommendations.append(RecommendationRow(id: recID, evaluationID: evID, seq: i + 1, recommendation: rec),
                                           line: rec.line)
            for (j, action) in rec.actions.enumerated() {
                let actionID = "\(recID)-A\(number(j + 1))"
                try out.actions.append(ActionRow(id: actionID, recommendationID: recID, evaluationID: evID,
                                                 seq: j + 1, action: action), line: action.line)
                for party in action.parties {
                    try role(party, .responsible, rec: recID, action: actionID, line: action.line)
                }
            }
        }
        for (i, f) in doc.findings.enumerated() {
            try out.findings.append(FindingRow(id: "\(evID)-F\(number(i + 1))", evaluationID: evID, seq: i + 1, finding: f))
        }
        out.diagnostics = extractDiagnostics + doc.diagnostics.map { $0.inFile(sourceFile) }
        out.identifiedByTitleAndOffice = identified
        if keep { out.parsed = doc }
        return out
    }

    /// A stable id: the same across runs, renames, and edits that keep title and office.
    ///
    /// Built from the folded, lowercased title and office; a document without a
    /// title is known by its summary instead, and one with neither by its bytes.
    public static func evaluationID(_ doc: ParsedDocument, sha256: String) -> String {
        let title = doc.title.map { ByteText.lowercased(Text.fold($0)) }
        let office = ByteText.lowercased(Text.fold(doc.office ?? ""))
        // NB: the summary key is made only when there is no title.
        guard let t = title ?? doc.summary.map(summaryKey), !t.isEmpty else { return contentID(sha256: sha256) }
        return "ev-" + Extractor.sha256Hex(Array("\(doc.docType.rawValue)\n\(t)\n\(office)".utf8)).prefix(16)
    }

    /// The id of a document known by its bytes alone (one whose title or office could not be read
    /// and whose first id another document already has).
    public static func contentID(sha256: String) -> String {
        "ev-" + Extractor.sha256Hex(Array("sha256:\(sha256)".utf8)).prefix(16)
    }

    /// The first 400 characters of the folded, lowercased summary.
    static func summaryKey(_ summary: String) -> String {
        String(ByteText.lowercased(Text.fold(summary)).prefix(400))
    }

    /// `un-women` from `UN Women`: lowercase letters and digits, runs of anything else as `-`.
    ///
    /// NB: a character is kept when its first scalar, lower-cased, is a letter or a number
    /// (`Scalars`); the marks that join it go with it. ASCII is read a byte at a time.
    public static func slug(_ name: String) -> String {
        ByteText.withUTF8(name) { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var dash = false
            var keeping = false
            var i = 0
            while i < b.count {
                let (scalar, width) = Scalars.decode(b, at: i)
                defer { i += width }
                if i > 0, Scalars.extendsCharacter(scalar) {
                    if keeping { out += Scalars.lowercased(scalar).utf8 }
                    continue
                }
                let lower = scalar.isASCII ? nil : Scalars.lowercased(scalar)
                keeping = lower?.unicodeScalars.first.map { Scalars.isLetter($0) || Scalars.isNumber($0) } ?? ByteText.isAlphanumeric(b[i])
                guard keeping else {
                    dash = true
                    continue
                }
                if dash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                dash = false
                if let lower { out += lower.utf8 } else { out.append(ByteText.lower(b[i])) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Two digits or more: 1 -> "01", 123 -> "123".
    static func number(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
