package uk.staffcareers.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Camunda's users, groups and tenants follow the staff directory. */
@SpringBootTest
@ActiveProfiles("test")
class IdentitySyncTest {

    @Autowired
    IdentitySync sync;
    @Autowired
    StaffDirectory directory;
    @Autowired
    IdentityService identity;

    @Test
    void everySchoolIsATenantAndSchoolStaffBelongToTheirOwnOnly() {
        assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId).contains("oakfield", "riverside");
        assertThat(tenantsOf("helen.carter")).containsExactly("oakfield");
        assertThat(tenantsOf("amy.hughes")).containsExactly("oakfield");
        assertThat(tenantsOf("david.marsh")).containsExactly("riverside");
    }

    @Test
    void theTrustWideRolesBelongToEverySchoolAndToTheTrustsOwnTenant() {
        assertThat(identity.createTenantQuery().tenantId("lt2").singleResult().getName())
                .isEqualTo("Learning Today Leading Tomorrow Trust (trust-wide staff)");
        for (String trustWide : List.of("sarah.whitfield", "kate.morgan", "john.ashworth", "margaret.lowe")) {
            assertThat(tenantsOf(trustWide)).as(trustWide).containsExactlyInAnyOrder("oakfield", "riverside", "lt2");
        }
        assertThat(groupsOf("kate.morgan")).containsExactlyInAnyOrder("hr", "staff", "trust-central");
        assertThat(groupsOf("sarah.whitfield")).containsExactlyInAnyOrder("trust-ceo", "staff", "trust-central");
        // Trustees and advisers are users, not employees: no staff group, no view of all cases.
        assertThat(groupsOf("john.ashworth")).containsExactly("trustees");
        assertThat(groupsOf("margaret.lowe")).containsExactly("external-advisers");
    }

    @Test
    void aChangeInTheDirectoryMovesTheAccountWithIt() {
        StaffMember amy = directory.get("E1004");
        StaffMember moved = new StaffMember(amy.id(), amy.username(), amy.firstName(), "Hughes-Park", amy.email(),
                amy.trustId(), "riverside", Role.HLTA, CareerStage.EXPERIENCED, 1, amy.contractType(), amy.contractEnd(),
                amy.startDate(), "E2001", false, true, java.time.LocalDate.of(2026, 7, 1));
        try {
            directory.save(moved);
            sync.sync(moved);
            assertThat(tenantsOf("amy.hughes")).containsExactly("riverside");
            assertThat(groupsOf("amy.hughes")).containsExactlyInAnyOrder("hltas", "staff");
            assertThat(identity.createUserQuery().userId("amy.hughes").singleResult().getLastName()).isEqualTo("Hughes-Park");
            assertThat(identity.checkPassword("amy.hughes", "demo")).as("the password is kept").isTrue();
        } finally {
            directory.save(amy);
            sync.sync(amy);
        }
        assertThat(tenantsOf("amy.hughes")).containsExactly("oakfield");
        assertThat(groupsOf("amy.hughes")).containsExactlyInAnyOrder("teaching-assistants", "staff");
    }

    @Test
    void membershipsTheDirectoryDoesNotManageAreLeftAlone() {
        assertThat(groupsOf("admin")).contains("camunda-admin");
        // An administrator makes a member of staff an analyst in Admin; the directory does not undo it.
        identity.createMembership("mark.ellis", StaffGroups.ANALYSTS);
        try {
            sync.syncAll();
            assertThat(groupsOf("admin")).contains("camunda-admin");
            assertThat(groupsOf("mark.ellis")).contains(StaffGroups.ANALYSTS, "school-business-managers");
        } finally {
            identity.deleteMembership("mark.ellis", StaffGroups.ANALYSTS);
        }
    }

    private List<String> tenantsOf(String user) {
        return identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList();
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}
