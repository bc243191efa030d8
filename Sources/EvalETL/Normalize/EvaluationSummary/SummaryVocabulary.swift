/// The words and marks ILO evaluation summaries and i-eval lessons pages are read by, in one place.
///
///     "RECOMMENDATIONS, LESSONS LEARNED …"   zoneKeywords: `recommendation` -> .recommendations
///     "Main lessons learned and good practices"   every word in zoneLabelWords: a zone label
///     "… in the first year, but"             `but` in continuingWords: no sub-heading
///
/// All words are lower-case; rules lower-case the text before they compare.
enum SummaryVocabulary {
    // MARK: Evaluation summaries (`EvaluationSummary/`)

    /// The keywords of each zone, in the order they are tried; a heading containing one opens the zone.
    static let zoneKeywords: [(zone: SummaryZone, words: [String])] = [
        (.quickFacts, ["quick facts", "quick fact", "búsqueda rápida", "administrative information"]),
        (.recommendations, ["recommendation", "recomendaci", "recommandation"]),
        (.lessons, ["lesson", "leçon", "lecci"]),
        (.goodPractices, ["good practice", "good practise", "emerging practice", "bonnes pratiques", "buenas prácticas"]),
        (.findings, ["finding", "conclusion", "constat", "hallazgo"]),
        (.background, ["background", "context", "summary", "purpose", "methodology"]),
    ]

    /// Words a zone's own label is made of (`Main lessons learned and good practices`).
    static let zoneLabelWords: Set<String> = [
        "findings", "finding", "conclusions", "conclusion", "recommendations", "recommendation",
        "lessons", "lesson", "learned", "learnt", "good", "practices", "practice", "emerging",
        "main", "key", "other", "and", "&", "the", "of", "summary", "important", "overall", "general",
        "specific", "follow", "up",
        "recomendaciones", "recommandations", "lecciones", "aprendidas", "leçons", "apprises", "hallazgos",
        "conclusiones", "constatations", "principales", "buenas", "prácticas", "bonnes", "pratiques", "y", "et",
    ]

    /// Words after a zone's label that name its subject (`Key findings and conclusions on the implementation of X`,
    /// `Principales hallazgos y conclusiones sobre …`): the heading is still the zone's label (`ReportSections.isZoneLabel`).
    static let zoneSubjectWords: Set<String> = ["on", "about", "regarding", "concerning", "sobre", "acerca", "sur", "concernant"]

    /// Nouns by which a list's lead-in names what its items are (`The evaluation made 8 recommendations:`, `Key findings
    /// included:`); a verb (`recommended`) names no list. Two-word ones are looked up as a word and the word before it.
    static let leadInNouns: Set<String> = [
        "recommendations", "recommendation", "findings", "conclusions", "lessons", "good practices", "good practice",
        "recomendaciones", "hallazgos", "conclusiones", "lecciones", "buenas prácticas",
        "recommandations", "constatations", "leçons", "bonnes pratiques",
    ]

    /// Words that join a list's last item to the one before, after its `,` or `;` (`…profile, and` / `… one.`).
    static let listJoints: Set<String> = ["and", "or", "et", "ou", "y", "o"]

    /// Words by which a lead-in names an earlier exercise's list (`The previous review's recommendations were:`): a list
    /// the page describes, not its own.
    static let earlierWords: Set<String> = ["previous", "earlier", "prior", "former", "précédente", "précédent", "anterior"]

    /// Words a heading never ends with; a line ending so stops mid-sentence (`…first year, but`).
    static let continuingWords: Set<String> = [
        "and", "or", "but", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at",
        "from", "that", "which", "as", "is", "are", "was", "were", "be", "its", "their", "et", "de", "la", "y",
    ]

    /// Articles, lower-case: no sentence, label or byline ends on one; a paragraph ending so goes on below a blank
    /// line (`… to the findings of the` / `Mid-Term Review of …`: `ReportParser.continuesAfterBreak`).
    static let articles: Set<String> = ["the", "a", "an", "le", "la", "les", "un", "une", "el", "los", "las", "una"]

