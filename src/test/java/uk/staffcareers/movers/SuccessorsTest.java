package uk.staffcareers.movers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Who takes an old school's person's part in a mover's case at the new school, and who keeps theirs. */
class SuccessorsTest {

    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final StaffMember maya = person("E3001", "maya.rowe", "riverside", Role.TEACHING_ASSISTANT);
    private final StaffMember helen = person("E1001", "helen.carter", "oakfield", Role.HEADTEACHER);
    private final StaffMember tom = person("E1002", "tom.bennett", "oakfield", Role.TEACHER);
    private final StaffMember mark = person("E1008", "mark.ellis", "oakfield", Role.SCHOOL_BUSINESS_MANAGER);
    private final StaffMember kate = person("T0004", "kate.morgan", null, Role.HR_ADVISER);
    private final StaffMember david = person("E2001", "david.marsh", "riverside", Role.HEADTEACHER);
    private final StaffMember paul = person("E2008", "paul.young", "riverside", Role.SCHOOL_BUSINESS_MANAGER);
    private final StaffMember rachel = person("E2002", "rachel.green", "riverside", Role.TEACHER);
    private final StaffMember omar = person("E2003", "omar.farouk", "riverside", Role.TEACHER);

    @BeforeEach
    void directory() {
        for (StaffMember s : List.of(maya, helen, tom, mark, kate, david, paul, rachel, omar)) {
            when(directory.findByUsername(s.username())).thenReturn(Optional.of(s));
        }
        when(directory.withRole("riverside", Role.HEADTEACHER)).thenReturn(List.of(david));
        when(directory.withRole("riverside", Role.SCHOOL_BUSINESS_MANAGER)).thenReturn(List.of(paul));
        when(directory.withRole("riverside", Role.TEACHER)).thenReturn(List.of(rachel, omar));
        when(directory.withRole("riverside", Role.TEACHING_ASSISTANT)).thenReturn(List.of(maya));
        when(directory.hrAdviser(any())).thenReturn(Optional.of(kate));
    }

    @Test
    void theOldSchoolsPeopleGiveTheirPartToTheNewSchoolsOfTheSameRoleOrItsHeadteacher() {
        Successors successors = new Successors(directory, maya, "riverside");

        assertThat(successors.of("helen.carter")).contains(david);
        assertThat(successors.of("mark.ellis")).as("the one school business manager there").contains(paul);
        assertThat(successors.of("tom.bennett")).as("two teachers there: the headteacher chooses").contains(david);
        assertThat(successors.holder("tom.bennett")).isEqualTo("david.marsh");
    }

    @Test
    void theMoverTheCentralTeamTheNewSchoolsStaffAndAccountsOutsideTheDirectoryKeepTheirPart() {
        Successors successors = new Successors(directory, maya, "riverside");

        assertThat(successors.of("maya.rowe")).isEmpty();
        assertThat(successors.of("kate.morgan")).isEmpty();
        assertThat(successors.of("rachel.green")).isEmpty();
        assertThat(successors.of("prime.consortium")).isEmpty();
        assertThat(successors.of(null)).isEmpty();
        assertThat(successors.holder("kate.morgan")).isEqualTo("kate.morgan");
    }

    @Test
    void aMoverWhoJoinsTheCentralTeamHasTheirCaseOverseenByHr() {
        StaffMember mayaInHr = person("E3001", "maya.rowe", null, Role.HR_ADVISER);

        assertThat(new Successors(directory, mayaInHr, null).of("helen.carter")).contains(kate);
    }

    @Test
    void aNewSchoolWithoutHeadteacherLeavesItToHr() {
        when(directory.withRole("riverside", Role.HEADTEACHER)).thenReturn(List.of());

        assertThat(new Successors(directory, maya, "riverside").of("tom.bennett")).contains(kate);
    }

    private static StaffMember person(String id, String username, String school, Role role) {
        String[] names = username.split("\\.");
        return new StaffMember(id, username, names[0], names[1], username + "@lt2.example.org", "lt2", school, role, null, null,
                ContractType.PERMANENT, null, LocalDate.of(2020, 9, 1), null, false, false, null);
    }
}
