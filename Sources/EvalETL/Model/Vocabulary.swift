/// Every controlled vocabulary of the contract, in one place.
///
/// To add a spelling variant, an organization alias or a list item that
/// contains a comma, add one entry to the table here; parsers read only these.
public enum Vocabulary {

    // MARK: Action statuses

    /// Canonical action statuses (CONTRACT.md `actions.status`).
    public static let actionStatuses: [String] = [
        "Completed", "Ongoing", "Initiated", "Not Initiated", "Overdue",
        "Overdue-Initiated", "Overdue-Not Initiated", "No Longer Applicable",
        "No deadline established",
    ]

    /// Spelling variants, as word sequences, that fold into a canonical status.
    /// Words are compared case-insensitively; `-` and spaces separate words alike,
    /// and `over due` / `on going` are read as one word before this table is used.
    public static let statusVariants: [String: String] = [
        "complete": "Completed",
        "done": "Completed",
        "in progress": "Ongoing",
        "in process": "Ongoing",
        "on schedule": "Ongoing",
        "not started": "Not Initiated",
        "overdue not started": "Overdue-Not Initiated",
        "no longer relevant": "No Longer Applicable",
        "no deadline": "No deadline established",
        // ILO i-eval's `management_response:` of a recommendation record.
        "action not yet taken": "Not Initiated",
        // Spanish and French exports.
        "completado": "Completed", "completada": "Completed", "en curso": "Ongoing",
        "iniciado": "Initiated", "no iniciado": "Not Initiated", "vencido": "Overdue",
        "achevé": "Completed", "terminé": "Completed", "en cours": "Ongoing", "initié": "Initiated",
        "non initié": "Not Initiated", "en retard": "Overdue",
    ]

    // MARK: Response categories

    /// Canonical management response categories; matched case-insensitively.
    public static let responseCategories: [String] = [
        "Accepted", "Partially Accepted", "Rejected", "Not applicable",
    ]

    /// Variants of the response categories (lowercased) and the canonical form.
    public static let responseCategoryVariants: [String: String] = [
        "partially accepted": "Partially Accepted",
        "partly accepted": "Partially Accepted",
        "accepted partially": "Partially Accepted",
        "not accepted": "Rejected",
        "agree": "Accepted",
        "partially agree": "Partially Accepted",
        "disagree": "Rejected",
        // WFP's words (`Agreed.`, `Partially agreed`, `Not agreed`), in its templates and Executive Board tables.
        "agreed": "Accepted",
        "partially agreed": "Partially Accepted",
        "not agreed": "Rejected",
        "n/a": "Not applicable",
        "not applicable": "Not applicable",
        "aceptada": "Accepted",
        "parcialmente aceptada": "Partially Accepted",
        "rechazada": "Rejected",
        "acceptée": "Accepted",
        "partiellement acceptée": "Partially Accepted",
        "rejetée": "Rejected",
    ]

    /// A field's or cell's value that says it has none (`N/A`, `None`, French `RAS`: rien à signaler), lowercased.
    public static let noValues: Set<String> = [
        "n/a", "na", "none", "nil", "not applicable", "tbd", "unknown", "not available", "ras", "rien à signaler",
    ]

    // MARK: GATE list fields

    /// List items that contain `, ` themselves; the export joins items with `, `.
    public static let commaItems: [String] = [
        "Evidence, Data and statistics",
    ]

    /// Extra `Label: value` lines some GATE exports carry (lowercased). Inside a
    /// recommendation or response text they end it; any other `Word Word:` line
    /// there is read as more text (`For Turkmenistan: the HRGTG …`).
    public static let gateExtraLabels: Set<String> = [
        "evaluation manager", "focal point", "focal point name", "responsible unit", "region",
        "year", "evaluation year", "evaluation type", "management response status",
        "implementation status", "follow-up", "follow up", "recommendation status", "priority",
        "level", "related output", "related outcome", "sp outcome", "gender marker", "budget",
        "donor", "evaluation title", "evaluation id", "recommendation id", "status",
    ]

    /// The value that means "nothing here" in GATE list fields.
    public static let notApplicable = "Not applicable"

    // MARK: Approval statuses (GATE page status line)

    public static let approvalStatuses: [String] = [
        "Approved", "Draft", "Pending", "Submitted", "Under Review", "Rejected", "Closed",
    ]

    // MARK: Organizations

