package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordMeetingOutcome: the informal meeting written up, the written record issued, the review set. */
@Component
class RecordInformalMeetingDelegate implements JavaDelegate, SetsVariables {

    /** The form's support checkboxes and what each records. */
    static final Map<ProcessVariable<Boolean>, String> SUPPORT_GIVEN = Map.of(SUPPORT_COACHING, "COACHING", SUPPORT_MENTORING, "MENTORING",
            SUPPORT_TRAINING, "TRAINING", SUPPORT_OBSERVING_BEST_PRACTICE, "OBSERVING_BEST_PRACTICE");

    private final Concerns concerns;
    private final PolicySettings policy;
    private final SchoolCalendars calendars;

    RecordInformalMeetingDelegate(Concerns concerns, PolicySettings policy, SchoolCalendars calendars) {
        this.concerns = concerns;
        this.policy = policy;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution ex) {
        List<String> support = new ArrayList<>();
        SUPPORT_GIVEN.forEach((field, kind) -> {
            if (field.get(ex)) {
                support.add(kind);
            }
        });
        support.sort(null);
        var recorded = concerns.recordMeeting(PerformanceConcernProcess.concernId(ex), new Concerns.Meeting(
                MEETING_DATE.get(ex), NATURE.get(ex), SERIOUSNESS.get(ex), LINKED_TO.get(ex), support,
                SUPPORT_DETAILS.get(ex), SUPPORT_PROVIDER.get(ex), IMPLICATIONS.get(ex), REVIEW_DATE.get(ex)),
                Actor.of(ex).name());
        WRITTEN_RECORD_ID.set(ex, recorded.writtenRecordId());
        String staffId = STAFF_ID.get(ex);
        PerformanceConcernProcess.scheduleReview(ex, recorded.reviewOn(), calendars.forStaff(staffId), policy.forStaff(staffId).reviewReminderWorkingDays());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(REVIEW_AT, REMINDER_AT, WRITTEN_RECORD_ID);
    }
}
