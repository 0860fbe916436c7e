package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/**
 * Task_RecordChosenDates: the candidate proposed no dates in time, so the headteacher chose three. They are
 * checked against the window as the candidate's would be, and they are agreed by the one who chose them.
 */
@Component
class RecordChosenDatesDelegate implements JavaDelegate, SetsVariables {

    private final Assessments assessments;

    RecordChosenDatesDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = candidacyId(ex);
        List<LocalDate> dates = dates(ex, HltaJourneyProcess.Vars::visitDate, Assessments.PROPOSED_DATES + 2);
        assessments.proposeDates(id, dates);
        VISIT_DATES_TEXT.set(ex, WorkingDays.spoken(dates));
        assessments.answerDates(id, true, "Chosen by the headteacher: the candidate proposed no dates in time", Actor.of(ex).name());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(VISIT_DATES_TEXT);
    }
}
