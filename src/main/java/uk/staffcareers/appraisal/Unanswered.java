package uk.staffcareers.appraisal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffMember;

/**
 * An employee's step whose deadline passed without an answer. Nobody can stall a case: it moves on, the
 * record says what was not given and by when, and the appraiser is told by name.
 */
@Service
class Unanswered {

    /** The employee's steps that have a deadline, what the record says when it passes, and what the appraiser is told. */
    enum Step {
        OBJECTIVES("answer to the objectives", "the objectives stand as set"),
        REVISED_OBJECTIVES("answer to the revised objectives", "the revised objectives stand"),
        INTERIM_COMMENTS("comments on the interim review", "the review stands without them"),
        EVIDENCE("evidence or aspirations for the annual assessment", "the year is assessed on the evidence held"),
        REPORT_COMMENTS("comments on the appraisal report", "the report goes to the pay decision as written");

        final String notGiven;
        final String consequence;

        Step(String notGiven, String consequence) {
            this.notGiven = notGiven;
            this.consequence = consequence;
        }
    }

    private final JdbcClient jdbc;
    private final Appraisals appraisals;
    private final AnnualAssessment annual;
    private final Notifications notifications;

    Unanswered(JdbcClient jdbc, Appraisals appraisals, AnnualAssessment annual, Notifications notifications) {
        this.jdbc = jdbc;
        this.appraisals = appraisals;
        this.annual = annual;
        this.notifications = notifications;
    }

    /** Records "no ... given by <day>" where the answer would have gone, and tells the appraiser; by: who moves the case on. */
    void record(long id, Step step, LocalDate due, String by, String caseRef) {
        String note = "no " + step.notGiven + " given by " + WorkingDays.spoken(due);
        switch (step) {
            case OBJECTIVES -> appraisals.objectivesUnanswered(id, note + "; " + step.consequence);
            case REVISED_OBJECTIVES -> appraisals.answerRevision(id, false, note + "; " + step.consequence);
            case INTERIM_COMMENTS -> appraisals.commentOnInterimReview(id, capitalised(note));
            case EVIDENCE -> jdbc.sql("update appraisal set employee_evidence = ? where id = ?").params(capitalised(note), id).update();
            case REPORT_COMMENTS -> annual.addReportComments(id, capitalised(note), by, caseRef);
        }
        String before = jdbc.sql("select unanswered_steps from appraisal where id = ?").param(id).query(String.class).optional().orElse(null);
        jdbc.sql("update appraisal set unanswered_steps = ? where id = ?")
                .params(before == null ? capitalised(note) : before + " | " + capitalised(note), id).update();
        StaffMember staff = appraisals.staffOf(id);
        notifications.send(appraisals.appraiserOf(id), staff.fullName() + " gave no " + step.notGiven,
                staff.fullName() + " gave " + note + ". The appraisal has moved on: " + step.consequence
                        + ", and the record says that nothing was given.", caseRef);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
