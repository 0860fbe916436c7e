package uk.staffcareers.platform;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's own identity store without its account lockout: Camunda locks an account for everyone
 * after wrong passwords from anyone (for good after 10), which lets a stranger lock out any member
 * of staff or the administrator. LoginThrottle slows down the sender instead, and a wrong password
 * writes nothing to the account.
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
}
