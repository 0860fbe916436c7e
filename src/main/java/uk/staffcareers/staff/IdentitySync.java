package uk.staffcareers.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.AsApplication;

/**
 * Keeps Camunda's users, groups and tenants in step with the staff directory, which is the
 * source of truth: one tenant per school, one group per role. Memberships it does not manage
 * (such as camunda-admin) are left alone. It follows each change of the directory (StaffRecordChanged) in the
 * directory's own transaction, so a record and its account change together or not at all.
 */
@Component
public class IdentitySync {

    private final IdentityService identity;
    private final StaffDirectory directory;
    private final IdentityProperties properties;
    private final ProcessEngineConfigurationImpl engine;

    IdentitySync(IdentityService identity, StaffDirectory directory, IdentityProperties properties, ProcessEngineConfigurationImpl engine) {
        this.identity = identity;
        this.directory = directory;
        this.properties = properties;
        this.engine = engine;
    }

    /** The accounts a change of records touches: a new role, an import's people, a leaver's closed account. */
    @EventListener
    void recordsChanged(StaffRecordChanged changed) {
        switch (changed.change()) {
            case BROUGHT_IN -> syncStaff(changed.staff());
            case ROLE_CHANGED -> changed.staff().forEach(this::sync);
            case LEFT -> changed.staff().forEach(this::close);
            default -> {
                // the account shows none of it: names, email, role and school are as they were
            }
        }
    }

    public void syncAll() {
        directory.schools().forEach(school -> ensureTenant(school.id(), school.name()));
        trustTenants().forEach(trust -> ensureTenant(trust.id(), trust.name() + " (trust-wide staff)"));
        managedGroups().forEach((id, name) -> ensureGroup(id, name));
        // Its members are chosen in Admin, not by the directory: the group is made, its memberships left alone.
        ensureGroup(StaffGroups.ANALYSTS, "Process analysts");
        Set<String> left = directory.leftIds();
        directory.all().stream().filter(member -> !left.contains(member.id())).forEach(this::syncAccount);
    }

    /** An account outside the staff directory (e.g. a provider of HLTA assessment), created once in its group. */
    public void ensureExternalAccount(String userId, String firstName, String lastName, String groupId) {
        if (identity.createUserQuery().userId(userId).singleResult() == null) {
            User user = identity.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(initialPassword());
            identity.saveUser(user);
            identity.createMembership(userId, groupId);
        }
    }

    /**
     * Closes a leaver's account: no groups, no schools, and a password nobody knows, so that they can no longer sign in
     * and see nothing; the account itself stays, since the history names it.
     */
    public void close(StaffMember staff) {
        AsApplication.run(identity, () -> {
            identity.createGroupQuery().groupMember(staff.username()).list()
                    .forEach(group -> identity.deleteMembership(staff.username(), group.getId()));
            identity.createTenantQuery().userMember(staff.username()).list()
                    .forEach(tenant -> identity.deleteTenantUserMembership(tenant.getId(), staff.username()));
            User user = identity.createUserQuery().userId(staff.username()).singleResult();
            if (user != null) {
                user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(user);
            }
            return user != null;
        });
    }

    /** Creates or updates the account of one member of staff and their memberships; a leaver's stays closed. */
    public void sync(StaffMember staff) {
        if (!directory.hasLeft(staff.id())) {
            syncAccount(staff);
        }
    }

    private void syncAccount(StaffMember staff) {
        User user = identity.createUserQuery().userId(staff.username()).singleResult();
        if (user == null) {
            user = identity.newUser(staff.username());
            user.setPassword(initialPassword());
        }
        user.setFirstName(staff.firstName());
        user.setLastName(staff.lastName());
        user.setEmail(staff.email());
        identity.saveUser(user);
        syncGroups(staff);
        syncTenants(staff);
    }

    /**
     * The accounts and memberships of many people at once (an import of a whole trust): the accounts, groups and
     * tenants are read once and only what differs is written, all in one engine command, so the engine sends its
     * inserts in JDBC batches instead of one command (and several look-ups) per account and membership. Runs as the
     * application: the caller has already checked who may change these records.
     */
    public void syncStaff(Collection<StaffMember> staff) {
        AsApplication.run(identity, () -> engine.getCommandExecutorTxRequired().execute(commandContext -> {
            directory.schools().forEach(school -> ensureTenant(school.id(), school.name()));
            trustTenants().forEach(trust -> ensureTenant(trust.id(), trust.name() + " (trust-wide staff)"));
            managedGroups().forEach(this::ensureGroup);
            Set<String> schools = directory.schools().stream().map(School::id).collect(Collectors.toSet());
            Map<String, User> accounts = identity.createUserQuery().list().stream().collect(Collectors.toMap(User::getId, u -> u));
            Map<String, Set<String>> groupMembers = new HashMap<>();
            managedGroups().keySet().forEach(g -> groupMembers.put(g, ids(identity.createUserQuery().memberOfGroup(g).list())));
            Map<String, Set<String>> tenantMembers = new HashMap<>();
            managedTenants().forEach(t -> tenantMembers.put(t, ids(identity.createUserQuery().memberOfTenant(t).list())));
            Set<String> left = directory.leftIds();
            for (StaffMember member : staff) {
                if (left.contains(member.id())) {
                    continue;
                }
                saveAccount(member, accounts.get(member.username()));
                Set<String> groups = wantedGroups(member);
                groupMembers.forEach((group, members) -> {
                    if (groups.contains(group) != members.contains(member.username())) {
                        if (groups.contains(group)) {
                            identity.createMembership(member.username(), group);
                        } else {
                            identity.deleteMembership(member.username(), group);
                        }
                    }
                });
                Set<String> tenants = wantedTenants(member, schools);
                tenantMembers.forEach((tenant, members) -> {
                    if (tenants.contains(tenant) != members.contains(member.username())) {
                        if (tenants.contains(tenant)) {
                            identity.createTenantUserMembership(tenant, member.username());
                        } else {
                            identity.deleteTenantUserMembership(tenant, member.username());
                        }
                    }
                });
            }
            return null;
        }));
    }