    /// Marks that end a sentence or a lead-in; a sub-heading ends with none of them.
    static let finalPunctuation: Set<Unicode.Scalar> = [".", ":", ";", ",", "!", "?", "…"]

    /// Bullet glyphs that open a list item (after an optional `- ` / `* `).
    static let bulletGlyphs: Set<Unicode.Scalar> = ["•", "❖", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓", "·", "\u{F0B7}", "\u{F0A7}"]

    /// Superscript digits, used as footnote markers.
    static let superscripts: Set<Unicode.Scalar> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    /// Sub-headings that open the summary: containing `summary`, or starting with one of `summaryOpeners`.
    static let summaryOpeners = ["abstract", "project description", "project purpose", "résumé", "resumen"]

    // MARK: Covers (`CoverLines`)

    /// Labels of an ILO cover that name no fact kept (`Evaluation Budget:`, `Date project ends:`), as
    /// `QuickFacts.normalizedKey` writes them: on a cover written on one line they end the value before them.
    static let otherCoverLabels: Set<String> = [
        "evaluation budget", "date project ends", "for joint evaluations", "other agencies involved in joint evaluation", "lead organization", "participating organizations",
        "presupuesto de la evaluación", "fin del proyecto (fecha)", "fin del proyecto", "evaluación final", "modo de evaluación",
        "área técnica", "inicio del proyecto", "final del proyecto",
    ]

    /// Words of a title that call the evaluation joint (`Midterm joint evaluation`, `en co-délégation`), lower-case: the
    /// other organizations the title names own it with the ILO (`EvaluationSummaryParser.jointOwners`).
    static let jointWords = ["joint", "jointly", "co-delegation", "conjointe", "conjoint", "conjunta", "conjunto", "co-délégation",
                             "co-delegación"]

    /// Words of a template's label that a cover writes after its colon (`Donante: país y monto en US$ España, …`):
    /// no part of the value, lower-case.
    static let labelTails = ["país y monto en us$", "pais y monto en us$", "country and budget us$", "country and budget"]

    /// Labels that mark an ILO cover where a line opens with them (`Type of Evaluation :`, `Oficina Técnica (OIT):`),
    /// perhaps after a list marker, as `QuickFacts.normalizedKey` writes them: a cue of the `ilo_summary` kind.
    static let coverCueLabels: Set<String> = [
        "type of evaluation", "name of consultant", "tc symbol", "technical backstopping office",
        "título del proyecto", "tipo de la evaluación", "oficina administrativa (oit)", "oficina técnica (oit)",
        "gestión de la evaluación", "código del proyecto", "nombre del consultor(a)",
    ]

    // MARK: i-eval lessons (`ILOLessons/`)

    /// `Lessons learned`, `Emerging good practices`: the page heading of an i-eval list (a cue of the
    /// `ilo_lessons` kind) and the kind of finding each item under it is.
    static let listHeadings: [(heading: String, kind: FindingKind)] = [
        ("lessons learned", .lessonLearned), ("lesson learned", .lessonLearned),
        ("lecciones aprendidas", .lessonLearned), ("leçons apprises", .lessonLearned),
        ("emerging good practices", .goodPractice), ("emerging good practice", .goodPractice),
        ("good practices", .goodPractice), ("good practice", .goodPractice),
        ("buenas prácticas", .goodPractice), ("bonnes pratiques", .goodPractice),
    ]

    /// The label under the heading and title of ilo.org's page of an evaluation's good practices (lessons), alone on
    /// its line above them, and what its items are (a cue of the `ilo_lessons` kind; `ILOLessonsParser.readDescribed`).
    static let descriptionLabels: [(label: String, kind: FindingKind)] = [
        ("good practice description", .goodPractice), ("description of the good practice", .goodPractice),
        ("description de la bonne pratique", .goodPractice), ("buena práctica descripción", .goodPractice),
        ("descripción de la buena práctica", .goodPractice),
        ("lesson learned description", .lessonLearned), ("description of the lesson learned", .lessonLearned),
        ("description de la leçon apprise", .lessonLearned), ("lección aprendida descripción", .lessonLearned),
        ("descripción de la lección aprendida", .lessonLearned),
    ]

    /// The labels that number an item of that page (`Bonne pratique 1:`), dropped from its text, and the item's
    /// kind: a bad practice is a lesson learned, told as what not to do.
    static let describedItemLabels: [(label: String, kind: FindingKind)] = [
        ("good practice", .goodPractice), ("bonne pratique", .goodPractice), ("buena práctica", .goodPractice),
        ("bad practice", .lessonLearned), ("mauvaise pratique", .lessonLearned), ("mala práctica", .lessonLearned),
        ("lesson learned", .lessonLearned), ("leçon apprise", .lessonLearned), ("lección aprendida", .lessonLearned),
    ]

    /// Keys of a single lesson record (as written, lowercased, without the colon) and what each holds.
    static let lessonRecordKeys: [String: ILOLessonRecord.Key] = [
        "evaluation": .evaluationTitle, "evaluation title": .evaluationTitle, "title of evaluation": .evaluationTitle,
        "title of the evaluation": .evaluationTitle, "evaluation name": .evaluationTitle, "project title": .evaluationTitle,
        "título de la evaluación": .evaluationTitle, "titre de l'évaluation": .evaluationTitle,
        "lesson learned title": .lessonTitle, "lesson title": .lessonTitle, "title": .lessonTitle, "lesson learned name": .lessonTitle,
        "lesson learned": .lesson, "lesson": .lesson, "lessons learned": .lesson, "description": .lesson,
        "lesson learned description": .lesson, "brief description of lesson learned": .lesson, "text": .lesson,
        "lección aprendida": .lesson, "leçon apprise": .lesson,
        "good practice title": .practiceTitle, "emerging good practice title": .practiceTitle,
        "good practice": .practice, "emerging good practice": .practice, "good practice description": .practice,
        "buena práctica": .practice, "bonne pratique": .practice,
        "country": .country, "countries": .country, "país": .country, "pays": .country,
        "administrative office": .administrativeOffice, "administrative unit": .administrativeOffice,
        "dc symbol": .projectCode, "project code": .projectCode, "project tc/symbol": .projectCode, "tc/symbol": .projectCode,
        "evaluation type": .evaluationType, "evaluation timing": .evaluationTiming,
        "name of evaluator": .evaluators, "name of evaluators": .evaluators, "name of evaluator(s)": .evaluators,
        // i-eval Discovery's export: its field names as written.
        "eval_title": .evaluationTitle, "good_practices": .practices, "recommendations": .recommendations,
        "action_plan": .actionPlan, "comments": .comments, "project_symbols": .projectCode, "admin_units": .administrativeOffice,
        "management_response": .responseStatus, "progress": .progress,
        "eval_number": .discoveryField, "eval_url": .discoveryField, "lessons_learned": .discoveryField,
    ]

    /// The element labels of ILO's lesson learned and emerging good practice templates (their
    /// `LL Element | Text` table, flattened): a label starts its line with no colon, its text after it.
    /// Longer labels first: the short forms are what remains of one a line break cut.
    static let templateElements: [(label: String, key: ILOLessonRecord.Key)] = [
        ("brief description of lesson learned (link to specific action or task)", .lesson),
        ("brief description of lesson learned", .lesson),
        ("brief summary of the good practice (link to project goal or specific deliverable, background, purpose, etc.)", .practice),
        ("brief summary of the good practice", .practice),
        ("context and any related preconditions", .other), ("targeted users / beneficiaries", .other),
        ("challenges /negative lessons - causal factors", .other), ("challenges / negative lessons - causal factors", .other),
        ("success / positive issues - causal factors", .other), ("ilo administrative issues", .other),
        ("relevant conditions and context", .other), ("establish a clear cause-effect relationship", .other),
        ("indicate measurable impact and targeted beneficiaries", .other), ("potential for replication and by whom", .other),
        ("upward links to higher ilo goals", .other), ("other documents or relevant comments", .other),
        ("ll element text", .other), ("gp element text", .other), ("ll element", .other), ("gp element", .other),
    ]

    /// The headings of those templates: a cue of the `ilo_lessons` kind.
    static let templateHeadings = ["ilo lesson learned template", "ilo emerging good practice template"]
}
