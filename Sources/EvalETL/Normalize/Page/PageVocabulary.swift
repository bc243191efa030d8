/// The words of web-page and print furniture, in one place: chrome, mastheads, footers, and
/// what tells a page that is no evaluation (`PageChrome`, `PageFooter`, `NotAnEvaluation`).
///
///     "Skip to main content"     chromeLines: the whole line is chrome
///     "ILO EVALUATION"           every word in mastheadWords: a masthead above the title
///     "Page 2 of 5"              footerWords: `page`, and `of` beside it
///     "[Insert text]"            placeholders: a line of an empty template
///
/// All words are lower-case; rules lower-case the text before they compare.
enum PageVocabulary {
    // MARK: Chrome (`PageChrome`)

    /// Whole lines that are chrome, folded and lowercased (their first byte ASCII: `PageChrome.firstBytes`).
    static let chromeLines: Set<String> = siteFooterLines.union([
        "success message", "error message", "warn message", "warning message", "info message",
        "report cover image", "share", "share this", "share this page", "print", "print this page",
        "skip to main content", "skip to content", "skip navigation", "go to ilo main website",
        "back to index", "skip to top",
        "toggle navigation", "main menu", "menu", "close", "close menu", "back to top", "back",
        "search", "log in", "login", "sign in", "sign up", "register", "home",
        "cookie settings", "accept cookies", "accept all cookies", "start display at page:",
        // GATE's banner: the site's name above its menu.
        "global accountability and tracking of evaluation use -", "global accountability and tracking of evaluation use",
        "gate system", "unwomen",
        // Document hosts' furniture around a copied document (pdfslide, studylib, scribd, docplayer, readkong, pdffox).
        "upload", "view", "download", "downloads", "embed size (px)", "citation preview", "advertisement", "size: px",
        "transcription", "transcript", "transcripción", "transcription du contenu de la page", "recommend stories",
        "idea transcript",
        "document related concepts", "was this document useful for you?", "yes no was this document useful for you?",
        "thank you for your participation!", "continuer à lire", "seguir leyendo", "full text", "texte intégral", "texto completo",
        "copied!", "tamaño: px", "comenzar la demostración a partir de la página:", "commencer la démonstration à partir de la page:",
        // A site's search box left empty above the page: `• Aucun résultat trouvé` (a list's bullet is no part of it).
        "aucun résultat trouvé", "no results found", "no se encontraron resultados",
        "we’re building a new unicef.org.", "we're building a new unicef.org.", "category:",
        // The same site's banner in its Spanish and French pages, and its section's name above every page of it.
        "estamos construyendo un nuevo", "estamos construyendo un nuevo unicef.org.", "evaluation database", "base de datos de evaluación",
        "base de données d'évaluation", "base de données d’évaluation",
        // A document host's buttons above the copy (vdocuments: `Preview:` / `Click to see full reader`).
        "preview:", "click to see full reader",
        // A slide host's button under its banner (`Descargar para leer sin conexión`).
        "download to read offline", "descargar para leer sin conexión", "télécharger pour lire hors ligne",
        // The same hosts' English furniture: scribd's `Download as pdf or txt`, readkong's `Page content transcription`.
        "download as pdf or txt", "page content transcription",
    ])

    /// Whole lines of a site's footer, below the document (erc.undp.org: `Latest Evaluations`, `Contact us`,
    /// then the site's address): chrome, and nothing under them is the document's (`PageChrome.endsContent`).
    static let siteFooterLines: Set<String> = ["latest evaluations", "contact us"]

    /// Line beginnings that make the line chrome (their first byte ASCII).
    static let chromePrefixes: [String] = [
        "download document ", "# source:", "#source:",
        // A document host's download button: `Download (0)`, `Download "Title of the document"`.
        "download (", "download \"", "download “",
        // A document host's page header: `Uploaded by X`, `Está en la página 1de 9`, `La page est créée X`.
        "uploaded by ", "está en la página ", "vous êtes sur la page ", "you are on page ", "la page est créée ", "página creada ",
        // readkong's note above every copy: `If your browser does not render page correctly, please read the page content below`.
        "if your browser does not render page correctly",
        "as we swap out old for new, pages will be in transition.", "durante algún tiempo nuestras páginas estarán en período de transición",
        "merci pour votre patience", "nous construisons un nouveau ",
        // A document host's record of the file it shows (docslib: `Total Page:16`, `File Type:pdf, Size:1020Kb`).
        "total page:", "file type:",
        // A document host's record of the copy: `Upload: others`, `Post on 01-Feb-2022`, `Category:`.
        "upload: ", "post on 0", "post on 1", "post on 2", "post on 3",
        // docslib's record of the file: `Total Page:16`, `File Type:pdf, Size:1020Kb`.
        "total page:", "file type:",
    ]

    /// Words after a number that make the line a document host's counter (`1 views`, `0 download`): chrome.
    static let hostCountWords: Set<String> = ["view", "views", "download", "downloads", "vues", "vistas", "descargas", "téléchargements"]

    /// What a Word (`.doc`) file's first bytes read as text open with (its compound file's signature): the page is that
    /// file's bytes, no text a person wrote (`NotAnEvaluation`).
    static let binarySignatures = ["\u{0871}>", "ÐÏà¡±", "ÐÏ\u{11}à¡±"]

    /// Line beginnings that make the line chrome when a number and `:` follow them: a document host's
    /// heading of each page it shows (`Page 1: Management Response - World Food Programme`).
    static let numberedChromePrefixes: [String] = ["page "]

    /// Titles of a site's own pages, lower-case: a page under one of them (`Frequently Asked Questions`)
    /// helps with the site and is no evaluation (`NotAnEvaluation`).
    static let sitePageTitles: Set<String> = [
        "frequently asked questions", "faq", "faqs", "about us", "about", "terms of use", "privacy policy",
        "sitemap", "site map", "help", "user guide", "preguntas frecuentes", "foire aux questions",
    ]

