package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.StaffDirectory;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseAccessListener;
import uk.staffcareers.platform.SetsVariables;

/** Task_RecordConcern: the concern kept; who is involved; the person who raised it may read the case. */
@Component
class RecordConcernDelegate implements JavaDelegate, SetsVariables {

    private final Concerns concerns;
    private final StaffDirectory directory;

    RecordConcernDelegate(Concerns concerns, StaffDirectory directory) {
        this.concerns = concerns;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution ex) {
        // Only the appraisal's own step (the application, message start) links a concern to an appraisal
        // and names its appraiser as the raiser; anyone who starts the form raises it as themselves.
        boolean fromAppraisal = Actor.of(ex).isApplication();
        var raised = concerns.raise((String) ex.getVariable(STAFF_ID), PerformanceConcernProcess.text(ex, DESCRIPTION),
                Actor.startedFor(ex, RAISED_BY), fromAppraisal ? PerformanceConcernProcess.text(ex, APPRAISAL_REF) : null);
        ex.setProcessBusinessKey(Concerns.caseRef(raised.concernId()));
        ex.setVariable(CONCERN_ID, raised.concernId());
        ex.setVariable(STAFF_NAME, raised.staff().fullName());
        ex.setVariable(CaseLabels.SCHOOL_NAME, directory.schoolNameOf(raised.staff()));
        ex.setVariable(EMPLOYEE, raised.staff().username());
        ex.setVariable(REVIEWER, raised.reviewer());
        ex.setVariable(HEADTEACHER, raised.headteacher());
        ex.setVariable(HR_ADVISER, raised.hrAdviser());
        CaseAccessListener.grantRead(ex, raised.reviewer());
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(CONCERN_ID, STAFF_NAME, CaseLabels.SCHOOL_NAME, EMPLOYEE, REVIEWER, HEADTEACHER, HR_ADVISER);
    }
}
