package uk.staffcareers.hlta;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * A withdrawal at any step: the candidate herself, her school's headteacher or HLTA coordinator (the
 * business manager), or the trust's central team. It is recorded with the reason and who withdrew, then
 * the application tells the case, which closes its open steps: both or neither.
 */
@Service
class Withdrawals {

    private static final List<Role> SCHOOL_LEADERS = List.of(Role.HEADTEACHER, Role.SCHOOL_BUSINESS_MANAGER);

    private final Candidacies candidacies;
    private final StaffDirectory directory;
    private final RuntimeService runtime;
    private final IdentityService identity;

    Withdrawals(Candidacies candidacies, StaffDirectory directory, RuntimeService runtime, IdentityService identity) {
        this.candidacies = candidacies;
        this.directory = directory;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Transactional
    Candidacies.Summary withdraw(String reference, String reason) {
        Actor caller = Actor.current(identity);
        Candidacies.Summary candidacy = visibleTo(reference);
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
        try {
            // Who may withdraw was checked above; the message is the application's alone (ApplicationOnlyMessages).
            AsApplication.run(identity, () -> runtime.createMessageCorrelation(HltaJourneyProcess.MESSAGE_WITHDRAWN)
                    .processInstanceBusinessKey(reference).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw CaseStateException.notNow("Candidacy " + reference + " has no open case to withdraw from; nothing was changed");
        }
        return candidacies.byReference(reference).orElseThrow();
    }

    /** Another school's candidacy answers as an unknown one does, so references cannot be probed. */
    private Candidacies.Summary visibleTo(String reference) {
        Authentication auth = identity.getCurrentAuthentication();
        List<String> tenants = auth == null || auth.getTenantIds() == null ? List.of() : auth.getTenantIds();
        boolean central = auth != null && directory.findByUsername(auth.getUserId()).map(u -> u.role().centralTeam()).orElse(false);
        return candidacies.byReference(reference)
                .filter(c -> central || tenants.contains(directory.get(c.staffId()).schoolId()))
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
