package uk.staffcareers.platform;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's own identity store without its account lockout: Camunda locks an account for everyone
 * after wrong passwords from anyone (for good after 10), which lets a stranger lock out any member
 * of staff or the administrator. LoginThrottle slows down the sender instead, and a wrong password
 * writes nothing to the account.
 * <p>
 * Every change to an account, a password or a membership, whoever makes it, also makes the REST API forget the
 * logins and memberships it has verified (VerifiedLogins): now, and again once the change is committed, so that no
 * request in between keeps the old answer.
 */
public class IdentityProviderWithoutLockout extends DbIdentityServiceProvider {

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // wrong passwords are LoginThrottle's business
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        return changed(super.saveUser(user));
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        return changed(super.deleteUser(userId));
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        return changed(super.deleteGroup(groupId));
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
        return changed(super.deleteTenant(tenantId));
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        return changed(super.createMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        return changed(super.deleteMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
        return changed(super.createTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
        return changed(super.createTenantGroupMembership(tenantId, groupId));
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
        return changed(super.deleteTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
        return changed(super.deleteTenantGroupMembership(tenantId, groupId));
    }

    private static IdentityOperationResult changed(IdentityOperationResult result) {
        VerifiedLogins.identitiesChanged();
        Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> VerifiedLogins.identitiesChanged());
        return result;
    }
}
