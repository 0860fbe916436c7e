package uk.staffcareers.appraisal;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.staffcareers.movers.CaseMoved;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * An appraisal that moved school with its employee (README "Movers"): if the appraiser stayed at the old school, the
 * record names whoever holds the appraiser's part now (the new school's headteacher, until they appoint another), with
 * the change and its cause kept; if nobody had chosen the appraiser yet, the choice offers the new school's staff and
 * proposes the employee's line manager there.
 */
@Component
class AppraisalMovers {

    private final AppraisalCases cases;
    private final AppraiserChanges changes;
    private final AppraisalChangesProcess process;
    private final StaffDirectory directory;

    AppraisalMovers(AppraisalCases cases, AppraiserChanges changes, AppraisalChangesProcess process, StaffDirectory directory) {
        this.cases = cases;
        this.changes = changes;
        this.process = process;
        this.directory = directory;
    }

    @EventListener
    void caseMoved(CaseMoved moved) {
        if (!AppraisalCycleProcess.KEY.equals(moved.processKey())) {
            return;
        }
        AppraisalCases.Case appraisal = cases.find(moved.businessKey()).orElse(null);
        if (appraisal == null || appraisal.finished() || Appraisals.appraisedByTrust(appraisal.staff())) {
            return;
        }
        StaffMember staff = appraisal.staff();
        if (appraisal.appraiser() == null) {
            renewChoice(moved.businessKey(), staff);
            return;
        }
        String successor = moved.successors().get(appraisal.appraiser());
        if (successor != null) {
            String was = name(appraisal.appraiser());
            changes.afterMove(moved.businessKey(), successor, staff.fullName() + " moved to " + directory.schoolNameOf(staff)
                    + ", where " + was + " does not work: " + name(successor) + " holds the appraisal there until the "
                    + "headteacher appoints another appraiser", moved.movedBy());
        }
    }

    /**
     * Before anyone chose the appraiser: the form proposes their line manager if the employee's school now allows them
     * (else nobody); its choices are the school's when it is opened (ChooseAppraiserFormValues).
     */
    void renewChoice(String businessKey, StaffMember staff) {
        Optional<StaffMember> lineManager = Optional.ofNullable(staff.lineManagerId()).flatMap(directory::find)
                .filter(manager -> AppraiserChoice.isCandidate(manager, staff));
        process.choiceRenewed(businessKey, lineManager.orElse(null));
    }

    private String name(String username) {
        return directory.findByUsername(username).map(StaffMember::fullName).orElse(username);
    }
}
