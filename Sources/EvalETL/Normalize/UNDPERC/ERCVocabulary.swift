/// The words of UNDP ERC pages, as rows: a language is rows of this table, never code.
///
///     ERCVocabulary.field(of: "Unidad comisionadora")       -> .commissioningUnit
///     ERCVocabulary.field(of: "Unité de mandat")            -> .commissioningUnit
///     ERCVocabulary.isNoDueDate("Sin fecha de vencimiento") -> true
///
/// Labels are compared as their keys (`Text.labelKey`): folded, lowercased, without a trailing colon.
enum ERCVocabulary {
    /// What a labelled line of an ERC page holds.
    enum Field: Sendable, Equatable {
        case commissioningUnit, evaluationPlan, evaluationType, completionDate, plannedEndDate
        case evaluationTitle, title, status, unitResponsible, documentsRelated
        case budget, expenditure, sourceOfFunding, atlasProjectNumber, countries, teamMembers
        case recommendation, managementResponse, keyActions
        case lessons, findings, recommendations
        /// An item's keywords under it (`Tag: Anti-corruption Election …`, themes and UNEG criteria): no text of the item.
        case tags
        /// Labelled lines that give no field of the contract (`Joint Programme: No`, `GEF Phase: GEF-1`).
        case ignored
    }

    /// (label as written, field); every language's labels side by side.
    static let labels: [(String, Field)] = [
        // English
        ("Commissioning Unit", .commissioningUnit), ("Evaluation Plan", .evaluationPlan),
        ("Evaluation Type", .evaluationType), ("Completion Date", .completionDate),
        ("Planned End Date", .plannedEndDate), ("Evaluation Title", .evaluationTitle), ("Title", .title),
        ("Status", .status), ("Unit Responsible for providing Management Response", .unitResponsible),
        ("Documents Related to overall Management Response", .documentsRelated),
        ("Evaluation Budget(US $)", .budget), ("Evaluation Budget (US $)", .budget), ("Evaluation Budget", .budget),
        ("Evaluation Expenditure(US $)", .expenditure), ("Evaluation Expenditure (US $)", .expenditure),
        ("Source of Funding", .sourceOfFunding), ("Atlas Project Number", .atlasProjectNumber),
        ("Countries", .countries), ("Evaluation Team members", .teamMembers),
        ("Recommendation", .recommendation), ("Management Response", .managementResponse),
        ("Management's Response", .managementResponse), ("Key Actions", .keyActions), ("Lessons", .lessons), ("Findings", .findings),
        ("Recommendations", .recommendations), ("Tag", .tags), ("Tags", .tags),
        // Spanish
        ("Unidad comisionadora", .commissioningUnit), ("Unidad Comisionadora", .commissioningUnit),
        ("Plan de evaluación", .evaluationPlan), ("Tipo de evaluación", .evaluationType),
        ("Fecha de finalización", .completionDate), ("Fecha de conclusión", .completionDate),
        ("Fecha de finalización prevista", .plannedEndDate), ("Título de la evaluación", .evaluationTitle),
        ("Título", .title), ("Estado", .status),
        ("Unidad responsable de proporcionar la respuesta de la gerencia", .unitResponsible),
        ("Unidad responsable de la respuesta de la gerencia", .unitResponsible),
        ("Documentos relacionados con la respuesta general de la gerencia", .documentsRelated),
        ("Presupuesto de la evaluación (US $)", .budget), ("Presupuesto de la evaluación(US $)", .budget),
        ("Número de proyecto Atlas", .atlasProjectNumber), ("Países", .countries),
        ("Miembros del equipo de evaluación", .teamMembers),
        ("Recomendación", .recommendation), ("Respuesta de la gerencia", .managementResponse),
        ("Respuesta de la administración", .managementResponse), ("Respuesta de gestión", .managementResponse),
        ("Respuesta de la gestión", .managementResponse), ("Acciones clave", .keyActions),
        ("Lecciones", .lessons), ("Hallazgos", .findings), ("Recomendaciones", .recommendations),
        // French
        ("Unité de mandat", .commissioningUnit), ("Unité commanditaire", .commissioningUnit),
        ("Plan d'évaluation", .evaluationPlan), ("Plan d’évaluation", .evaluationPlan),
        ("Type d'évaluation", .evaluationType), ("Type d’évaluation", .evaluationType),
        ("Date d'achèvement", .completionDate), ("Date d’achèvement", .completionDate),
        ("Date de fin prévue", .plannedEndDate), ("Titre de l'évaluation", .evaluationTitle),
        ("Titre de l’évaluation", .evaluationTitle), ("Titre", .title), ("Statut", .status),
        ("Unité responsable de la réponse de la direction", .unitResponsible),
        ("Unité responsable de fournir la réponse de la direction", .unitResponsible),
        ("Documents relatifs à la réponse globale de la direction", .documentsRelated),
        ("Budget de l'évaluation (US $)", .budget), ("Budget de l’évaluation (US $)", .budget),
        ("Numéro de projet Atlas", .atlasProjectNumber), ("Pays", .countries),
        ("Membres de l'équipe d'évaluation", .teamMembers), ("Membres de l’équipe d’évaluation", .teamMembers),
        ("Recommandation", .recommendation), ("Réponse de la direction", .managementResponse),
        ("Réponse de la gestion", .managementResponse),
        ("Actions clés", .keyActions), ("Actions clefs", .keyActions),
        ("Leçons", .lessons), ("Constatations", .findings), ("Recommandations", .recommendations),
        // Labels seen on ERC pages that give no contract field.
        ("Joint Programme", .ignored), ("Joint Evaluation", .ignored), ("Mandatory Evaluation", .ignored),
        ("GEF Evaluation", .ignored), ("GEF Project Title", .ignored), ("Focal Area", .ignored),
        ("Project Type", .ignored), ("GEF Phase", .ignored), ("GEF Project ID", .ignored),
        ("PIMS Number", .ignored), ("Key Stakeholders", .ignored), ("Focus Area", .ignored),
        ("Comments", .ignored), ("SDG Goal", .ignored), ("SDG Target", .ignored),
    ]

