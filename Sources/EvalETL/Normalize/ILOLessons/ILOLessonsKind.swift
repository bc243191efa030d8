extension DocumentKind {
    /// ILO i-eval Discovery lessons: a `Lessons learned` page with `-` separators, or a single
    /// lesson record of `key:` lines.
    ///
    ///     Lessons learned                      +2 (in the first 3 lines, any case)
    ///     -                                    +1 (in the first 6 lines)
    ///     Lesson learned: … / Evaluation title: …   +1 each
    static let iloLessons = DocumentKind(
        name: "ilo_lessons", docType: .evaluationSummary,
        cues: SummaryVocabulary.lessonsHeadings.map { KindCue.line($0, ignoringCase: true, weight: 2, withinFirst: 3) } + [
            KindCue(weight: 1, withinFirst: 6, firstBytes: Array("-".utf8)) { line in
                line.utf8.count <= 5 && line.utf8.allSatisfy { $0 == UInt8(ascii: "-") }
            },
            .prefix("Lesson learned:"), .prefix("Lesson Learned:"), .prefix("Evaluation title:"), .prefix("Evaluation Title:"),
        ],
        decisiveScore: 3, enoughScore: 3, titleCue: nil, parser: ILOLessonsParser())
}
