package uk.staffcareers.hlta;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * A withdrawal at any step: the candidate herself, her school's headteacher or HLTA coordinator (the
 * business manager), or the trust's central team. It is recorded with the reason and who withdrew; the
 * controller then tells the case, in the same transaction, which closes its open steps.
 */
@Service
class Withdrawals {

    private static final List<Role> SCHOOL_LEADERS = List.of(Role.HEADTEACHER, Role.SCHOOL_BUSINESS_MANAGER);

    private final Candidacies candidacies;
    private final StaffDirectory directory;

    Withdrawals(Candidacies candidacies, StaffDirectory directory) {
        this.candidacies = candidacies;
        this.directory = directory;
    }

    /** Records the withdrawal by the signed-in caller, or refuses it (403, 404, 409, 400) with nothing changed. */
    void withdraw(String reference, String reason, Actor caller) {
        Candidacies.Summary candidacy = visibleTo(reference, caller);
        StaffMember candidate = directory.get(candidacy.staffId());
        if (!mayWithdraw(caller, candidate)) {
            throw new NotAllowedException("Only " + candidate.fullName() + ", the school's headteacher or HLTA coordinator, or "
                    + "the trust's central team can withdraw this HLTA candidacy");
        }
        if (candidacy.finished()) {
            throw CaseStateException.notNow("Candidacy " + reference + " has finished (" + candidacy.status() + "); nothing was changed");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give the reason for withdrawing; it stays on the candidacy's record");
        }
        candidacies.withdraw(candidacy.id(), reason, caller.name());
    }

    /** Another school's candidacy answers as an unknown one does, so references cannot be probed. */
    private Candidacies.Summary visibleTo(String reference, Actor caller) {
        Optional<StaffMember> member = caller.isApplication() ? Optional.empty() : directory.findByUsername(caller.name());
        return candidacies.byReference(reference)
                .filter(c -> member.map(m -> m.role().centralTeam()
                        || m.schoolId() != null && m.schoolId().equals(directory.get(c.staffId()).schoolId())).orElse(false))
                .orElseThrow(() -> CaseStateException.unknown("No HLTA candidacy with the reference '" + reference + "'"));
    }

    private boolean mayWithdraw(Actor caller, StaffMember candidate) {
        if (caller.isApplication()) {
            return false;
        }
        if (caller.is(candidate.username())) {
            return true;
        }
        return directory.findByUsername(caller.name()).map(u -> u.role().centralTeam()
                || u.schoolId().equals(candidate.schoolId()) && SCHOOL_LEADERS.contains(u.role())).orElse(false);
    }
}
