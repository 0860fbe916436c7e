package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_RecordConcern: the concern, raised by whoever started it; only the appraisal's own message links it to the appraisal. */
class RecordConcernDelegateTest {

    private static final StaffMember BEN = person("E1005", "ben.lewis", "Ben Lewis", "oakfield", Role.TEACHER);
    private final Concerns concerns = mock(Concerns.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final RecordConcernDelegate delegate = new RecordConcernDelegate(concerns, directory);

    @Test
    void theAppraisalsMessageRaisesItForTheAppraiserLinkedToTheAppraisal() {
        when(concerns.raise("E1005", "Planning not done", Actor.user("priya.shah"), "APPRAISAL-2026/27-E1005")).thenReturn(raised());
        when(directory.schoolNameOf(BEN)).thenReturn("Oakfield Primary");
        FakeExecution ex = concern().and(RAISED_BY, "priya.shah").and(APPRAISAL_REF, "APPRAISAL-2026/27-E1005");

        assertThat(ex.readersGrantedBy(() -> ex.run(delegate))).as("the reviewer").containsExactly("priya.shah");

        assertThat(ex.businessKey()).isEqualTo("CONCERN-3");
        assertThat(ex.variable(CONCERN_ID)).isEqualTo(3L);
        assertThat(ex.variable(STAFF_NAME)).isEqualTo("Ben Lewis");
        assertThat(ex.variable(CaseLabels.SCHOOL_NAME)).isEqualTo("Oakfield Primary");
        assertThat(ex.variable(EMPLOYEE)).isEqualTo("ben.lewis");
        assertThat(ex.variable(REVIEWER)).isEqualTo("priya.shah");
        assertThat(ex.variable(HEADTEACHER)).isEqualTo("helen.carter");
        assertThat(ex.variable(HR_ADVISER)).isEqualTo("kate.morgan");
    }

    @Test
    void someoneWhoStartsTheFormRaisesItAsThemselvesWhateverTheFormSays() {
        when(concerns.raise("E1005", "Planning not done", Actor.user("helen.carter"), null)).thenReturn(raised());
        FakeExecution ex = concern().and(RAISED_BY, "priya.shah").and(APPRAISAL_REF, "APPRAISAL-2026/27-E1005").signedIn("helen.carter");

        ex.readersGrantedBy(() -> ex.run(delegate));

        assertThat(ex.variable(CONCERN_ID)).isEqualTo(3L);
    }

    private static Concerns.Raised raised() {
        return new Concerns.Raised(3L, BEN, "priya.shah", "helen.carter", "kate.morgan");
    }

    private static FakeExecution concern() {
        return FakeExecution.with(STAFF_ID, "E1005", DESCRIPTION, "Planning not done");
    }
}
