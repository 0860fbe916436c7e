package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordDatesAnswer: the headteacher's answer to the proposed visit dates decides "Dates agreed?". */
class RecordDatesAnswerDelegateTest {

    private final Assessments assessments = mock(Assessments.class);
    private final RecordDatesAnswerDelegate delegate = new RecordDatesAnswerDelegate(assessments);

    @Test
    void agreedDatesAreAgreed() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "datesAnswer", "agreed").signedIn("helen.carter");
        ex.run(delegate);
        assertThat(ex.variable(DATES_AGREED)).isEqualTo(true);
        verify(assessments).answerDates(1L, true, null, "helen.carter");
    }

    @Test
    void anyOtherAnswerSendsTheDatesBackWithTheNote() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "datesAnswer", "notAgreed", "datesNote", "Sports day")
                .signedIn("helen.carter");
        ex.run(delegate);
        assertThat(ex.variable(DATES_AGREED)).isEqualTo(false);
        verify(assessments).answerDates(1L, false, "Sports day", "helen.carter");
    }
}
