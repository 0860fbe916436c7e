package uk.staffcareers.appraisal;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The appraiser leaves or is absent: the headteacher appoints another (the same rule as choosing the first,
 * AppraiserChoice). The appraisal's record changes, the change is kept with its reason, and the new
 * appraiser and the employee are told; the case's tasks follow in the same transaction (the controller).
 * A headteacher's or the CEO's appraisers are the trust's officers: they change in the staff directory.
 */
@Service
class AppraiserChanges {

    /** Who appraised and who appraises now, by user name and by name. */
    record Change(String businessKey, StaffMember employee, String from, String fromName, StaffMember to) {
    }

    private final AppraisalCases cases;
    private final StaffDirectory directory;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    AppraiserChanges(AppraisalCases cases, StaffDirectory directory, JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Why an appraiser changed (appraisal_appraiser_change.cause). */
    enum Cause {
        /** The headteacher appointed another: POST /api/appraisals/{case}/appraiser. */
        APPOINTED,
        /** The employee moved school and the appraiser stayed: the new school's headteacher holds it for now. */
        MOVED,
        /** The headteacher accepted the proposal that the new line manager appraise. */
        LINE_MANAGER
    }

    /** Records the change by the signed-in headteacher, or refuses it (404, 409, 403, 400) with nothing changed. */
    Change appoint(String businessKey, String appraiserStaffId, String reason, String by) {
        return byOverseer(businessKey, appraiserStaffId, reason, by, Cause.APPOINTED);
    }

    /** The headteacher's Yes to a proposal after a line-manager change: the same rules and record as appointing another. */
    Change acceptProposal(String businessKey, String appraiserStaffId, String reason, String by) {
        return byOverseer(businessKey, appraiserStaffId, reason, by, Cause.LINE_MANAGER);
    }

    /**
     * The employee moved school with their case, whose appraiser part went to the new school's person (MoverCasesProcess):
     * the record follows the case. by: whoever recorded the move in the staff directory.
     */
    void afterMove(String businessKey, String toUsername, String reason, String by) {
        AppraisalCases.Case appraisal = cases.find(businessKey).orElse(null);
        if (appraisal == null || appraisal.appraiser() == null || appraisal.appraiser().equals(toUsername)) {
            return;
        }
        record(appraisal, toUsername, reason, by, Cause.MOVED);
    }

    private Change byOverseer(String businessKey, String appraiserStaffId, String reason, String by, Cause cause) {
        AppraisalCases.Case appraisal = cases.visibleTo(businessKey, by);
        StaffMember employee = appraisal.staff();
        if (Appraisals.appraisedByTrust(employee)) {
            throw CaseStateException.notNow(employee.fullName() + " is appraised by the trust's officers (the CEO or the chair of "
                    + "trustees); they are changed in the staff directory, not by appointing another appraiser");
        }
        StaffMember head = cases.requireOverseer(appraisal, by, "appoint another appraiser");
        if (appraisal.appraiser() == null) {
            throw CaseStateException.notNow("Nobody appraises " + employee.fullName() + " yet: choose the appraiser first "
                    + "(the task Choose the appraiser)");
        }
        StaffMember to = AppraiserChoice.eligible(directory, employee, appraiserStaffId);
        String from = appraisal.appraiser();
        // Someone who has left may be gone from the directory: their user name is all there is.
        String fromName = directory.findByUsername(from).map(StaffMember::fullName).orElse(from);
        if (to.username().equals(from)) {
            throw new InvalidInputException(to.fullName() + " is already " + employee.fullName() + "'s appraiser");
        }
        String why = requireText(reason, "Give the reason for appointing another appraiser; it stays on the appraisal's record");
        record(appraisal, to.username(), why, by, cause);
        // The reason stays on record only: it may say why a colleague is absent, which the notices need not.
        String year = appraisal.period().label();
        notifications.send(to.username(), "You now appraise " + employee.fullName(), head.fullName() + " has appointed you as "
                + employee.fullName() + "'s appraiser for " + year + " in place of " + fromName
                + ". The appraisal's open tasks are now yours.", businessKey);
        notifications.send(employee.username(), "Your appraiser is now " + to.fullName(), head.fullName() + " has appointed "
                + to.fullName() + " as your appraiser for " + year + " in place of " + fromName + ".", businessKey);
        return new Change(businessKey, employee, from, fromName, to);
    }

    private void record(AppraisalCases.Case appraisal, String to, String reason, String by, Cause cause) {
        jdbc.sql("update appraisal set appraiser = ? where id = ?").params(to, appraisal.id()).update();
        jdbc.sql("""
                insert into appraisal_appraiser_change (appraisal_id, from_appraiser, to_appraiser, reason, changed_by, changed_at, cause)
                values (?, ?, ?, ?, ?, ?, ?)""").params(appraisal.id(), appraisal.appraiser(), to, reason, by, LocalDateTime.now(clock),
                cause.name()).update();
    }

    /** Why the appraiser last changed, if they have changed since the headteacher chose them. */
    java.util.Optional<Cause> lastCause(long appraisalId) {
        return jdbc.sql("select cause from appraisal_appraiser_change where appraisal_id = ? order by changed_at desc, id desc")
                .param(appraisalId).query(String.class).list().stream().findFirst().map(Cause::valueOf);
    }
}