    /// Aliases (compared case-insensitively) and the canonical organization name.
    public static let organizationAliases: [String: String] = [
        "unw": "UN Women",
        "un-women": "UN Women",
        "un women": "UN Women",
        "unwomen": "UN Women",
        "un-woman": "UN Women",
        "onu mujeres": "UN Women",
        "onu femmes": "UN Women",
        "international labour organization": "ILO",
        "international labour office": "ILO",
        "international labour organisation": "ILO",
        "international labor organization": "ILO",
        "ilo": "ILO",
        "oit": "ILO",
        "bit": "ILO",
        "pnud": "UNDP",
        "united nations development programme": "UNDP",
        "programa de las naciones unidas para el desarrollo": "UNDP",
        "programme des nations unies pour le développement": "UNDP",
        "world food programme": "WFP",
        "united nations children's fund": "UNICEF",
        "food and agriculture organization": "FAO",
        "united nations high commissioner for refugees": "UNHCR",
        "united nations environment programme": "UNEP",
        "un environment": "UNEP",
        "international fund for agricultural development": "IFAD",
        // NB: one-word aliases match as whole words in capitals only (`OrganizationMentions`): `PAM`, not `pam`.
        "pam": "WFP", "pma": "WFP", "programme alimentaire mondial": "WFP", "programa mundial de alimentos": "WFP",
        "fnuap": "UNFPA", "onudi": "UNIDO", "united nations industrial development organization": "UNIDO",
        "onudc": "UNODC", "fida": "IFAD", "onusida": "UNAIDS",
        "office of internal oversight services": "OIOS",
        // Full names, in English, Spanish and French (12 words at most: `PartyLexicon.PhraseKey`; a mention
        // of a longer name is found by its start).
        "united nations entity for gender equality and the empowerment of women": "UN Women",
        "entidad de las naciones unidas para la igualdad de género": "UN Women",
        "entité des nations unies pour l'égalité des sexes et l'autonomisation des femmes": "UN Women",
        "organización internacional del trabajo": "ILO", "oficina internacional del trabajo": "ILO",
        "organisation internationale du travail": "ILO", "bureau international du travail": "ILO",
        "united nations population fund": "UNFPA", "fondo de población de las naciones unidas": "UNFPA",
        "fonds des nations unies pour la population": "UNFPA",
        "organización de las naciones unidas para la alimentación y la agricultura": "FAO",
        "organización de las naciones unidas para la agricultura y la alimentación": "FAO",
        "organisation des nations unies pour l'alimentation et l'agriculture": "FAO",
        "fondo internacional de desarrollo agrícola": "IFAD", "fonds international de développement agricole": "IFAD",
        "fondo de las naciones unidas para la infancia": "UNICEF", "fonds des nations unies pour l'enfance": "UNICEF",
        "alto comisionado de las naciones unidas para los refugiados": "UNHCR",
        "haut commissariat des nations unies pour les réfugiés": "UNHCR", "acnur": "UNHCR",
        "world health organization": "WHO", "organización mundial de la salud": "WHO",
        "organisation mondiale de la santé": "WHO",
        "international organization for migration": "IOM", "organización internacional para las migraciones": "IOM",
        "organisation internationale pour les migrations": "IOM",
        "united nations office on drugs and crime": "UNODC",
        "joint united nations programme on hiv/aids": "UNAIDS",
        "united nations relief and works agency": "UNRWA",
        "office de secours et de travaux des nations unies": "UNRWA",
        "organismo de obras públicas y socorro de las naciones unidas": "UNRWA",
        "unocha": "OCHA", "un ocha": "OCHA", "ocah": "OCHA", "bcah": "OCHA",
        "office for the coordination of humanitarian affairs": "OCHA",
        "united nations office for the coordination of humanitarian affairs": "OCHA",
        "oficina de coordinación de asuntos humanitarios": "OCHA", "oficina para la coordinación de asuntos humanitarios": "OCHA",
        "oficina de las naciones unidas para la coordinación de asuntos humanitarios": "OCHA",
        "bureau de la coordination des affaires humanitaires": "OCHA",
        "asian development bank": "ADB", "banco asiático de desarrollo": "ADB", "banque asiatique de développement": "ADB",
        "african development bank": "AfDB", "banco africano de desarrollo": "AfDB", "banque africaine de développement": "AfDB",
        "inter-american development bank": "IDB", "iadb": "IDB", "banco interamericano de desarrollo": "IDB",
        "banque interaméricaine de développement": "IDB",
        "dg echo": "ECHO", "european commission humanitarian aid office": "ECHO", "european community humanitarian office": "ECHO",
        "european civil protection and humanitarian aid operations": "ECHO",
        "international trade centre": "ITC", "international trade center": "ITC", "centre du commerce international": "ITC",
        "centro de comercio internacional": "ITC",
        "global environment facility": "GEF", "fonds pour l'environnement mondial": "GEF",
        "fondo para el medio ambiente mundial": "GEF",
    ]

    /// Every alias as `organizationAliases` writes it and, where it holds a `'`, as a document writes it
    /// with the typographic apostrophe: `united nations children’s fund`.
    ///
    /// NB: an alias is stated once; its other spelling is made here, not written beside it.
    static let organizationAliasSpellings: [(alias: String, canonical: String)] = organizationAliases.sorted { $0.key < $1.key }
        .flatMap { alias, canonical in
            alias.contains("'") ? [(alias, canonical), (alias.replacingOccurrences(of: "'", with: "\u{2019}"), canonical)] : [(alias, canonical)]
        }

    /// Organizations known by name, for kind detection and for `organizations` lists.
    public static let knownOrganizations: [String] = [
        "UN Women", "ILO", "UNDP", "UNICEF", "UNFPA", "UNHCR", "UNESCO", "UNOPS",
        "UNAIDS", "WHO", "FAO", "WFP", "IOM", "OHCHR", "UNODC", "UNEP", "UN-Habitat",
        "UNISDR", "UNDRR", "World Bank", "European Union", "EU", "USAID", "DFID",
        "SIDA", "GIZ", "JICA", "KOICA", "IFAD", "UNIDO", "OIOS", "OCHA", "ADB", "AfDB", "IDB", "ECHO",
        "UNRWA", "ITC", "GEF",
    ]