    /// Words that open a recommendation block: `Evaluation recommendation 1.`, `Recomendación de la evaluación 1.`.
    static let recommendationOpeners: [[UInt8]] = [
        "evaluation recommendation", "recomendación de la evaluación", "recommandation de l'évaluation",
        "recommandation de l’évaluation", "recommendation", "recomendación", "recommandation",
    ].map { Array($0.utf8) }

    /// Stems of the word "recommendation" in every language: a sentence holding one speaks of recommendations
    /// (`ERCResponseParser.droppingPreamble`).
    static let recommendationStems: [[UInt8]] = ["recommend", "recomend", "recommand"].map { Array($0.utf8) }

    /// Words a report's chapter heading adds to its `Recommendations` (`Key Recommendations`, `Summary of recommendations`,
    /// `Recomendaciones principales`), lower-case (`ERCResponseParser.namesRecommendations`).
    static let recommendationsQualifiers: Set<String> = [
        "key", "main", "major", "principal", "general", "specific", "overall", "final", "summary", "list", "of", "the",
        "principales", "clave", "generales", "específicas", "resumen", "lista", "de", "las",
        "principaux", "clés", "clefs", "générales", "spécifiques", "résumé", "des", "les",
    ]

    /// Labels of a recommendation's template that a page may leave unfilled, around the text
    /// (`Priority level (1 to 3):` / `Evaluation recommendation 1: …` / `Priority level:`), lower-case (`ERCRecordList.droppingUnfilled`).
    static let templateLabels: [[UInt8]] = ["priority level", "nivel de prioridad", "niveau de priorité"].map { Array($0.utf8) }

    /// First words of a key-action table header row: `Key Action Responsible DueDate Status Comments Documents`.
    static let tableHeads: [[UInt8]] = ["key action", "acción clave", "action clé", "action clef", "responsible", "responsable"]
        .map { Array($0.utf8) }
    /// A second word a header row holds after its first (so `Responsible for …` prose is no header).
    static let tableHeadWords: [[UInt8]] = ["duedate", "due date", "fecha", "échéance", "status", "estado", "statut"]
        .map { Array($0.utf8) }