    /// Titles of a site's section (lower-case), plural kinds of document: a page under one that names no evaluation (`Evaluation
    /// of X`) explains the kind and lists none (`NotAnEvaluation`); one document's page under it names its evaluation.
    static let sectionPageTitles: Set<String> = [
        "agreements at completion point", "accords conclusifs d'évaluation", "accords conclusifs d’évaluation", "management responses",
        // UNEG's profile of a member's evaluation function (`Institution Background` / `Evaluation Function`).
        "institution background",
    ]

    /// Line beginnings of an evaluation plan's page (ERC `Plan Detail (2021-2025)`), which lists the
    /// evaluations a unit plans and is none of them.
    static let planMarks: [[UInt8]] = ["plan detail", "evaluations commissioned by"].map { Array($0.utf8) }

    /// Words of a masthead line above the title: `ILO EVALUATION`, `EVALUATION SUMMARY`.
    static let mastheadWords: Set<String> = ["ilo", "evaluation", "summary", "eval", "office", "executive", "oit", "évaluation", "evaluación"]

    /// Headings of a report's abstract, lower-case: the paragraph under one in a page's opening is its summary
    /// (`ReportParser.abstract`); so is a management response's overall response under its heading (`Respuesta global a la
    /// evaluación`, `Réponse générale`).
    static let abstractHeadings = [
        "abstract", "executive summary", "résumé exécutif", "résumé analytique", "resumen ejecutivo", "overall response",
        "overall response to the evaluation", "respuesta global", "respuesta global a la evaluación", "réponse générale",
        "réponse globale",
    ]

    /// A library record's field labels on lines of their own (ALNAP's `Date published`, `Publication language`): the lines
    /// under them (a date, a category, tags) and the byline above them are the record's (`ReportParser.isRecordLabel`).
    static let recordLabels: Set<String> = ["date published", "publication language", "publication date", "publication type"]

    /// Labels (lower-case) of a page's record of its date that a store runs into the text (`date 2021-11-30 Managed by …`):
    /// no part of the summary (`ReportParser.droppingRecordDate`).
    static let recordDateLabels: Set<String> = ["date", "fecha"]

    /// Labels of a title in a cover's or header table's cells, as written (capitals count): a value after one
    /// of them in a page's opening is its title, before any heading (`ReportParser.labelledTitle`). Longer first.
    static let titleLabels = ["Evaluation Title", "Review Title", "Title of the Evaluation", "Project title", "Project Title",
                              "Título del proyecto", "Titre du projet", "Title"]

    /// Labels of the cells after a title in a header table read as one line, as written: the title's value ends
    /// before them (`… of UNICEF Region: Global`, `… Action Plan Year of the Evaluation 2011`, `… Reference PDES/2016/01`).
    static let headerLabels = [
        "Region:", "Office:", "Country:", "Date:", "Period:", "Type:", "Evaluation Year", "Year of the Evaluation",
        "Year of Evaluation", "Reference", "Type / Focus Area", "Evaluation Type", "Type of Evaluation", "Submission Date",
        "Commissioned by", "Evaluation Manager", "Approved By", "Overall response", "Person-in-charge", "Report Issue Year",
        "Thematic area:", "Countries:",
    ]

    /// Labels of a governing body's document header (lower-case): a line holding two of them (`Distribution: GENERAL
    /// … ORIGINAL: ENGLISH`, a PDF's first page read as one line) is the document's metadata, never its title or summary,
    /// and its title stands below the last line that opens with one (`PageChrome.isDocumentHeader`, `isHeaderLabel`).
    static let documentHeaderLabels = ["distribution:", "distr.:", "distribución:", "original:"]

    /// Beginnings (lower-case) of an executive board document's note on its first pages: how it was printed, whom to ask.
    /// Furniture, never a summary, to the end of its sentence (`PageChrome.isBoardNote`).
    static let boardNotes = [
        "this document is printed in a limited number of copies", "executive board documents are available",
        "this document is submitted to the executive board", "the secretariat invites members of the board",
        "should you have any questions regarding matters of dispatch",
    ]

    /// A title that names only the page's kind (lower-case), above the page's real heading: `Evaluation report` /
    /// `UNHCR Evaluation Management Response (2018−2021)` (`PageChrome.isGenericTitle`).
    static let genericTitles: Set<String> = [
        "evaluation report", "evaluation reports", "report", "final report", "evaluation", "evaluations", "publication",
        "document", "management response", "informe de evaluación", "rapport d'évaluation", "rapport d’évaluation",
        // A page's kind as its heading above the evaluation's name (a lesson's or a good practice's page).
        "lesson learned", "lessons learned", "lessons learnt", "good practice", "good practices", "emerging good practice",
    ]

    /// Last words (lower-case) of an image's label left on a page where the image stood (`IOE ASSET BANNER`, `X logo`): a
    /// title never ends in one (`PageChrome.isGenericTitle`); nor a social network's icon (`• Youtube Icon`).
    static let imageLabelWords: Set<String> = ["banner", "logo", "icon", "icono", "icône"]

    /// A document's section headings (lower-case): `Overview` / `Background` above the text names no evaluation and is never
    /// the title (`CoverTitle.isSectionHeading`); a cover's title in capitals stops above one (`BACKGROUND`).
    static let sectionHeadings: Set<String> = [
        "overview", "background", "introduction", "context", "summary", "executive summary", "abstract", "aperçu",
        "contexte", "introducción", "antecedentes", "contexto", "resumen", "resumen ejecutivo", "résumé", "résumé exécutif",
    ]

    /// Words (lower-case) of a cover's banner in capitals that names a unit, an office or an agency (`EVALUATION UNIT`,
    /// `INSPECTION AND EVALUATION DIVISION`, `OFFICE OF EVALUATION`, `UNITED NATIONS OFFICE ON DRUGS AND CRIME`, a fund's
    /// letterhead, `CENTRAL EMERGENCY RESPONSE FUND`): never the title's (`CoverTitle.isBanner`).
    static let bannerWords: Set<String> = [
        "unit", "division", "office", "department", "service", "bureau", "directorate", "branch", "fund", "unité", "département",
        "oficina", "unidad", "división", "departamento",
        // A fund's letterhead (`CENTRAL EMERGENCY RESPONSE FUND`).
        "fund", "fonds", "fondo",
    ]

