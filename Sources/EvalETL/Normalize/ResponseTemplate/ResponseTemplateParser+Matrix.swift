/// How a response matrix reads when a host transcribes it column by column (OCHA's CERF `Management Response Matrix`):
/// the recommendations' column under its heading, numbered, then the responses' column, a category alone opening each
/// response in the recommendations' order.
///
///     CERF Interim Review / Management Response Matrix         -> the title, the line above the kind (`namedTitle`)
///     KEY RECOMMENDATIONS TO OCHA                             -> each recommendation's section (`isRecommendationsColumn`)
///     1. That OCHA … / 2. That, given …                       -> recommendations 1, 2 (wrapped lines joined)
///     MANAGEMENT RESPONSE AND / ACTION TAKEN OR TO BE TAKEN   -> the responses' column (`opensResponseColumn`)
///     Accepted / <response> / Accepted / <response>           -> recommendation 1's category and response, then 2's
extension ResponseTemplateParser {
    /// Whether a folded line heads a matrix's column of recommendations: `Key recommendations`, perhaps naming whom they
    /// address (`KEY RECOMMENDATIONS TO OCHA`), a short line with no `:`.
    static func isRecommendationsColumn(_ folded: Substring) -> Bool {
        guard folded.utf8.count <= 60, folded.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "k"), !folded.contains(":") else { return false }
        let lower = ByteText.lowercased(folded.utf8)
        return ResponseTemplateVocabulary.matrixColumns.recommendations.contains {
            lower.starts(with: $0.utf8) && (lower.count == $0.utf8.count || lower[$0.utf8.count] == 0x20)
        }
    }

    /// Whether a folded line heads a matrix's column of responses (`MANAGEMENT RESPONSE AND`, its first line wrapped).
    static func opensResponseColumn(_ folded: Substring) -> Bool {
        guard folded.utf8.count <= 60, !folded.contains(":") else { return false }
        let lower = ByteText.lowercased(Text.fold(folded))
        return ResponseTemplateVocabulary.matrixColumns.responses.contains { lower == $0 || lower.hasPrefix($0 + " and") }
    }

    /// Whether a folded line is the template's kind alone (`Management Response Matrix`): the title is then the line above it.
    static func isKindAlone(_ folded: Substring) -> Bool {
        ResponseTemplateVocabulary.titlePhrases.contains(ByteText.lowercased(Text.fold(ByteText.trimmingPunctuation(folded))))
    }
}
