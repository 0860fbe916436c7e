package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordAssessment: the counts the pay-recommendation table reads come from the service's assessment. */
class RecordAssessmentDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final AnnualAssessment annual = mock(AnnualAssessment.class);

    @Test
    void setsWhatThePayTableReads() {
        Map<Integer, String> outcomes = new HashMap<>();
        Map<Integer, String> comments = new HashMap<>();
        for (int slot = 1; slot <= 5; slot++) {
            outcomes.put(slot, null);
            comments.put(slot, null);
        }
        outcomes.put(1, "MET");
        outcomes.put(2, "PARTLY_MET");
        comments.put(2, "Level 3 half done");
        when(annual.assess(7L, outcomes, comments, "Observations", "Meets the standards", "Phonics training", "None", "tom.bennett"))
                .thenReturn(new AnnualAssessment.Assessed(0, 1, false));
        FakeExecution ex = appraisal().and("outcome1", "MET").and("outcome2", "PARTLY_MET").and("outcomeComment2", "Level 3 half done")
                .and("appraiserEvidence", "Observations").and("standardsAssessment", "Meets the standards").and("cpdNeeds", "Phonics training")
                .and("recommendedAction", "None");

        ex.run(new RecordAssessmentDelegate(annual));

        assertThat(ex.variable(OBJECTIVES_NOT_MET)).isEqualTo(0);
        assertThat(ex.variable(OBJECTIVES_PARTLY_MET)).isEqualTo(1);
        assertThat(ex.variable(UNDER_CAPABILITY)).isEqualTo(false);
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
