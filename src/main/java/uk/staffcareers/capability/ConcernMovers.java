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

    private static final String CONCERN = "CONCERN-";

    private final Concerns concerns;

    ConcernMovers(Concerns concerns) {
        this.concerns = concerns;
    }

    @EventListener
    void caseMoved(CaseMoved moved) {
        if (!PerformanceConcernProcess.KEY.equals(moved.processKey()) || !moved.businessKey().startsWith(CONCERN)) {
            return;
        }
        long concernId = Long.parseLong(moved.businessKey().substring(CONCERN.length()));
        moved.successors().forEach((from, to) -> concerns.reviewerReplaced(concernId, from, to));
    }
}
