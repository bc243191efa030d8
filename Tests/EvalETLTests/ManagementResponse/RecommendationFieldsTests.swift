import XCTest
@testable import EvalETL

/// The one title lead-in rule: a GATE or ERC recommendation's text, an ILO item's text.
final class RecommendationFieldsTests: XCTestCase {
    func testTitleLeadIn() {
        let rows: [(String, title: String?, rest: String)] = [
            ("Systematize and disseminate lessons learned: The programme was …",
             "Systematize and disseminate lessons learned", "The programme was …"),
            ("Coherence: Overall, the linkages …", "Coherence", "Overall, the linkages …"),
            ("Quote: “Nothing about us”", "Quote", "“Nothing about us”"),
            ("One two three four five six seven eight nine: The text", "One two three four five six seven eight nine", "The text"),
            ("Coherence: i. first ii. second", nil, ""), ("Lessons: 1) a 2) b", nil, ""), ("Lessons: IV. The fourth", nil, ""),
            ("In 2019, the project had: Results", nil, ""), ("However, the evaluation found: The project …", nil, ""),
            // A heading that lists its subjects.
            ("Relevance, Coherence and Design: The project …", "Relevance, Coherence and Design", "The project …"),
            ("Focus on fewer, outcomes, high-impact outputs and activities: During design, prioritize …",
             "Focus on fewer, outcomes, high-impact outputs and activities", "During design, prioritize …"),
            ("Design, monitoring of the five new pilot centres and reporting: The text", nil, ""),
            // Rows an ILO item read as a title before the rule was one (`SummaryBlock.isLabel` then).
            ("2019 results: The project …", nil, ""),
            ("Coherence: overall the linkages", nil, ""), ("Coherence (2): The project …", nil, ""),
            // Languages that write lower case after a colon: a short heading over a text in that language.
            ("Marcos normativos: en relación a la labor de apoyo al ciclo de reporte", "Marcos normativos",
             "en relación a la labor de apoyo al ciclo de reporte"),
            ("Partenariats : les bureaux pays et les partenaires de mise en œuvre", "Partenariats", "les bureaux pays et les partenaires de mise en œuvre"),
            ("La oficina debe: fortalecer la labor de la red", nil, ""), ("Marcos normativos: a. siga apoyando a la red de mujeres", nil, ""),
            ("Apoyo técnico a las instituciones: en relación a la labor de la red", nil, ""),
            ("Relevance: the office should work in the region of the programme", nil, ""), ("Marcos normativos: ver anexo", nil, ""),
            // The older ERC export's `?` for a character it could not write: between spaces or letters no question mark.
            ("Island ? North Cay: The works are late.", "Island ? North Cay", "The works are late."),
            ("Women?s groups: The office should …", "Women?s groups", "The office should …"),
            ("Why not? Then: The office should …", nil, ""), ("Why ?: The office should …", nil, ""),
        ]
        for (text, title, rest) in rows {
            let got = RecommendationFields.titleLeadIn(text[...])
            XCTAssertEqual(got?.0, title, text)
            if title != nil { XCTAssertEqual(got?.1, rest, text) }
            let item = SummaryItems.leadIn(text)
            XCTAssertEqual(item.0, title, text)
            XCTAssertEqual(item.1, title == nil ? text : rest, text)
        }
    }

