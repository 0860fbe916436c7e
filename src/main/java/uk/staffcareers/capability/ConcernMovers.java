package uk.staffcareers.capability;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.staffcareers.movers.CaseMoved;

/**
 * A concern that moved school with its employee (README "Movers"): if the person reviewing it stayed at the old school,
 * whoever took over their part in the case (the new school's headteacher, usually) records the review.
 */
@Component
class ConcernMovers {

    private final Concerns concerns;

    ConcernMovers(Concerns concerns) {
        this.concerns = concerns;
    }

    @EventListener
    void caseMoved(CaseMoved moved) {
        if (!PerformanceConcernProcess.KEY.equals(moved.processKey())) {
            return;
        }
        PerformanceConcernProcess.concernOf(moved.businessKey()).ifPresent(concernId ->
                moved.successors().forEach((from, to) -> concerns.reviewerReplaced(concernId, from, to)));
    }
}
