package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.development.DevelopmentPlanProcess;
import uk.staffcareers.development.Trigger;
import uk.staffcareers.staff.Role;

/** Task_CarryForwardCpd: the year closes; a support-staff member's CPD needs start a development plan. */
@Component
class CarryForwardCpdDelegate implements JavaDelegate {

    private static final Set<String> SUPPORT_STAFF = Set.of(Role.TEACHING_ASSISTANT.name(), Role.HLTA.name(),
            Role.SCHOOL_BUSINESS_MANAGER.name());

    private final AnnualAssessment annual;

    CarryForwardCpdDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        annual.complete(appraisalId(ex)).filter(needs -> SUPPORT_STAFF.contains(ROLE.get(ex))).ifPresent(needs ->
                DevelopmentPlanProcess.request(ex, STAFF_ID.get(ex), Trigger.APPRAISAL, needs, APPRAISER.get(ex)));
    }
}
