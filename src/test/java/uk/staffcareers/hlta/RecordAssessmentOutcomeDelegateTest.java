package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordAssessmentOutcome: the judgements, by hand or from the provider, decide "All standards met?". */
class RecordAssessmentOutcomeDelegateTest {

    private static final List<Integer> ALL = IntStream.rangeClosed(1, 33).boxed().toList();
    private final Assessments assessments = mock(Assessments.class);
    private final RecordAssessmentOutcomeDelegate delegate = new RecordAssessmentOutcomeDelegate(assessments, new ObjectMapper());

    @Test
    void theCoordinatorsTicksJudgeEveryStandardAndUntickedOnesAreNotMet() {
        Map<Integer, Boolean> judgements = ALL.stream().collect(Collectors.toMap(n -> n, n -> n != 17 && n != 31));
        when(assessments.recordOutcome(1L, judgements, ALL, "Good practice", "mark.ellis"))
                .thenReturn(new Assessments.Outcome(false, List.of(17, 31)));
        String metAttributes = ALL.stream().filter(n -> n <= 10).map(String::valueOf).collect(Collectors.joining(","));
        String metKnowledge = ALL.stream().filter(n -> n > 10 && n <= 20 && n != 17).map(String::valueOf).collect(Collectors.joining(","));
        String metSkills = ALL.stream().filter(n -> n > 20 && n != 31).map(String::valueOf).collect(Collectors.joining(","));
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "metAttributes", metAttributes, "metKnowledge", metKnowledge,
                "metSkills", metSkills, "assessmentFeedback", "Good practice").signedIn("mark.ellis");

        ex.run(delegate);

        assertThat(ex.variable(ALL_STANDARDS_MET)).isEqualTo(false);
        assertThat(ex.variable(STANDARDS_NOT_MET_TEXT)).isEqualTo("17, 31");
        assertThat(ex.removed("metAttributes") && ex.removed("metKnowledge") && ex.removed("metSkills"))
                .as("the next attempt starts from empty checklists").isTrue();
    }

    @Test
    void theProvidersResultsAreTakenAsListedAndRecordedAsTheProvider() {
        when(assessments.recordOutcome(1L, Map.of(1, true, 2, true), List.of(1, 2), null, "prime.consortium"))
                .thenReturn(new Assessments.Outcome(true, List.of()));
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STANDARD_RESULTS,
                "[{\"standard\": 1, \"met\": true}, {\"standard\": 2, \"met\": true}]", RECEIVED_FROM, "prime.consortium");

        ex.run(delegate);

        assertThat(ex.variable(ALL_STANDARDS_MET)).isEqualTo(true);
        assertThat(ex.variable(STANDARDS_NOT_MET_TEXT)).isEqualTo("");
        assertThat(ex.removed(STANDARD_RESULTS)).isTrue();
        assertThat(ex.removed(RECEIVED_FROM)).isTrue();
    }

    @Test
    void aSignedInUserIsTheActorEvenWhenTheVariableNamesAProvider() {
        when(assessments.recordOutcome(eq(1L), anyMap(), eq(List.of(1)), eq(null), eq("mark.ellis")))
                .thenReturn(new Assessments.Outcome(true, List.of()));
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STANDARD_RESULTS, "[{\"standard\": 1, \"met\": true}]",
                RECEIVED_FROM, "prime.consortium").signedIn("mark.ellis");
        ex.run(delegate);
        verify(assessments).recordOutcome(1L, Map.of(1, true), List.of(1), null, "mark.ellis");
    }

    @Test
    void resultsThatAreNotAListOfJudgementsAreRefused() {
        for (String results : List.of("not json", "[{\"standard\": \"one\", \"met\": true}]", "[{\"standard\": 1, \"met\": \"yes\"}]")) {
            FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STANDARD_RESULTS, results);
            assertThatThrownBy(() -> ex.run(delegate)).as(results).isInstanceOf(InvalidInputException.class);
            assertThat(ex.has(ALL_STANDARDS_MET)).isFalse();
        }
        verifyNoInteractions(assessments);
    }
}