    /// Words (lower-case) of a cover's banner in capitals that names the document's kind (`INSPECTION REPORT`, `EVALUATION
    /// REPORTS`): no title's part when a line or words below it name the evaluation (`CoverTitle.isBanner`).
    static let bannerKindWords: Set<String> = ["report", "reports", "rapport", "informe"]

    /// What a line naming an evaluation holds (lower-case): `Final Independent Project Evaluation of the`, `Inspection of
    /// Programme Level Monitoring …`, `2023 Synthesis of …`. A cover's banner or section heading above such a line is never
    /// the title (`CoverTitle`).
    static let namingPhrases = [
        "evaluation of", "inspection of", "review of", "synthesis of", "assessment of", "audit of", "évaluation de",
        "évaluation du", "évaluation des", "evaluación de", "evaluación del",
        // NB: capitals often drop the accent (`EVALUATION DU 8ème PROGRAMME`); only ASCII case is folded.
        "evaluation de", "evaluation du", "evaluation des", "evaluacion de", "evaluacion del", "examen de", "response to the recommendations",
        "management response to", "management response matrix",
    ]

    /// Words (lower-case) that stand for a region's code after the year before a database's title (`2015 Global: …`), as a
    /// code in capitals does (`2005 CBD: …`): no part of the title (`CoverTitle.droppingYearCode`).
    static let scopeWords: Set<String> = ["global", "regional", "multi-country", "multiregional", "multi-regional", "interregional"]

    /// A document's status stamped alone on its cover (label keys): no title, the title stands below it (`PageChrome.titleIndex`).
    static let statusMarks: Set<String> = [
        "draft", "final", "final draft", "draft final", "confidential", "unedited", "restricted", "borrador", "confidentiel",
        "confidencial", "version finale", "versión final",
    ]

    /// Endings (lower-case) of a file's name a document host heads its copy with: never a title (`PageChrome.isFileName`).
    static let fileExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf", ".odt"]

    /// A document host's category label (label keys): the line under it (`Documents`) is the host's, never a title
    /// (`PageChrome.isCategoryValue`).
    static let categoryLabels: Set<String> = ["category", "categoría", "catégorie"]

    /// First words (lower-case) of a short line that goes on with the title line above it, past a blank line (`… of the
    /// Cooperation Agreement` / `Between X and Y 2012-2015`): `PageChrome.joinedLine`.
    static let titleConnectors: Set<String> = ["between", "of", "for", "on", "and", "entre", "pour", "para"]

    /// Words (lower-case) of a title that names only the document's kind, no subject (`Mid-Term Review FINAL Report`):
    /// a project's name in quotes below it is the title (`CoverTitle.namesKindOnly`, `quotedName`).
    static let kindWords: Set<String> = [
        "mid-term", "midterm", "mid", "term", "review", "final", "report", "evaluation", "terminal", "interim", "draft",
        "independent", "evaluación", "informe", "rapport", "évaluation", "finale", "examen", "revisión", "de", "à", "mi-parcours",
        "medio", "término", "operation", "operación", "opération", "of", "the", "la",
        // Capitals without their accents, plural kinds (`EVALUACION DE OPERACIONES`, `EVALUATION D'OPERATION`).
        "evaluacion", "operaciones", "operations", "d", "d'operation", "d'opération",
        // A part's label (`Synthesis Report`).
        "synthesis", "síntesis", "synthèse",
    ]

    /// Opening quote marks and their closing ones, around a project's name on a cover (`CoverTitle.quotedName`).
    static let quotePairs: [Character: Character] = ["“": "”", "\"": "\"", "«": "»", "„": "“"]

    /// Labels (lower-case) of a project's identifiers that a cover read as one line sets after the title (`GEF Project ID:
    /// 6956`): the title ends before the first (`CoverTitle.fromRunTogether`). Longer first.
    static let coverIDLabels = [
        "gef project id:", "undp project id:", "undp pims id:", "atlas project id:", "atlas award id:", "project id:", "pims id:",
        "gef id:", "award id:",
    ]

    /// Labels (label keys) of a byline, `Author: A. Person`: the line is never a title (`CoverTitle.isByline`).
    static let bylineLabels: Set<String> = [
        "author", "authors", "author(s)", "by", "prepared by", "evaluator", "evaluators", "evaluator(s)", "submitted by",
        "written by", "autor", "autores", "auteur", "auteurs", "elaborado por", "preparado por", "préparé par", "rédigé par",
    ]

    /// The last word (lower-case) of a series' label on a cover (`Project evaluation series`), before the title.
    static let seriesWords: Set<String> = ["series", "série", "serie"]

    /// Last words (lower-case) of a title line that the next line goes on with (`Final Independent Project Evaluation of
    /// the` / `Umbrella project …`): a title never ends in one (`PageChrome.title`).
    static let titleJoiners: Set<String> = [
        "of", "the", "for", "to", "and", "in", "on", "a", "an", "de", "des", "du", "la", "le", "les", "del", "et", "y", "en",
    ]

    /// Line beginnings (lower-case) of an executive board document's cover besides its labelled lines (`Executive Board` /
    /// `First Regular Session` / `Agenda item 5` / `For consideration`): its metadata, never its title; the title stands below
    /// the last of them (`PageChrome.isHeaderLabel`, `CoverTitle.boardTitle`).
    static let boardCoverLines = [
        "executive board", "first regular session", "second regular session", "third regular session", "annual session",
        "regular session", "agenda item", "for consideration", "for approval", "for information", "for decision",
        "for discussion", "for endorsement", "programme committee", "finance committee", "comité del programa", "comité de finanzas",
        "comité du programme", "comité financier",
        // A programme's board (UNAIDS's `PROGRAMME COORDINATING BOARD` … `Provisional agenda item 2:`).
        "programme coordinating board", "provisional agenda item",
    ]

