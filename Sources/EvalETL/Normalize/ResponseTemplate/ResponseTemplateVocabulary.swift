/// The words an agency's management response template is read by (UNFPA's `Management Response to
/// Evaluation`, and UNICEF's, WFP's, FAO's of the same shape): the cover table's labels, the key action
/// table's header words, the headings above the overall response.
///
///     ResponseTemplateVocabulary.cover(of: "Evaluation Title Final evaluation of …")?.field == .title
///
/// NB: every word here is lower-case; a line is folded and lower-cased before it is looked up.
enum ResponseTemplateVocabulary {
    /// A field of the template's cover table.
    enum CoverField: Equatable {
        case office, title, year, type, manager
    }

    /// Each cover label (lower-case) with its field; a label is followed by its value on the same line,
    /// after a space or a colon (`Evaluation Title EVALUATION FINALE …`, `Year of the Evaluation: 2012`).
    static let coverLabels: [(label: String, field: CoverField)] = [
        ("country, region or hq division/unit that commissioned the evaluation", .office),
        ("country, region or hq division/unit that commissioned evaluation", .office),
        ("commissioning unit", .office), ("commissioning office", .office), ("country office", .office),
        ("office and person in charge for management response", .office),
        ("evaluation title", .title), ("document title", .title), ("review title", .title), ("title of the evaluation", .title), ("title of evaluation", .title),
        ("year of the evaluation", .year), ("year of evaluation", .year), ("evaluation year", .year),
        ("type / focus area of evaluation", .type), ("type/focus area of evaluation", .type),
        ("type of evaluation", .type), ("evaluation type", .type),
        ("evaluation manager", .manager),
    ]

    /// Cover labels read only before a `:` (`Office: New York headquarters`): alone, the word starts text too.
    /// OCHA's `Unit/Bureau:` under each of its sign-off's people, the unit that prepared the plan.
    static let colonCoverLabels: [(label: String, field: CoverField)] = [("office", .office), ("unit/bureau", .office)]

    /// Labels of a cover whose values no row keeps (`Region: Global`); before a `:` they end the overall response.
    static let otherCoverLabels = [
        "region", "evaluation report sequence number", "person in charge for follow-up to management response",
        "person-in-charge for follow-up to management response",
        "planned use of evaluation", "report issue year", "date of submission", "focal point",
        "mr submission date", "approved by",
    ]

    /// The labels a cover of label–value pairs read as one line is cut at without their `:` (UNFPA's, as a host transcribes
    /// its PDF a page a line: `… Evaluation Title X Year of the Evaluation 2011 MR Submission Date … General Management
    /// Response N/A …`): the cover's, its others of two words or more, the overall response's headings.
    static let bareCoverLabels = coverLabels.map(\.label) + otherCoverLabels.filter { $0.contains(" ") } + summaryHeadings.sorted()

    /// Labels of a plan's sign-off (OCHA's `Date: … Prepared by: … Position: … Cleared by: … Tracked by: …`), read only
    /// before a `:`: values no row keeps (the contract has no role for who prepared or cleared a response).
    static let signOffLabels = ["date", "prepared by", "cleared by", "tracked by", "position", "revised"]

    /// What the page's title line holds: `UNFPA Management Response to Evaluation`, UNICEF's `UNICEF Evaluation
    /// Management Response`.
    /// OCHA's `Management Response Plan (MRP) to the Global Evaluation of X`.
    static let titlePhrases = [
        "management response to evaluation", "management response to the evaluation", "evaluation management response",
        "management response plan", "management response matrix",
    ]

    /// The headings of a matrix's columns read one after the other (OCHA's CERF matrix): the recommendations' (`KEY
    /// RECOMMENDATIONS TO OCHA`) and the responses' (`MANAGEMENT RESPONSE AND ACTION TAKEN OR TO BE TAKEN`, or alone).
    static let matrixColumns = (recommendations: ["key recommendations", "key recommendation"], responses: ["management response"])

    /// Headings above the overall response, the page's summary.
    static let summaryHeadings: Set<String> = ["general management response", "overall management response", "overall response"]

    /// Labels of the overall response, its text after the `:` (`Overall response to the evaluation: The …`).
    /// UNFPA's `Overall assessment:` after its cover table flattened as all labels, then all values; OCHA's `Overall comments:`
    /// (`Overall Outcome:`, the outcome the plan works towards).
    static let summaryLabels = [
        "overall response to the evaluation", "overall response to the peer review", "overall management response",
        "general management response", "overall assessment", "overall comments", "overall outcome",
    ]

    /// Headings that end the summary (`Recommendations`, the cover table's own heading).
    static let summaryEnds: Set<String> = ["recommendations", "recommendation"]

    /// The key action table's header row starts with one of these (`Key Action(s) Deadline Responsible unit(s)`,
    /// WFP's `Management - Action to be taken Action Responsible CO unit Time frame`) …
    static let tableHeaderStarts = ["key action", "key actions", "key action(s)", "action(s)", "actions", "action", "management - action"]
    /// … and names a time column …
    static let timeWords = ["deadline", "timeline", "time frame", "timeframe", "due date", "completion date"]
    /// … and the responsible one (UNICEF's form: `Actions to be taken Person in charge Completion date`).
    static let responsibleWords = ["responsible", "responsibility", "lead unit", "person in charge", "person-in-charge"]

    /// The template's instruction listing the categories to choose from (UNICEF's `Management Response (Agree,
    /// Partially Agree, Disagree):`, WFP's `Accepted, partially accepted or not accepted`): a line holds one of
    /// the first words and one of the second.
    static let categoryChoices = (partly: ["partially agree", "partially accept"], not: ["disagree", "not accept", "not agree", "reject"])

    /// A heading that ends a recommendation's text where a plan writes its response in the same cell: a sentence of a few
    /// words holding the first word, ending with one of the second (OCHA's `Suggested OCHA response and specific follow up
    /// actions.`).
    static let responseHeading = (word: "response", lastWords: ["actions", "action"])

    /// The labels of UNDP's older template pasted flat into one response (`FlatTemplate`): each issue's label,
    /// before its number and `:` (`Evaluation Recommendation or Issue 1:`), longest first …
    static let flatIssueLabels = ["evaluation recommendation or issue", "recommendation or issue"].map { Array($0.utf8) }
    /// … its response's label …
    static let flatResponseLabel = Array("management response:".utf8)
    /// … and the key action table's first words (`Key Action(s) Time Frame Responsible Unit(s) Tracking* Status Comments`).
    static let flatTableStart = Array("key action".utf8)
}
