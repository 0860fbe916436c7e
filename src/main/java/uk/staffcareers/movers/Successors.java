package uk.staffcareers.movers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Who takes a person's part in a mover's case once it belongs to the new school. Someone who can still work in it keeps
 * it: the mover, the trust's central team and others outside any school, the new school's own staff. Someone of another
 * school gives it to the new school's person of the same role when there is exactly one (the headteacher for the
 * headteacher, the school business manager as HLTA coordinator), else to the new school's headteacher, who may give it
 * on; for a case that moves to the trust's central team, to the trust's HR adviser.
 */
final class Successors {

    private final StaffDirectory directory;
    private final StaffMember mover;
    private final String toSchoolId;

    Successors(StaffDirectory directory, StaffMember mover, String toSchoolId) {
        this.directory = directory;
        this.mover = mover;
        this.toSchoolId = toSchoolId;
    }

    /** The person who takes over from this user, or empty when they keep their part. */
    Optional<StaffMember> of(String username) {
        if (username == null || username.equals(mover.username())) {
            return Optional.empty();
        }
        Optional<StaffMember> person = directory.findByUsername(username);
        if (person.isEmpty() || person.get().schoolId() == null || Objects.equals(person.get().schoolId(), toSchoolId)) {
            return Optional.empty(); // not staff (an HLTA provider's account), trust-wide, or already at the new school
        }
        if (toSchoolId == null) {
            return directory.hrAdviser(mover);
        }
        List<StaffMember> sameRole = directory.withRole(toSchoolId, person.get().role()).stream()
                .filter(s -> !s.id().equals(mover.id())).toList();
        if (sameRole.size() == 1) {
            return Optional.of(sameRole.get(0));
        }
        return directory.withRole(toSchoolId, Role.HEADTEACHER).stream().findFirst().or(() -> directory.hrAdviser(mover));
    }

    /** The user name of whoever holds this user's part now: their successor's, or their own. */
    String holder(String username) {
        return of(username).map(StaffMember::username).orElse(username);
    }
}
