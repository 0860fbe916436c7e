package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** A school account is the directory's one open account of its email, or a refusal that says why not. */
class SchoolAccountsTest {

    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final SchoolAccounts accounts = new SchoolAccounts(directory, identity, new VerifiedLogins(Duration.ZERO));

    @Test
    void theOneOpenAccountOfTheEmailWhateverItsCapitals() {
        when(directory.withEmail("Amy.Hughes@lt2.example.org")).thenReturn(List.of(amy("E1004")));
        when(identity.createUserQuery().userId("amy.hughes").count()).thenReturn(1L);

        assertThat(accounts.match(" Amy.Hughes@lt2.example.org ", true)).isEqualTo(new SchoolAccounts.Match("amy.hughes", null));
    }

    @Test
    void unknownAmbiguousLeaverWithoutAccountUnverifiedOrNoEmailIsRefused() {
        when(directory.withEmail("twice@lt2.example.org")).thenReturn(List.of(amy("E1004"), amy("E1005")));
        when(directory.withEmail("left@lt2.example.org")).thenReturn(List.of(amy("E1006")));
        when(directory.hasLeft("E1006")).thenReturn(true);
        when(directory.withEmail("new@lt2.example.org")).thenReturn(List.of(amy("E1007")));

        assertThat(accounts.match("nobody@lt2.example.org", null).refusal()).isEqualTo(
                "The staff directory has no one with the email address nobody@lt2.example.org.");
        assertThat(accounts.match("twice@lt2.example.org", null).refusal()).startsWith("More than one person");
        assertThat(accounts.match("left@lt2.example.org", null).refusal()).contains("Amy Hughes", "is closed");
        assertThat(accounts.match("new@lt2.example.org", null).refusal()).contains("no account has been made for you yet");
        assertThat(accounts.match("amy.hughes@lt2.example.org", "false").refusal()).contains("has not verified");
        assertThat(accounts.match(" ", null).matched()).isFalse();
    }

    private static StaffMember amy(String id) {
        return new StaffMember(id, "amy.hughes", "Amy", "Hughes", "amy.hughes@lt2.example.org", "lt2", "oakfield",
                Role.TEACHING_ASSISTANT, CareerStage.CORE, 2, ContractType.PERMANENT, null, LocalDate.of(2020, 9, 1), null, false, false, null);
    }
}