    /// The header row's column names: a piped line of nothing else is (part of) a header wrapped over lines.
    static let tableColumns: Set<String> = [
        "key action", "responsible", "duedate", "due date", "status", "comments", "documents",
        "acción clave", "responsable", "fecha", "fecha límite", "estado", "comentarios", "documentos",
        "action clé", "action clef", "échéance", "statut", "commentaires",
    ]

    /// What a deadline cell says when there is none.
    static let noDueDate: [[UInt8]] = [
        "no due date", "sin fecha de vencimiento", "sin fecha límite", "pas de date d'échéance",
        "pas de date d’échéance", "aucune date d'échéance", "aucune échéance",
    ].map { Array($0.utf8) }

    /// Link labels that stand in the Comments / Documents cells and are no comment.
    static let linkLabels: [[UInt8]] = ["history", "documents", "historial", "documentos", "historique"].map { Array($0.utf8) }

    /// Stamp labels that mean "last updated" (any other stamp is taken as "added").
    static let lastUpdatedStamps: [[UInt8]] = [
        "last updated", "última actualización", "ultima actualizacion", "dernière mise à jour", "mis à jour",
    ].map { Array($0.utf8) }

    /// Last words of an ERC responsible party that make it a unit (`Project Team`, `UNDAF ME TWG`; `Governance`:
    /// the office's programme unit of that field).
    static let unitWords: Set<String> = [
        "pmu", "piu", "pcu", "twg", "grp", "group", "project", "programme", "program", "portfolio",
        "proyecto", "programa", "projet", "governance", "gouvernance", "gobernanza", "gobernabilidad",
    ]

    /// Words of a `Source of Funding` item that names how an evaluation was paid for, not who paid
    /// (`TRAC`, `Cost-sharing`, `Cost share`, `UNDP TRAC funds`, `Project budget`, `OCR`, `CO`), lower-case (`ERCFields.isFundingModality`).
    static let fundingWords: Set<String> = [
        "trac", "trac1", "trac2", "trac-1", "trac-2", "cost-sharing", "cost-share", "cost", "sharing", "share", "core", "non-core",
        "regular", "other", "resources", "funds", "funding", "programme", "program", "project", "budget",
        "budgetary", "extra", "extra-budgetary", "co", "ocr", "country", "office", "office's", "regional",
        "global", "presupuesto", "proyecto", "programa", "fondos", "recursos", "projet", "fonds",
        "ressources", "propres", "projects", "programmes", "programs", "proyectos", "programas", "projets",
        "sources", "contribution", "contributions", "contribución", "contribuciones",
    ]

    /// What a `Source of Funding` item writes when the payer is not known yet, lower-case: no donor (`ERCFields.donor`).
    static let fundingPlaceholders: [String] = [
        "to be determined", "to be confirmed", "tbd", "tbc", "por determinar", "por definir", "à déterminer", "à confirmer",
    ]

    /// Funders `Source of Funding` names by their acronym, as they are spelt (`gef` -> `GEF`; `ERCFields.donor`).
    static let funders: [String] = ["GEF", "GCF", "UNCT", "MPTF", "SDG-F"]

    /// A fund's noun, singular: a way of paying only in an item that names the project or programme it is the fund of
    /// (`Project fund`, `Programa fondo`); else it names a payer (`Adaptation Fund`, `Global Fund`), lower-case
    /// (`ERCFields.isFundingModality`). NB: French `fonds` is plural too, a way of paying alone (`fundingWords`).
    static let fundNouns: Set<String> = ["fund", "fondo"]

    /// The words naming the project or programme whose fund pays (`fundNouns`), lower-case.
    static let projectWords: Set<String> = ["project", "programme", "program", "proyecto", "programa", "projet"]

    /// Words that keep an ERC responsible party an organization (`UN Agencies`, `Government partners`).
    static let organizationWords: Set<String> = [
        "agencies", "agency", "partners", "partner", "government", "ngos", "ngo", "agencias", "agences",
    ]

