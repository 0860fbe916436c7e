package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.CaseAccessListener;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordAppraiser: the headteacher's choice; the appraiser may now read the case. */
@Component
class RecordAppraiserDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordAppraiserDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var appraiser = appraisals.chooseAppraiser(appraisalId(ex), APPRAISER_STAFF_ID.get(ex), Actor.of(ex).name());
        APPRAISER.set(ex, appraiser.username());
        APPRAISER_NAME.set(ex, appraiser.name());
        CaseAccessListener.grantRead(ex, appraiser.username());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPRAISER, APPRAISER_NAME);
    }
}
