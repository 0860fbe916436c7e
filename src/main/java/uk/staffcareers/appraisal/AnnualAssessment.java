package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffMember;

/** The end of the appraisal year: meeting, assessment, written report, pay decision and appeal. */
@Service
public class AnnualAssessment {

    public static final String REPORT = "APPRAISAL_REPORT";
    public static final String PAY_LETTER = "PAY_DECISION";
    private static final Set<String> OUTCOMES = Set.of("MET", "PARTLY_MET", "NOT_MET");
    private static final Set<String> PAY = Set.of("PROGRESSION", "NO_PROGRESSION");

    /** What the pay-recommendation table reads. */
    public record Assessed(int notMet, int partlyMet, boolean underCapability) {
    }

    private final JdbcClient jdbc;
    private final Appraisals appraisals;
    private final AppraisalReport report;
    private final Documents documents;
    private final Notifications notifications;
    private final PolicySettings policies;

    AnnualAssessment(JdbcClient jdbc, Appraisals appraisals, AppraisalReport report, Documents documents,
            Notifications notifications, PolicySettings policies) {
        this.jdbc = jdbc;
        this.appraisals = appraisals;
        this.report = report;
        this.documents = documents;
        this.notifications = notifications;
        this.policies = policies;
    }

    /** The invitation to the annual assessment meeting, on a day within the period. */
    public LocalDateTime invite(long id, LocalDate date, String time, String place, String by, String caseRef) {
        appraisals.requireAppraiser(id, by);
        AppraisalPeriod period = appraisals.periodOf(id);
        if (date == null) {
            throw new InvalidInputException("Give the date of the meeting");
        }
        if (!period.contains(date)) {
            throw new InvalidInputException("The meeting date " + WorkingDays.spoken(date) + " is outside the appraisal period "
                    + period.spoken());
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give the meeting time as hh:mm, not '" + time + "'");
        }
        if (place == null) {
            throw new InvalidInputException("Say where the meeting takes place");
        }
        LocalDateTime meetingAt = date.atTime(at);
        jdbc.sql("update appraisal set meeting_at = ?, meeting_place = ?, status = 'ANNUAL' where id = ?").params(meetingAt, place, id).update();
        StaffMember staff = appraisals.staffOf(id);
        notifications.send(staff.username(), "Your annual assessment meeting: " + WorkingDays.spoken(date) + " at " + at + ", " + place,
                "Please add your evidence and aspirations in Tasklist before the meeting.", caseRef);
        return meetingAt;
    }

    public void addEmployeeEvidence(long id, String evidence, String aspirations) {
        if (evidence == null) {
            throw new InvalidInputException("Add the evidence you want your appraiser to consider");
        }
        jdbc.sql("update appraisal set employee_evidence = ?, aspirations = ? where id = ?").params(evidence, aspirations, id).update();
    }

    /** The appraiser's assessment: each objective met, partly met or not, the standards, CPD needs. */
    public Assessed assess(long id, Map<Integer, String> outcomes, Map<Integer, String> comments, String appraiserEvidence,
            String standards, String cpdNeeds, String recommendedAction, String by) {
        appraisals.requireAppraiser(id, by);
        int reviews = jdbc.sql("select count(*) from appraisal_interim_review where appraisal_id = ?").param(id).query(Integer.class).single();
        if (reviews == 0) {
            throw new InvalidInputException("The annual assessment needs at least one formal interim review first");
        }
        int notMet = 0;
        int partly = 0;
        for (Objective o : appraisals.objectives(id)) {
            String outcome = outcomes.get(o.slot());
            if (outcome == null || !OUTCOMES.contains(outcome)) {
                throw new InvalidInputException("Say whether objective " + o.slot() + " was met, partly met or not met");
            }
            notMet += "NOT_MET".equals(outcome) ? 1 : 0;
            partly += "PARTLY_MET".equals(outcome) ? 1 : 0;
            jdbc.sql("update appraisal_objective set outcome = ?, outcome_comments = ? where appraisal_id = ? and slot = ? and superseded_at is null")
                    .params(outcome, comments.get(o.slot()), id, o.slot()).update();
        }
        if (appraiserEvidence == null || standards == null) {
            throw new InvalidInputException("Record your evidence and the assessment against the relevant standards");
        }
        jdbc.sql("""
                update appraisal set appraiser_evidence = ?, standards_assessment = ?, cpd_needs = ?, recommended_action = ?,
                  assessed_at = ? where id = ?""")
                .params(appraiserEvidence, standards, cpdNeeds, recommendedAction, appraisals.now(), id).update();
        boolean capability = jdbc.sql("select under_capability from appraisal where id = ?").param(id).query(Boolean.class).single();
        return new Assessed(notMet, partly, capability);
    }

