package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordDecision: a dismissal opens the appeal window, which closes the morning after its last day. */
class RecordDecisionDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);
    private final RecordDecisionDelegate delegate = new RecordDecisionDelegate(cases);

    @Test
    void aDismissalSetsTheMorningTheAppealWindowCloses() {
        when(cases.recordDecision(9L, new CapabilityCases.DecisionMeeting(CapabilityCases.Decision.DISMISSAL, "No improvement", "UNION", 4),
                "kate.morgan")).thenReturn(LocalDate.of(2027, 3, 12));
        FakeExecution ex = decision("DISMISSAL").and("decisionReasons", "No improvement").and("decisionCompanion", "UNION")
                .and("noticeWeeks", 4);

        ex.run(delegate);

        assertThat(ex.variable(APPEAL_BY)).isEqualTo(Date.from(Instant.parse("2027-03-13T08:30:00Z")));
    }

    @Test
    void improvementOpensNoAppealWindow() {
        when(cases.recordDecision(9L, new CapabilityCases.DecisionMeeting(CapabilityCases.Decision.IMPROVED, null, null, null),
                "kate.morgan")).thenReturn(null);
        FakeExecution ex = decision("IMPROVED");
        ex.run(delegate);
        assertThat(ex.has(APPEAL_BY)).isFalse();
    }

    @Test
    void noDecisionIsRefused() {
        assertThatThrownBy(() -> decision("MAYBE").run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Record the decision");
        verifyNoInteractions(cases);
    }

    private static FakeExecution decision(String decision) {
        return FakeExecution.with(CAPABILITY_CASE_ID, 9L, DECISION, decision).signedIn("kate.morgan");
    }
}
