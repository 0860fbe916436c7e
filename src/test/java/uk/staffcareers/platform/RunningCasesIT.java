package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.RunningCases.RunningCase;
import uk.staffcareers.staff.DemoTrust;

/**
 * The running cases the Staff careers overview lists are read from the engine's tables by school for those who may read every
 * case of their schools, and must be exactly what the engine's own checked query shows the same person: a headteacher her
 * school's, the central team every school's; anyone else (a teaching assistant with a grant on her own case only) and anyone
 * with a revoke somewhere goes through the engine's checks. People of this test's own: E3070, E3071 at Oakfield, E3080 at
 * Riverside.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunningCasesIT extends IntegrationTest {

    private static final List<String> BOTH_SCHOOLS = List.of(DemoTrust.OAKFIELD, DemoTrust.RIVERSIDE);
    private static final int ALL = 100_000;

    @Autowired
    private RunningCases running;
    @Autowired
    private ReadableInFull readable;
    @Autowired
    private IdentityService identity;
    @Autowired
    private AuthorizationService authorizations;

    /** Business keys of this test's cases ("Confirm staff details" of each person). */
    private static final String IVY = "CONFIRM-DETAILS-E3070";
    private static final String IGGY = "CONFIRM-DETAILS-E3071";
    private static final String ROWAN = "CONFIRM-DETAILS-E3080";

    private String ivyCase;

    @BeforeAll
    void seed() {
        newTeachingAssistant("E3070", "Ivy", "Ashworth", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E3071", "Iggy", "Brannigan", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E3080", "Rowan", "Castleford", DemoTrust.RIVERSIDE, "E2002");
        ivyCase = startConfirmation("E3070");
        startConfirmation("E3071");
        startConfirmation("E3080");
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aHeadteacherReadsHerSchoolFromTheTablesExactlyAsTheEngineShowsIt() {
        signIn("helen.carter");
        assertThat(readable.schools(BOTH_SCHOOLS, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ))
                .as("every case of her own school, none of another").contains(List.of(DemoTrust.OAKFIELD));
        List<RunningCase> cases = running.of(BOTH_SCHOOLS, ALL);
        assertThat(cases).containsExactlyInAnyOrderElementsOf(running.checkedOneByOne(BOTH_SCHOOLS, ALL));
        assertThat(keysOf(cases)).contains(IVY, IGGY).doesNotContain(ROWAN);
        assertThat(cases).allMatch(c -> c.tenantId().equals(DemoTrust.OAKFIELD));
        RunningCase ivy = cases.stream().filter(c -> c.businessKey().equals(IVY)).findFirst().orElseThrow();
        assertThat(ivy.staffName()).isEqualTo("Ivy Ashworth");
        assertThat(ivy.process()).isEqualTo("Confirm staff details");
        assertThat(ivy.started()).isNotNull();
        assertThat(running.of(List.of(DemoTrust.RIVERSIDE), ALL)).as("another school asked for by name").isEmpty();
    }

    @Test
    void theCentralTeamReadsEverySchoolExactlyAsTheEngineShowsIt() {
        signIn("kate.morgan");
        assertThat(readable.schools(BOTH_SCHOOLS, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ)).contains(BOTH_SCHOOLS);
        List<RunningCase> cases = running.of(BOTH_SCHOOLS, ALL);
        assertThat(cases).containsExactlyInAnyOrderElementsOf(running.checkedOneByOne(BOTH_SCHOOLS, ALL));
        assertThat(keysOf(cases)).contains(IVY, IGGY, ROWAN);
        assertThat(running.of(BOTH_SCHOOLS, 2)).as("the first page, in the database's order of business keys")
                .containsExactlyElementsOf(cases.subList(0, 2));
    }

    @Test
    void someoneWhoMayReadOnlyTheirOwnCaseGetsOnlyThatThroughTheEnginesChecks() {
        signIn("iggy.brannigan");
        assertThat(readable.schools(BOTH_SCHOOLS, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ)).isEmpty();
        assertThat(keysOf(running.of(BOTH_SCHOOLS, ALL))).containsExactly(IGGY);
    }

    @Test
    void aRevokeForTheReaderSendsTheListThroughTheEnginesChecks() {
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("helen.carter");
        revoke.setResource(Resources.PROCESS_INSTANCE);
        revoke.setResourceId(ivyCase);
        revoke.removePermission(ProcessInstancePermissions.READ);
        revoke = authorizations.saveAuthorization(revoke);
        try {
            signIn("helen.carter");
            assertThat(readable.schools(BOTH_SCHOOLS, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ)).isEmpty();
            assertThat(keysOf(running.of(BOTH_SCHOOLS, ALL))).contains(IGGY).doesNotContain(IVY, ROWAN);
        } finally {
            identity.clearAuthentication();
            authorizations.deleteAuthorization(revoke.getId());
        }
    }

    /** As the REST filter signs a user in: their groups and schools (tenants). */
    private void signIn(String user) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
    }

    private static List<String> keysOf(List<RunningCase> cases) {
        return cases.stream().map(RunningCase::businessKey).toList();
    }
}