    /// Last words (lower-case) of a board cover's session line that names it by its number first (`93º período de sesiones`,
    /// `Quatre-vingt-douzième session`, `Thirteenth meeting`): a line of `PageChrome.headerLabelWords` words at most.
    static let sessionWords: Set<String> = ["session", "sesiones", "sesión", "meeting"]

    /// Last words (lower-case) of a site section's name in a breadcrumb above a page's heading: `Programme, Financial and
    /// Administrative Section` (`PageChrome.isGenericTitle`, when it names no evaluation: `titleWords`).
    static let sectionWords: Set<String> = ["section", "segment"]

    /// Headings (lower-case) of a document host's list of other documents (`Similar documents`): a page that is that list
    /// below its title is a listing (`NotAnEvaluation.hostListing`).
    static let otherDocumentsHeadings: Set<String> = [
        "similar documents", "related documents", "more documents", "documentos similares", "documentos relacionados",
        "documents similaires", "documents connexes",
    ]

    /// A part's heading a cover sets after the title, in capitals, as written: `… H4+ EXECUTIVE SUMMARY` names the part,
    /// not the evaluation (`ReportParser`).
    static let titlePartHeadings = ["EXECUTIVE SUMMARY", "RÉSUMÉ EXÉCUTIF", "RESUMEN EJECUTIVO"]

    /// Openings (lower-case) of a publisher's legal notice on a report's back cover, never its summary (`ReportParser`,
    /// `EvaluationSummaryParser`): the UN's `The designations employed and the presentation of material …`, `The views
    /// expressed in this … are those of the author(s)`; the ILO's under every cover (`This evaluation has been conducted
    /// according to ILO's evaluation policies and procedures.`), where a cover read as one line ends (`CoverLines`).
    static let disclaimerOpenings = [
        "the designations employed", "the views expressed in this", "the views expressed herein", "the opinions expressed in this",
        "this evaluation has been conducted according to",
        "les appellations employées", "les opinions exprimées dans", "las denominaciones empleadas", "las opiniones expresadas en",
        // FAO's note on its QR code, under every document's symbol.
        "this document can be accessed using the qr code", "le code qr peut être utilisé", "el código qr puede utilizarse",
        // A copyright notice, an endorsement's and an editor's; UNICEF's front matter in every evaluation report.
        "the copyright for this", "the designations in this", "the text has not been edited", "this document has not been formally edited",
        "this document has not been edited", "mention of company names", "mention of firm names",
        "the purpose of publishing evaluation reports",
    ]

    /// Headings (lower-case) of a publisher's legal notice, run into its text by a transcription (`2 Exención de
    /// responsabilidad Las opiniones …`, `Exception : Le contenu …`): the notice's opening stands after them (`ReportParser.isDisclaimer`).
    static let disclaimerHeadings = ["disclaimer", "exención de responsabilidad", "descargo de responsabilidad", "avertissement",
                                     "avis de non-responsabilité", "exonération", "exception", "note"]

    /// What a publisher's legal notice says in its first sentence, wherever (lower-case): `The analysis and recommendations of
    /// this report do not necessarily reflect the views of …` (`ReportParser.isDisclaimer`). French is matched with or
    /// without its accent (`ne reflete pas nécessairement`).
    static let disclaimerPhrases = [
        "do not necessarily reflect", "does not necessarily reflect", "no reflejan necesariamente", "no refleja necesariamente",
        "ne reflète pas nécessairement", "ne reflètent pas nécessairement", "ne reflete pas nécessairement",
        "ne refletent pas nécessairement", "ne reflète pas necessairement", "ne reflètent pas necessairement",
    ]

    /// Headings (lower-case) of a report's section that thanks or introduces: never its summary, and what it names (the
    /// agencies and countries it thanks) none of the evaluation's (`ReportParser.firstParagraph`).
    static let prefaceHeadings: Set<String> = [
        "acknowledgements", "acknowledgments", "acknowledgement", "acknowledgment", "preface", "foreword", "remerciements",
        "avant-propos", "préface", "agradecimientos", "prefacio", "prólogo",
        // The evaluation team's section: its names and posts.
        "evaluation team", "équipe d'évaluation", "équipe d’évaluation", "equipo de evaluación", "equipo evaluador",
    ]

    /// Labels (label keys) of a cover's list of the countries covered (`Countries: Belize, Costa Rica and Panama`): the
    /// countries it names are the evaluation's (`ReportParser`).
    static let countryLabels: Set<String> = ["countries", "country", "países", "país", "pays"]

    /// Headings of a table of contents (lower-case): front matter above a report's first paragraph (`ReportParser`).
    static let contentsHeadings: Set<String> = [
        "table of contents", "contents", "table des matières", "sommaire", "índice", "contenido", "tabla de contenido",
    ]

    // MARK: Footers (`PageFooter`)

    /// What a copyright line starts with.
    static let copyrightMarks = ["©", "copyright ©"]

    /// The words a footer holds besides numbers: `page 2`, `página 3 de 5`; `of`, `de`, `sur`,
    /// `p.`, `pg` only beside a page word; `3 / 7`.
    static let footerWords: [(word: String, kind: PageFooter.Word)] = [
        ("page", .page), ("página", .page), ("of", .joining), ("de", .joining), ("sur", .joining),
        ("p.", .joining), ("pg", .joining), ("/", .slash),
    ]

    // MARK: Pages that are no evaluation (`NotAnEvaluation`)

    /// Words that a page about an evaluation holds somewhere (English, Spanish, French, Portuguese, Italian; Danish and
    /// Norwegian `evaluering`, German `Evaluierung`).
    static let evaluationWords = [
        "evaluat", "valuat", "valuac", "valuta", "avalia", "evaluer", "evaluier", "review", "assessment", "recommend", "recomend",
        "recommand", "lesson", "lecci", "leçon", "finding", "report", "informe", "rapport", "project", "proyect",
        "projet", "programme", "program", "workshop", "mission", "management response",
    ]

