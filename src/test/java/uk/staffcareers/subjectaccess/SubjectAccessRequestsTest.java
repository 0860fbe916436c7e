package uk.staffcareers.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.UnknownStaffMemberException;
import uk.staffcareers.platform.CaseHistories;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Who may export a person's data: the central team of the person's own trust and the administrator, nobody else. */
class SubjectAccessRequestsTest {

    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final CaseHistories histories = mock(CaseHistories.class);
    private final SubjectAccessRequests requests = new SubjectAccessRequests(currentUser, directory, histories);

    private final StaffMember subject = person("E1", "amy", "trust-a", "school-a", Role.TEACHING_ASSISTANT);

    @BeforeEach
    void directory() {
        when(directory.find("E1")).thenReturn(Optional.of(subject));
        for (StaffMember p : new StaffMember[] {subject, person("H1", "hr.a", "trust-a", null, Role.HR_ADVISER),
                person("C2", "ceo.b", "trust-b", null, Role.CEO), person("T1", "head.a", "trust-a", "school-a", Role.HEADTEACHER)}) {
            when(directory.findByUsername(p.username())).thenReturn(Optional.of(p));
        }
        when(histories.accountName("admin")).thenReturn("System Administrator");
    }

    @Test
    void theCentralTeamOfThePersonsTrustExports() {
        signIn("hr.a", false);
        SubjectAccessRequest request = requests.require("E1");
        assertThat(request.subject()).isEqualTo(subject);
        assertThat(request.requesterName()).isEqualTo("Hr A");
    }

    @Test
    void theAdministratorExportsAndIsNamedByTheAccountsName() {
        signIn("admin", true);
        assertThat(requests.require("E1").requesterName()).isEqualTo("System Administrator");
    }

    @Test
    void anotherTrustsCentralTeamFindsNoSuchPerson() {
        signIn("ceo.b", false);
        assertThatThrownBy(() -> requests.require("E1")).isInstanceOf(UnknownStaffMemberException.class);
    }

    @Test
    void aHeadteacherAndThePersonThemselvesAreRefusedBeforeAnyoneIsLookedUp() {
        for (String user : new String[] {"head.a", "amy"}) {
            signIn(user, false);
            assertThatThrownBy(() -> requests.require("E404")).as(user).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("the trust answers subject access requests, not a school");
        }
    }

    private void signIn(String username, boolean administrator) {
        when(currentUser.username()).thenReturn(username);
        when(currentUser.isAdministrator()).thenReturn(administrator);
    }

    private static StaffMember person(String id, String username, String trust, String school, Role role) {
        String[] names = username.split("\\.");
        String first = Character.toUpperCase(names[0].charAt(0)) + names[0].substring(1);
        String last = names.length > 1 ? Character.toUpperCase(names[1].charAt(0)) + names[1].substring(1) : "Person";
        return new StaffMember(id, username, first, last, username + "@example.org", trust, school, role, null, null,
                ContractType.PERMANENT, null, LocalDate.of(2020, 9, 1), null, false, false, null);
    }
}
