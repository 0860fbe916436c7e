package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordProposedDates: the candidate's three possible visit dates, checked against the window. */
@Component
class RecordProposedDatesDelegate implements JavaDelegate {

    private final Assessments assessments;

    RecordProposedDatesDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        assessments.proposeDates(candidacyId(ex), dates(ex, "visitDate", Assessments.PROPOSED_DATES + 2));
    }
}
