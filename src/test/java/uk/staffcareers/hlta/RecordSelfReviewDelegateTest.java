package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordSelfReview: the facts the readiness table reads, as the service found them, and their words for the headteacher. */
class RecordSelfReviewDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final RecordSelfReviewDelegate delegate = new RecordSelfReviewDelegate(candidacies);

    @Test
    void theTicksOfTheThreeChecklistsAreTheStandardsTheCandidateIsConfidentIn() {
        when(candidacies.selfReview(1L, new Candidacies.SelfReview(true, "Cover in Year 4", null, Set.of(1, 2, 12, 30), "Planning")))
                .thenReturn(new Candidacies.ReadinessFacts(true, false, 4));
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "confidentAttributes", "1,2", "confidentKnowledge", "[\"12\"]",
                "confidentSkills", "30", "wholeClassOpportunities", true, "wholeClassExamples", "Cover in Year 4", "developmentAreas", "Planning");

        ex.run(delegate);

        assertThat(ex.variable("wholeClassOpportunities")).isEqualTo(true);
        assertThat(ex.variable("level2EnglishAndMathsOnRecord")).isEqualTo(false);
        assertThat(ex.variable("standardsConfident")).isEqualTo(4);
        assertThat(ex.variable("wholeClassText")).isEqualTo("yes");
        assertThat(ex.variable("level2EnglishAndMathsText")).isEqualTo("not yet");
    }

    @Test
    void anUntickedBoxArrivesAsNothingAndTheTableReadsFalse() {
        when(candidacies.selfReview(1L, new Candidacies.SelfReview(false, null, null, Set.of(), null)))
                .thenReturn(new Candidacies.ReadinessFacts(false, true, 0));
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L);

        ex.run(delegate);

        assertThat(ex.variable("wholeClassOpportunities")).isEqualTo(false);
        assertThat(ex.variable("wholeClassText")).isEqualTo("no");
        assertThat(ex.variable("level2EnglishAndMathsText")).isEqualTo("yes");
    }
}