    /// A list's marks a site's page leaves alone on their lines, one above each entry's title (`- ` / `Evaluation of X` /
    /// its blurb): `NotAnEvaluation.blurbListing`.
    static let listMarks = ["-", "–", "•", "*", "·", "▪"]

    /// Words a short line naming an evaluation holds (`Final evaluation of X`), as a listing shows each.
    ///
    /// NB: `valuation` also finds `ÉVALUATION` (only ASCII case is folded).
    static let titleWords = ["valuation", "valuaci", "review", "assessment"]

    /// Words a sentence goes on after (English, French, Spanish, as written: lower-case): a line ending on one was
    /// wrapped mid-sentence, so it and the line below are no listing's items (`NotAnEvaluation.isItemShaped`).
    static let openLineEnds: Set<String> = [
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "into", "as", "that",
        "which", "its", "their", "de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "pour", "par", "en", "sur",
        "dans", "del", "el", "los", "las", "y", "para", "por", "con",
    ]

    /// Words of a listed evaluation's credit line (`Project: X - Evaluation Consultant: Y`), which names it
    /// again but is no title of its own.
    static let creditWords = ["consultant", "consultor", "evaluator", "evaluador", "évaluateur", "team leader"]

    /// What a job advertisement, or an evaluator's terms of reference posted as one, holds (lower-case).
    /// Two of them make the page one: a report names its own terms of reference in its methodology, and
    /// may say `duty station` once, but holds no second of these.
    static let jobCues = [
        "application deadline", "deadline for application", "closing date for application", "apply now", "how to apply",
        "this opening expired", "do not try to apply", "open application form", "advertised on behalf of", "contract type",
        "type of contract", "post level", "duty station", "duration of initial contract", "expected duration of assignment",
        "languages required", "vacancy announcement", "vacancy notice",
        // What a call for an individual consultant asks the applicant for (UNDP's procurement notices): `Letter of
        // Confirmation of Interest and Availability`, `Personal History Form (P11 form)`, `CV Template`.
        "confirmation of interest and availability", "confirming interest and availability", "personal history form",
        "p11 form", "cv template", "requirements for experience and qualifications",
    ]

    /// Whole lines (label keys) of a job board's advertisement: the contract's hours (`Full Time`), one of `jobCues`' kind.
    static let jobBoardLines: Set<String> = ["full time", "full-time", "part time", "part-time", "freelance", "internship"]

    /// A job board's line saying when the advertisement was posted, as a label key: `Posted 2 years ago`.
    static let postedOpening = "posted "
    static let postedEnding = " ago"

    /// What a sentence of a page's opening opens with when the page is terms of reference and says so (lower-case):
    /// `This Terms of Reference (ToR) sets out the expectations for the TE of …`.
    static let termsSelfReferences = [
        "this terms of reference", "these terms of reference", "the present terms of reference", "this tor ",
        "ces termes de référence", "les présents termes de référence", "estos términos de referencia",
        "los presentes términos de referencia",
    ]

    /// What a line of a site's search results opens with before its count (`Showing 31 - 40 of 1191`), lower-case; the words
    /// between the count's numbers.
    static let searchCountOpenings = ["showing ", "displaying ", "results ", "mostrando ", "affichage "]
    /// What a line of a site's search results ends with after its count (`104 results found`), lower-case.
    static let searchFoundEndings = [
        "results found", "result found", "résultats trouvés", "résultat trouvé", "resultados encontrados", "resultado encontrado",
    ]
    static let searchRangeWords: Set<String> = ["-", "–", "to", "a", "à"]
    static let searchTotalWords: Set<String> = ["of", "de", "sur"]

    /// Beginnings (lower-case) of a line of a page's opening that make it terms of reference or a call for an
    /// evaluator on their own: `Terms of Reference for the final evaluation of …`, `These terms of reference
    /// guide the services sought …`, `Consultancy: Mid-term evaluation of …`.
    static let termsTitles = [
        "terms of reference", "these terms of reference", "consultancy:", "términos de referencia", "terminos de referencia",
        "termes de référence", "termes de reference",
    ]

    /// A cover page's heading, in capitals, near the start of an opening line (a PDF's cover read as one line:
    /// `Office of Evaluation … TERMS OF REFERENCE STRATEGIC EVALUATION OF …`).
    static let termsHeading = "TERMS OF REFERENCE"

    /// Words before `termsHeading` on a line that make it an annex a table of contents lists (`Annex 1: TERMS OF
    /// REFERENCE …… 45`), no cover (lower-case).
    static let annexWords = ["annex", "appendix", "anexo"]

    /// What an evaluation office's own report on its year or two is called (lower-case): `2012 Biennial Report on
    /// Evaluation`, `Annual report for 2016 on the evaluation function`, `UNHCR Evaluation Office / Annual Report 2022`,
    /// `This 2019 Annual Evaluation Report`. An `annual report` is one when `evaluationFunctionWords` stand beside it.
    static let officeReportWords = [
        "annual report", "biennial report", "annual evaluation report", "biennial evaluation report", "informe anual",
        "rapport annuel",
        // A board paper's title that joins the two (WHO's `Evaluation: annual report`).
        "evaluation: annual report", "evaluation – annual report", "evaluation - annual report",
    ]

    /// What follows the year of an office's yearly report titled by it (label keys): `2021 in review` (`NotAnEvaluation.reviewsItsYear`).
    static let yearReviewTitles: Set<String> = ["in review", "year in review", "a year in review"]

    /// What such a report counts in its opening, a number on the same line (lower-case): `Completed 13 independent evaluations`.
    static let countedEvaluationWords = ["evaluations", "évaluations", "evaluaciones"]

    /// What stands beside an `annual report` that is an evaluation office's (lower-case): `Informe anual de 2018 sobre la
    /// función de evaluación`, `Rapport annuel … sur la fonction d'évaluation`.
    static let evaluationFunctionWords = [
        "evaluation function", "evaluation office", "evaluation service", "on evaluation", "función de evaluación",
        "oficina de evaluación", "fonction d'évaluation", "fonction d’évaluation", "bureau de l'évaluation", "bureau de l’évaluation",
    ]

