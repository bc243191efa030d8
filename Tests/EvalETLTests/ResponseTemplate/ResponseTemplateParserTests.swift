import XCTest
@testable import EvalETL

/// Agencies' management response templates (UNFPA's `Management Response to Evaluation`, UNICEF's and
/// WFP's of the same shape) and UNDP's older template pasted flat into an ERC response -> rows.
final class ResponseTemplateParserTests: XCTestCase {
    func parse(_ text: String, kind: String = "response_template") throws -> ParsedDocument {
        let doc = Document(sourceFile: "t.txt", sha256: "", text: text)
        XCTAssertEqual(doc.kind.name, kind)
        return try doc.kind.parser.parse(doc)
    }

    func testCoverLabelledValuesAndNumberedKeyActionsWithADatedStatusUpdate() throws {
        let p = try parse("""
            UNFPA Management Response to Evaluation

            General Management Response

            The office drew up a plan to follow the recommendations.

            Recommendations

            Country, Region or HQ Division/Unit that Commissioned the

            Evaluation Mali-WCA

            Evaluation Title FINAL EVALUATION OF THE 6TH PROGRAMME

            Year of the Evaluation 2015

            Type / Focus Area of Evaluation CountryProgEval

            Evaluation Manager Awa KONE,NPO,Mali

            Recommendation 1 :

            Strengthen the capacity of partners before choosing them.

            Management Response :

            Partially accepted

            Key Actions :

            Key Action(s) Deadline Responsible unit(s)

            Status Comments

            1. Take part in the assessments of

            potential partners

            April 30,2016 PSU

            June 02,2017,Completed The office took part in every assessment.

            2. Review the results of the assessments May 15,2016 PSU

            June 02,2017,Ongoing

            Recommendation 2 :

            Set up a monitoring system.

            Management Response :

            Accepted

            Key Action(s) Deadline Responsible unit(s)

            1. Train the staff July 2016 M&E Unit
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.organizations, ["UNFPA"])
        XCTAssertEqual(p.title, "FINAL EVALUATION OF THE 6TH PROGRAMME")
        XCTAssertEqual(p.office, "Mali")
        XCTAssertEqual(p.officeType, "CO")
        XCTAssertEqual(p.countries, ["Mali"])
        XCTAssertEqual(p.periodStart, 2015)
        XCTAssertEqual(p.evaluationType, "CountryProgEval")
        XCTAssertEqual(p.summary, "The office drew up a plan to follow the recommendations.")
        XCTAssertEqual(p.roles, [ParsedRole(.evaluationManager, Party(name: "Awa KONE", kind: .person, detail: "NPO, Mali"))])
        XCTAssertEqual(p.recommendations.map(\.text), ["Strengthen the capacity of partners before choosing them.", "Set up a monitoring system."])
        XCTAssertEqual(p.recommendations.map(\.responseCategory), ["Partially Accepted", "Accepted"])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), [nil, nil])
        let a = p.recommendations[0].actions
        XCTAssertEqual(a.map(\.text), ["Take part in the assessments of potential partners", "Review the results of the assessments"])
        XCTAssertEqual(a.map(\.responsible), ["PSU", "PSU"])
        XCTAssertEqual(a.map { $0.deadline?.iso }, ["2016-04-30", "2016-05-15"])
        XCTAssertEqual(a.map(\.status), ["Completed", "Ongoing"])
        XCTAssertEqual(a.map(\.comments), ["The office took part in every assessment.", nil])
        XCTAssertEqual(a.map { $0.lastUpdated?.iso }, ["2017-06-02", "2017-06-02"])
        let b = p.recommendations[1].actions
        XCTAssertEqual(b.map(\.text), ["Train the staff"])
        XCTAssertEqual(b.map(\.responsible), ["M&E Unit"])
        XCTAssertEqual(b.map { $0.deadline?.iso }, ["2016-07-31"])
    }

    func testAResponseThatOpensWithItsCategoryAndATableWithTheResponsibleFirst() throws {
        let p = try parse("""
            Management Response to the Evaluation of the Child Protection Programme

            Evaluation Title: Child Protection Programme Evaluation

            Recommendation 1: Expand birth registration to rural districts.

            Management response: Partially accepted. Funds allow two districts this year.

            Key actions Responsible Timeline Status

            1. Open registration points in two districts Child Protection Section 31/12/2019 Ongoing
            """)
        XCTAssertEqual(p.title, "Child Protection Programme Evaluation")
        let r = p.recommendations[0]
        XCTAssertEqual(r.responseCategory, "Partially Accepted")
        XCTAssertEqual(r.managementResponse, "Funds allow two districts this year.")
        XCTAssertEqual(r.actions.map(\.text), ["Open registration points in two districts"])
        XCTAssertEqual(r.actions.map(\.responsible), ["Child Protection Section"])
        XCTAssertEqual(r.actions.map { $0.deadline?.iso }, ["2019-12-31"])
        XCTAssertEqual(r.actions.map(\.status), ["Ongoing"])
    }

    func testWFPsWordsForTheCategory() throws {
        let p = try parse("""
            Management Response to the Evaluation of the School Feeding Operation

            Evaluation Title: School Feeding Operation Evaluation

            Recommendation 1: Hand the kitchens over to the districts.

            Management response: Agreed. The country office will draft a hand-over plan.

            Recommendation 2: Double the ration.

            Management response:
            Partially agreed
            The ration grows where stocks allow.

            Recommendation 3: Close the sub-office.

            Management response: Not agreed. The sub-office serves two camps.
            """)
        XCTAssertEqual(p.recommendations.map(\.responseCategory), ["Accepted", "Partially Accepted", "Rejected"])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), [
            "The country office will draft a hand-over plan.", "The ration grows where stocks allow.", "The sub-office serves two camps.",
        ])
    }

    func testUNICEFsActionTableWithAPersonInChargeColumn() throws {
        let p = try parse("""
            UNICEF Evaluation Management Response
            Evaluation title: Evaluation of the Water Points Programme
            Office: Maputo country office
            Evaluation year: 2018
            Recommendation 1: Train the water committees.
            Management Response: Agree. Training starts in the dry season.
            Actions to be taken Person in charge Completion date Status
            1. Train forty committees. WASH Section June 2019 Initiated
            Recommendation 2: Map the broken pumps.
            Management Response: Agree.
            Key actions Completion date Person in charge for follow-up
            1. Survey the pumps of two provinces. March 2019 Planning Unit
            """)
        XCTAssertEqual(p.recommendations[0].actions.map(\.text), ["Train forty committees."])
        XCTAssertEqual(p.recommendations[0].actions.map(\.responsible), ["WASH Section"])
        XCTAssertEqual(p.recommendations[0].actions.map { $0.deadline?.iso }, ["2019-06-30"])
        XCTAssertEqual(p.recommendations[0].actions.map(\.status), ["Initiated"])
        XCTAssertEqual(p.recommendations[1].actions.map(\.text), ["Survey the pumps of two provinces."])
        XCTAssertEqual(p.recommendations[1].actions.map(\.responsible), ["Planning Unit"])
        XCTAssertEqual(p.recommendations[1].actions.map { $0.deadline?.iso }, ["2019-03-31"])
    }

    func testUNICEFsFormWithColonLabels() throws {
        let p = try parse("""
            UNICEF Evaluation Management Response
            Evaluation title: Evaluation of the School Meals Pilot, 2017-2018
            Region: Eastern and Southern Africa
            Office: Lusaka country office
            Evaluation year: 2019
            Evaluation report sequence number: 2019/004
            Person in charge for follow-up to management response: Ms. Ann Lee, Deputy Representative
            Overall response to the evaluation: The office welcomes the evaluation and its findings.
            Planned use of evaluation: The findings will shape the next programme.
            Recommendation 1: Extend the pilot to two more districts.
            Management Response: Partially agree. Funds cover one district.
            Actions to be taken Responsible Completion date Status
            1. Open the pilot in one district. Education Section December 2019 Initiated
            Recommendation 2: Publish the costs.
            Management Response: Disagree. The costs are confidential.
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.organizations, ["UNICEF"])
        XCTAssertEqual(p.title, "Evaluation of the School Meals Pilot, 2017-2018")
        XCTAssertEqual(p.office, "Lusaka country office")
        XCTAssertEqual(p.periodStart, 2019)
        XCTAssertEqual(p.periodEnd, 2019)
        XCTAssertEqual(p.summary, "The office welcomes the evaluation and its findings.")
        XCTAssertEqual(p.recommendations.map(\.text), ["Extend the pilot to two more districts.", "Publish the costs."])
        XCTAssertEqual(p.recommendations.map(\.responseCategory), ["Partially Accepted", "Rejected"])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), ["Funds cover one district.", "The costs are confidential."])
        let a = p.recommendations[0].actions
        XCTAssertEqual(a.map(\.text), ["Open the pilot in one district."])
        XCTAssertEqual(a.map(\.responsible), ["Education Section"])
        XCTAssertEqual(a.map { $0.deadline?.iso }, ["2019-12-31"])
        XCTAssertEqual(a.map(\.status), ["Initiated"])
    }

    func testUNICEFsFormFlattenedIntoOneLineAndAShortForm() throws {
        let flat = try parse("""
            UNICEF Evaluation Management Response Evaluation title: Evaluation of the School Meals Pilot Region: Eastern and Southern Africa Office: Lusaka country office Evaluation year: 2019 Person in charge for follow-up to management response: Ms. Ann Lee Overall response to the evaluation: The office welcomes the evaluation. Planned use of evaluation: The findings will shape the next programme.
            """)
        XCTAssertEqual(flat.organizations, ["UNICEF"])
        XCTAssertEqual(flat.title, "Evaluation of the School Meals Pilot")
        XCTAssertEqual(flat.office, "Lusaka country office")
        XCTAssertEqual(flat.officeType, "CO")
        XCTAssertEqual(flat.periodStart, 2019)
        XCTAssertEqual(flat.summary, "The office welcomes the evaluation.")
        let review = try parse("""
            1 UNICEF Evaluation Management Response Review Title: Peer Review of the Function Region: Global Office: HQ Evaluation Year: 2018 Person-in-charge for follow-up to management response: The Director Overall response to the Peer Review: We welcome the review.
            """)
        XCTAssertEqual(review.title, "Peer Review of the Function")
        XCTAssertEqual(review.summary, "We welcome the review.")
        // NB: short lines of labels and values are no site's menu.
        let short = try parse("""
            UNICEF Evaluation Management Response
            Evaluation title: Evaluation of Y
            Office: Dakar
            Evaluation year: 2020
            Recommendation 1: Do B.
            Management Response: Agree. It is done.
            """)
        XCTAssertEqual(short.recommendations.map(\.responseCategory), ["Accepted"])
        XCTAssertEqual(short.recommendations.map(\.managementResponse), ["It is done."])
    }

    func testUNICEFsHeadquartersFormWithItsTableHeaderWrappedOverLines() throws {
        let p = try parse("""
            1 UNICEF Management Response to Evaluation of the School Water Programme

            Document title: Evaluation of the School Water Programme Office and person in charge for management response: WASH Section Recommendation 1: Water point upkeep

            Recommendation: Set up a fund for repairing water points in every district with ten schools.

            Management Response (Agree, Partially Agree, Disagree): AGREE If recommendation is rejected, or partially rejected, report reason:

            Action Planned Responsible

            Office/Person Expected Completion Date Implementation Stage

            Actions Taken Supporting Documents 1 Draft the rules of the repair fund and

            share them with the district offices. WASH Section Q3 2015 In progress, Rules drafted.
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.title, "Evaluation of the School Water Programme")
        XCTAssertEqual(p.office, "WASH Section")
        XCTAssertNil(p.summary)
        XCTAssertEqual(p.recommendations.map(\.title), ["Water point upkeep"])
        XCTAssertEqual(p.recommendations.map(\.text), ["Set up a fund for repairing water points in every district with ten schools."])
        XCTAssertEqual(p.recommendations.map(\.responseCategory), ["Accepted"])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), [nil])
        let a = p.recommendations[0].actions
        XCTAssertEqual(a.map(\.text), ["Draft the rules of the repair fund and share them with the district offices."])
        XCTAssertEqual(a.map(\.responsible), ["WASH Section"])
        XCTAssertEqual(a.map { $0.deadline?.iso }, ["2015-09-30"])
        XCTAssertEqual(a.map(\.status), ["Ongoing"])
        XCTAssertEqual(a.map(\.comments), ["Rules drafted."])
    }

    func testWFPsMatrixWithItsHeaderAboveTheRecommendationsAndActionsStatedByTheirUnit() throws {
        let p = try parse("""
            SCHOOL MEALS EVALUATION Management Response

            Management response Accepted, partially accepted or not accepted

            Management - Action to be taken Action Responsible

            CO unit Time frame

            Further funding

            req. (Y or N)

            Recommendation 1: Hand the school kitchens over to the district councils. (CO, medium-term):

            Partially accepted

            The councils lack funds for cooks in two districts.

            CO will draft a hand-over plan with the councils.

            CO will keep the kitchens of the two poorest districts
            until 2020.
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        let r = try XCTUnwrap(p.recommendations.first)
        XCTAssertEqual(r.text, "Hand the school kitchens over to the district councils.")
        XCTAssertEqual(r.responseCategory, "Partially Accepted")
        XCTAssertEqual(r.managementResponse, "The councils lack funds for cooks in two districts.")
        XCTAssertEqual(r.actions.map(\.text), [
            "CO will draft a hand-over plan with the councils.", "CO will keep the kitchens of the two poorest districts until 2020.",
        ])
        XCTAssertEqual(r.actions.map(\.responsible), ["CO", "CO"])
    }

    /// UNFPA's template as a host transcribes its PDF, a page a line: cover labels with no `:`, no key action header,
    /// rows `N. text  deadline  responsible  update,status` run on after the recommendation.
    func testUNFPAsTemplateTranscribedAPageALine() throws {
        let p = try parse("""
            Transcription

            1 United Nations Population Fund UNFPA Management Response to Evaluation Country, Region or HQ Division/Unit that Commissioned the Evaluation Republic of Chad-WEST AFRICA Evaluation Title Evaluation of the Sixth Country Programme Year of the Evaluation 2015 Type / Focus Area of Evaluation CountryProgEval MR Submission Date May 04, 2016 Approved By Evaluation Manager Awa Kone,NPO,Republic of Chad General Management Response N/A Recommendations Recommendation 1 : Strengthen the coordination with the ministries of health and of planning at central level and in the regions.

            2 1. Hold a review meeting with the ministries from June 2016 June 30,2016 M&E officer October 12,2016,On Schedule n/a Recommendation 2 : Align the programme outputs with the national plans for health and for youth (not only with the UNDAF) 1. All outputs are aligned with the national plans. March 31,2016 Programme Officer October 12,2016,Completed
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.organizations, ["UNFPA"])
        XCTAssertEqual(p.title, "Evaluation of the Sixth Country Programme")
        XCTAssertEqual(p.office, "Chad")
        XCTAssertEqual(p.officeType, "CO")
        XCTAssertEqual(p.periodStart, 2015)
        XCTAssertEqual(p.evaluationType, "CountryProgEval")
        XCTAssertNil(p.summary)
        XCTAssertEqual(p.roles, [ParsedRole(.evaluationManager, Party(name: "Awa Kone", kind: .person, detail: "NPO, Republic of Chad"))])
        XCTAssertEqual(p.recommendations.map(\.text), [
            "Strengthen the coordination with the ministries of health and of planning at central level and in the regions.",
            "Align the programme outputs with the national plans for health and for youth (not only with the UNDAF)",
        ])
        let a = p.recommendations.flatMap(\.actions)
        XCTAssertEqual(a.map(\.text), ["Hold a review meeting with the ministries from June 2016", "All outputs are aligned with the national plans."])
        XCTAssertEqual(a.map { $0.deadline?.iso }, ["2016-06-30", "2016-03-31"])
        XCTAssertEqual(a.map(\.responsible), ["M&E officer", "Programme Officer"])
        XCTAssertEqual(a.map(\.status), ["Ongoing", "Completed"])
        XCTAssertEqual(a.map { $0.lastUpdated?.iso }, ["2016-10-12", "2016-10-12"])
        XCTAssertEqual(a.map(\.comments), [nil, nil])
        XCTAssertEqual(p.recommendations.map(\.actions.count), [1, 1])
    }

    /// OCHA's response matrix transcribed column by column: the recommendations, then a category and a response for each.
    func testAResponseMatrixReadColumnByColumn() throws {
        let p = try parse("""
            Management Response Matrix

            Pooled Fund Review
            Management Response Matrix
            KEY RECOMMENDATIONS TO OCHA
            1. That OCHA publish the fund's rules
            for the two windows.
            2. That OCHA train the cluster leads.
            MANAGEMENT RESPONSE AND
            ACTION TAKEN OR TO BE TAKEN
            Fund Secretariat
            Accepted
            The rules were drafted with the agencies (UNICEF, IOM and NGOs)
            and published in May 2008.
            Rejected
            Training is for the agencies to give.
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.title, "Pooled Fund Review")
        XCTAssertEqual(p.organizations, ["OCHA"])
        XCTAssertNil(p.summary)
        XCTAssertEqual(p.recommendations.map(\.text), ["That OCHA publish the fund's rules for the two windows.", "That OCHA train the cluster leads."])
        XCTAssertEqual(p.recommendations.map(\.section), ["KEY RECOMMENDATIONS TO OCHA", "KEY RECOMMENDATIONS TO OCHA"])
        XCTAssertEqual(p.recommendations.map(\.responseCategory), ["Accepted", "Rejected"])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), [
            "The rules were drafted with the agencies (UNICEF, IOM and NGOs) and published in May 2008.", "Training is for the agencies to give.",
        ])
    }

    func testUNFPAsCoverFlattenedAsItsLabelsThenItsValues() throws {
        let p = try parse("""
            Management Response to the independent review of the regional programme

            1 Management Response to the independent review of the regional programme Report Issue Year Evaluation type [joint, impact or institutional) Business Unit in charge Date of submission 2019 Institutional Evaluation Office May 2019 Overall assessment: The review found the programme well run. It asked for more staff.
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.title, "Management Response to the independent review of the regional programme")
        XCTAssertEqual(p.summary, "The review found the programme well run. It asked for more staff.")
    }

    func testOCHAsResponsePlanFlattenedIntoOneLineWithItsSignOffAndTheResponseInTheRecommendationsCell() throws {
        let p = try parse("""
            1 OCHA Management Response Plan (MRP) to the Evaluation of Pooled Funds Date: 3 May 2014 Prepared by: Ann Lee Position: Officer Unit/Bureau: Pooled Funds Section Cleared by: [Name of person and date] Position: Unit/Bureau: Tracked by: Ann Lee Position: Officer Unit/Bureau: Pooled Funds Section Overall comments: The plan accepts the evaluation's findings and sets out how they will be followed. Evaluation Recommendation 1: OCHA should set up a single fund manual. Recommendation 1 is classified as urgent by the evaluators. A manual is being written. Evaluation Recommendation 2: Train the fund teams (OCHA, Clusters) Suggested OCHA response and specific follow up actions. The training starts in June.
            """)
        XCTAssertEqual(p.docType, .managementResponse)
        XCTAssertEqual(p.organizations, ["OCHA"])
        XCTAssertEqual(p.title, "OCHA Management Response Plan (MRP) to the Evaluation of Pooled Funds")
        XCTAssertEqual(p.office, "Pooled Funds Section")
        XCTAssertEqual(p.summary, "The plan accepts the evaluation's findings and sets out how they will be followed.")
        XCTAssertEqual(p.recommendations.map(\.text), ["OCHA should set up a single fund manual.", "Train the fund teams (OCHA, Clusters)"])
        XCTAssertEqual(p.recommendations.map(\.managementResponse), [
            "Recommendation 1 is classified as urgent by the evaluators. A manual is being written.", "The training starts in June.",
        ])
        // NB: the plan filed as an annex, its sign-off left unfilled: no unit, the date after the title the evaluation's.
        let annex = try parse("""
            1 Annex 2 OCHA Management Response Plan (MRP) to Cluster Review III, April 2012 Prepared by: Ann Lee Unit/Bureau: [Name of unit] Cleared by: [Name of person and date] Position: Unit/Bureau Overall Outcome: Better support is given to every cluster in the field offices. Evaluation Recommendation 1: Map the clusters.
            """)
        XCTAssertEqual(annex.title, "OCHA Management Response Plan (MRP) to Cluster Review III")
        XCTAssertEqual(annex.evaluationDate?.iso, "2012-04-01")
        XCTAssertNil(annex.office)
        XCTAssertEqual(annex.summary, "Better support is given to every cluster in the field offices.")
        XCTAssertEqual(annex.recommendations.map(\.text), ["Map the clusters."])
    }

    func testUNDPsOlderTemplatePastedFlatIntoAnERCResponse() throws {
        let p = try parse("""
            Country Programme Review
            Commissioning Unit: Moldova
            Evaluation Plan: 2007-2011
            1. Recommendation:
            Management Response: [Added: 2011/02/03]

            UNDP Management Response Template Country Programme Review Date: 1 June 2010 Prepared by: Position: Unit/Bureau: UNDP CO Evaluation Recommendation or Issue 1: Sharpen the focus of the next programme Management Response: Key Action(s) Time Frame Responsible Unit(s) Tracking* Status Comments 1.1. Narrow the outcomes to four 2010 2011 Programme In process Agreed with the ministry 1.2 Map what other donors fund. 2010 Programme Completed The map was done in May 2010 1.3 Link every project to gender results. 2011  2012 Programme Kept under review Staff were told Evaluation Recommendation or Issue 2: Local development Management Response: Key Action(s) Time Frame Responsible Unit(s) Tracking Status
            """, kind: "undp_erc")
        XCTAssertEqual(p.recommendations.map(\.text), ["Sharpen the focus of the next programme", "Local development"])
        let a = p.recommendations[0].actions
        XCTAssertEqual(a.map(\.text), ["Narrow the outcomes to four", "Map what other donors fund.", "Link every project to gender results."])
        XCTAssertEqual(a.map(\.responsible), ["Programme", "Programme", "Programme"])
        // NB: an ERC page's parties: `Programme` is the office's programme unit.
        XCTAssertEqual(a.flatMap(\.parties), Array(repeating: Party(name: "Programme", kind: .unit), count: 3))
        XCTAssertEqual(a.map { $0.deadline?.iso }, ["2011-12-31", "2010-12-31", "2012-12-31"])
        XCTAssertEqual(a.map(\.status), ["Ongoing", "Completed", "Kept under review"])
        XCTAssertEqual(a.map(\.comments), ["Agreed with the ministry", "The map was done in May 2010", "Staff were told"])
        XCTAssertEqual(p.recommendations[1].actions, [])
        XCTAssert(p.diagnostics.contains { $0.message.contains("unknown action status 'Kept under review'") })
    }

    func testAFlatTemplatesTimeFrameWrittenAsOneWord() throws {
        let p = try parse("""
            Outcome Evaluation
            Commissioning Unit: Moldova
            Evaluation Plan: 2010-2014
            1. Recommendation:
            Management Response: [Added: 2012/02/03]

            UNDP Management Response Template Outcome Evaluation Date: 1 June 2011 Evaluation Recommendation or Issue 1: Widen the grants scheme Management Response: Key Action(s) Time Frame Responsible Unit(s) Tracking* Status Comments 1.1. Open the scheme to rural councils 2011-2015 Governance Unit Initiated Two councils joined 1.2 Publish the grants awarded 2012–2013 Communications Completed Posted online
            """, kind: "undp_erc")
        let a = p.recommendations[0].actions
        XCTAssertEqual(a.map(\.text), ["Open the scheme to rural councils", "Publish the grants awarded"])
        XCTAssertEqual(a.map { $0.deadline?.iso }, ["2015-12-31", "2013-12-31"])
        XCTAssertEqual(a.map(\.responsible), ["Governance Unit", "Communications"])
        XCTAssertEqual(a.map(\.status), ["Initiated", "Completed"])
        XCTAssertEqual(TemplateActionRow.yearRun("Train staff 2011-2015 Unit")?.date.iso, "2015-12-31")
        XCTAssertNil(TemplateActionRow.yearRun("Train staff 2015-2011 Unit"))
    }

    func testDatesWrittenWithAMonthsName() {
        let dates = DateText.written(in: "partners March 29,2013 ARR 6 May 2014, Completed in June 2015 may 2016")
        XCTAssertEqual(dates.map { $0.date.iso }, ["2013-03-29", "2014-05-06", "2015-06-30"])
        // A quarter: its last day; `Q5`, `Q 2` and `FAQ2 2014` are none.
        XCTAssertEqual(DateText.written(in: "HPS Q2 2014 Q4 2015 Q5 2014 Q 2 2014 FAQ2 2014").map { $0.date.iso }, ["2014-06-30", "2015-12-31"])
    }

    /// A cover flattened as its labels, then its values, is a template's; a cover whose labels each close with `:` or
    /// open with a list marker labels each value (an ILO cover read as one line).
    func testACoverFlattenedAsItsLabelsThenItsValues() {
        XCTAssertTrue(ResponseTemplateParser.holdsCoverLabelRun("1 Management Response to the review of X Report Issue Year "
            + "Evaluation type [joint, impact or institutional) Region [AP, AS, HQ] Focal Point Date of submission 2018 Institutional"))
        XCTAssertFalse(ResponseTemplateParser.holdsCoverLabelRun("ILO EVALUATION Evaluation Title: Mid-Term Evaluation of the Green "
            + "Roofs Programme ILO TC/SYMBOL: KEN/15/02/NOR Type of Evaluation: Independent Mid-Term Country : Kenya Evaluation Manager: Eve Stone"))
        XCTAssertFalse(ResponseTemplateParser.holdsCoverLabelRun("o Evaluation Title: Final Evaluation of the Tobacco Project o ILO DC/SYMBOL "
            + "ZMB 18/02/RBS o Type of Evaluation Independent Cluster Final Evaluation o Evaluation Manager Ann Roe o Region Africa"))
    }

    func testLeadingCategory() {
        XCTAssertEqual(RecommendationFields.leadingCategory("Accepted")?.category, "Accepted")
        XCTAssertEqual(RecommendationFields.leadingCategory("Not accepted: no funds")?.category, "Rejected")
        XCTAssertEqual(RecommendationFields.leadingCategory("Not accepted: no funds")?.rest, "no funds")
        XCTAssertNil(RecommendationFields.leadingCategory("Acceptedness is low"))
        // WFP's words.
        XCTAssertEqual(RecommendationFields.leadingCategory("Agreed. The unit will …")?.category, "Accepted")
        XCTAssertEqual(RecommendationFields.leadingCategory("Agreed. The unit will …")?.rest, "The unit will …")
        XCTAssertEqual(RecommendationFields.leadingCategory("Partially agreed: costs")?.category, "Partially Accepted")
        XCTAssertEqual(RecommendationFields.leadingCategory("Not agreed")?.category, "Rejected")
        XCTAssertNil(RecommendationFields.leadingCategory("Agreedly so"))
    }
}
