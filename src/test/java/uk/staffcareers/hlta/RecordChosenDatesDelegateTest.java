package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import uk.staffcareers.FakeExecution;

/** Task_RecordChosenDates: the headteacher's own dates, proposed and agreed as chosen, by the headteacher who signed in. */
class RecordChosenDatesDelegateTest {

    private final Assessments assessments = mock(Assessments.class);

    @Test
    void theHeadteachersDatesAreProposedThenAgreed() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "visitDate1", "2027-03-01", "visitDate2", "2027-03-02", "visitDate3",
                "2027-03-03").signedIn("helen.carter");

        ex.run(new RecordChosenDatesDelegate(assessments));

        InOrder order = inOrder(assessments);
        order.verify(assessments).proposeDates(1L, List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3)));
        order.verify(assessments).answerDates(eq(1L), eq(true), startsWith("Chosen by the headteacher"), eq("helen.carter"));
        assertThat((String) ex.variable(VISIT_DATES_TEXT)).startsWith("Monday 1 March 2027");
    }
}