    /// Words a team member's title starts with (`Team leader`, `Consultora`), lower-case, without `.`/`,`
    /// (`ERCTeamMember`).
    static let teamTitleWords: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sr", "sra", "m", "mme", "team", "lead", "leader", "chief",
        "senior", "junior", "principal", "international", "national", "independent", "external", "associate",
        "consultant", "consultants", "consultora", "consultor", "consultante", "evaluator", "evaluators",
        "evaluadora", "evaluador", "évaluateur", "évaluatrice", "evaluation", "specialist", "expert", "experta",
        "experto", "member", "chef", "jefe", "jefa", "coordinator", "coordinadora", "coordinador", "analyst",
        "advisor", "adviser", "researcher", "reviewer", "manager", "officer", "research", "outcome", "thematic",
        "technical", "economist", "sociologist", "statistician", "engineer", "economista", "sociólogo", "socióloga",
        "économiste", "sociologue",
    ]

    /// Labels an action's number may carry (`R1.1:`, `KA 1.1`, `Key Action 1.1:`), lower-case, longest first (`ERCKeyActions`).
    static let actionLabels: [[UInt8]] = ["key action", "acción clave", "action clé", "action", "acción", "ka", "r"].map { Array($0.utf8) }

    /// Words that join the words of a title and never a name's (`Agriculture and Gender`), lower-case (`ERCTeamMember`).
    static let teamTitleJoiners: Set<String> = ["and", "&", "of", "for", "et", "in"]

    /// The column names of the `Evaluation Team members` table, lower-case: a row of these alone is its
    /// header (`Name Title Email Nationality`, `Name Title Nationality`).
    static let teamColumns: Set<String> = [
        "name", "title", "email", "e-mail", "nationality", "nombre", "título", "correo", "nacionalidad",
        "nom", "titre", "courriel", "nationalité",
    ]

    /// Lines of the page that are headings of a table or link rows, no content.
    static let furniture: [[UInt8]] = [
        "key action update history", "recommendations", "recomendaciones", "recommandations",
        "document type language size status downloads",
    ].map { Array($0.utf8) }

    /// The current site's tabs over the fields (`• Evaluation Information`, `• Corporate Outcome and Output`), lower-case:
    /// the page's description stands above them (`ERCRecordParser`).
    static let recordTabs: [[UInt8]] = ["evaluation information", "corporate outcome and output"].map { Array($0.utf8) }

    /// Labels the current site writes alone on their lines on an evaluation's page only, and whether one speaks for the
    /// page alone (no other kind's page holds it) or only beside another cue (`DocumentKind.undpERCRecord`).
    static let currentSiteLabels: [(String, Bool)] = [
        ("Plan Period", true), ("Plan Date", true), ("Quality Assessment", false), ("Evaluation Title", false),
        ("Joint Programme", false), ("Joint Evaluation", false), ("GEF Evaluation", false),
    ]

    /// The key action table's header row whole, lower-case: a page cut inside it (`Key Ac`) ends with a prefix of it.
    static let tableHeaderRows: [[UInt8]] = ["key action responsible duedate status comments documents"].map { Array($0.utf8) }

    /// Each label's key (the first field of a key wins), by the key's length in bytes.
    ///
    /// NB: a key is compared as bytes; the length picks the few labels worth comparing.
    static let labelKeys: [Int: [(key: [UInt8], field: Field)]] = {
        var d: [Int: [(key: [UInt8], field: Field)]] = [:]
        for (label, field) in labels {
            let k = Array(Text.labelKey(label).utf8)
            if d[k.count]?.contains(where: { $0.key == k }) == true { continue }
            d[k.count, default: []].append((k, field))
        }
        return d
    }()

    static func field<S: StringProtocol>(of label: S) -> Field? {
        if let field = ByteText.withLabelKey(label, { k in labelKeys[k.count]?.first { ByteText.equals(k, $0.key) }?.field }) {
            return field
        }
        // NB: `Management Response 1:` numbers the response as its block is numbered.
        let l = Substring(label)
        guard let space = l.utf8.lastIndex(of: 0x20), l.utf8.index(after: space) < l.utf8.endIndex,
              l.utf8[l.utf8.index(after: space)...].allSatisfy(ByteText.isDigit) else { return nil }
        let field = Self.field(of: l[..<space])
        return field == .managementResponse ? field : nil
    }

    static func isNoDueDate<S: StringProtocol>(_ s: S) -> Bool {
        ByteText.withLabelKey(s) { k in noDueDate.contains { ByteText.equals(k, $0) } }
    }
}
