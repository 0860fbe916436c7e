package uk.staffcareers.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.StaffDirectory;

/**
 * GET /api/overview/year as each role, against a year of this test's own (2030/31) and people of its own
 * (E1180–E1183 at Oakfield, E2180 at Riverside): helen.carter sees Oakfield only, kate.morgan every school with the
 * roll-up, a teacher and a teaching assistant are refused. Counts that other tests also move (steps, concerns)
 * are checked as what this test's cases add. It runs on a fixed day, so that its overdue task's working days do not
 * depend on the date of the build (with the wall clock, a fortnight in the summer holiday had none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "/api/overview/year?year=2030/31";
    // A Wednesday in the autumn term; its task falls due a fortnight before, across the half term.
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 4);
    private static final LocalDate OVERDUE_SINCE = TODAY.minusDays(14);

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TaskService tasks;
    @Autowired
    private SchoolCalendars calendars;
    @Autowired
    private OverdueTasks overdueTasks;
    @Autowired
    private StaffDirectory directory;

    private JsonNode before;
    private String confirmationTask;

    @BeforeAll
    void seedOnTheFixedDay() throws Exception {
        moveClockTo(TODAY);
        try {
            seed();
        } finally {
            ClockUtil.reset();
        }
    }

    @BeforeEach
    void fixTheDay() {
        moveClockTo(TODAY);
    }

    private void seed() throws Exception {
        before = read("helen.carter", YEAR);
        newTeachingAssistant("E1180", "Olive", "Ashdown", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E1181", "Owen", "Birchall", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E1182", "Orla", "Cranfield", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E2180", "Rhys", "Dalby", DemoTrust.RIVERSIDE, "E2002");
        // 2030/31: on time (31 October), late, not yet; an interim review, an assessment, a pay decision, an open appeal.
        long olive = appraisal("E1180", "2030/31", LocalDateTime.of(2030, 10, 15, 16, 0), "PAY_DECIDED");
        jdbc.sql("update appraisal set assessed_at = ?, pay_decided_at = ?, pay_decision = 'PROGRESSION' where id = ?")
                .params(LocalDateTime.of(2031, 6, 20, 10, 0), LocalDateTime.of(2031, 7, 1, 10, 0), olive).update();
        jdbc.sql("insert into appraisal_interim_review (appraisal_id, held_on, summary, changes_needed, reviewed_by, reviewed_at)"
                + " values (?, ?, 'On track', false, 'tom.bennett', ?)").params(olive, LocalDate.of(2031, 2, 10),
                        LocalDateTime.of(2031, 2, 10, 15, 0)).update();
        appraisal("E1181", "2030/31", LocalDateTime.of(2030, 11, 20, 9, 0), "APPEAL");
        appraisal("E1182", "2030/31", null, "OBJECTIVES");
        appraisal("E2180", "2030/31", LocalDateTime.of(2030, 10, 1, 9, 0), "IN_YEAR");
        // Earlier years, finished.
        long finished = appraisal("E1180", "2029/30", LocalDateTime.of(2029, 10, 1, 9, 0), "COMPLETED");
        jdbc.sql("update appraisal set pay_decision = 'PROGRESSION' where id = ?").param(finished).update();
        long left = appraisal("E2180", "2029/30", null, "LEFT_EMPLOYMENT");
        jdbc.sql("update appraisal set left_on = ? where id = ?").params(LocalDate.of(2030, 7, 17), left).update();
        // An HLTA candidacy at preparation, a development plan clarified, a concern with support, a capability case.
        jdbc.sql("insert into hlta_candidacy (reference, staff_id, started_by, started_at, status) values ('HLTA-E1182-1', 'E1182',"
                + " 'orla.cranfield', ?, 'PREPARATION')").param(LocalDateTime.of(2030, 9, 20, 9, 0)).update();
        jdbc.sql("insert into development_plan (staff_id, trigger_kind, need, raised_by, raised_at, status) values ('E1181',"
                + " 'OWN_REQUEST', 'Phonics', 'owen.birchall', ?, 'CLARIFIED')").param(LocalDateTime.of(2030, 9, 20, 9, 0)).update();
        jdbc.sql("insert into performance_concern (staff_id, raised_by, raised_at, description, status) values ('E1181',"
                + " 'helen.carter', ?, 'Timekeeping', 'SUPPORT')").param(LocalDateTime.of(2030, 10, 2, 9, 0)).update();
        // A running case about Olive with her task a fortnight overdue.
        String confirmation = startConfirmation("E1180");
        Task task = tasks.createTaskQuery().processInstanceId(confirmation).singleResult();
        task.setDueDate(Date.from(OVERDUE_SINCE.atTime(10, 0).atZone(SchoolTime.ZONE).toInstant()));
        tasks.saveTask(task);
        confirmationTask = task.getName();
    }

    @Test
    void aHeadteacherSeesHerSchoolsYear() throws Exception {
        JsonNode helen = read("helen.carter", YEAR);
        assertThat(helen.path("progress")).hasSize(1);
        JsonNode oakfield = helen.path("progress").get(0);
        assertThat(oakfield.path("schoolName").asText()).isEqualTo("Oakfield Primary School");
        assertThat(oakfield.path("cases").asInt()).isEqualTo(3);
        assertThat(oakfield.path("objectivesOnTime").asInt()).isEqualTo(1);
        assertThat(oakfield.path("objectivesLate").asInt()).isEqualTo(1);
        assertThat(oakfield.path("objectivesNotYet").asInt()).isEqualTo(1);
        assertThat(oakfield.path("interimReviewsHeld").asInt()).isEqualTo(1);
        assertThat(oakfield.path("assessmentsDone").asInt()).isEqualTo(1);
        assertThat(oakfield.path("payDecisions").asInt()).isEqualTo(1);
        assertThat(oakfield.path("appealsOpen").asInt()).isEqualTo(1);
        assertThat(helen.path("trust").isNull()).as("no roll-up for one school").isTrue();
        assertThat(helen.toString()).doesNotContain("Riverside", "Rhys Dalby");
    }

    @Test
    void stepsAndConcernsCountThisTestsCases() throws Exception {
        JsonNode helen = read("helen.carter", YEAR);
        assertThat(step(helen, "hlta", "Preparation and registration") - step(before, "hlta", "Preparation and registration")).isEqualTo(1);
        assertThat(step(helen, "plans", "2. Need clarified") - step(before, "plans", "2. Need clarified")).isEqualTo(1);
        assertThat(helen.path("concerns")).hasSize(1);
        assertThat(helen.path("concerns").get(0).path("concernsOpen").asInt()
                - before.path("concerns").get(0).path("concernsOpen").asInt()).isEqualTo(1);
    }

    @Test
    void finishedCasesOfEarlierYearsWithTheirOutcome() throws Exception {
        assertThat(rows(read("helen.carter", YEAR), "finished")).contains(
                "Olive Ashdown|Appraisal|2029/30|Pay progression").noneMatch(r -> r.startsWith("Rhys Dalby"));
        assertThat(rows(read("kate.morgan", YEAR), "finished")).contains(
                "Olive Ashdown|Appraisal|2029/30|Pay progression", "Rhys Dalby|Appraisal|2029/30|Left on Wednesday 17 July 2030");
    }

    @Test
    void overdueTasksAndRunningCasesNamePeople() throws Exception {
        JsonNode helen = read("helen.carter", YEAR);
        // Olive's own row: other tests leave overdue tasks of the same name at Oakfield.
        JsonNode overdue = find(helen.path("overdue"), "person", "Olive Ashdown");
        assertThat(overdue.path("task").asText()).isEqualTo(confirmationTask);
        assertThat(overdue.path("assignee").asText()).isEqualTo("Olive Ashdown");
        assertThat(overdue.path("workingDaysOverdue").asInt()).isPositive()
                .isEqualTo(OverdueTasks.workingDaysBetween(OVERDUE_SINCE, TODAY, calendars.forTrust(DemoTrust.TRUST)));
        JsonNode running = find(helen.path("running"), "person", "Olive Ashdown");
        assertThat(running.path("businessKey").asText()).isNotBlank();
        assertThat(running.path("schoolName").asText()).isEqualTo("Oakfield Primary School");
    }

    @Test
    void theLongestOverdueAreListedWithTheCountOfAll() throws Exception {
        JsonNode helen = read("helen.carter", YEAR);
        long count = helen.path("overdueCount").asLong();
        assertThat(count).as("Oakfield has fewer than the page lists: every one is listed").isEqualTo(helen.path("overdue").size());
        int longest = java.util.stream.StreamSupport.stream(helen.path("overdue").spliterator(), false)
                .mapToInt(t -> t.path("workingDaysOverdue").asInt()).max().orElseThrow();

        OverdueTasks.Longest first = overdueTasks.of(List.of(directory.school(DemoTrust.OAKFIELD).orElseThrow()), TODAY, 1);

        assertThat(first.tasks()).singleElement().extracting(OverdueTasks.Overdue::workingDaysOverdue).isEqualTo(longest);
        assertThat(first.count()).as("all of them counted, not only the one listed").isEqualTo(count);
    }

    @Test
    void theCentralTeamSeesEverySchoolAndTheTrust() throws Exception {
        JsonNode kate = read("kate.morgan", YEAR);
        assertThat(kate.path("progress")).extracting(p -> p.path("schoolName").asText())
                .containsExactly("Oakfield Primary School", "Riverside Academy");
        assertThat(kate.path("progress").get(1).path("cases").asInt()).isEqualTo(1);
        assertThat(kate.path("trust").path("cases").asInt()).isEqualTo(4);
        assertThat(kate.path("trust").path("objectivesOnTime").asInt()).isEqualTo(2);
        assertThat(kate.path("concerns")).hasSize(2);
        assertThat(read("kate.morgan", YEAR + "&school=riverside").path("progress")).hasSize(1);
    }

    @Test
    void othersAreRefusedAndAnotherSchoolIsNotFound() {
        assertThat(get("tom.bennett", YEAR).getStatusCode().value()).isEqualTo(403);
        assertThat(get("olive.ashdown", YEAR).getStatusCode().value()).isEqualTo(403);
        assertThat(get("tom.bennett", YEAR + "&format=csv&table=progress").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> otherSchool = get("helen.carter", YEAR + "&school=riverside");
        assertThat(otherSchool.getStatusCode().value()).isEqualTo(404);
        assertThat(otherSchool.getBody()).doesNotContain("Riverside Academy");
        assertThat(get("helen.carter", "/api/overview/year?year=2030").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void eachTableAsCsv() {
        ResponseEntity<String> csv = get("kate.morgan", YEAR + "&format=csv&table=progress");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("staff-careers-progress-2030-31.csv");
        assertThat(csv.getBody().split("\r\n")).containsExactly(
                "School name,Cases,Objectives on time,Objectives late,Objectives not yet,Interim reviews held,Assessments done,"
                        + "Pay decisions,Appeals open,Left",
                "Oakfield Primary School,3,1,1,1,1,1,1,1,0", "Riverside Academy,1,1,0,0,0,0,0,0,0", "All schools,4,2,1,1,1,1,1,1,0");
        assertThat(get("helen.carter", YEAR + "&format=csv&table=finished").getBody())
                .contains("Olive Ashdown,Appraisal,2029/30,Pay progression");
        assertThat(get("helen.carter", YEAR + "&format=csv&table=nonsense").getStatusCode().value()).isEqualTo(400);
    }

    private long appraisal(String staffId, String year, LocalDateTime settled, String status) {
        int start = Integer.parseInt(year.substring(0, 4));
        jdbc.sql("insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at, objectives_settled_at,"
                + " objectives_status, status) values (?, ?, ?, ?, 'kate.morgan', ?, ?, ?, ?)")
                .params(staffId, year, LocalDate.of(start, 9, 1), LocalDate.of(start + 1, 8, 31), LocalDateTime.of(start, 9, 1, 8, 0),
                        settled, settled == null ? null : "AGREED", status).update();
        return jdbc.sql("select id from appraisal where staff_id = ? and period_label = ?").params(staffId, year).query(Long.class).single();
    }

    private JsonNode read(String user, String path) throws Exception {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode().value()).as(user + " " + path + ": " + response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private static int step(JsonNode overview, String table, String step) {
        int n = 0;
        for (JsonNode row : overview.path(table)) {
            n += step.equals(row.path("step").asText()) ? row.path("count").asInt() : 0;
        }
        return n;
    }

    private static List<String> rows(JsonNode overview, String table) {
        List<String> rows = new java.util.ArrayList<>();
        overview.path(table).forEach(r -> rows.add(String.join("|", r.path("person").asText(), r.path("kind").asText(),
                r.path("year").asText(), r.path("outcome").asText())));
        return rows;
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText())) {
                return row;
            }
        }
        throw new AssertionError("No row with " + field + " = " + value + " in " + rows);
    }
}
