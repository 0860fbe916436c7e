package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordProposedDates: the candidate's dates, the empty fields left out, as the headteacher will read them. */
class RecordProposedDatesDelegateTest {

    private final Assessments assessments = mock(Assessments.class);

    @Test
    void theDatesGivenAreProposedInOrderAndSpoken() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "visitDate1", "2027-03-01", "visitDate2", "", "visitDate3", "2027-03-03",
                "visitDate4", "2027-03-04");

        ex.run(new RecordProposedDatesDelegate(assessments));

        verify(assessments).proposeDates(1L, List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 4)));
        assertThat(ex.variable(VISIT_DATES_TEXT)).isEqualTo("Monday 1 March 2027, Wednesday 3 March 2027 and Thursday 4 March 2027");
    }
}