    /** The pay recommendation, with reasons, and the written report that holds the whole year. */
    public long recommendAndReport(long id, String recommendation, String reasons, String by, String caseRef) {
        appraisals.requireAppraiser(id, by);
        if (recommendation == null || !PAY.contains(recommendation)) {
            throw new InvalidInputException("Recommend pay progression or no progression");
        }
        if (reasons == null) {
            throw new InvalidInputException("Give the reasons for the pay recommendation");
        }
        jdbc.sql("update appraisal set pay_recommendation = ?, pay_reasons = ?, status = 'REPORT' where id = ?")
                .params(recommendation, reasons, id).update();
        return issueReport(id, by, caseRef);
    }

    /** The employee's own comments are appended and the report re-issued; without comments it stands. */
    public long addReportComments(long id, String comments, String by, String caseRef) {
        if (comments == null) {
            return latestReport(id);
        }
        jdbc.sql("update appraisal set report_comments = ? where id = ?").params(comments, id).update();
        return issueReport(id, by, caseRef);
    }

    /** The pay decision, with reference to the report; the employee is told in writing with the appeal deadline. */
    public LocalDate decidePay(long id, String decision, String reasons, String by, String caseRef) {
        String decider = appraisals.payDeciderOf(id);
        if (!Objects.equals(by, decider)) {
            throw new NotAllowedException("Only the person the pay policy names makes this pay decision");
        }
        if (decision == null || !PAY.contains(decision)) {
            throw new InvalidInputException("Decide pay progression or no progression");
        }
        if (reasons == null) {
            throw new InvalidInputException("Give the reasons for the pay decision");
        }
        StaffMember staff = appraisals.staffOf(id);
        AppraisalPeriod period = appraisals.periodOf(id);
        LocalDate deadline = appraisals.workingDaysFromToday(id, policies.forTrust(staff.trustId()).appealWindowWorkingDays());
        jdbc.sql("""
                update appraisal set pay_decision = ?, pay_decision_reasons = ?, pay_decided_by = ?, pay_decided_at = ?,
                  appeal_deadline = ?, status = 'PAY_DECIDED' where id = ?""")
                .params(decision, reasons, by, appraisals.now(), deadline, id).update();
        documents.issue(PAY_LETTER, staff.id(), caseRef, report.payLetter(staff, period, decision, reasons, deadline), by);
        notifications.send(staff.username(), "Your pay decision for " + period.label(),
                AppraisalReport.payText(decision) + ". You may appeal until " + WorkingDays.spoken(deadline) + ".", caseRef);
        return deadline;
    }

    /** The employee appeals (within the window) or accepts the decision. */
    public boolean appeal(long id, String choice, String grounds) {
        if (!"APPEAL".equals(choice) && !"ACCEPT".equals(choice)) {
            throw new InvalidInputException("Say whether you appeal or accept the decision");
        }
        LocalDate deadline = jdbc.sql("select appeal_deadline from appraisal where id = ?").param(id)
                .query(LocalDate.class).single();
        boolean appealing = "APPEAL".equals(choice);
        if (appealing && appraisals.now().toLocalDate().isAfter(deadline)) {
            throw new InvalidInputException("The appeal window closed on " + WorkingDays.spoken(deadline));
        }
        if (appealing && grounds == null) {
            throw new InvalidInputException("Give the grounds for your appeal");
        }
        jdbc.sql("update appraisal set appeal_grounds = ?, appealed_at = ?, status = ? where id = ?")
                .params(appealing ? grounds : null, appealing ? appraisals.now() : null, appealing ? "APPEAL" : "PAY_DECIDED", id).update();
        return appealing;
    }

    /** The year is over; its CPD needs, if any, are what next year (and a development plan) starts from. */
    public Optional<String> complete(long id) {
        jdbc.sql("update appraisal set status = 'COMPLETED' where id = ?").param(id).update();
        return Optional.ofNullable(jdbc.sql("select cpd_needs from appraisal where id = ?").param(id)
                .query(String.class).list().get(0));
    }

    private long issueReport(long id, String by, String caseRef) {
        StaffMember staff = appraisals.staffOf(id);
        long reportId = documents.issue(REPORT, staff.id(), caseRef, report.content(id), by);
        jdbc.sql("update appraisal set report_id = ? where id = ?").params(reportId, id).update();
        return reportId;
    }

    private long latestReport(long id) {
        return jdbc.sql("select report_id from appraisal where id = ?").param(id).query(Long.class).single();
    }
}
