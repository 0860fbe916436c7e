package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import uk.staffcareers.FixedClock;
import uk.staffcareers.FixedEngineClock;

/** A case that cannot start is reported with its employee's name and the others start; inside a caller's transaction, none does. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(FixedEngineClock.class)
class AppraisalLaunchTest {

    private static final List<String> RIVERSIDE = List.of("E2001", "E2002", "E2003", "E2004", "E2005", "E2006", "E2007", "E2008");

    @Autowired
    AppraisalLaunch launch;
    @MockitoSpyBean
    AppraisalCycleProcess starter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void noMoreFailures() {
        reset(starter);
    }

    @Test
    void aCaseThatCannotStartIsReportedByNameAndTheOthersStartOnce() {
        // Launches open only this academic year or the next: one test each, so neither sees the other's cases.
        AppraisalPeriod period = AppraisalPeriod.containing(FixedClock.TODAY);
        failFor(period, "E2006");
        LaunchProgress first = launchRiverside(period);
        assertThat(first.failed()).containsExactly("Chris Dunn (E2006): could not start: E2006's record cannot be opened");
        assertThat(first.started()).isEqualTo(7);
        assertThat(first.status()).isEqualTo("FINISHED");
        assertThat(staffWithACase(period)).containsExactlyElementsOf(RIVERSIDE.stream().filter(id -> !id.equals("E2006")).toList());

        reset(starter);
        LaunchProgress again = launchRiverside(period);
        assertThat(again.started()).isEqualTo(1);
        assertThat(again.alreadyStarted()).isEqualTo(7);
        assertThat(again.failed()).isEmpty();
        assertThat(staffWithACase(period)).containsExactlyElementsOf(RIVERSIDE);
    }

    @Test
    void launchedWithinACallersTransactionAFailingCaseStartsNone() {
        AppraisalPeriod period = AppraisalPeriod.containing(FixedClock.TODAY.plusYears(1));
        failFor(period, "E2003");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> launchRiverside(period)))
                .hasMessage("The appraisal case of Omar Farouk (E2003) could not start: E2003's record cannot be opened");
        assertThat(staffWithACase(period)).isEmpty();
    }

    private void failFor(AppraisalPeriod period, String staffId) {
        doThrow(new IllegalStateException(staffId + "'s record cannot be opened"))
                .when(starter).start(eq(period.businessKey(staffId)), eq(staffId), any(), any());
    }

    private LaunchProgress launchRiverside(AppraisalPeriod period) {
        return launch.launch(AppraisalLaunch.Scope.SCHOOL, "riverside", period.label(), "david.marsh");
    }

    /** Staff with an appraisal record of the period and a running case, each counted once. */
    private List<String> staffWithACase(AppraisalPeriod period) {
        List<String> records = jdbc.sql("select staff_id from appraisal where period_label = ? order by staff_id")
                .param(period.label()).query(String.class).list();
        List<String> cases = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY).list().stream()
                .map(c -> c.getBusinessKey()).filter(k -> k.startsWith(period.businessKey(""))).sorted()
                .map(k -> k.substring(k.lastIndexOf('-') + 1)).toList();
        assertThat(cases).isEqualTo(records);
        return records;
    }
}
