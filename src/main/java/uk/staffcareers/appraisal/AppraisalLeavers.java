package uk.staffcareers.appraisal;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.staffcareers.staff.StaffLeft;

/** A leaver's open appraisal ends as a recorded leaving does: on the record, then through the case's own event subprocess. */
@Component
class AppraisalLeavers {

    private final Leavers leavers;
    private final AppraisalChangesProcess process;

    AppraisalLeavers(Leavers leavers, AppraisalChangesProcess process) {
        this.leavers = leavers;
        this.process = process;
    }

    @EventListener
    @Order(10) // before LeaverCasesProcess ends whatever case is left
    void staffLeft(StaffLeft left) {
        for (String key : leavers.employmentEnded(left.staff(), left.lastDay())) {
            process.employeeLeft(key);
        }
    }
}
