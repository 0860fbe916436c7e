package uk.staffcareers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_LookUpStaffRecord: what the new starter checks, who keeps the record, and the end of the school day it is due. */
class LookUpStaffRecordDelegateTest {

    private static final StaffMember AMY = person("E1004", "amy.hughes", "Amy Hughes", "oakfield", Role.TEACHING_ASSISTANT);
    private final StaffDetailsConfirmation confirmation = mock(StaffDetailsConfirmation.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final LookUpStaffRecordDelegate delegate = new LookUpStaffRecordDelegate(confirmation, directory);

    @BeforeEach
    void theRecord() {
        when(confirmation.prepare("E1004")).thenReturn(new StaffDetailsConfirmation.Check(AMY, "- **Name:** Amy Hughes", "mark.ellis",
                LocalDate.of(2026, 9, 14)));
        when(directory.schoolNameOf(AMY)).thenReturn("Oakfield Primary");
    }

    @Test
    void setsTheRecordToCheckWhoCorrectsItAndWhenItIsDue() {
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004");

        ex.run(delegate);

        assertThat(ex.businessKey()).as("started from Tasklist, with no key").isEqualTo("CONFIRM-DETAILS-E1004");
        assertThat(ex.variable(STAFF_USERNAME)).isEqualTo("amy.hughes");
        assertThat(ex.variable(STAFF_NAME)).isEqualTo("Amy Hughes");
        assertThat(ex.variable(CaseLabels.SCHOOL_NAME)).isEqualTo("Oakfield Primary");
        assertThat(ex.variable(STAFF_SUMMARY)).isEqualTo("- **Name:** Amy Hughes");
        assertThat(ex.variable(RECORD_KEEPER)).isEqualTo("mark.ellis");
        assertThat(ex.variable(CONFIRM_BY)).as("17:00, British summer time").isEqualTo(Date.from(Instant.parse("2026-09-14T16:00:00Z")));
    }

    @Test
    void aBusinessKeyGivenIsKept() {
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004").businessKey("CONFIRM-E1004");
        ex.run(delegate);
        assertThat(ex.businessKey()).isEqualTo("CONFIRM-E1004");
    }
}