    /** The ids of every Camunda account, staff or not (the administrator, an HLTA provider): a new user name must be none of them. */
    public Set<String> accountIds() {
        return ids(identity.createUserQuery().list());
    }

    private void saveAccount(StaffMember staff, User existing) {
        User user = existing;
        if (user == null) {
            user = identity.newUser(staff.username());
            user.setPassword(initialPassword());
        } else if (Objects.equals(user.getFirstName(), staff.firstName()) && Objects.equals(user.getLastName(), staff.lastName())
                && Objects.equals(user.getEmail(), staff.email())) {
            return;
        }
        user.setFirstName(staff.firstName());
        user.setLastName(staff.lastName());
        user.setEmail(staff.email());
        identity.saveUser(user);
    }

    private static Set<String> ids(List<User> users) {
        return users.stream().map(User::getId).collect(Collectors.toSet());
    }

    private Set<String> managedTenants() {
        Set<String> managed = new HashSet<>();
        directory.schools().forEach(school -> managed.add(school.id()));
        trustTenants().forEach(trust -> managed.add(trust.id()));
        return managed;
    }

    private static Set<String> wantedGroups(StaffMember staff) {
        Set<String> wanted = new HashSet<>();
        wanted.add(staff.role().groupId());
        if (staff.contractType() != ContractType.NOT_EMPLOYED) {
            wanted.add(StaffGroups.STAFF);
        }
        if (staff.role().centralTeam()) {
            wanted.add(StaffGroups.TRUST_CENTRAL);
        }
        return wanted;
    }

    private static Set<String> wantedTenants(StaffMember staff, Set<String> schools) {
        Set<String> wanted = new HashSet<>();
        if (staff.role().schoolBased() && staff.schoolId() != null) {
            wanted.add(staff.schoolId());
        } else {
            wanted.addAll(schools);
            if (staff.trustId() != null) {
                wanted.add(staff.trustId());
            }
        }
        return wanted;
    }

    private void syncGroups(StaffMember staff) {
        Set<String> wanted = wantedGroups(staff);
        Set<String> current = identity.createGroupQuery().groupMember(staff.username()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        for (String group : managedGroups().keySet()) {
            if (wanted.contains(group) && !current.contains(group)) {
                identity.createMembership(staff.username(), group);
            } else if (!wanted.contains(group) && current.contains(group)) {
                identity.deleteMembership(staff.username(), group);
            }
        }
    }

    /**
     * School staff belong to their school's tenant; the trust-wide roles to every school's and to their
     * trust's own, which holds the cases about trust-wide staff (the CEO's appraisal, HR's): no school's
     * headteacher sees those.
     */
    private void syncTenants(StaffMember staff) {
        Set<String> wanted = wantedTenants(staff, directory.schools().stream().map(School::id).collect(Collectors.toSet()));
        Set<String> current = identity.createTenantQuery().userMember(staff.username()).list().stream()
                .map(Tenant::getId).collect(Collectors.toSet());
        for (String tenant : managedTenants()) {
            if (wanted.contains(tenant) && !current.contains(tenant)) {
                identity.createTenantUserMembership(tenant, staff.username());
            } else if (!wanted.contains(tenant) && current.contains(tenant)) {
                identity.deleteTenantUserMembership(tenant, staff.username());
            }
        }
    }

    private List<Trust> trustTenants() {
        return directory.schools().stream().map(School::trustId).distinct().map(directory::trust).flatMap(Optional::stream).toList();
    }

    private void ensureTenant(String id, String name) {
        Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(id);
        }
        tenant.setName(name);
        identity.saveTenant(tenant);
    }

    private void ensureGroup(String groupId, String name) {
        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identity.newGroup(groupId);
            group.setType("WORKFLOW");
        }
        group.setName(name);
        identity.saveGroup(group);
    }

    /** The groups the directory decides, by id, with their names. */
    private static Map<String, String> managedGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        Stream.of(Role.values()).forEach(role -> groups.put(role.groupId(), role.groupName()));
        groups.put(StaffGroups.STAFF, "All staff");
        groups.put(StaffGroups.TRUST_CENTRAL, "Trust central team");
        groups.put(StaffGroups.HLTA_PROVIDERS, "HLTA assessment providers");
        return groups;
    }

    private String initialPassword() {
        String configured = properties.initialPassword();
        return configured == null || configured.isBlank() ? UUID.randomUUID() + "!" : configured;
    }
}
