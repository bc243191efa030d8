/// One parser per document kind: `Document -> ParsedDocument`.
///
/// A parser reports problems it can work around as diagnostics inside the
/// result, and throws `ParseError` only when the document cannot be read as
/// its kind at all (the document then becomes a `rejects` row).
public protocol DocumentParser: Sendable {
    func parse(_ document: Document, parties: PartyLexicon) throws(ParseError) -> ParsedDocument
}

/// Why a document could not be parsed; the text becomes the reject reason.
public struct ParseError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var line: Int
    public var message: String
    /// The file is no evaluation document at all: `message` is the whole reject reason.
    public var notEvaluation: Bool?

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

extension ParseError {
    /// `not an evaluation document: only site navigation` — the reject reason, as is.
    static func notAnEvaluation(_ what: String) -> ParseError {
        var e = ParseError(line: 0, "not an evaluation document: \(what)")
        e.notEvaluation = true
        return e
    }
}

extension DocumentParser {
    /// The parse with the shipped party vocabulary alone (no user lexicon).
    public func parse(_ document: Document) throws(ParseError) -> ParsedDocument {
        try parse(document, parties: .shipped)
    }
}

extension ParsedRecommendation {
    /// A recommendation opened at `line`, its text still to come (or missing: a page that starts mid-block).
    init(line: Int) {
        self.init(text: "")
        self.line = line
    }
}
