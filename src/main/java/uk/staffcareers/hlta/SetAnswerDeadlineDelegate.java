package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.setLastDay;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/**
 * The "Set the day to ... by" steps (input parameter candidateStep: VISIT_DATES or REASSESSMENT): the candidate
 * answers within the trust's working days (hltaCandidateAnswerWorkingDays, 10) from today. Each time the task
 * opens again (dates sent back by the headteacher) the candidate has the full time again.
 */
@Component
class SetAnswerDeadlineDelegate implements JavaDelegate, SetsVariables {

    private final PolicySettings policy;
    private final SchoolCalendars calendars;
    private final Clock clock;

    SetAnswerDeadlineDelegate(PolicySettings policy, SchoolCalendars calendars, Clock clock) {
        this.policy = policy;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution ex) {
        CandidateStep step = CandidateStep.valueOf(CANDIDATE_STEP.get(ex));
        if (step != CandidateStep.VISIT_DATES && step != CandidateStep.REASSESSMENT) {
            throw new IllegalStateException(step + " has its own last day; this step sets the answering time of "
                    + CandidateStep.VISIT_DATES + " and " + CandidateStep.REASSESSMENT);
        }
        String staffId = STAFF_ID.get(ex);
        WorkingDays school = calendars.forStaff(staffId);
        setLastDay(ex, step, school.after(LocalDate.now(clock), policy.forStaff(staffId).hltaCandidateAnswerWorkingDays()), school);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(VISIT_DATES_DUE_AT, VISIT_DATES_MISSED_AT, REASSESSMENT_DUE_AT, REASSESSMENT_MISSED_AT);
    }
}