    /// What a governing body's meeting document holds in its opening (lower-case): two of them make the page one
    /// (`Meeting document | 28 February 2017`, `the Governing Body is invited to …`, `WFP/EB.A/2014/7-C`, `Agenda item 7` …
    /// `Distribution: GENERAL`). Such a page is an evaluation only when it is one evaluation's report or the response to one
    /// (`boardEvaluationWords`); a summary of the evaluation function, an annual report, a decision is no evaluation.
    static let boardCues = [
        "meeting document |", "conference paper |", "the governing body is invited", "the governing body is provided",
        "draft decision in paragraph", "agenda item", "item of the provisional agenda", "distribution: general", "distr.: general",
        "for consideration", "for decision", "for discussion", "wfp/eb.", "e/icef/", "dp/fpa/", "dp/2", "gb.3", "gb.2",
        // A board's decision: `Board Decisions` / `Approved by the Board on: …`, `The Board, having considered document …`,
        // its record's labels (`Decision code` / `B.22/12`, `Decision type` / `In-session`).
        "board decision", "approved by the board on", "the board approves", "having considered document", "decision code",
        "decision type",
        // The Spanish and French board's invitation and draft decision (`Se invita al Consejo de Administración a que apruebe …
        // (véase el proyecto de decisión en el párrafo 136)`).
        "se invita al consejo de administración", "proyecto de decisión", "le conseil d'administration est invité",
        "le conseil d’administration est invité", "projet de décision",
    ]

    /// Beginnings (lower-case) of the line a governing body's decision opens with, above its numbered operative clauses:
    /// `The Executive Board` / `1. Takes note of …`, `The Board, having considered document …:` (`NotAnEvaluation.isDecision`).
    static let decisionOpenings = [
        "the board", "the executive board", "the governing body", "le conseil d'administration", "le conseil d’administration",
        "la junta ejecutiva",
    ]

    /// What a decision's numbered operative clause opens with after its number (lower-case): `1. Takes note of the periodic
    /// report on evaluation;`, `2. Welcomes …`, `3. Requests …`. A clause acts on a document; it is no report nor response.
    static let decisionClauses = [
        "takes note", "also takes note", "further takes note", "welcomes", "also welcomes", "requests", "also requests",
        "further requests", "decides", "approves", "endorses", "directs", "notes", "encourages", "looks forward", "recalls",
        "reaffirms", "urges", "invites", "emphasizes", "stresses", "acknowledges", "recognizes", "commends", "expresses",
        "calls upon", "authorizes", "prend note", "se félicite", "prie", "décide", "approuve", "toma nota", "acoge con",
        "pide", "decide", "aprueba",
    ]

    /// What a governing body's meeting document that is one evaluation's report, or the response to one, names in its
    /// opening (lower-case): `SUMMARY EVALUATION REPORT—…`, `the Secretariat's response to the recommendations of …`.
    static let boardEvaluationWords = [
        "summary evaluation report", "management response", "response to the recommendations", "evaluation report—",
        "evaluation report –", "respuesta de la administración", "réponse de la direction",
        // `INFORME RESUMIDO DE LA EVALUACIÓN DE …`, `Rapport succinct de l'évaluation …` (their ASCII stems: capitals fold on
        // ASCII only), `Respuesta de la dirección a las recomendaciones …`, `Réponse de l'administration à l'évaluation …`.
        "informe resumido de la evaluaci", "informe resumido de evaluaci", "rapport succinct d", "respuesta de la direcci",
        "réponse de l'administration", "réponse de l’administration",
    ]

    /// What a procurement notice's opening holds (lower-case): two of them make the page one (`Procurement Process :RFP -
    /// Request for proposal` / `Deadline :27-Sep-19`). A report's opening names no deadline.
    static let procurementCues = [
        "request for proposal", "request for quotation", "invitation to bid", "procurement process", "deadline :", "deadline:",
        "deadline on:", "appel d'offres", "appel d’offres", "solicitud de propuesta",
    ]

    /// What an evaluation policy's title names (lower-case), unless it names an evaluation of it (`policyReviewWords`).
    static let policyTitles = ["evaluation policy", "política de evaluación", "politique d'évaluation", "politique d’évaluation"]

    /// Words of a title that evaluates or reviews what it names (lower-case): `Evaluation of the evaluation policy`.
    static let policyReviewWords = [
        "evaluation of", "review of", "assessment of", "évaluation de", "évaluation du", "évaluation des", "evaluación de",
        "evaluación del", "examen de",
    ]

    /// What a plan of evaluations' title names (lower-case): `Évaluations 2019-2021 – plan de travail indicatif`,
    /// `Evaluation work plan 2020-2021`, `Plan de evaluaciones`.
    static let workPlanTitles = [
        "plan de travail indicatif", "evaluation work plan", "evaluation workplan", "evaluation work programme", "evaluation work program",
        "rolling work plan", "plan de evaluaciones",
        "plan d'évaluation", "plan d’évaluation",
    ]

    /// What a plan of evaluations' title names before its years, with only punctuation between (lower-case): `Transitional
    /// biennial budgeted evaluation plan, 2014-2015`, `Evaluation plan 2020-2021` (`NotAnEvaluation.isWorkPlan`).
    static let datedPlanTitles = ["evaluation plan", "evaluations plan"]

    /// What a page's title names when the page is an internal audit's report (lower-case): `INTERNAL AUDIT DIVISION REPORT
    /// 2016/110 Audit of property management …`, `Internal Audit of the … Country Office`, `Office of Internal Audit and
    /// Investigations (OIAI)`. An audit is no evaluation unless the title names one too (`policyReviewWords`).
    static let auditTitles = [
        "internal audit division", "office of internal audit", "internal audit of", "audit report", "audit of ",
        "audit interne", "auditoría interna",
    ]

