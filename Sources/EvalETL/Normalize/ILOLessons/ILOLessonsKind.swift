extension DocumentKind {
    /// ILO i-eval Discovery lessons or good practices: a `Lessons learned` (`Emerging good practices`)
    /// page with `-` separators, or a single record of `key:` lines.
    ///
    ///     Lessons learned / Good practices      +2 (in the first 3 lines, any case)
    ///     -                                    +1 (in the first 6 lines)
    ///     Lesson learned: … / Evaluation title: …   +1 each
    ///     ILO Lesson Learned Template / ILO Emerging Good Practice Template   +3 (in the first 3 lines)
    ///     Good practice description / Description de la bonne pratique        +1 (in the first 4 lines: ilo.org's
    ///                                                       page of good practices under their heading and title)
    ///     eval_number: / eval_url: / eval_title: / lessons_learned: / good_practices:   +1 each (i-eval's
    ///                                                       export, perhaps as `- ` items)
    static let iloLessons = DocumentKind(
        name: "ilo_lessons", docType: .evaluationSummary,
        cues: SummaryVocabulary.listHeadings.map { KindCue.line($0.heading, ignoringCase: true, weight: 2, withinFirst: 3) }
            + SummaryVocabulary.templateHeadings.map { KindCue.line($0, ignoringCase: true, weight: 3, withinFirst: 3) }
            + SummaryVocabulary.descriptionLabels.map { KindCue.line($0.label, ignoringCase: true, weight: 1, withinFirst: 4) } + [
            KindCue(weight: 1, withinFirst: 6, firstBytes: Array("-".utf8)) { line in
                line.utf8.count <= 5 && line.utf8.allSatisfy { $0 == UInt8(ascii: "-") }
            },
            .prefix("Lesson learned:"), .prefix("Lesson Learned:"), .prefix("Good practice:"), .prefix("Good Practice:"),
            .prefix("Evaluation title:"), .prefix("Evaluation Title:"),
        ] + ["eval_number:", "eval_url:", "eval_title:", "lessons_learned:", "good_practices:"].flatMap { key in
            [KindCue.line(key), KindCue.line("- " + key)]
        },
        decisiveScore: 3, enoughScore: 3, titleCue: nil, parser: ILOLessonsParser())
}
