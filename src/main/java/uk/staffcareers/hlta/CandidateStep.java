package uk.staffcareers.hlta;

import java.util.Date;
import uk.staffcareers.platform.ProcessVariable;

import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

/**
 * The candidate's steps that the school waits on. Each has a last day; when it passes with no answer the
 * candidate's task closes, "no answer given by ..." goes on the candidacy's record, the school is told and the
 * case moves on as {@link #whatNext} says. The self-review, "Come back when ready" and booking the preparation
 * days are not among them: nothing at the school waits on those, so they stay open until the candidate acts.
 */
enum CandidateStep {

    REGISTRATION("Register for assessment", "HLTA registration missed", REGISTRATION_CLOSES_AT, REGISTRATION_MISSED_AT,
            "%3$s, the school's HLTA coordinator, decides whether to re-open registration with the provider's new dates "
                    + "or to close the candidacy as lapsed."),
    VISIT_DATES("Propose three visit dates", "HLTA visit dates not proposed", VISIT_DATES_DUE_AT, VISIT_DATES_MISSED_AT,
            "%2$s chooses three dates in the visit window instead, and %3$s then confirms the visit with the provider."),
    ASSESSMENT_TASKS("Submit the assessment tasks", "HLTA written tasks not submitted", ASSESSMENT_TASKS_DUE_AT,
            ASSESSMENT_TASKS_MISSED_AT, "The arrangements for the assessor's visit go on without them; %3$s should ask "
                    + "the provider whether it has the tasks."),
    VISIT_PREPARATION("Prepare for the visit", "HLTA visit not prepared", VISIT_PREPARATION_DUE_AT, VISIT_PREPARATION_MISSED_AT,
            "The visit goes ahead: %2$s and %3$s, please make sure today that reception expects the assessor, a room is "
                    + "free and one or two teachers can be interviewed."),
    REASSESSMENT("Decide on reassessment", "HLTA reassessment not answered", REASSESSMENT_DUE_AT, REASSESSMENT_MISSED_AT,
            "It is recorded that %1$s is not re-taking the assessment, and the candidacy is closed as lapsed; a new "
                    + "candidacy may start later.");

    private final String taskName;
    private final String subject;
    private final ProcessVariable<Date> dueVariable;
    private final ProcessVariable<Date> missedVariable;
    private final String whatNext;

    CandidateStep(String taskName, String subject, ProcessVariable<Date> dueVariable, ProcessVariable<Date> missedVariable, String whatNext) {
        this.taskName = taskName;
        this.subject = subject;
        this.dueVariable = dueVariable;
        this.missedVariable = missedVariable;
        this.whatNext = whatNext;
    }

    /** The candidate's task, as Tasklist names it. */
    String taskName() {
        return taskName;
    }

    String subject() {
        return subject;
    }

    /** The variable the task's due date reads. */
    ProcessVariable<Date> dueVariable() {
        return dueVariable;
    }

    /** The variable the task's timer reads. */
    ProcessVariable<Date> missedVariable() {
        return missedVariable;
    }

    /** What happens now, naming the candidate, the headteacher and the school's HLTA coordinator. */
    String whatNext(String candidate, String headteacher, String coordinator) {
        return whatNext.formatted(candidate, headteacher, coordinator);
    }

    /** With no answer on reassessment the candidate is taken not to re-take it: the candidacy ends. */
    boolean closesCandidacy() {
        return this == REASSESSMENT;
    }
}
