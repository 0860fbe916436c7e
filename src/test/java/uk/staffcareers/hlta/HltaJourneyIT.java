package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.CaseVariables;

/**
 * Two whole candidacies through the REST calls Tasklist makes, as the demo users, with the regional
 * provider (prime.consortium) reporting through /api/hlta: Jo Pritchard misses her registration, the
 * coordinator re-opens it with the provider's new dates, and she is awarded HLTA status and moves into
 * the role; Nadia Patel does not meet two standards and goes on to a reassessment, where she gives no
 * more answers and the case moves on at each of her last days until it ends.
 * The engine's clock (which is also the application's "today") moves to each preparation day and last day;
 * the timers are run as the job executor would run them.
 */
class HltaJourneyIT extends IntegrationTest {

    // A Monday in term, and the preparation days a week apart.
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    private static final LocalDate DAY_1 = TODAY.plusWeeks(1);
    private static final LocalDate DAY_2 = TODAY.plusWeeks(2);
    private static final LocalDate DAY_3 = TODAY.plusWeeks(3);
    private static final List<String> ALL_STANDARDS = IntStream.rangeClosed(1, 33).mapToObj(String::valueOf).toList();

    @Test
    @SuppressWarnings("unchecked")
    void joPritchardIsAwardedHltaStatusAndMovesIntoTheRole() throws Exception {
        String caseId = startAs("jo.pritchard", "E1007");
        assertThat(as("kate.morgan").getForObject("/engine-rest/process-instance/" + caseId, Map.class))
                .containsEntry("businessKey", "HLTA-E1007-1").containsEntry("tenantId", "oakfield");
        assertThat(post("jo.pritchard", "/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", "E1007")).getBody()).as("a second candidacy").contains("already a candidate (HLTA-E1007-1)");
        assertThat(post("tom.bennett", "/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", "E1007")).getStatusCode().value()).as("a teacher for someone else").isEqualTo(403);

        readyAndPrepared("jo.pritchard", "helen.carter", caseId);

        // Registration by hand: on day 1 to day 2 only. Jo misses it: the coordinator is told on day 2.
        String register = taskFor("jo.pritchard", caseId, "Register for assessment");
        assertThat(submit("jo.pritchard", register, registration(DAY_2.plusDays(1)))).as("after day 2").isEqualTo(400);
        runJob(caseId, "Event_NotRegisteredByDay2");
        assertThat(list("mark.ellis", "/api/notifications")).extracting(n -> n.get("subject"))
                .contains("HLTA registration missing: Jo Pritchard");

        // The next school day the registration is missed: Jo's task closes and the coordinator decides.
        LocalDate missedOn = DAY_2.plusDays(1);
        moveClockTo(missedOn);
        runJob(caseId, "Event_RegistrationMissed");
        assertThat(list("jo.pritchard", "/engine-rest/task?processInstanceId=" + caseId)).isEmpty();
        assertThat(get("mark.ellis", "/api/hlta/candidacies/HLTA-E1007-1").getBody())
                .contains("Register for assessment: no answer given by Monday 25 January 2027");
        assertThat(list("helen.carter", "/api/notifications")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "HLTA registration missed: Jo Pritchard")
                .satisfies(m -> assertThat(String.valueOf(m.get("body"))).contains("no answer given by Monday 25 January 2027",
                        "Mark Ellis, the school's HLTA coordinator, decides")));
        String reopen = taskFor("mark.ellis", caseId, "Re-open registration for Jo Pritchard");
        assertThat(submit("mark.ellis", reopen, "registrationDecision", "lapse")).as("lapsed without a reason").isEqualTo(400);
        assertThat(submit("mark.ellis", reopen, "registrationDecision", "reopen", "registrationOpensOn", missedOn.toString(),
                "registrationClosesOn", missedOn.plusDays(2).toString())).as("opens today").isEqualTo(400);
        assertThat(submit("mark.ellis", reopen, "registrationDecision", "reopen", "registrationOpensOn", "2027-01-29",
                "registrationClosesOn", "2027-01-30")).as("a Saturday").isEqualTo(400);
        assertThat(submit("mark.ellis", reopen, "registrationDecision", "reopen", "registrationOpensOn", "2027-01-28",
                "registrationClosesOn", "2027-01-27")).as("closes before it opens").isEqualTo(400);
        assertThat(submit("mark.ellis", reopen, "registrationDecision", "reopen", "registrationOpensOn", "2027-01-27",
                "registrationClosesOn", "2027-01-28")).isEqualTo(204);
        assertThat(get("mark.ellis", "/api/hlta/candidacies/HLTA-E1007-1").getBody())
                .contains("PREPARATION", "Registration opens (preparation day 1)");
        assertThat(list("kate.morgan", "/engine-rest/history/task?processInstanceId=" + caseId
                + "&taskDefinitionKey=Task_ReopenRegistration").get(0)).containsEntry("assignee", "mark.ellis");

        // On the provider's first day Jo is reminded again and registers within the new dates only.
        moveClockTo(LocalDate.of(2027, 1, 27));
        runJob(caseId, "Event_PreparationDay1");
        register = taskFor("jo.pritchard", caseId, "Register for assessment");
        assertThat(submit("jo.pritchard", register, registration(DAY_1))).as("the missed dates").isEqualTo(400);
        assertThat(submit("jo.pritchard", register, registration(LocalDate.of(2027, 1, 27)))).isEqualTo(204);

        // Three school days inside the 12 weeks after the final preparation day.
        String propose = taskFor("jo.pritchard", caseId, "Propose three visit dates");
        assertThat(submit("jo.pritchard", propose, "visitDate1", "2027-02-08", "visitDate2", "2027-02-09")).as("two dates").isEqualTo(400);
        assertThat(submit("jo.pritchard", propose, "visitDate1", "2027-02-08", "visitDate2", "2027-02-09", "visitDate3", "2027-02-13"))
                .as("a Saturday").isEqualTo(400);
        assertThat(submit("jo.pritchard", propose, "visitDate1", "2027-02-08", "visitDate2", "2027-02-09", "visitDate3", "2027-05-04"))
                .as("after the window").isEqualTo(400);
        assertThat(submit("jo.pritchard", propose, "visitDate1", "2027-02-08", "visitDate2", "2027-02-09", "visitDate3", "2027-02-10"))
                .isEqualTo(204);
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Agree the visit dates"), "datesAnswer", "agreed")).isEqualTo(204);

        // The provider confirms the visit: only on an agreed date, only for a known, open candidacy, only the provider or the school.
        String visit = "/api/hlta/candidacies/HLTA-E1007-1/visit";
        assertThat(post("prime.consortium", visit, Map.of("visitOn", "2027-02-11", "assessorName", "Ann Smith", "arrivalTime", "09:00"))
                .getStatusCode().value()).as("not an agreed date").isEqualTo(400);
        assertThat(post("prime.consortium", "/api/hlta/candidacies/HLTA-E9999-1/visit", Map.of("visitOn", "2027-02-09"))
                .getStatusCode().value()).as("unknown candidacy").isEqualTo(404);
        assertThat(post("tom.bennett", visit, Map.of("visitOn", "2027-02-09")).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> confirmed = post("prime.consortium", visit,
                Map.of("visitOn", "2027-02-09", "assessorName", "Ann Smith", "arrivalTime", "09:00"));
        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(confirmed.getBody()).contains("Submit the assessment tasks", "ASSESSMENT");
        assertThat(post("prime.consortium", visit, Map.of("visitOn", "2027-02-09")).getStatusCode().value())
                .as("no longer waiting for a visit").isEqualTo(409);

        String tasks = taskFor("jo.pritchard", caseId, "Submit the assessment tasks");
        assertThat(submit("jo.pritchard", tasks, tasksSubmitted(3, DAY_2)))
                .as("three of four").isEqualTo(400);
        assertThat(submit("jo.pritchard", tasks, tasksSubmitted(4, DAY_2)))
                .isEqualTo(204);

        String prepare = taskFor("jo.pritchard", caseId, "Prepare for the visit");
        assertThat(submit("jo.pritchard", prepare, visitPreparation(List.of()))).as("no teacher").isEqualTo(400);
        assertThat(submit("jo.pritchard", prepare, visitPreparation(List.of("E1002", "E1003", "E1001")))).as("three").isEqualTo(400);
        assertThat(submit("jo.pritchard", prepare, visitPreparation(List.of("E2002")))).as("another school's").isEqualTo(400);
        assertThat(submit("jo.pritchard", prepare, visitPreparation(List.of("E1002")))).isEqualTo(204);

        String meeting = taskFor("helen.carter", caseId, "Prepare for the assessor's meeting");
        assertThat(submit("helen.carter", meeting, "answerExamples", "Year 4 every Friday afternoon")).isEqualTo(400);
        assertThat(submit("helen.carter", meeting, meetingAnswers())).isEqualTo(204);

        // The coordinator enters the outcome by hand after the visit: every standard met.
        moveClockTo(LocalDate.of(2027, 2, 10));
        assertThat(submit("mark.ellis", taskFor("mark.ellis", caseId, "Record the assessment outcome"),
                "metAttributes", ALL_STANDARDS.subList(0, 7), "metKnowledge", ALL_STANDARDS.subList(7, 16),
                "metSkills", ALL_STANDARDS.subList(16, 33))).isEqualTo(204);
        Map<String, Object> staff = as("kate.morgan").getForObject("/api/staff/E1007", Map.class);
        assertThat(staff).containsEntry("hltaStatus", true).containsEntry("hltaAwardedOn", "2027-02-10").containsEntry("role", "TEACHING_ASSISTANT");

        // HR confirms the job description; the record moves to the HLTA role, Experienced stage.
        String confirm = taskFor("kate.morgan", caseId, "Confirm the job description");
        long jobDescription = ((Number) ((Map<String, Object>) as("kate.morgan").getForObject("/engine-rest/task/" + confirm
                + "/form-variables", Map.class).get("jobDescriptionId")).get("value")).longValue();
        assertThat(pdf("kate.morgan", jobDescription)).contains("Higher Level Teaching Assistant", "Jo Pritchard (E1007)",
                "Oakfield Primary School", "Reports to: Headteacher (Helen Carter)", "Scale: Grade 6 (Level 4)",
                "Key Purpose", "Line management responsibilities", "Manage other teaching assistants",
                "high standards throughout Oakfield Primary School");
        assertThat(submit("kate.morgan", confirm, "roleEffectiveFrom", "2027-02-15")).as("not confirmed").isEqualTo(400);
        assertThat(submit("kate.morgan", confirm, "jobDescriptionConfirmed", true, "roleEffectiveFrom", "2027-01-04"))
                .as("before the award").isEqualTo(400);
        assertThat(submit("kate.morgan", confirm, "jobDescriptionConfirmed", true, "roleEffectiveFrom", "2027-02-15")).isEqualTo(204);
        assertThat(as("kate.morgan").getForObject("/api/staff/E1007", Map.class)).containsEntry("role", "HLTA")
                .containsEntry("careerStage", "EXPERIENCED").containsEntry("careerLevel", 1);
        assertThat(list("kate.morgan", "/engine-rest/history/process-instance?processInstanceId=" + caseId).get(0))
                .containsEntry("state", "COMPLETED");
        assertThat(list("kate.morgan", "/engine-rest/history/activity-instance?processInstanceId=" + caseId
                + "&activityId=EndEvent_InHltaRole")).hasSize(1);
        assertThat(plansStartedBy("E1007")).containsExactly("HLTA_OUTCOME");

        // Finished: no more messages, no second candidacy.
        assertThat(post("prime.consortium", "/api/hlta/candidacies/HLTA-E1007-1/outcome", Map.of("results", List.of()))
                .getStatusCode().value()).isEqualTo(409);
        assertThat(post("jo.pritchard", "/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", "E1007")).getBody()).contains("already holds HLTA status");
    }

    @Test
    void nadiaPatelMeetsMostStandardsIsReassessedInTheSameCaseAndGivesNoMoreAnswers() throws Exception {
        String caseId = startAs("david.marsh", "E2007");
        String reference = "/api/hlta/candidacies/HLTA-E2007-1";
        readyAndPrepared("nadia.patel", "david.marsh", caseId);

        // The provider confirms the registration: not outside day 1 to day 2; then the arrangements open.
        assertThat(post("prime.consortium", reference + "/registration", providerRegistration(DAY_2.plusDays(2))).getStatusCode().value())
                .isEqualTo(400);
        ResponseEntity<String> registered = post("prime.consortium", reference + "/registration", providerRegistration(DAY_2));
        assertThat(registered.getStatusCode().value()).isEqualTo(200);
        assertThat(registered.getBody()).contains("Propose three visit dates", "Submit the assessment tasks");

        assertThat(submit("nadia.patel", taskFor("nadia.patel", caseId, "Propose three visit dates"),
                "visitDate1", "2027-03-01", "visitDate2", "2027-03-02", "visitDate3", "2027-03-03")).isEqualTo(204);
        assertThat(get("david.marsh", "/engine-rest/process-instance/" + caseId + "/variables/visitDatesText").getBody())
                .as("the dates as the headteacher's form shows them").contains("Monday 1 March 2027, Tuesday 2 March 2027 and Wednesday 3 March 2027");
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Agree the visit dates"), "datesAnswer", "agreed")).isEqualTo(204);
        assertThat(submit("paul.young", taskFor("paul.young", caseId, "Confirm the visit date and assessor"),
                "visitOn", "2027-03-02", "assessorName", "Raj Patel", "arrivalTime", "13:00")).isEqualTo(204);
        assertThat(submit("nadia.patel", taskFor("nadia.patel", caseId, "Submit the assessment tasks"),
                tasksSubmitted(4, DAY_2))).isEqualTo(204);
        assertThat(submit("nadia.patel", taskFor("nadia.patel", caseId, "Prepare for the visit"),
                visitPreparation(List.of("E2002", "E2003")))).isEqualTo(204);
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Prepare for the assessor's meeting"), meetingAnswers()))
                .isEqualTo(204);

        // The provider's outcome: all 33 standards, each once; 17 and 31 not met.
        moveClockTo(LocalDate.of(2027, 3, 5));
        List<Map<String, Object>> results = new ArrayList<>();
        IntStream.rangeClosed(1, 33).forEach(n -> results.add(Map.of("standard", n, "met", n != 17 && n != 31)));
        assertThat(post("prime.consortium", reference + "/outcome", Map.of("results", results.subList(0, 32))).getStatusCode().value())
                .as("32 standards").isEqualTo(400);
        List<Map<String, Object>> repeated = new ArrayList<>(results.subList(0, 32));
        repeated.add(results.get(0));
        assertThat(post("prime.consortium", reference + "/outcome", Map.of("results", repeated)).getBody())
                .as("standard 1 twice").contains("each of the 33 standards once");
        ResponseEntity<String> outcome = post("prime.consortium", reference + "/outcome",
                Map.of("results", results, "feedback", "Planning for whole-class lessons needs more evidence"));
        assertThat(outcome.getStatusCode().value()).isEqualTo(200);
        assertThat(outcome.getBody()).contains("NOT_AWARDED", "Decide on reassessment");

        Map<String, Object> feedback = list("nadia.patel", "/api/staff/E2007/documents").stream()
                .filter(d -> "HLTA_FEEDBACK".equals(d.get("kind"))).findFirst().orElseThrow();
        assertThat(pdf("nadia.patel", ((Number) feedback.get("id")).longValue())).contains("Standards not yet met",
                "17. Use their area(s) of expertise to contribute to the planning", "31.", "Planning for whole-class lessons")
                .doesNotContain("18. Use their area(s)");
        assertThat(plansStartedBy("E2007")).containsExactly("HLTA_OUTCOME");
        assertThat(as("kate.morgan").getForObject("/api/staff/E2007", Map.class)).containsEntry("hltaStatus", false);

        // Reassessment: the same case, a new visit window from today (Friday 5 March 2027, to 28 May).
        assertThat(submit("nadia.patel", taskFor("nadia.patel", caseId, "Decide on reassessment"), "reassessmentChoice", "reassess"))
                .isEqualTo(204);
        assertThat(get("prime.consortium", reference).getBody()).contains("ASSESSMENT", "Propose three visit dates");
        givesNoMoreAnswersAndTheCaseMovesOn(caseId, reference);
    }

    /**
     * Nadia's reassessment: she answers none of her steps, and at each last day (the trust's policy: 10 working days
     * for the dates and the decision, 5 before the visit for the written tasks, the day before for the preparation)
     * her task closes, "no answer given by" that day goes on the record, and the school, told by name, carries on.
     */
    private void givesNoMoreAnswersAndTheCaseMovesOn(String caseId, String reference) {
        // The dates: due ten school days on, Friday 19 March; missed on Monday 22 March. David Marsh chooses them.
        assertThat(dueOf(caseId, "Task_ProposeVisitDates")).isEqualTo(morningOf(LocalDate.of(2027, 3, 19)));
        moveClockTo(LocalDate.of(2027, 3, 22));
        runJob(caseId, "Event_VisitDatesNotProposed");
        assertThat(list("nadia.patel", "/engine-rest/task?processInstanceId=" + caseId)).extracting(t -> t.get("name"))
                .containsExactly("Submit the assessment tasks");
        assertThat(get("paul.young", reference).getBody()).contains("Propose three visit dates: no answer given by Friday 19 March 2027");
        assertThat(list("david.marsh", "/api/notifications")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "HLTA visit dates not proposed: Nadia Patel")
                .satisfies(m -> assertThat(String.valueOf(m.get("body"))).contains("no answer given by Friday 19 March 2027",
                        "David Marsh chooses three dates", "Paul Young then confirms the visit")));
        String choose = taskFor("david.marsh", caseId, "Choose three visit dates for Nadia Patel");
        assertThat(submit("david.marsh", choose, "visitDate1", "2027-03-30", "visitDate2", "2027-04-19", "visitDate3", "2027-04-20"))
                .as("the Easter holiday").isEqualTo(400);
        assertThat(submit("david.marsh", choose, "visitDate1", "2027-04-19", "visitDate2", "2027-04-20", "visitDate3", "2027-04-21"))
                .isEqualTo(204);
        assertThat(list("david.marsh", "/engine-rest/task?processInstanceId=" + caseId)).as("her own dates need no agreeing")
                .extracting(t -> t.get("name")).doesNotContain("Agree the visit dates");

        // The visit is booked for Tuesday 20 April: the written tasks, due 5 school days before the window's end (21 May),
        // are now due 5 school days before the visit, past Easter and its INSET day: Tuesday 13 April.
        assertThat(dueOf(caseId, "Task_SubmitAssessmentTasks")).isEqualTo(morningOf(LocalDate.of(2027, 5, 21)));
        assertThat(submit("paul.young", taskFor("paul.young", caseId, "Confirm the visit date and assessor"),
                "visitOn", "2027-04-20", "assessorName", "Raj Patel", "arrivalTime", "13:00")).isEqualTo(204);
        assertThat(dueOf(caseId, "Task_SubmitAssessmentTasks")).isEqualTo(morningOf(LocalDate.of(2027, 4, 13)));
        assertThat(jobDue(caseId, "Event_AssessmentTasksNotSubmitted")).isEqualTo(morningOf(LocalDate.of(2027, 4, 14)));
        moveClockTo(LocalDate.of(2027, 4, 14));
        runJob(caseId, "Event_AssessmentTasksNotSubmitted");
        assertThat(get("david.marsh", reference).getBody())
                .contains("Submit the assessment tasks: no answer given by Tuesday 13 April 2027");

        // The arrangements go on without the tasks; the visit preparation, due the day before, is missed on the visit's morning.
        assertThat(dueOf(caseId, "Task_PrepareForVisit")).isEqualTo(morningOf(LocalDate.of(2027, 4, 19)));
        moveClockTo(LocalDate.of(2027, 4, 20));
        runJob(caseId, "Event_VisitNotPrepared");
        assertThat(list("paul.young", "/api/notifications")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "HLTA visit not prepared: Nadia Patel")
                .satisfies(m -> assertThat(String.valueOf(m.get("body"))).contains("no answer given by Monday 19 April 2027",
                        "David Marsh and Paul Young, please make sure today that reception expects the assessor")));
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Prepare for the assessor's meeting"), meetingAnswers()))
                .isEqualTo(204);

        // Standard 17 not met again; Nadia does not say whether to be reassessed by Monday 10 May (the May bank holiday skipped).
        moveClockTo(LocalDate.of(2027, 4, 23));
        List<Map<String, Object>> results = new ArrayList<>();
        IntStream.rangeClosed(1, 33).forEach(n -> results.add(Map.of("standard", n, "met", n != 17)));
        assertThat(post("prime.consortium", reference + "/outcome", Map.of("results", results)).getBody())
                .contains("NOT_AWARDED", "Decide on reassessment");
        assertThat(dueOf(caseId, "Task_DecideOnReassessment")).isEqualTo(morningOf(LocalDate.of(2027, 5, 10)));
        moveClockTo(LocalDate.of(2027, 5, 11));
        runJob(caseId, "Event_NoReassessmentAnswer");

        // Recorded as not re-taking the assessment: the candidacy is closed and the case ended there.
        assertThat(get("david.marsh", reference).getBody()).contains("LAPSED",
                "Propose three visit dates: no answer given by Friday 19 March 2027",
                "Submit the assessment tasks: no answer given by Tuesday 13 April 2027",
                "Prepare for the visit: no answer given by Monday 19 April 2027",
                "Decide on reassessment: no answer given by Monday 10 May 2027");
        assertThat(list("kate.morgan", "/engine-rest/history/process-instance?processInstanceId=" + caseId).get(0))
                .containsEntry("state", "COMPLETED");
        assertThat(list("kate.morgan", "/engine-rest/history/activity-instance?processInstanceId=" + caseId
                + "&activityId=EndEvent_NotReassessed")).hasSize(1);
        assertThat(list("nadia.patel", "/api/notifications")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "HLTA reassessment not answered: Nadia Patel")
                .satisfies(m -> assertThat(String.valueOf(m.get("body"))).contains("not re-taking the assessment",
                        "closed as lapsed")));
    }

    /** The due date of the case's open task, as Tasklist shows it. */
    private Instant dueOf(String caseId, String taskKey) {
        List<Map<String, Object>> tasks = list("kate.morgan", "/engine-rest/task?processInstanceId=" + caseId
                + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks).as(taskKey).hasSize(1);
        return instant(tasks.get(0).get("due"));
    }

    /** When the engine will run the case's timer. */
    private Instant jobDue(String caseId, String activityId) {
        List<Map<String, Object>> jobs = list("admin", "/engine-rest/job?processInstanceId=" + caseId + "&activityId=" + activityId);
        assertThat(jobs).as(activityId).hasSize(1);
        return instant(jobs.get(0).get("dueDate"));
    }

    private static Instant instant(Object restDate) {
        return OffsetDateTime.parse(String.valueOf(restDate), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    }

    private static Instant morningOf(LocalDate day) {
        return CaseVariables.morningOf(day).toInstant();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPreparationDayOnABankHolidayOrInTheSchoolHolidaysIsRefusedSayingWhy() {
        moveClockTo(LocalDate.of(2026, 12, 7));
        ResponseEntity<Map> started = as("lucy.ward").postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", "E2004"), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String caseId = (String) started.getBody().get("id");
        assertThat(submit("lucy.ward", taskFor("lucy.ward", caseId, "Review yourself against the 33 standards"),
                "wholeClassOpportunities", true, "wholeClassExamples", "Year 2 on Thursday afternoons during PPA",
                "confidentAttributes", ALL_STANDARDS.subList(0, 7))).isEqualTo(204);
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Hold the readiness discussion"), "readinessDecision", "READY",
                "readinessReason", "Ready to start preparation; the standards will be worked on during it", "englishMathsSeen", true))
                .isEqualTo(204);
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Confirm the school's commitment"), "releaseConfirmed", true,
                "supportingStaff", "The class teacher", "laContactName", "Sam Lee", "laContactEmail", "sam.lee@la.example.gov.uk"))
                .isEqualTo(204);
        String book = taskFor("lucy.ward", caseId, "Book the preparation days");

        assertThat(refusal(book, "2026-12-14", "2026-12-25", "2027-01-11")).isEqualTo("Friday 25 December 2026 is Christmas Day");
        assertThat(refusal(book, "2026-12-14", "2026-12-21", "2027-01-11"))
                .isEqualTo("Monday 21 December 2026 is in the Christmas holiday");
        assertThat(refusal(book, "2026-12-14", "2027-01-04", "2027-01-11")).isEqualTo("Monday 4 January 2027 is an INSET day");
        assertThat(submit("lucy.ward", book, "providerOfPreparation", "North West PoP", "preparationDay1", "2026-12-14",
                "preparationDay2", "2027-01-05", "preparationDay3", "2027-01-11")).as("school days either side of Christmas").isEqualTo(204);
    }

    /** The reason the preparation days are refused with, as Tasklist shows it. */
    @SuppressWarnings("unchecked")
    private String refusal(String book, String day1, String day2, String day3) {
        ResponseEntity<Map> refused = as("lucy.ward").postForEntity("/engine-rest/task/" + book + "/submit-form",
                variables("providerOfPreparation", "North West PoP", "preparationDay1", day1, "preparationDay2", day2,
                        "preparationDay3", day3), Map.class);
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
        return (String) refused.getBody().get("message");
    }

    /** The triggers of the member of staff's development plans. */
    @SuppressWarnings("unchecked")
    private List<Object> plansStartedBy(String staffId) {
        return list("kate.morgan", "/engine-rest/process-instance?processDefinitionKey=development-plan&variables=staffId_eq_" + staffId)
                .stream().map(p -> as("kate.morgan").getForObject("/engine-rest/process-instance/" + p.get("id") + "/variables/trigger",
                        Map.class).get("value")).toList();
    }

    /** Starts a candidacy as Tasklist's start form does; returns the case id. */
    @SuppressWarnings("unchecked")
    private String startAs(String user, String staffId) {
        moveClockTo(TODAY);
        ResponseEntity<Map> started = as(user).postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", staffId), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return (String) started.getBody().get("id");
    }

    /** Self-review, readiness discussion, commitment, preparation days; then preparation day 1 comes. */
    private void readyAndPrepared(String candidate, String headteacher, String caseId) {
        String review = taskFor(candidate, caseId, "Review yourself against the 33 standards");
        assertThat(submit(candidate, review, "wholeClassOpportunities", true)).as("no examples").isEqualTo(400);
        assertThat(submit(candidate, review, "wholeClassOpportunities", true,
                "wholeClassExamples", "Year 4 every Friday afternoon during PPA, for the whole afternoon",
                "confidentAttributes", ALL_STANDARDS.subList(0, 7), "confidentKnowledge", ALL_STANDARDS.subList(7, 16),
                "confidentSkills", ALL_STANDARDS.subList(16, 33))).isEqualTo(204);

        String discussion = taskFor(headteacher, caseId, "Hold the readiness discussion");
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = as(headteacher).getForObject("/engine-rest/task/" + discussion + "/form-variables", Map.class);
        assertThat(((Map<String, Object>) facts.get("wholeClassText")).get("value")).as("read as a word, not true").isEqualTo("yes");
        assertThat(submit(headteacher, discussion, "readinessDecision", "NOT_YET")).as("no reason").isEqualTo(400);
        assertThat(submit(headteacher, discussion, "readinessDecision", "READY")).isEqualTo(204);

        String commitment = taskFor(headteacher, caseId, "Confirm the school's commitment");
        assertThat(submit(headteacher, commitment, "releaseConfirmed", true, "supportingStaff", "The class teacher",
                "laContactName", "Sam Lee")).as("no LA email").isEqualTo(400);
        assertThat(submit(headteacher, commitment, "releaseConfirmed", true, "supportingStaff", "The class teacher",
                "laContactName", "Sam Lee", "laContactEmail", "sam.lee@la.example.gov.uk")).isEqualTo(204);

        String book = taskFor(candidate, caseId, "Book the preparation days");
        assertThat(submit(candidate, book, "providerOfPreparation", "North West PoP", "preparationDay1", DAY_1.toString(),
                "preparationDay2", DAY_2.toString())).as("two days").isEqualTo(400);
        assertThat(submit(candidate, book, "providerOfPreparation", "North West PoP", "preparationDay1", DAY_1.toString(),
                "preparationDay2", DAY_2.toString(), "preparationDay3", DAY_3.minusDays(2).toString())).as("a Saturday").isEqualTo(400);
        assertThat(submit(candidate, book, "providerOfPreparation", "North West PoP", "preparationDay1", DAY_1.toString(),
                "preparationDay2", DAY_2.toString(), "preparationDay3", DAY_3.toString())).isEqualTo(204);

        moveClockTo(DAY_1);
        runJob(caseId, "Event_PreparationDay1");
        assertThat(list(candidate, "/api/notifications")).extracting(n -> n.get("subject")).contains("Register for your HLTA assessment");
        moveClockTo(DAY_2);
    }

    private static Object[] registration(LocalDate on) {
        return new Object[] {"registeredOn", on.toString(), "registrationReference", "PC-2027-0042",
                "assessmentProvider", "The Prime Consortium", "providerContact", "Assessment team, 0161 000 0000"};
    }

    private static Map<String, Object> providerRegistration(LocalDate on) {
        return Map.of("registeredOn", on.toString(), "registrationReference", "PC-2027-0043",
                "assessmentProvider", "The Prime Consortium", "providerContact", "Assessment team, 0161 000 0000");
    }

    private static Object[] visitPreparation(List<String> teachers) {
        return new Object[] {"headteacherBriefed", true, "teachersToInterview", teachers, "receptionTold", true,
                "assessorRoom", "Library", "bulletinNotice", true};
    }

    /** The submission form as Tasklist sends it: tasks 1 to n ticked, and the day they went to the provider. */
    static Object[] tasksSubmitted(int n, LocalDate on) {
        List<Object> fields = new ArrayList<>();
        for (int task = 1; task <= n; task++) {
            fields.add("assessmentTask" + task);
            fields.add(true);
        }
        fields.add("tasksSubmittedOn");
        fields.add(on.toString());
        return fields.toArray();
    }

    private static Object[] meetingAnswers() {
        return new Object[] {"answerExamples", "Year 4 every Friday afternoon", "answerWholeClass", "Yes, the whole class of 28",
                "answerTeacherAbsent", "Yes, during PPA", "answerReasonableTime", "A full afternoon each week",
                "answerAdvancedLearning", "Yes; she plans with the teacher", "answerConfidence", "Yes"};
    }
}
