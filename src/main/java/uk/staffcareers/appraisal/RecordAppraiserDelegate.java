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

/** Task_RecordAppraiser: the headteacher's choice; the appraiser may now read the case. */
@Component
class RecordAppraiserDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordAppraiserDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var appraiser = appraisals.chooseAppraiser(appraisalId(ex), text(ex, APPRAISER_STAFF_ID), Actor.of(ex).name());
        ex.setVariable(APPRAISER, appraiser.username());
        ex.setVariable(APPRAISER_NAME, appraiser.name());
        CaseAccessListener.grantRead(ex, appraiser.username());
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(APPRAISER, APPRAISER_NAME);
    }
}