    /// What a quality assessment of an evaluation's report names in its title (lower-case): `UNICEF Global Evaluation Report
    /// Oversight System (GEROS) Review Template - … Evaluation of X`, `Quality assessment of the evaluation report`, `OVERALL
    /// QUALITY RATING`. It rates a report; it is none (`NotAnEvaluation.isQualityReview`).
    static let qualityReviewTitles = [
        "geros", "quality assessment", "quality review", "review template", "overall quality rating", "quality assurance review",
        "assessment template",
    ]

    /// Words of a title that make a quality review's synthesis of many reports (lower-case): `GEROS - Global Meta-Evaluation
    /// Report 2014`. Its findings are its own: a report.
    static let metaEvaluationWords = [
        "meta-evaluation", "meta evaluation", "metaevaluation", "meta-analysis", "synthesis", "méta-évaluation", "metaevaluación",
        "meta-evaluación",
    ]

    /// What a management response's title opens its subject with (lower-case): `MANAGEMENT RESPONSE TO THE SEMI-ANNUAL
    /// EVALUATION REPORT …`. Such a page that names an evaluation (`policyReviewWords`) responds to it; it is no office's
    /// annual report (`NotAnEvaluation.isOfficeReport`).
    static let responseTitles = [
        "management response to", "response of management to", "management perspective on", "respuesta de la administración a",
        "réponse de la direction à",
        "réponse de l'administration à", "réponse de l’administration à", "réponse de l'administration au",
        "réponse de l’administration au",
    ]

    /// A document's kind naming a management response (lower-case): in its title (`Management response to X`, `Evaluation of
    /// X MANAGEMENT RESPONSE`), after the title's dash (`… – Respuesta de la administración`) or on the cover's line under it
    /// (`Réponse préliminaire de la Direction générale`). The document is then one (`CoverTitle.namesResponse`, `isResponseKind`).
    static let responseKinds = [
        "management response", "management's response", "management’s response", "response of management",
        "respuesta de la administración", "respuesta de la dirección", "respuesta de la gerencia", "réponse de la direction",
        "réponse de l'administration", "réponse de l’administration",
    ]

    /// What a report on how many evaluations' recommendations are followed up titles itself (lower-case), unless it names an
    /// evaluation of one thing (`policyReviewWords`): IFAD's `President's Report on the Implementation Status of Evaluation
    /// Recommendations and Management Actions (PRISMA)`, `Informe del Presidente sobre el estado de aplicación de las
    /// recomendaciones de evaluación …` (`NotAnEvaluation.isFollowUpReport`).
    static let followUpTitles = [
        "implementation status of evaluation recommendations", "status of implementation of evaluation recommendations",
        // GEF's `Management Action Record 2013`; a committee's `Progress Report on the Follow-up to Past … Recommendations`;
        // a board's `Report on the implementation of the External Auditor recommendations`.
        "management action record", "progress report on the follow-up to", "progress report on the follow up to",
        "external auditor recommendations", "recommendations of the external auditor", "recommendations of the board of auditors",
        "estado de aplicación de las recomendaciones de evaluación", "mise en œuvre des recommandations issues de l'évaluation",
        "mise en œuvre des recommandations issues de l’évaluation",
    ]

    /// A cover's summary heading as written (capitals count), after the title of a cover read as one line (`… Plan de travail
    /// indicatif à horizon mobile Résumé Le présent document …`): the title ends before it (`NotAnEvaluation.coverNames`).
    static let coverSummaryHeadings: Set<String> = ["Summary", "SUMMARY", "Résumé", "RÉSUMÉ", "Resumen", "RESUMEN", "Abstract", "ABSTRACT"]

    /// A listing's link under an entry's teaser, to the rest of it (label keys, its marks `+ ` `»` trimmed): `+ Read now`,
    /// `Read more »` (`NotAnEvaluation.isReadMore`).
    static let readMoreLinks: Set<String> = [
        "read now", "read more", "learn more", "lire la suite", "en savoir plus", "leer más", "ver más", "leia mais",
    ]

    /// What a guide to evaluations or their management responses titles itself (lower-case), unless it names an evaluation
    /// of it (`policyReviewWords`): `Evaluation Handbook`, `Roles and Responsibilities`, `Procedures for Management Response`,
    /// `4.4.1 Preparation of the management response and action plans`.
    static let guidanceTitles = [
        "handbook", "guidance", "guidelines", "procedures for", "procedure for", "roles and responsibilities",
        "preparation of the management response", "preparing the management response", "lignes directrices", "manuel d",
        "directrices", "guía de", "manual de", "how to ",
        // A form to fill in: `Format for an 'Evaluation Inception Report'`, `Suggested list of contents`, `Report outline`.
        "format for", "template for", "outline for", "outline of the", "report outline", "suggested outline",
        "suggested list of contents", "suggested structure",
    ]

    /// What sentences of a guide to management responses and recommendations open with (lower-case): rules said in
    /// general (`Recommendations should be anchored …`, `The management response must …`), never of one evaluation, or the
    /// guide naming itself (`These guidelines replace …`).
    static let guidanceCues = [
        "recommendations should", "recommendations must", "the management response should", "the management response must",
        "a management response should", "a management response must", "management responses should",
        "management responses must", "this response should", "every evaluation should", "each evaluation should",
        "each recommendation should", "les recommandations doivent", "la réponse de la direction doit",
        "las recomendaciones deben", "la respuesta de la gerencia debe",
        // What any evaluation product should be: `The Inception Report should be a stand-alone document`, `The ToR should …`.
        "the inception report should", "an inception report should", "the inception report must", "the tor should",
        "the tors should", "the terms of reference should", "the report should", "the evaluation report should",
        "the final report should", "the executive summary should", "an evaluation report should", "evaluation reports should",
        // A guide that says what it is (`The purpose of these guidelines, issued by …`, `These guidelines replace …`).
        "these guidelines", "the purpose of these guidelines", "the present guidelines", "ces lignes directrices",
        "les présentes lignes directrices", "estas directrices", "las presentes directrices",
    ]

