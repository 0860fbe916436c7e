package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * A school's launch answers at once and its cases start in the background, followed over REST by the launcher and the
 * trust's central team; a launch left unfinished by a node that stopped is carried on, with no case started twice.
 * The tests use a trust of their own (Launch Test Trust), so that no other test's cases count.
 */
class LaunchProgressIT extends IntegrationTest {

    private static final String TRUST = LaunchTestTrust.TRUST;
    private static final String SCHOOL = "launch-academy";
    private static final String HEAD = "nina.hale";
    private static final String HEAD_ID = "E3090";
    private static final String HR = LaunchTestTrust.HR;
    private static final List<String> ASSISTANTS = IntStream.rangeClosed(3091, 3102).mapToObj(n -> "E" + n).toList();
    // A Wednesday in the autumn term: this year's launch and next year's are both open.
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 4);

    @Autowired
    LaunchRunner runner;
    @Autowired
    StaffDirectory directory;
    @Autowired
    IdentitySync identities;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    Clock clock;

    @BeforeEach
    void launchTestTrust() {
        moveClockTo(TODAY);
        LaunchTestTrust.school(directory, identities, SCHOOL, "Launch Test Academy", HEAD_ID, HEAD, ASSISTANTS);
        ReflectionTestUtils.setField(runner, "background", true);
    }

    @AfterEach
    void launchesInTheRequestAgain() {
        ReflectionTestUtils.setField(runner, "background", false);
    }

    @Test
    void aSchoolsLaunchAnswersAtOnceAndItsCasesStartInTheBackground() throws Exception {
        ReflectionTestUtils.setField(runner, "background", true);
        CountDownLatch busy = holdTheBackground();
        @SuppressWarnings("unchecked")
        ResponseEntity<Map<String, Object>> launched = (ResponseEntity)  as(HEAD).postForEntity("/api/appraisals/launch", Map.of("scope", "SCHOOL", "target",
                "Launch Test Academy", "period", thisYear().label()), Map.class);

        assertThat(launched.getStatusCode().value()).isEqualTo(202);
        Map<String, Object> answer = launched.getBody();
        String location = launched.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo("/api/appraisals/launches/" + answer.get("id"));
        assertThat(answer).containsEntry("status", "RUNNING").containsEntry("forWhom", "Launch Test Academy")
                .containsEntry("launchedBy", "Nina Hale").containsEntry("started", 0).containsEntry("total", 13);
        assertThat((Integer) answer.get("waiting")).isEqualTo(13);
        assertThat(as(HR).getForEntity(location, Map.class).getBody().get("status")).as("the trust's central team follows it")
                .isEqualTo("RUNNING");
        assertThat(as("kate.morgan").getForEntity(location, String.class).getStatusCode().value())
                .as("another trust's central team is answered as for a launch that does not exist").isEqualTo(404);
        assertThat(as("ta.e3091").getForEntity(location, String.class).getStatusCode().value()).isEqualTo(404);

        busy.countDown();
        Map<?, ?> finished = awaitFinished(location);
        assertThat(finished.get("started")).isEqualTo(12);
        assertThat((List<String>) finished.get("failed")).singleElement().asString()
                .startsWith("Nina Hale (E3090): could not start: ");
        assertThat(casesPerAssistant(thisYear())).containsOnlyKeys(ASSISTANTS).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(notifications.of(HEAD)).anySatisfy(note -> assertThat(note.body())
                .startsWith("Appraisal year " + thisYear().label() + " for Launch Test Academy: 12 case(s) started"));
        assertThat(as(HEAD).getForEntity("/api/appraisals/launches", List.class).getBody()).first()
                .satisfies(first -> assertThat(((Map<?, ?>) first).get("id")).isEqualTo(answer.get("id")));
    }

    @Test
    void aLaunchLeftUnfinishedByANodeThatStoppedIsCarriedOnWithNoCaseStartedTwice() {
        AppraisalPeriod next = AppraisalPeriod.containing(TODAY.plusYears(1));
        // What a node that stopped mid-launch leaves: the first assistant's case started with its row, the rest waiting,
        // and a heartbeat ten minutes old. It launched eleven minutes ago, so that this test's launches come before the
        // other test's in the head's list, whichever runs first.
        LocalDateTime launchedAt = LocalDateTime.now(clock).minusMinutes(11);
        ClockUtil.setCurrentTime(Date.from(launchedAt.atZone(SchoolTime.ZONE).toInstant()));
        ResponseEntity<Map> first = as(HEAD).postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target",
                ASSISTANTS.get(0), "period", next.label()), Map.class);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        moveClockTo(TODAY);
        String launchId = "stopped-" + System.nanoTime();
        jdbc.sql("insert into appraisal_launch (id, trust_id, period_label, scope, for_whom, launched_by, launched_at, heartbeat_at) "
                + "values (?, ?, ?, 'SCHOOL', 'Launch Test Academy', ?, ?, ?)")
                .params(launchId, TRUST, next.label(), HEAD, launchedAt, launchedAt.plusMinutes(1)).update();
        ASSISTANTS.forEach(id -> jdbc.sql("insert into appraisal_launch_item (launch_id, staff_id, staff_name, outcome) values (?, ?, ?, ?)")
                .params(launchId, id, "Assistant " + id, id.equals(ASSISTANTS.get(0)) ? "STARTED" : "WAITING").update());

        runner.resumeStale();
        Map<?, ?> finished = awaitFinished("/api/appraisals/launches/" + launchId);

        assertThat(finished.get("started")).isEqualTo(12);
        assertThat(finished.get("failed")).asList().isEmpty();
        assertThat(casesPerAssistant(next)).containsOnlyKeys(ASSISTANTS).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(jdbc.sql("select staff_id from appraisal where period_label = ?").param(next.label()).query(String.class).list())
                .filteredOn(this::ofTheLaunchTestSchool).containsExactlyInAnyOrderElementsOf(ASSISTANTS);
        runner.resumeStale();
        assertThat(jdbc.sql("select finished_at from appraisal_launch where id = ?").param(launchId).query(LocalDateTime.class)
                .single()).isNotNull();
    }

    /** Keeps the launches' background thread busy until released, so a test sees a launch before any case starts. */
    private CountDownLatch holdTheBackground() {
        CountDownLatch release = new CountDownLatch(1);
        ((ExecutorService) ReflectionTestUtils.getField(runner, "coordinator")).execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return release;
    }

    private Map<?, ?> awaitFinished(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(HEAD).getForEntity(location, Map.class).getBody(), progress -> "FINISHED".equals(progress.get("status")));
    }

    /** The year's cases of the school's people (its head and assistants): other tests start cases for other E3… staff. */
    private Map<String, Integer> casesPerAssistant(AppraisalPeriod period) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(period.businessKey("E3%")).list().stream()
                .map(c -> c.getBusinessKey().substring(c.getBusinessKey().lastIndexOf('-') + 1)).filter(this::ofTheLaunchTestSchool)
                .forEach(staffId -> counts.merge(staffId, 1, Integer::sum));
        return counts;
    }

    private boolean ofTheLaunchTestSchool(String staffId) {
        return staffId.equals(HEAD_ID) || ASSISTANTS.contains(staffId);
    }

    private static AppraisalPeriod thisYear() {
        return AppraisalPeriod.containing(TODAY);
    }
}