    /// The canonical name of an organization alias, or nil when it is no alias.
    public static func canonicalOrganization(_ name: String) -> String? {
        organizationsByKey[name.lowercased()]
    }

    /// Every alias and known name, lowercased, with its canonical name (aliases win).
    static let organizationsByKey: [String: String] = {
        var byKey = Dictionary(organizationAliasSpellings, uniquingKeysWith: { first, _ in first })
        for name in knownOrganizations where byKey[name.lowercased()] == nil { byKey[name.lowercased()] = name }
        return byKey
    }()

    // MARK: Office types

    /// Office types as written in a GATE header's trailing `(TYPE)` or inside an office name.
    public static let officeTypes: [String] = ["MCO", "CO", "RO", "HQ", "SRO", "PO", "LO"]

    /// Office name phrases that imply an office type when no `(TYPE)` is written.
    public static let officeTypePhrases: [(phrase: String, type: String)] = [
        ("multi-country office", "MCO"),
        ("multi country office", "MCO"),
        ("sub-regional office", "SRO"),
        ("subregional office", "SRO"),
        ("regional office", "RO"),
        ("country office", "CO"),
        ("programme presence", "PO"),
        ("liaison office", "LO"),
        ("headquarters", "HQ"),
        ("division", "HQ"),
        ("independent evaluation", "HQ"),
    ]

    // MARK: ILO quick facts

    /// Spellings of ILO `QUICK FACTS` keys (lower-case, `(s)`/`(ies)` removed, `&` read as `and`,
    /// `/` as a space, a leading `ILO` dropped)
    /// and the fact each names (`QuickFacts.Fact`'s raw value).
    public static let quickFactKeys: [String: String] = [
        "evaluation title": "evaluation title", "title of evaluation": "evaluation title",
        "project title": "evaluation title",
        "countries": "countries", "country": "countries", "countrie": "countries",
        "evaluation date": "evaluation date", "date of evaluation": "evaluation date",
        "date of the evaluation": "evaluation date",
        "evaluation type": "evaluation type", "type of evaluation": "evaluation type",
        "evaluation timing": "evaluation timing", "timing of evaluation": "evaluation timing",
        "timing": "evaluation timing",
        "administrative office": "administrative office", "admin office": "administrative office",
        "administrative unit": "administrative office",
        "technical office": "technical office", "technical backstopping office": "technical office",
        "technical unit": "technical office",
        "administrative and technical backstopping office": "administrative and technical office",
        "administrative and technical office": "administrative and technical office",
        "evaluation manager": "evaluation manager",
        "evaluation consultant": "evaluators", "evaluator": "evaluators",
        "evaluation team": "evaluators", "evaluation consultants": "evaluators",
        "dc symbol": "project code", "project code": "project code", "project symbol": "project code",
        "tc symbol": "project code", "tc project code": "project code", "symbol": "project code",
        "name of consultant": "evaluators", "evaluation consultant and team": "evaluators",
        "donor and budget": "donors and budget", "donor": "donors and budget",
        "budget": "donors and budget", "donor and project budget": "donors and budget",
        "donor budget": "donors and budget", "donor country and budget": "donors and budget",
        "donor and budget us$": "donors and budget", "project budget": "donors and budget",
        "key word": "keywords", "keyword": "keywords", "key words": "keywords", "keywords": "keywords",
        "donor (country and budget)": "donors and budget",
        // The ILO's older cover sheet, under `Administrative information:`.
        "consultants team": "evaluators", "donors": "donors and budget", "total approved budget": "donors and budget",
        "geographic coverage": "countries", "evaluation duration": "evaluation date",
        // Spanish summaries and covers (`Búsqueda Rápida`, `Título del proyecto:`).
        "título del proyecto": "evaluation title", "título de la evaluación": "evaluation title",
        "países": "countries", "país": "countries",
        "fecha de la evaluación": "evaluation date", "fecha de evaluación": "evaluation date",
        "tipo de la evaluación": "evaluation type", "tipo de evaluación": "evaluation type",
        "oficina administrativa": "administrative office", "oficina administrativa (oit)": "administrative office",
        "oficina técnica": "technical office", "oficina técnica (oit)": "technical office",
        "gestión de la evaluación": "evaluation manager", "gerente de la evaluación": "evaluation manager",
        "equipo de evaluación": "evaluators", "nombre del consultor": "evaluators", "nombre del consultor(a)": "evaluators",
        "código del proyecto": "project code", "donante": "donors and budget", "donantes": "donors and budget",
        "palabras clave": "keywords", "palabras claves": "keywords",
    ]

    /// Labels of lines that describe a recommendation (ILO `Priority: High`), not start one.
    public static let recommendationAttributeLabels: Set<String> = [
        "addressed to", "responsible", "responsible unit", "responsible units", "responsible unit(s)",
        "priority", "timeframe", "time frame", "time implication", "time implications",
        "resources", "resource implication", "resource implications", "resources required",
        "deadline", "target", "level of priority",
    ]

