package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordPayReview: the decider's written answer; not upheld opens the window to ask for a hearing. */
@Component
class RecordPayReviewDelegate implements JavaDelegate, SetsVariables {

    private final PayAppeal payAppeal;

    RecordPayReviewDelegate(PayAppeal payAppeal) {
        this.payAppeal = payAppeal;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Optional<LocalDate> hearingBy = payAppeal.recordReview(appraisalId(ex), PAY_REVIEW_HELD_ON.get(ex), PAY_REVIEW_PRESENT.get(ex),
                PAY_REVIEW_OUTCOME.get(ex), PAY_REVIEW_REASONS.get(ex), Actor.of(ex).name(), ex.getProcessBusinessKey());
        PAY_REVIEW_UPHELD.set(ex, hearingBy.isEmpty());
        hearingBy.ifPresent(day -> {
            HEARING_REQUEST_DEADLINE.set(ex, endOf(day));
            HEARING_DEADLINE_TEXT.set(ex, WorkingDays.spoken(day));
        });
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(PAY_REVIEW_UPHELD, HEARING_REQUEST_DEADLINE, HEARING_DEADLINE_TEXT);
    }
}
