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
import uk.staffcareers.platform.ProcessVariable;

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
        var raised = concerns.raise(STAFF_ID.get(ex), DESCRIPTION.get(ex),
                Actor.startedFor(ex, RAISED_BY), fromAppraisal ? APPRAISAL_REF.get(ex) : null);
        ex.setProcessBusinessKey(Concerns.caseRef(raised.concernId()));
        CONCERN_ID.set(ex, raised.concernId());
        STAFF_NAME.set(ex, raised.staff().fullName());
        CaseLabels.SCHOOL_NAME.set(ex, directory.schoolNameOf(raised.staff()));
        EMPLOYEE.set(ex, raised.staff().username());
        REVIEWER.set(ex, raised.reviewer());
        HEADTEACHER.set(ex, raised.headteacher());
        HR_ADVISER.set(ex, raised.hrAdviser());
        CaseAccessListener.grantRead(ex, raised.reviewer());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(CONCERN_ID, STAFF_NAME, CaseLabels.SCHOOL_NAME, EMPLOYEE, REVIEWER, HEADTEACHER, HR_ADVISER);
    }
}
