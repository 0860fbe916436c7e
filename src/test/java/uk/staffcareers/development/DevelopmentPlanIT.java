package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** One plan from the need to its evaluation, through the REST calls Tasklist makes, as the demo users. */
class DevelopmentPlanIT extends IntegrationTest {

    // A Wednesday in the autumn term: the course that started 90 days ago and ended yesterday lies within the year.
    private final LocalDate today = LocalDate.of(2026, 11, 4);

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeachingAssistantsPlanFromHerRequestToTheQualificationOnHerRecord() {
        ResponseEntity<Map> started = as("lucy.ward").postForEntity("/engine-rest/process-definition/key/development-plan/submit-form",
                variables("staffId", "E2004", "trigger", "OWN_REQUEST", "need", "A level 3 qualification to become a senior TA"), Map.class);
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String caseId = (String) started.getBody().get("id");
        assertThat(started.getBody().get("businessKey").toString()).startsWith("DEVELOPMENT-E2004-");

        // Steps 1-2: her line manager, Rachel Green, clarifies the need with her.
        String clarify = taskFor("rachel.green", caseId, "Clarify the development need");
        assertThat(submit("rachel.green", clarify, "focus", "CURRENT_ROLE", "basicSkillsFirst", false,
                "standardsGap", "STL 18 and 20", "impactOnPractice", "Plans and leads phonics groups",
                "impactOnPupils", "Faster phonics progress", "careerFit", "Senior TA within two years",
                "statutoryRequirement", false, "noRelevantQualification", false, "specialistNeed", false,
                "inHouseSupportAvailable", true, "aspiresToSeniorRole", true, "wantsStandardsConfirmation", false,
                "mentorAvailable", true, "higherLevelSkills", false, "canCommitStudyTime", false,
                "sufficientLiteracyNumeracy", true)).isEqualTo(204);

        // Step 3: the tables recommend a vocationally related qualification and show the next stage.
        String decide = taskFor("rachel.green", caseId, "Decide the development");
        assertThat(get("rachel.green", "/engine-rest/task/" + decide + "/form-variables").getBody())
                .contains("vocationally related", "Senior teaching assistant", "A relevant level 3 qualification");
        assertThat(submit("rachel.green", decide, "chosenRoute", "QUALIFICATION", "chosenType", "VOCATIONALLY_RELATED",
                "activity", "Level 3 certificate in supporting teaching and learning", "qualificationLevel", 9)).isEqualTo(400);
        assertThat(submit("rachel.green", decide, "chosenRoute", "QUALIFICATION", "chosenType", "VOCATIONALLY_RELATED",
                "activity", "Level 3 certificate in supporting teaching and learning", "qualificationLevel", 3)).isEqualTo(204);

        // Step 4: the practicalities; an end before the start is refused, costs above 250 go to the headteacher.
        String practicalities = taskFor("rachel.green", caseId, "Agree the practicalities");
        assertThat(submit("rachel.green", practicalities, practicalities(today.plusDays(10), today))).isEqualTo(400);
        assertThat(taskFor("rachel.green", caseId, "Agree the practicalities")).isEqualTo(practicalities);
        assertThat(submit("rachel.green", practicalities, practicalities(today.minusDays(90), today.minusDays(1)))).isEqualTo(204);

        String approve = taskFor("david.marsh", caseId, "Approve the costs");
        assertThat(ids("omar.farouk", "/engine-rest/task")).doesNotContain(approve);
        assertThat(submit("david.marsh", approve, "costDecision", "approved")).isEqualTo(204);

        // Undertake: the mentor logs progress; the end date has passed, so the timers fire.
        String progress = taskFor("chris.dunn", caseId, "Log progress");
        assertThat(submit("chris.dunn", progress, "progressNote", "Units 1 to 6 complete", "developmentFinished", false)).isEqualTo(204);
        runJob(caseId, "Event_EndDateApproaching");
        runJob(caseId, "Event_EndDateReached");
        assertThat(list("chris.dunn", "/api/notifications")).extracting(n -> n.get("subject"))
                .anySatisfy(s -> assertThat((String) s).contains("The development of Lucy Ward ends on"));

        // Step 5: evaluate and embed; the qualification goes on her record.
        String evaluate = taskFor("rachel.green", caseId, "Evaluate the development and embed it");
        assertThat(submit("rachel.green", evaluate, "impactOnSchool", "Phonics groups in Year 1 and 2",
                "impactOnPupilsSeen", "Screening pass rate up", "impactOnIndividual", "Plans her own sessions",
                "learningShared", "Led a staff meeting", "qualificationGained", true,
                "qualificationTitle", "Level 3 certificate in supporting teaching and learning",
                "qualificationGainedType", "VOCATIONALLY_RELATED", "qualificationGainedSubject", "OTHER", "qualificationGainedLevel", 3,
                "qualificationAwardedOn", today.toString())).isEqualTo(204);
        assertThat(get("paul.young", "/engine-rest/history/process-instance/" + caseId).getStatusCode().value()).isIn(403, 404);
        assertThat(get("david.marsh", "/engine-rest/history/process-instance/" + caseId).getBody()).contains("\"state\":\"COMPLETED\"");
        assertThat(list("lucy.ward", "/api/staff/E2004/qualifications")).extracting(q -> q.get("title") + " " + q.get("subject"))
                .contains("Level 3 certificate in supporting teaching and learning OTHER");
    }

    private Object[] practicalities(LocalDate start, LocalDate end) {
        return new Object[] {"checkEntryRequirements", true, "checkLevel", true, "checkProgression", true, "checkDelivery", true,
                "checkCompetence", true, "checkMentor", true, "checkReleaseTime", true, "checkCosts", true, "checkOutcomes", true,
                "checkSuccessMeasures", true, "mentorStaffId", "E2006", "releaseTime", "Half a day a fortnight",
                "cost", 400, "paidBy", "SCHOOL", "agreedOutcomes", "Leads phonics groups; regraded on completion",
                "successMeasures", "Phonics screening results", "startDate", start.toString(), "endDate", end.toString()};
    }


    private List<Object> ids(String user, String path) {
        return list(user, path).stream().map(m -> m.get("id")).toList();
    }
}
