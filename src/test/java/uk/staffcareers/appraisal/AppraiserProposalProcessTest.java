package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.staffcareers.appraisal.AppraiserProposalProcess.*;
import static uk.staffcareers.appraisal.AppraiserProposalProcess.Vars.*;

import org.camunda.bpm.engine.delegate.BpmnError;
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

/** appraiser-change-proposal.bpmn: the headteacher's Yes, No, and a Yes that the appraisal has outrun. */
@Deployment(resources = {"models/processes/appraiser-change-proposal.bpmn", "models/forms/appraisal-confirm-new-appraiser.form"})
class AppraiserProposalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private final MockSteps steps = new MockSteps();

    @BeforeEach
    void mockDelegates() {
        steps.register("changeAppraiserDelegate", "keepAppraiserDelegate");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void yesMakesTheNewLineManagerTheAppraiser() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(CONFIRM_NEW_APPRAISER);
        assertThat(task()).isAssignedTo("helen.carter").hasName("Make Priya Shah Kit Yardley's appraiser?");
        assertThat(formOf(pi)).isEqualTo("appraisal-confirm-new-appraiser");
        complete(task(), withVariables(MAKE_APPRAISER.name(), "YES"));

        assertThat(pi).isEnded().hasPassed(CHANGE_APPRAISER, END_CHANGED).hasNotPassed(KEEP_APPRAISER, END_OUTDATED);
        assertThat(steps.ran()).containsExactly(CHANGE_APPRAISER);
    }

    @Test
    void noKeepsTheAppraiserWithTheReason() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(MAKE_APPRAISER.name(), "NO", KEEP_REASON.name(), "Tom Bennett knows her work best this year"));

        assertThat(pi).isEnded().hasPassed(KEEP_APPRAISER, END_KEPT).hasNotPassed(CHANGE_APPRAISER);
        assertThat(steps.ran()).containsExactly(KEEP_APPRAISER);
    }

    @Test
    void aYesTheAppraisalHasOutrunEndsWithNothingChanged() {
        Mocks.register("changeAppraiserDelegate", (JavaDelegate) ex -> {
            throw new BpmnError(ERROR_OUTDATED, "the appraiser has changed meanwhile");
        });
        ProcessInstance pi = start();
        complete(task(pi), withVariables(MAKE_APPRAISER.name(), "YES"));

        assertThat(pi).isEnded().hasPassed(END_OUTDATED).hasNotPassed(END_CHANGED, KEEP_APPRAISER);
    }

    @Test
    void aNoWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        Mocks.register("keepAppraiserDelegate", (JavaDelegate) ex -> {
            throw new InvalidInputException("Say why the current appraiser stays");
        });
        ProcessInstance pi = start();
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, withVariables(MAKE_APPRAISER.name(), "NO")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Say why");
        assertThat(pi).isWaitingAt(CONFIRM_NEW_APPRAISER);
    }

    private static String formOf(ProcessInstance pi) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, "APPRAISAL-2026/27-E3010", withVariables(STAFF_ID.name(), "E3010",
                PROPOSAL_ID.name(), 7L, HEADTEACHER.name(), "helen.carter", NEW_APPRAISER_NAME.name(), "Priya Shah", "staffName", "Kit Yardley",
                CURRENT_APPRAISER_NAME.name(), "Tom Bennett"));
    }
}
