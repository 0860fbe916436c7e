package uk.staffcareers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.*;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.*;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.MockSteps;
import uk.staffcareers.ProcessTests;

@Deployment(resources = {"models/processes/confirm-staff-details.bpmn", "models/forms/onboarding-start-confirm-details.form",
        "models/forms/onboarding-confirm-details.form", "models/forms/onboarding-correct-record.form"})
class ConfirmStaffDetailsProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final Date DUE = new Date(1_800_000_000_000L);
    private final MockSteps steps = new MockSteps();

    @BeforeEach
    void mockDelegates() {
        steps.register("lookUpStaffRecordDelegate", "recordConfirmationDelegate", "recordCorrectionRequestDelegate",
                "recordCorrectionDelegate");
        steps.decides("lookUpStaffRecordDelegate", Map.of(STAFF_USERNAME, "amy.hughes", STAFF_NAME, "Amy Hughes",
                STAFF_SUMMARY, "- **Name:** Amy Hughes", RECORD_KEEPER, "mark.ellis", CONFIRM_BY, DUE));
        steps.decides("recordCorrectionRequestDelegate", CORRECTION_ID, 7L);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aCorrectRecordIsConfirmedByTheNewStarter() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(CONFIRM_DETAILS);
        assertThat(task()).isAssignedTo("amy.hughes");
        assertThat(formOf(pi)).isEqualTo("onboarding-confirm-details");
        assertThat(task().getDueDate()).isEqualTo(DUE);
        complete(task(), withVariables(DETAILS_CHECK.name(), CORRECT.name()));

        assertThat(pi).isEnded().hasPassed(RECORD_CONFIRMATION).hasPassed(END_CONFIRMED).hasNotPassed(CORRECT_RECORD);
        assertThat(steps.ran()).containsExactly(LOAD_RECORD, RECORD_CONFIRMATION);
    }

    @Test
    void aWrongRecordIsCorrectedByTheRecordKeeperAndCheckedAgain() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(DETAILS_CHECK.name(), "needs-correction", CORRECTIONS_NEEDED.name(), "My start date is 2 September"));

        assertThat(pi).isWaitingAt(CORRECT_RECORD);
        assertThat(task(pi)).isAssignedTo("mark.ellis");
        assertThat(formOf(pi)).isEqualTo("onboarding-correct-record");
        complete(task(pi), withVariables(CORRECTION_MADE.name(), "Start date changed to 2 September"));

        assertThat(pi).isWaitingAt(CONFIRM_DETAILS);
        complete(task(pi), withVariables(DETAILS_CHECK.name(), CORRECT.name()));
        assertThat(pi).isEnded().hasPassed(END_CONFIRMED);
        assertThat(steps.ran()).containsExactly(LOAD_RECORD, RECORD_CORRECTION_REQUEST, RECORD_CORRECTION, LOAD_RECORD,
                RECORD_CONFIRMATION);
    }

    @Test
    void aRefusedCorrectionRequestLeavesTheTaskOpen() {
        Mocks.register("recordCorrectionRequestDelegate", (JavaDelegate) ex -> {
            throw new InvalidInputException("Say what is wrong with your record, so it can be corrected");
        });
        ProcessInstance pi = start();
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, withVariables(DETAILS_CHECK.name(), "needs-correction")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Say what is wrong");
        assertThat(pi).isWaitingAt(CONFIRM_DETAILS);
        assertThat(task(pi).getId()).isEqualTo(taskId);
    }

    /** The Camunda Form that Tasklist will show for the case's open task. */
    private static String formOf(ProcessInstance pi) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, "CONFIRM-E1004", withVariables(STAFF_ID.name(), "E1004"));
    }
}