    // MARK: Number labels (`RecommendationFields.dropLabel`, `SummaryItems.numberedLabel`)

    /// Labels that number a recommendation and never title it, lower-case: the label its text repeats
    /// (`RECOMMENDATION 1 Institutionalize …`, `Recomendación 1: Es necesario …`), also with the words a
    /// page adds around it (`Evaluation Recommendation 1: Focus …`, `Key Recommendation 2: It is …`,
    /// `Recommendation or Issue 1: …`), in the plural (`RECOMMENDATIONS 1:`), shortened (`Rec. 3:`, `R1:`,
    /// `r` only written close to its number). GATE, ERC and report recommendations drop it; ILO and report
    /// items read it as their number.
    public static let recommendationLabels: [String] = [
        "recommendation", "evaluation recommendation", "key recommendation", "recommendation or issue",
        "evaluation recommendation or issue", "recomendación", "recomendacion", "recomendación de la evaluación",
        "recommandation", "recommandation de l'évaluation", "recommandation de l’évaluation",
        "recommendations", "recomendaciones", "recommandations", "rec.", "rec", "r",
    ]

    /// Numbers written as words after a number label (`Recommendation One: …`, `Recomendación Dos: …`,
    /// `Recommandation Trois : …`), one to ten, lower-case: `RecommendationFields.dropLabel`.
    public static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
    ]

    /// Labels that number an item of a summary or report and never title it (`Recommendation 3:`,
    /// `Lesson learned 2:`, `Conclusion 1:`), lower-case.
    public static let numberedLabels: [String] = recommendationLabels + ["lesson learned", "lesson", "good practice", "finding", "conclusion"]

    /// Words that make a part of a people list a post, not a person (`Team Leader`, `National Consultant`).
    public static let personPostWords: Set<String> = [
        "leader", "consultant", "consultants", "evaluator", "evaluators", "expert", "member",
        "specialist", "coordinator", "manager", "officer", "adviser", "advisor", "lead", "senior", "junior", "associate", "assistant", "researcher", "analyst",
    ]

    /// Whether `name` is an organization's rather than a person's: a known organization (`UNDP`)
    /// or a name holding a firm word (`ECORYS Consulting`).
    public static func namesOrganization(_ name: String) -> Bool {
        canonicalOrganization(name) != nil || ByteText.lowercased(name).split(separator: " ").contains { firmWords.contains(String($0)) }
    }

    /// Words that make a name a firm or institution rather than a person.
    public static let firmWords: Set<String> = [
        "ltd", "ltd.", "llc", "inc", "inc.", "gmbh", "consulting", "consultancy", "consultancies",
        "associates", "institute", "university", "foundation", "company", "group", "partners",
        "international", "sarl", "s.a.", "plc", "centre", "center", "agency", "ministry",
    ]

    // MARK: Month names

    /// The capital that writes a quarter before its number (`Q2 2014`: `DateText.written`).
    public static let quarterMarks: Set<Substring> = ["Q"]

    /// Month names and abbreviations (English, French, Spanish), lower-case, accents as written.
    public static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]

    // MARK: Currencies

    /// Currency markers as written next to an amount and their ISO 4217 code; longest first.
    public static let currencyMarkers: [(marker: String, code: String)] = [
        ("US dollars", "USD"), ("US$", "USD"), ("USD", "USD"), ("EUR", "EUR"), ("euros", "EUR"),
        ("CHF", "CHF"), ("GBP", "GBP"), ("JPY", "JPY"), ("CAD", "CAD"), ("AUD", "AUD"),
        ("NOK", "NOK"), ("SEK", "SEK"), ("DKK", "DKK"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ]

    /// Words an amount may hold besides numbers, currencies and multipliers (`US$ 2 million approx`), lower-case.
    public static let moneyWords: Set<String> = ["us", "dollars", "approx", "approximately", "total"]

    /// Words that multiply an amount (`2.5 million`), lower-case, and their factor.
    public static let moneyMultipliers: [String: Double] = [
        "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
        "thousand": 1e3, "k": 1e3, "millones": 1e6, "millón": 1e6, "milliard": 1e9,
    ]

    // MARK: Reports

    /// What stands between a partner's name and its place in a report's bullet
    /// (`Baidarie working in District Sialkot`), lower-case, with its spaces; tried in this order.
    public static let partnerConnectors: [String] = [
        " working in ", " working at ", " works in ", " based in ", " active in ", " operating in ", " located in ",
    ]

    // MARK: Countries

    /// Country names recognised in headers and quick facts, as they are written.
    public static let countries: [String] = [
        "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
        "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil",
        "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada",
        "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
        // NB: the Democratic Republic of the Congo as ERC units write it; longer names win, so not `Congo`.
        "Congo DRC", "DR Congo", "Democratic Republic of Congo",
        "Costa Rica", "Côte d'Ivoire", "Cote d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica",
        "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
        "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
        "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea-Bissau", "Guinea",
        "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
        "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
        "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Lao PDR", "Laos", "Latvia", "Lebanon",
        "Lesotho", "Liberia", "Libya", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
        "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius",
        "Mexico", "Micronesia", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique",
        "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
        "Romania", "Russian Federation", "Rwanda", "Samoa", "Saudi Arabia", "Senegal", "Serbia",
        "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
        "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
        "Sweden", "Switzerland", "Syria", "Tajikistan", "Tanzania", "United Republic of Tanzania", "Thailand", "Timor-Leste",
        "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkey", "Turkmenistan",
        "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States",
        "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Viet Nam", "Vietnam", "Yemen",
        "Zambia", "Zimbabwe",
        "Andorra", "Antigua and Barbuda", "Bahamas", "Brunei Darussalam", "Cape Verde",
        "Democratic People's Republic of Korea", "Republic of Korea", "Liechtenstein", "Monaco", "Nauru", "Palau",
        "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "San Marino",
        "Sao Tome and Principe", "São Tomé and Príncipe",
        // NB: as GATE and ERC spell their units (`Bosnia Herzegovina (CO)`, `Commissioning Unit: Korea DPR`),
        // UN official long forms, and older names; each is output as written.
        "Bosnia Herzegovina", "Bosnia and Hercegovina", "Timor Leste", "Lao People's Democratic Republic", "Lao",
        "Korea DPR", "DPR Korea", "Turkiye", "Guinea Bissau", "Côte d’Ivoire", "Cote d’Ivoire", "Kyrgyz Republic",
        "Syrian Arab Republic", "Czech Republic", "Macedonia", "Swaziland", "Trinidad & Tobago", "Antigua & Barbuda",
        "St. Kitts and Nevis", "St. Kitts-Nevis", "St. Lucia", "St. Vincent and the Grenadines", "St. Vincent & the Grenadines",
        "Occupied Palestinian Territory", "Occupied Palestinian Territories", "East Timor", "Burma",
        // NB: as Spanish and French pages spell them (`Países: … México y Perú`).
        "Brasil", "México", "Perú", "Sénégal", "Bénin", "Tchad", "Haïti", "Haití", "Guinée", "Guinee", "Guinée-Bissau",
        "Guinée équatoriale", "Guinea Ecuatorial", "Mauritanie", "Camerún", "Camerun", "Cameroun",
    ]

    /// Spellings of one country in `countries`: a text or a document names each country once.
    public static let countryVariants: [[String]] = [
        ["Timor-Leste", "Timor Leste", "East Timor"], ["Myanmar", "Burma"], ["Viet Nam", "Vietnam"], ["Türkiye", "Turkey", "Turkiye"],
        ["Lao PDR", "Laos", "Lao", "Lao People's Democratic Republic"],
        ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire"],
        ["Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo DRC", "DR Congo"],
        ["Bosnia and Herzegovina", "Bosnia Herzegovina", "Bosnia and Hercegovina"], ["Guinea-Bissau", "Guinea Bissau", "Guinée-Bissau"],
        ["Democratic People's Republic of Korea", "Korea DPR", "DPR Korea"], ["Cabo Verde", "Cape Verde"],
        ["Czechia", "Czech Republic"], ["Tanzania", "United Republic of Tanzania"], ["Eswatini", "Swaziland"], ["North Macedonia", "Macedonia"],
        ["Kyrgyzstan", "Kyrgyz Republic"], ["Syria", "Syrian Arab Republic"], ["Trinidad and Tobago", "Trinidad & Tobago"],
        ["Antigua and Barbuda", "Antigua & Barbuda"], ["Saint Kitts and Nevis", "St. Kitts and Nevis", "St. Kitts-Nevis"],
        ["Saint Lucia", "St. Lucia"], ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines", "St. Vincent & the Grenadines"],
        ["Palestine", "Occupied Palestinian Territory", "Occupied Palestinian Territories"], ["Sao Tome and Principe", "São Tomé and Príncipe"],
        ["Brazil", "Brasil"], ["Mexico", "México"], ["Peru", "Perú"], ["Senegal", "Sénégal"], ["Benin", "Bénin"], ["Chad", "Tchad"],
        ["Haiti", "Haïti", "Haití"], ["Guinea", "Guinée", "Guinee"], ["Equatorial Guinea", "Guinée équatoriale", "Guinea Ecuatorial"],
        ["Mauritania", "Mauritanie"], ["Cameroon", "Camerún", "Camerun", "Cameroun"],
    ]

    // MARK: Funders (`Text.withoutFunders`: neither a place of the evaluation nor an owner)

    /// Words after which the names that follow fund the work (`funded by the Government of Sweden`,
    /// `with the financial support of USAID and the World Bank`, `(donor: Government of Denmark)`), lower-case,
    /// each a phrase of whole words. NB: `Government of` alone is no cue (`Royal Government of Cambodia` is a place).
    public static let funderCues: [[String]] = [
        "funded by", "co-funded by", "financed by", "co-financed by", "finance by", "sponsored by",
        "with the financial support of", "with financial support of", "with the financial support from",
        "with financial support from", "with funding from", "with funds from", "donor", "donors",
        "financé par", "financée par", "financés par", "financées par", "avec le soutien financier de", "avec l'appui financier de",
        "soutien financier de", "appui financier de",
        "financiado por", "financiada por", "financiados por", "con el apoyo financiero de", "con financiamiento de", "con financiación de",
        "apoyo financiero de", "apoyo financiero del",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Words that, with `and` between, make a funder cue name the owner too (`commissioned and funded by UN Women`:
    /// the one who orders the evaluation owns it), lower-case.
    public static let ownerFunderLeadIns: Set<String> = [
        "commissioned", "managed", "conducted", "commandée", "commanditée", "gérée", "encargada", "gestionada",
    ]

    /// Words that end a funder's name written between `with` and them (`with Japan support`), lower-case.
    public static let funderSupportWords: Set<String> = ["support", "funding", "financing", "funds"]

    /// Lower-case words a funder's name may hold beside its capitalised ones (`the Government of Norway and Denmark`).
    public static let funderNameJoiners: Set<String> = ["and", "&", "the", "of", "et", "y", "le", "la", "les", "de", "du", "des", "del", "el", "los", "las"]

    /// Labels of a contact line that close a postal address (`… Louvain-la-Neuve (Belgium) Tel: …`), lower-case,
    /// without their colon: the address is no place (`Text.withoutAddresses`) and a summary ends before it
    /// (`ReportParser.beforeContacts`).
    public static let contactLabels: Set<String> = [
        "tel", "tel.", "tél", "tél.", "telephone", "téléphone", "teléfono", "phone", "fax", "e-mail", "email", "web",
    ]

    /// Words that part the last two countries of a list (`Ecuador, Mexico and Peru`), lower-case.
    public static let countryAndWords: Set<String> = ["and", "y", "et", "e"]

    /// What a `Countries:` fact may say that names no country (`Country(ies): Global`), lower-case.
    public static let noCountries: Set<String> = ["global", "worldwide", "world", "mundial", "monde", "international", "inter-regional", "interregional"]

    /// `countries` for lookups.
    public static let countrySet = Set(countries)

    // MARK: Stakeholders (responsible cells, party kinds)

    /// Office codes that may stand alone as a unit (`IEO`, `MCO Kazakhstan`) or head a post: the office types and more.
    ///
    /// NB: with them the offices and posts UN management responses name by code: regional
    /// offices and bureaux of UN Women, UNDP, UNFPA and UNICEF (`WCA`, `ROAS`, `CEESRO`, `RBA`),
    /// and posts (`RR`, `DRR`); a cell that is only one of them is a unit. Bodies that
    /// descriptions name before the cell (`UNCT`, `RC`, `RCO`) are no office codes: a code may head another.
    public static let officeCodes: Set<String> = Set(officeTypes).union([
        "IEO", "IES", "ROs", "COs",
        "WCA", "WCARO", "ESA", "ESARO", "ROAS", "ASRO", "APRO", "ROAP", "ECA", "ECARO", "EECARO",
        "ACRO", "LACRO", "LAC", "CEESRO", "MENARO", "EAPRO", "ROSA", "WCO", "RBA", "RBAP", "RBAS",
        "RBEC", "RBLAC", "BPPS", "BERA", "BMS", "PMU", "PIU", "PMO", "PSU", "CEE",
        "RR", "DRR", "ARR", "DCD", "HoO", "M&E", "PMT", "SMT", "OMT", "RPD", "CPM", "CPMs",
    ])

    /// Regions and places in the names of offices (`ONU Mujeres Brasil & Cono Sur`), beside
    /// `countries`: regions, and country names in Spanish, French and Portuguese that `countries` lacks.
    public static let partyPlaces: [String] = [
        "Cono Sur", "Caribe", "Caraïbes", "Caribbean", "Sahel", "Afrique de l'Ouest", "Afrique centrale",
        "Africa Occidental", "América Latina", "Amérique latine", "Américas", "Amériques",
        "Asia y el Pacífico", "Asie et Pacifique", "Asia-Pacific", "Asia Pacific", "Arab States",
        "Estados Árabes", "États arabes", "Balkans", "Western Balkans", "Central Asia", "South Caucasus",
        "Brésil", "Mexique", "Pérou", "Colombie", "Bolivie",
        "Équateur", "Chili", "Argentine", "Uruguai", "Paraguai", "Guatémala", "Honduras", "Panamá",
        "República Dominicana", "République dominicaine", "Côte d'Ivoire",
        "Maroc", "Tunisie", "Algérie", "Égypte", "Liban", "Jordanie",
        "Niger", "Mali", "Burkina Faso", "Togo", "RDC", "Madagascar",
    ]

    /// Last words of a post, team or office: a unit's name ends with one of these
    /// (lowercased, singular and plural).
    public static let roleNouns: Set<String> = [
        "representative", "representatives", "specialist", "specialists", "manager", "managers",
        "staff", "unit", "units", "office", "offices", "team", "teams", "officer", "officers", "officer-in-charge",
        "coordinator", "coordinators", "advisor", "advisors", "adviser", "advisers",
        "director", "directors", "head", "heads", "section", "division", "secretariat",
        "associate", "associates", "analyst", "analysts", "chief", "lead", "leads",
        "consultant", "consultants", "assistant", "assistants", "department", "personnel",
        "management", "presence", "desk", "committee", "cluster", "hub", "point", "points",
        "portfolio", "portfolios", "center", "centre", "centro", "centros", "pillar", "pillars",
        "representante", "representantes", "especialista", "especialistas", "oficina", "equipo",
        "oficial", "oficiales", "coordinador", "coordinadora", "asistente", "analista", "jefe", "jefa",
        "directora", "représentant", "représentante", "bureau", "équipe", "spécialiste", "spécialistes",
        "chargé", "chargée", "coordonnateur", "coordonnatrice", "chef", "responsable",
        // Units named by their field (`Representative; Deputy Representative; Operations`).
        "operations", "opérations", "operaciones", "finance", "finances", "finanzas",
        "communications", "procurement", "administration", "administración",
        // Posts, teams and units in French and Spanish.
        "unidad", "unidades", "unité", "unités", "división", "sección", "departamento", "département",
        "dirección", "direction", "equipos", "équipes", "oficinas", "bureaux", "gerente", "gerentes",
        "directeur", "directrice", "jefes", "asesor", "asesora", "conseiller", "conseillère",
        "assistante", "secretaría", "secrétariat", "comité", "projet", "proyecto",
        "project", "projects", "représentants", "equipe", "group", "groups", "grupo", "grupos",
        "groupe", "groupes", "délégué", "déléguée", "consultor", "consultora", "consultores", "consultante",
        "técnico", "técnica", "técnicos",
    ]

    /// Adjectives that follow a post's noun in Spanish and French (`Consultor externo`,
    /// `Especialista nacional`, `Chargé principal`), lowercased: the noun stands before them.
    public static let postAdjectives: Set<String> = [
        "externo", "externa", "externos", "externas", "externe", "externes", "nacional", "nacionales",
        "national", "nationale", "nationaux", "internacional", "internacionales", "international",
        "internationale", "local", "locales", "regional", "regionales", "principal", "principale",
        "adjunto", "adjunta", "adjoint", "adjointe", "senior", "junior",
    ]

    /// Lowercase words allowed inside a post's name (`MCO Kazakhstan programme staff`).
    public static let roleModifiers: Set<String> = [
        "programme", "program", "project", "projects", "technical", "senior", "national",
        "regional", "country", "sub", "field", "office", "operations", "communications",
        "finance", "admin", "administrative", "deputy", "focal", "gender", "evaluation",
        "monitoring", "m&e", "all", "relevant", "thematic", "de", "del", "du", "des", "la",
        "projet", "proyecto", "programa", "communication", "comunicación", "suivi", "évaluation",
        "evaluación", "seguimiento", "monitoreo", "gestion", "gestión", "genre", "género", "país",
        "pays", "opérations", "operaciones", "finanzas", "finances", "terrain", "campo",
        "partenariats", "alianzas", "partnerships", "resource", "mobilization", "research",
    ]

    /// Lowercase words that join a post's Title-case words (`Head of Office`, `Office for Asia`).
    public static let roleConnectors: Set<String> = ["of", "for", "de", "del", "du", "des", "d'", "para", "pour", "en"]

    /// Words that part two parties of a responsible cell (`UN Women and UNDP`, `ONU Mujeres y PNUD`,
    /// `RPD or Officer-in-Charge`), lowercased.
    public static let partyAndWords: [String] = ["and", "&", "y", "et", "or"]

    /// Words that join the parts of one party's name (`Brasil & Cono Sur`, `Asia and the Pacific`):
    /// `partyAndWords`, and `la`, `le`.
    public static let partyJoiners: [String] = partyAndWords + ["la", "le"]

    /// Articles inside office names in English, Spanish and French (`para las Américas y el Caribe`), lowercase;
    /// one opening a party is no part of its name (`le Directeur de la Division` -> `Directeur de la Division`).
    public static let partyArticles: [String] = ["the", "el", "los", "las", "les", "le", "la"]

    /// The article French elides onto a name (`et l’OM`, `l'UNICEF`; `l?OM` where an export lost the
    /// apostrophe): `l` or `L`, then one of these marks, then a capital; the party is the name after it.
    public static let elisionMarks: [Unicode.Scalar] = ["'", "\u{2019}", "?"]

    /// Lowercase prepositions that open a remark on what a party does, after its name: the party's detail
    /// (`NSB for data generation`, `UNDP on planning`, `PNUD pour la collecte`; `PartySplitter.remark`).
    public static let partyRemarkWords: Set<String> = ["for", "on", "in", "at", "pour", "sur", "para", "en"]

    /// Connectors an action's text never ends in, waiting for their object (`… strategy including`, `… support to`):
    /// a responsible cell after one starts too early (`ResponsibleCell.afterDangling`). As written, lowercase.
    public static let danglingWords: [String] = [
        "including", "with", "of", "by", "to", "for", "from", "between", "among", "via", "through",
        "notamment", "avec", "incluyendo", "con",
    ]

    /// Lowercase words that open a quantified phrase after a party's `and` (`UNDP and all units`, `UN Women and other
    /// UN Agencies`): the `and` parts the cell there; the phrase is a party when the words after these (and a possessive
    /// or article, `partyPossessives`) name one, else the detail of the party before it (`UNDP`, detail `all units`).
    public static let partyQuantifiers: [String] = ["all", "every", "other", "others", "relevant", "tous", "toutes", "autres", "todos", "todas", "otros", "otras"]

    /// Possessives a quantified phrase may hold before its noun (`all its units`, `all their partners`), lowercased.
    public static let partyPossessives: [String] = ["its", "their", "his", "her", "ses", "leurs", "sus"]

    /// The words that add a party after a cell's lead (`UN Women with the WEE Unit`,
    /// `ONU Femmes en partenariat avec le MEF`, `ONU Mujeres con el INMUJERES`).
    public static let partyWithWords: [String] = ["with", "avec", "con"]

    /// Lowercase words a responsible cell may drop after `with`, or after `,` before a name
    /// (`UN Women with the leadership of the WEE Unit`, `PMU, supported by the WEE Unit` -> `WEE Unit`).
    public static let partyFillerWords: Set<String> = [
        "the", "a", "an", "leadership", "support", "of", "from", "guidance", "overall",
        "coordination", "collaboration", "cooperation", "close", "technical", "assistance",
        "participation", "involvement", "oversight", "lead", "help", "inputs", "input", "by",
        "supported", "assisted", "led",
    ]

    /// Head nouns of organization names (`Ministry of Finance`, `National Commission`), lowercased.
    public static let organizationHeads: Set<String> = [
        "ministry", "government", "commission", "council", "federation", "association",
        "network", "foundation", "institute", "university", "agency", "authority", "parliament",
        "ministerio", "gobierno", "ministère", "gouvernement",
        "red", "rede", "réseau", "alianza", "coalición", "coalition", "fundación", "fondation",
        "asociación", "instituto", "institut", "consejo", "conseil", "comisión", "agencies",
        "secretaría", "secrétariat", "observatorio", "observatoire", "confederation", "union",
        "collectif", "colectivo", "plateforme", "plataforma", "mouvement", "movimiento",
        "organization", "organisation", "organización",
    ]

    /// Lowercase phrases that name an organization (`responsible party`).
    public static let organizationNouns: Set<String> = [
        "responsible party", "responsible parties", "implementing partner",
        "implementing partners", "partners", "partner", "government", "governments",
        "donor", "donors", "civil society", "ngos", "csos", "cso partners",
        "socios", "socios implementadores", "contrapartes", "partenaires", "partenaires de mise en œuvre",
        "société civile", "sociedad civil", "sociedade civil", "ong", "osc",
    ]

    /// Lowercase phrases that name a group of people (`beneficiaries`).
    public static let groupNouns: Set<String> = [
        "beneficiaries", "communities", "community", "women", "workers", "households",
        "participants", "youth", "men", "girls", "boys", "families", "rights holders",
        "rights-holders", "women beneficiaries", "local communities", "target groups",
        "member states", "estados miembros", "états membres", "stakeholders", "focal points",
    ]

    /// Capitalised words that are no part of a person's name (lowercased): a Title-case
    /// phrase holding one (`Regional Forum`, `Gender Strategy`) is no person.
    public static let nonNameWords: Set<String> = [
        "regional", "national", "global", "international", "annual", "joint", "united", "nations",
        "forum", "strategy", "strategic", "plan", "programme", "program", "project", "gender",
        "women", "men", "girls", "action", "framework", "conference", "committee", "report",
        "review", "policy", "law", "act", "development", "equality", "empowerment", "working",
        "group", "network", "platform", "day", "week", "campaign", "summit", "agenda", "goals",
        "rights", "human", "economic", "social", "violence", "peace", "security", "country",
        "central", "asia", "pacific", "europe", "africa", "america", "arab", "states", "sub",
        "note", "evaluation", "steering", "technical", "task", "force", "board", "executive",
        "secretary", "general", "minister", "province", "provincial", "district", "city",
        "federal", "public", "private", "sector", "budget", "budgeting", "finance", "gdp",
        "compact", "migration", "treaty", "convention", "observations", "concluding", "sdg",
        "sdgs", "the", "and", "for", "of", "in", "on", "with", "plus", "new", "all",
        // The fields a programme, portfolio or ministry is named by (`Inclusive Growth`, `Natural Resources`,
        // `Movilización de Recursos`).
        "governance", "democratic", "inclusive", "growth", "natural", "resources", "resource", "climate",
        "change", "poverty", "reduction", "environment", "environmental", "energy", "resilience", "recovery",
        "livelihoods", "sustainable", "sustainability", "health", "education", "capacity", "building",
        "innovation", "disaster", "risk", "infrastructure", "agriculture", "nutrition", "employment",
        "electoral", "elections", "management", "mobilization", "mobilisation", "partnerships",
        "movilización", "recursos", "alianzas", "gobernabilidad", "gobernanza", "gouvernance", "desarrollo", "youth",
        "roads", "road", "transport", "msme", "msmes", "sme", "smes",
    ]

    /// Honorifics dropped before a person's name (lowercased): `Dr. Jane Doe` -> `Jane Doe`.
    public static let nameHonorifics: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "mrs", "ms", "dr", "sr.", "sra.", "mme", "m.",
    ]

    /// Lowercase particles inside person names (`Inkeri von Hase`).
    public static let nameParticles: Set<String> = [
        "von", "van", "de", "da", "del", "der", "di", "dos", "du", "bin", "binti", "al", "el",
        "le", "la", "ten", "ter",
    ]
}
