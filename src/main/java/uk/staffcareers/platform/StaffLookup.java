package uk.staffcareers.platform;

import java.util.List;
import java.util.Optional;

/**
 * What the platform asks of the staff directory (a case's school, whose case it is, who a school account is), so
 * that it knows no feature: the staff directory implements it.
 */
public interface StaffLookup {

    Optional<? extends Person> find(String staffId);

    Optional<? extends Person> findByUsername(String username);

    /** Everyone whose work email is this one, whatever its capitals. */
    List<? extends Person> withEmail(String email);

    /** Who takes over the tasks of a case of this tenant: the school's headteacher; for a trust-wide case (whose tenant is the trust), the trust's HR adviser. */
    Optional<? extends Person> overseerOf(String tenantId);

    /** Whether the person's leaving has been dealt with: their account stays closed. */
    boolean hasLeft(String staffId);
}
