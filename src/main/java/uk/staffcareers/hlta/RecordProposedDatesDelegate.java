package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordProposedDates: the candidate's three possible visit dates, checked against the window. */
@Component
class RecordProposedDatesDelegate implements JavaDelegate, SetsVariables {

    private final Assessments assessments;

    RecordProposedDatesDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        List<LocalDate> dates = dates(ex, HltaJourneyProcess.Vars::visitDate, Assessments.PROPOSED_DATES + 2);
        assessments.proposeDates(candidacyId(ex), dates);
        VISIT_DATES_TEXT.set(ex, WorkingDays.spoken(dates));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(VISIT_DATES_TEXT);
    }
}