    /// An area written before the recommendation's label and number is its section; a label inside prose is text.
    func testAreaBeforeTheLabel() {
        var rec = ParsedRecommendation(line: 1)
        RecommendationFields.setText("Area: Capacity Strengthening of AWLN Recommendation 1: There is need for further strengthening.", of: &rec)
        XCTAssertEqual(rec.section, "Capacity Strengthening of AWLN")
        XCTAssertEqual(rec.text, "There is need for further strengthening.")
        for text in ["Note: as said in recommendation 2: the office should act.", "Strengthen the office. Recommendation 2: act.",
                     "Capacity Strengthening Recommendation 1: act."] {
            var other = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &other)
            XCTAssertNil(other.section, text)
        }
    }

    /// A label and number inside the text, closed by a colon before a capital, part a context pasted first from the
    /// recommendation: the label is dropped, a full stop closing the context; a reference to a recommendation stays.
    func testALabelInsideTheTextIsDropped() {
        let rows: [(String, title: String?, text: String)] = [
            ("Island ? North Cay: The works are late, and with one year left the unit must decide how to go on beyond what is planned "
                + "Recommendation 1: The unit decides on the works.", "Island ? North Cay",
             "The works are late, and with one year left the unit must decide how to go on beyond what is planned. The unit decides on the works."),
            ("The works are late. Recommendation 2: The unit decides.", nil, "The works are late. The unit decides."),
            ("The unit acts as Recommendation 3. The unit decides.", nil, "The unit acts as Recommendation 3. The unit decides."),
            ("Note that recommendation 2: the unit decides.", nil, "Note that recommendation 2: the unit decides."),
            ("The unit acts, as said in Recommendation 2 of the review: Decide early.", nil,
             "The unit acts, as said in Recommendation 2 of the review: Decide early."),
        ]
        for (text, title, want) in rows {
            var rec = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &rec)
            XCTAssertEqual(rec.title, title, text)
            XCTAssertEqual(rec.text, want, text)
        }
    }

    /// A response that repeats its label in another language starts after it; any other lead-in stays.
    func testResponseLabelIsDropped() {
        let rows: [(String, String)] = [
            ("Respuesta de Gestión: La Estrategia será elaborada.", "La Estrategia será elaborada."),
            ("Réponse de la direction : Accepté.", "Accepté."),
            ("Management's Response: Agreed.", "Agreed."),
            ("Agreed: the office will act.", "Agreed: the office will act."),
            ("Accepted", "Accepted"),
            // A heading in capitals, its colon lost; in lower case the same words are a sentence.
            ("MANAGEMENT RESPONSE UN Women Kenya has committed to act.", "UN Women Kenya has committed to act."),
            ("Management response is pending.", "Management response is pending."),
            ("MANAGEMENT", "MANAGEMENT"),
            ("", ""),
        ]
        for (text, want) in rows { XCTAssertEqual(String(RecommendationFields.droppingResponseLabel(text[...])), want, text) }
    }

    /// The recommendation's number is no part of its text, whatever ends it (contract: "without title, number or markup").
    func testNumberIsDropped() {
        let rows: [(String, title: String?, text: String)] = [
            ("1. Strengthen the monitoring system.", nil, "Strengthen the monitoring system."),
            ("1.1: WMC to continue to strengthen the relationships.", nil, "WMC to continue to strengthen the relationships."),
            ("2: Strengthen the monitoring system.", nil, "Strengthen the monitoring system."),
            ("3- RCO to strengthen the monitoring system.", nil, "RCO to strengthen the monitoring system."),
            ("1-2 weeks of training for all staff.", nil, "1-2 weeks of training for all staff."),
            ("1.2 : Functionality: NUERP interventions may require revisiting.", "Functionality", "NUERP interventions may require revisiting."),
            ("2019: The year the project started.", nil, "2019: The year the project started."),
            // French sets a space before the colon; a copied report heading ends in its priority tag.
            ("2 : Renforcer le suivi des projets Priorité 1", nil, "Renforcer le suivi des projets"),
            ("Support Strategic Priority 2", nil, "Support Strategic Priority 2"),
            // The label and number the text repeats (GATE pages in English and Spanish).
            ("RECOMMENDATION 1 Institutionalize gender-transformative practices.", nil, "Institutionalize gender-transformative practices."),
            ("Recomendación 1: Es necesario diseñar una estrategia.", nil, "Es necesario diseñar una estrategia."),
            ("Recommendation 3 - Strengthen the monitoring.", nil, "Strengthen the monitoring."),
            // A number label with the words a page adds around it is no title either (GATE, ERC, reports).
            ("Evaluation Recommendation 1: Focus beyond individual capacity: In future, strengthen institutions.",
             "Focus beyond individual capacity", "In future, strengthen institutions."),
            ("Key Recommendation 1: It is recommended that audits come first.", nil, "It is recommended that audits come first."),
            ("Recommendation or Issue 1: Seguimiento y evaluación Acompañar el marco.", nil, "Seguimiento y evaluación Acompañar el marco."),
            ("Evaluation recommendation or issue 2: Improving the mechanism: Two year projects.", "Improving the mechanism", "Two year projects."),
            ("Evaluation recommendations of the mission: Do more.", "Evaluation recommendations of the mission", "Do more."),
            // The review the recommendation comes from, a number sign, the number again as a code, a roman number.
            ("Midterm Review recommendation 1. Undertake a review of the design.", nil, "Undertake a review of the design."),
            ("Terminal Evaluation Recommendation 2: Keep the board.", nil, "Keep the board."),
            ("Recommendation No. 1: Revitalize the Project Board", nil, "Revitalize the Project Board"),
            ("Recommendation 1 (R1): Undertake a comprehensive review.", nil, "Undertake a comprehensive review."),
            ("Recommendation IV: Keep the board.", nil, "Keep the board."),
            // Prose keeps its words: a capital word before `recommendation` and a number without its mark, a bare `I`.
            ("The recommendation 1 was taken up in full.", nil, "The recommendation 1 was taken up in full."),
            ("Recommendation I would make is to keep the board.", nil, "Recommendation I would make is to keep the board."),
            // The plural, a sign written close to the number, the label shortened: number labels too (GATE, ERC, reports).
            ("RECOMMENDATIONS 1: EFFECTIVENESS", nil, "EFFECTIVENESS"),
            ("Recommendations 1: Keep the board.", nil, "Keep the board."),
            ("Recomendaciones 2: Mantener la junta.", nil, "Mantener la junta."),
            ("Recommandation N°2 : Garder le comité.", nil, "Garder le comité."),
            ("Recommendation No.3: Keep the board.", nil, "Keep the board."),
            ("R1: Keep the board.", nil, "Keep the board."),
            ("Rec. 3: Keep the board.", nil, "Keep the board."),
            ("Rec.4: Keep the board.", nil, "Keep the board."),
            // A number written with letters, with its mark: a number too (`E1`, `2a`, `A.1`, a capital, a number word).
            ("Recommendation E1: UN Women should keep the board.", nil, "UN Women should keep the board."),
            ("Recommendation 2a: Keep the board.", nil, "Keep the board."),
            ("Recommendation A.1: Keep the board.", nil, "Keep the board."),
            ("Recomendación B: Mantener la junta.", nil, "Mantener la junta."),
            ("Recommendation One: Keep the board.", nil, "Keep the board."),
            ("Recommandation Deux : Garder le comité.", nil, "Garder le comité."),
            ("Recommendation E1 - Keep the board.", nil, "Keep the board."),
            // Without its mark, a capital or a word after the label is prose.
            ("Recommendation A would keep the board.", nil, "Recommendation A would keep the board."),
            ("Recommendation One of the review is to keep the board.", nil, "Recommendation One of the review is to keep the board."),
            ("Recommendation Agenda: Keep the board.", "Recommendation Agenda", "Keep the board."),
            // A short label without the number's mark, `R` apart from its number: text.
            ("Rec. 3 was adopted by the board.", nil, "Rec. 3 was adopted by the board."),
            ("R2 is the second road to build.", nil, "R2 is the second road to build."),
            ("R 2.5 million went to training.", nil, "R 2.5 million went to training."),
            ("Reinforce 2 committees.", nil, "Reinforce 2 committees."),
        ]
        for (text, title, body) in rows {
            var rec = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &rec)
            XCTAssertEqual(rec.title, title, text)
            XCTAssertEqual(rec.text, body, text)
        }
    }

    /// A lead-in naming whom the recommendation addresses is its section, whatever its length; one naming what to do stays
    /// a title when short.
    func testAddresseeIsTheSection() {
        let rows: [(String, section: String?, title: String?, text: String)] = [
            ("Recommendations for the Regional Office: Provide a regional framework.", "Recommendations for the Regional Office", nil,
             "Provide a regional framework."),
            ("Recommendations for the UN Women Regional Office for Asia and the Pacific and its Country Offices: Provide a framework.",
             "Recommendations for the UN Women Regional Office for Asia and the Pacific and its Country Offices", nil, "Provide a framework."),
            ("Recommendation to UN Women HQ: Partnerships: Build a roster of partners.", "Recommendation to UN Women HQ", "Partnerships",
             "Build a roster of partners."),
            ("Recomendaciones para la Oficina Regional: Elaborar un marco.", "Recomendaciones para la Oficina Regional", nil, "Elaborar un marco."),
            ("Recommendation to strengthen the office: Hire staff.", nil, "Recommendation to strengthen the office", "Hire staff."),
            ("Recommendations for the office. See below: Hire staff.", nil, nil, "Recommendations for the office. See below: Hire staff."),
        ]
        for (text, section, title, body) in rows {
            var rec = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &rec)
            XCTAssertEqual(rec.section, section, text)
            XCTAssertEqual(rec.title, title, text)
            XCTAssertEqual(rec.text, body, text)
        }
    }

    /// A heading in capitals that lost its colon is the title; codes and organizations in capitals before a sentence are text.
    func testCapitalsHeadingIsTheTitle() {
        let rows: [(String, title: String?, text: String)] = [
            ("COUNTRY PORTFOLIO REVIEW Conduct a review of the portfolio.", "COUNTRY PORTFOLIO REVIEW", "Conduct a review of the portfolio."),
            ("GENDER AND WOMEN'S LEADERSHIP Support women candidates.", "GENDER AND WOMEN'S LEADERSHIP", "Support women candidates."),
            ("UNDP CO Bhutan should lead.", nil, "UNDP CO Bhutan should lead."),
            ("UN WOMEN Kenya will lead.", nil, "UN WOMEN Kenya will lead."),
            ("EVAW TAJ Programme Specialists to lead.", nil, "EVAW TAJ Programme Specialists to lead."),
            ("PORTFOLIO REVIEW: Conduct a review.", "PORTFOLIO REVIEW", "Conduct a review."),
            ("PORTFOLIO REVIEW Conduct", nil, "PORTFOLIO REVIEW Conduct"),
        ]
        for (text, title, body) in rows {
            var rec = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &rec)
            XCTAssertEqual(rec.title, title, text)
            XCTAssertEqual(rec.text, body, text)
        }
    }

    /// A description's paragraph number in the report is no part of its text; a year or a count opening a sentence is.
    func testParagraphNumberIsDropped() {
        let rows: [(String, String)] = [
            ("118. The office needs to act.", "The office needs to act."), ("7. Act now.", "Act now."),
            ("2019. The year began.", "2019. The year began."), ("12. of them left.", "12. of them left."),
            ("3.5 million went to training.", "3.5 million went to training."), ("UN Women needs to act.", "UN Women needs to act."),
        ]
        for (text, want) in rows { XCTAssertEqual(String(RecommendationFields.droppingParagraphNumber(text[...])), want, text) }
    }

    /// A parenthesis after the label's number names the group the recommendation stands under (its own number
    /// there dropped): the section; a report chapter's heading between its number and the paragraph's is the section too.
    func testGroupAndChapterAreTheSection() {
        let rows: [(String, section: String?, text: String)] = [
            ("Evaluation Recommendation or Issue 2 (recommendations for relevance, n.1) Keep the programme relevant.",
             "recommendations for relevance", "Keep the programme relevant."),
            ("Recommendation 3 (Sustainability): Plan the exit early.", "Sustainability", "Plan the exit early."),
            ("Recommendation 1 (R1): Undertake a comprehensive review.", nil, "Undertake a comprehensive review."),
            ("Recommendation 2 (as agreed with the board) should come first.", nil, "(as agreed with the board) should come first."),
            ("9.1 ‘Regionality’ 9.1.1 The current architecture should be retained.", "Regionality", "The current architecture should be retained."),
            ("9.1 ?Regionality? 9.1.1 The current architecture should be retained.", "Regionality", "The current architecture should be retained."),
            ("2.1 Increase funding to 2.5 Million dollars.", nil, "Increase funding to 2.5 Million dollars."),
        ]
        for (text, section, body) in rows {
            var rec = ParsedRecommendation(line: 1)
            RecommendationFields.setText(text, of: &rec)
            XCTAssertEqual(rec.section, section, text)
            XCTAssertEqual(rec.text, body, text)
            XCTAssertNil(rec.title, text)
        }
    }

    /// A number label titles no ILO or report item: it is the item's number.
    func testNumberedLabel() {
        let rows: [(String, Int?)] = [
            ("recommendation 3", 3), ("key recommendation 1", 1), ("evaluation recommendation 2", 2), ("recommendation or issue 4", 4),
            ("lesson learned 2", 2), ("conclusion #1", 1), ("key recommendations", nil), ("strengthen monitoring", nil),
            ("recommendations 1", 1), ("recomendaciones 2", 2), ("recommandation n°2", 2), ("recommendation no. 4", 4),
            ("recommendation no.5", 5), ("rec. 3", 3), ("r1", 1), ("results", nil), ("responsible unit", nil),
        ]
        for (key, number) in rows { XCTAssertEqual(SummaryItems.numberedLabel(key), number, key) }
    }
}