    /// What a news item tells of an event past (lower-case): `L’atelier … s’est tenu le jeudi 10 août 2023`, `plusieurs
    /// acteurs … ont pris part aux échanges`, `The workshop was held on 3 May`. An evaluation's report says what it found.
    static let newsCues = [
        "s'est tenu", "s’est tenu", "s'est déroulé", "s’est déroulé", "ont pris part", "a vu la participation", "took part in",
        "was held on", "were held on", "tuvo lugar el", "se llevó a cabo el", "se celebró el", "participaron en",
        // `A round-table workshop … took place in Addis Ababa on 5 November`, `Some 60 participants attended`, `The workshop was
        // co-organized by …`.
        "took place in", "took place on", "participants attended", "co-organized by", "co-organised by", "co-hosted by",
    ]

    /// What a newsletter's masthead names (lower-case), and the word numbering its issue beside it or below it: `WHO
    /// Evaluation News: Issue 13, December 2024`, `Evaluation news` / `Issue n. 8` (`NotAnEvaluation.isNewsletter`).
    static let newsletterTitles = [
        "newsletter", "evaluation news", "bulletin", "boletín", "lettre d'information", "lettre d’information",
    ]
    static let newsletterIssueWords = ["issue", "numéro", "número", "édition", "edición"]

    /// Openings (lower-case) of a line of an empty form that says what to write there, unbracketed, after its label or mark
    /// (`Summary: Insert summary of assessment`, `/ Please insert assessment level …`): a placeholder
    /// (`NotAnEvaluation.hasPlaceholder`).
    static let placeholderOpenings = ["insert ", "please insert ", "please enter ", "enter here", "please fill in", "fill in "]

    /// Openings (lower-case) of a photo's credit that ends its caption (`… and local partners. Source: ILO/Flickr`): the
    /// caption is the image's, never a paragraph (`PageChrome.isCaption`).
    static let captionCredits = ["source: ", "photo: ", "photo credit: ", "photo credits: ", "credit: ", "foto: ", "crédito: ",
                                 "crédit photo : ", "crédit photo: ", "© "]

    /// Labels (lower-case) of a report's overall assessment run into its cover's labels (`… April 2018 Overall assessment:
    /// The purpose …`), or of a record's description after its labelled fields (`Cliente: OIT Año: 2021 Descripción: A
    /// finales …`; with its colon), besides a response template's (`ResponseTemplateVocabulary.summaryLabels`): the summary
    /// starts after it (`ReportParser.afterSummaryLabel`).
    static let summaryLabels = ["overall assessment", "description:", "description :", "descripción:", "descripcion:"]

    /// Labels (lower-case, with their colon) of a cover's credits (`Equipo de evaluación: X`, `Número de informe: OEV/2015/010`):
    /// a paragraph opening with one, or holding two (a cover read as one line), is the cover's, never a summary
    /// (`ReportParser.isCredits`).
    static let coverCreditLabels = commissioningLabels + creditRoles.map(\.label) + [
        "project number:", "project title:", "título del proyecto:", "titre du projet:", "report number:", "número de informe:",
        "numéro du rapport:",
    ]

    /// Cover credits (lower-case, with their colon) naming a report's evaluators or its evaluation manager, and the role each
    /// gives; a leader's label (`Team leader:`, `Jefa de equipo:`) is the person's post too, its detail as written
    /// (`CoverCredits`). A team's label alone on its line (`Equipo de Evaluación`) heads its members' `post: name` lines.
    static let creditRoles: [(label: String, role: Role, post: Bool)] = [
        "evaluation team:", "evaluators:", "evaluator:", "evaluadores:", "evaluador:", "évaluateurs:", "evaluateurs:",
        "évaluateur:", "equipo de evaluación:", "equipo evaluador:", "équipe d'évaluation:", "équipe d’évaluation:",
        "equipe d'évaluation:", "equipe d’évaluation:", "equipe d'evaluation:", "equipe d’evaluation:",
    ].map { ($0, .evaluator, false) } + [
        "team leader:", "jefe de equipo:", "jefa de equipo:", "chef d'équipe:", "chef d’équipe:", "chef de mission:",
    ].map { ($0, .evaluator, true) } + [
        "evaluation manager:", "evaluation managers:", "gerente de la evaluación:", "gerente de evaluación:",
        "gestionnaire de l'évaluation:", "gestionnaire de l’évaluation:", "gestionnaire de l'evaluation:",
        "gestionnaire de l’evaluation:",
    ].map { ($0, .evaluationManager, false) }

    /// Cover credits (lower-case, with their colon) naming who commissioned the report (`Comisionado por: WFP Office of
    /// Evaluation`): the organizations their value names own it (`ReportParser.commissioners`).
    static let commissioningLabels = ["commissioned by:", "comisionado por:", "commandité par:", "commanditée par:", "mandaté par:",
                                      "mandaté par le:", "mandatée par:"]

    /// An evaluation office's name (lower-case) as a cover writes it after its organization's (`UNFPA Evaluation Office`,
    /// `WFP Office of Evaluation`): that organization owns the report (`ReportParser.commissioners`).
    static let evaluationOfficeNames = ["evaluation office", "office of evaluation", "bureau de l'évaluation", "bureau de l’évaluation",
                                        "oficina de evaluación"]

    /// First words (lower-case) of a sentence's subject (`The evaluation assessed …`, `This review found …`): a line opening
    /// with one and ending a sentence is prose, no listing's item (`NotAnEvaluation.isItemShaped`).
    static let sentenceOpeners: Set<String> = [
        "the", "this", "these", "it", "its", "we", "our", "they", "le", "la", "les", "cette", "ce", "el", "esta", "este", "los",
        "las",
    ]

    /// `[Insert …]` placeholders and the like: what a line of an empty template holds.
    static let placeholders = ["[insert", "<insert", "(insert", "[enter", "[add ", "[name", "[date", "[text", "xxx",
                               "___", "[…]", "[...]", ": tbd"]
}
