package uk.staffcareers.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.capability.Concerns.ConcernConcluded;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.standards.CareerStageExpectations;

/** The appraisal record from launch to the end of the year: appraiser, objectives, evidence, interim review. */
@Service
public class Appraisals {

    /** An opened appraisal: who is involved and the period's dates under the trust's policy. */
    /** headteacher: who oversees the appraisal (the school's headteacher; for a headteacher or the CEO the chair of trustees). */
    public record Opened(long id, StaffMember staff, AppraisalPeriod period, TrustPolicy policy, String headteacher,
            boolean appraisedByTrust, String appraiser, String proposedAppraiserId, String payDecider, String hrAdviser,
            List<String> panel) {
    }

    public record Appraiser(String username, String name) {
    }

    private static final int GUIDANCE_MAX = 3900;

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final PolicySettings policies;
    private final CareerStageExpectations expectations;
    private final SchoolCalendars calendars;
    private final Clock clock;

    Appraisals(JdbcClient jdbc, StaffDirectory directory, PolicySettings policies, CareerStageExpectations expectations,
            SchoolCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policies = policies;
        this.expectations = expectations;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Opens the record; a second appraisal for the same employee and period is refused by the table. */
    public Opened open(String staffId, AppraisalPeriod period, Actor launchedBy) {
        period.requireOpenableOn(LocalDate.now(clock));
        StaffMember staff = directory.get(staffId);
        TrustPolicy policy = policies.forTrust(staff.trustId());
        boolean byTrust = appraisedByTrust(staff);
        // Who appraises first: a missing appraiser is the reason to give.
        String appraiser = byTrust ? leadAppraiser(staff).username() : null;
        StaffMember head = byTrust ? trustee(staff, Role.CHAIR_OF_TRUSTEES, "oversee " + staff.fullName() + "'s appraisal")
                : directory.headteacherOf(staff)
                        .orElseThrow(() -> new InvalidInputException(staff.fullName() + "'s school has no headteacher in the directory"));
        String hr = directory.hrAdviser(staff).map(StaffMember::username).orElse(head.username());
        List<StaffMember> panel = panel(staff, policy);
        String payDecider = payDecider(staff, head);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at,
                  appraiser, appraiser_panel, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(staffId, period.label(), period.start(), period.end(), launchedBy.name(), now(), appraiser,
                        byTrust ? panel.stream().map(StaffMember::fullName).collect(Collectors.joining(", ")) : null,
                        byTrust ? "OBJECTIVES" : "APPRAISER")
                .update(key, "id");
        return new Opened(key.getKey().longValue(), staff, period, policy, head.username(),
                byTrust, appraiser, staff.lineManagerId(), payDecider, hr,
                panel.stream().map(StaffMember::username).toList());
    }

    /**
     * The headteacher and the CEO are appraised by the trust, not within a school (policy 2.2.2 and 1.4):
     * nobody in a school chooses their appraiser, and neither appraises themselves.
     */
    static boolean appraisedByTrust(StaffMember staff) {
        return staff.role() == Role.HEADTEACHER || staff.role() == Role.CEO;
    }

    /** Who holds the appraiser's tasks: the CEO for a headteacher, the chair of trustees for the CEO. */
    private StaffMember leadAppraiser(StaffMember staff) {
        return staff.role() == Role.CEO ? trustee(staff, Role.CHAIR_OF_TRUSTEES, "appraise the CEO")
                : trustee(staff, Role.CEO, "appraise " + staff.fullName());
    }

    /** The headteacher's choice: someone else in the same school (or the central team). */
    public Appraiser chooseAppraiser(long id, String appraiserStaffId, String by) {
        StaffMember appraiser = AppraiserChoice.eligible(directory, staffOf(id), appraiserStaffId);
        jdbc.sql("update appraisal set appraiser = ?, appraiser_chosen_by = ?, status = 'OBJECTIVES' where id = ?")
                .params(appraiser.username(), by, id).update();
        return new Appraiser(appraiser.username(), appraiser.fullName());
    }

    /** What the objectives should follow, shown when they are drafted; last year's CPD needs carried in. */
    public String guidance(long id, String objectiveFocus) {
        StaffMember staff = staffOf(id);
        String focus = switch (objectiveFocus == null ? "ROLE_PROFILE" : objectiveFocus) {
            case "TEACHING" -> "**Objective areas for teachers** (policy Appendix A): " + String.join("; ", expectations.teacherObjectiveAreas()) + ".";
            case "LEADERSHIP" -> "**A headteacher's objectives** follow the school improvement plan; the trust's CEO, the chair of trustees and the external adviser appraise together.";
            case "TRUST_LEADERSHIP" -> "**The CEO's objectives** follow the trust's strategic plan, which the trustees hold the executive team to account for; the chair of trustees appraises.";
            case "CAREER_STAGE" -> stageExpectations(staff);
            default -> "**Objectives follow the role profile** of " + staff.fullName() + "'s post.";
        };
        String carried = jdbc.sql("""
                select cpd_needs from appraisal where staff_id = ? and period_end < (select period_start from appraisal where id = ?)
                order by period_end desc""").params(staff.id(), id).query(String.class).list().stream()
                .filter(Objects::nonNull).findFirst().map(n -> "\n\n**CPD needs carried from last year:** " + n).orElse("");
        String guidance = focus + WorkingPatternNote.of(staff, directory.fte(staff.id())) + carried;
        // A text variable holds at most 4,000 characters in the engine's tables.
        return guidance.length() > GUIDANCE_MAX ? guidance.substring(0, GUIDANCE_MAX - 2) + " …" : guidance;
    }

    private String stageExpectations(StaffMember staff) {
        var stage = expectations.of(staff.careerStage(), staff.careerLevel());
        String areas = stage.expectationsByArea().entrySet().stream()
                .map(e -> "*" + e.getKey() + "*: " + String.join("; ", e.getValue().subList(0, Math.min(2, e.getValue().size()))))
                .collect(Collectors.joining("\n\n"));
        String text = "**Expectations at " + staff.careerStageAndLevel() + "** (policy Appendix B), for example:\n\n" + areas;
        return text.length() > 3000 ? text.substring(0, 2990) + " …" : text;
    }

    /** Objectives as drafted, revised or determined; every earlier version stays on record. */
    public String setObjectives(long id, List<Objective> objectives, String status, String note, String by) {
        requireAppraiser(id, by);
        if (objectives.isEmpty()) {
            throw new InvalidInputException("Set at least one objective");
        }
        int most = maxObjectives(id);
        for (Objective o : objectives) {
            if (o.slot() > most) {
                throw new InvalidInputException("The trust's policy allows at most " + most + " objectives: leave out objective "
                        + o.slot() + " (objective" + o.slot() + ")");
            }
        }
        for (Objective o : objectives) {
            if (o.successCriteria() == null) {
                throw new InvalidInputException("Objective " + o.slot() + " needs its success criteria");
            }
            if (o.assessedBy() == null) {
                throw new InvalidInputException("Say how objective " + o.slot() + " will be assessed");
            }
        }
        if (!"DRAFT".equals(status) && note == null) {
            throw new InvalidInputException("Add a note for the record: why you revised or are determining the objectives");
        }
        LocalDateTime now = now();
        jdbc.sql("update appraisal_objective set superseded_at = ? where appraisal_id = ? and superseded_at is null")
                .params(now, id).update();
        for (Objective o : objectives) {
            insertObjective(id, o, note, by, now);
        }
        boolean determined = "DETERMINED".equals(status);
        // Objectives revised after an interim review leave the year running.
        boolean inYear = "IN_YEAR".equals(statusOf(id));
        jdbc.sql("update appraisal set objectives_status = ?, objectives_settled_at = ?, status = ? where id = ?")
                .params(status, determined ? now : null, determined || inYear ? "IN_YEAR" : "OBJECTIVES", id).update();
        if (note != null) {
            appendObjection(id, "Appraiser (" + status.toLowerCase() + "): " + note);
        }
        return summary(id);
    }

    /** The employee agrees, or disagrees with their reasons (kept on record). */
    public void answerObjectives(long id, boolean agreed, String objection, String by) {
        if (!agreed && objection == null) {
            throw new InvalidInputException("Say what you would change, and why");
        }
        jdbc.sql("update appraisal set objectives_status = ?, objectives_settled_at = ?, status = ? where id = ?")
                .params(agreed ? "AGREED" : "DISAGREED", agreed ? now() : null, agreed ? "IN_YEAR" : "OBJECTIVES", id).update();
        if (!agreed) {
            appendObjection(id, "Employee: " + objection);
        }
    }

    /**
     * The employee's answer to objectives revised after an interim review: agreed, or not agreed with the
     * reasons on record. The year goes on either way; revised objectives not agreed stand as the appraiser's
     * determination (policy: the appraiser determines objectives that cannot be agreed).
     */
    public void answerRevision(long id, boolean agreed, String objection) {
        if (!agreed && objection == null) {
            throw new InvalidInputException("Say what you would change, and why");
        }
        jdbc.sql("update appraisal set objectives_status = ?, objectives_settled_at = ? where id = ?")
                .params(agreed ? "AGREED" : "DETERMINED", now(), id).update();
        if (!agreed) {
            appendObjection(id, "Employee (revised objectives): " + objection);
        }
    }

    /** The employee did not answer the objectives by the day they were due: they stand as the appraiser set them. */
    void objectivesUnanswered(long id, String note) {
        jdbc.sql("update appraisal set objectives_status = 'UNANSWERED', objectives_settled_at = ?, status = 'IN_YEAR' where id = ?")
                .params(now(), id).update();
        appendObjection(id, "Employee: " + note);
    }

    /** A change to one objective during the year, with the reason; the earlier version is kept. */
    public String reviseObjective(long id, Objective revised, String reason, String by) {
        requireAppraiser(id, by);
        int most = maxObjectives(id);
        if (revised.slot() < 1 || revised.slot() > most || revised.objective() == null || revised.successCriteria() == null
                || revised.assessedBy() == null) {
            throw new InvalidInputException("A revised objective needs its number (1–" + most
                    + "), text, success criteria and how it is assessed");
        }
        if (reason == null) {
            throw new InvalidInputException("Say why the objective changes");
        }
        LocalDateTime now = now();
        jdbc.sql("update appraisal_objective set superseded_at = ? where appraisal_id = ? and slot = ? and superseded_at is null")
                .params(now, id, revised.slot()).update();
        insertObjective(id, revised, reason, by, now);
        return summary(id);
    }

    /** An observation (teachers only by someone with QTS) or other evidence, with the feedback given. */
    public void recordEvidence(long id, String kind, LocalDate on, String observerStaffId, String focus, String feedback, String by) {
        requireAppraiser(id, by);
        StaffMember staff = staffOf(id);
        requireInPeriod(id, on, "The date");
        if (focus == null || feedback == null) {
            throw new InvalidInputException("Give the focus and the feedback given to " + staff.fullName());
        }
        String observerId = null;
        if ("OBSERVATION".equals(kind)) {
            StaffMember observer = observerStaffId == null ? directory.findByUsername(by).orElseThrow() : directory.get(observerStaffId);
            boolean teacher = staff.role() == Role.TEACHER || staff.role() == Role.HEADTEACHER;
            if (teacher && !observer.hasQts()) {
                throw new InvalidInputException(observer.fullName() + " does not hold QTS: a teacher is observed only by someone with QTS");
            }
            observerId = observer.id();
        }
        jdbc.sql("""
                insert into appraisal_evidence (appraisal_id, kind, observed_on, observer_id, focus, feedback, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, kind, on, observerId, focus, feedback, by, now()).update();
    }

    /**
     * A formal interim review: progress against each objective, whether they need to change, and the date of
     * another review if the appraiser plans one (after this one, on a working day, before the annual assessment opens).
     */
    public void recordInterimReview(long id, LocalDate heldOn, List<String> progress, boolean changesNeeded, String summary,
            LocalDate nextReviewOn, LocalDate annualOpensOn, String by) {
        requireAppraiser(id, by);
        requireInPeriod(id, heldOn, "The review date");
        if (nextReviewOn != null) {
            if (!nextReviewOn.isAfter(LocalDate.now(clock)) || !nextReviewOn.isBefore(annualOpensOn)) {
                throw new InvalidInputException("Another interim review is planned after today and before the annual assessment opens on "
                        + WorkingDays.spoken(annualOpensOn) + ", not on " + WorkingDays.spoken(nextReviewOn));
            }
            calendars.forTrust(staffOf(id).trustId()).requireWorkingDay(nextReviewOn);
        }
        List<Objective> current = objectives(id);
        for (Objective o : current) {
            String p = o.slot() <= progress.size() ? progress.get(o.slot() - 1) : null;
            if (p == null) {
                throw new InvalidInputException("Record the progress against objective " + o.slot());
            }
            jdbc.sql("update appraisal_objective set interim_progress = ? where appraisal_id = ? and slot = ? and superseded_at is null")
                    .params(p, id, o.slot()).update();
        }
        if (summary == null) {
            throw new InvalidInputException("Summarise the review for the record");
        }
        jdbc.sql("""
                insert into appraisal_interim_review (appraisal_id, held_on, summary, changes_needed, next_review_on, reviewed_by, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, heldOn, summary, changesNeeded, nextReviewOn, by, now()).update();
    }

    public void commentOnInterimReview(long id, String comments) {
        jdbc.sql("""
                update appraisal_interim_review set employee_comments = ?
                where id = (select max(id) from appraisal_interim_review where appraisal_id = ?)""").params(comments, id).update();
    }

    /** A concern raised in this appraisal has been concluded: noted, and a move to capability marked. */
    @EventListener
    void onConcernConcluded(ConcernConcluded concluded) {
        String note = concluded.concernRef() + (concluded.capability() ? ": performance now managed under the Capability Procedure"
                : ": closed after enough improvement") + (concluded.remainingIssues() == null ? "" : "; remaining issues: " + concluded.remainingIssues());
        AppraisalPeriod.ofBusinessKey(concluded.appraisalRef()).ifPresent(key -> jdbc.sql(
                "select id, concern_notes from appraisal where period_label = ? and staff_id = ?")
                .params(key.periodLabel(), key.staffId()).query(ConcernNotes.class).list()
                .forEach(row -> jdbc.sql("update appraisal set concern_notes = ?, under_capability = (under_capability or ?) where id = ?")
                        .params(row.concernNotes() == null ? note : row.concernNotes() + " | " + note, concluded.capability(), row.id()).update()));
    }

    private record ConcernNotes(long id, String concernNotes) {
    }

    public List<Objective> objectives(long id) {
        return jdbc.sql("""
                select slot, objective, success_criteria, assessed_by, professional_development from appraisal_objective
                where appraisal_id = ? and superseded_at is null order by slot""").param(id)
                .query(Objective.class).list();
    }

    /** Which objective is the professional-development one, said plainly for the employee's agreement form. */
    public String developmentObjectiveNote(long id) {
        return objectives(id).stream().filter(Objective::professionalDevelopment).findFirst()
                .map(o -> "**Your professional-development objective is objective " + o.slot() + ":** " + o.objective())
                .orElse("**None of these is a professional-development objective.** The policy says one is usually included: "
                        + "if you would like one, say so below.");
    }

    public String summary(long id) {
        return objectives(id).stream().map(Objective::summary).collect(Collectors.joining("\n\n"));
    }

    public StaffMember staffOf(long id) {
        return directory.get(jdbc.sql("select staff_id from appraisal where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("No appraisal " + id)));
    }

    public AppraisalPeriod periodOf(long id) {
        return jdbc.sql("select period_label, period_start, period_end from appraisal where id = ?").param(id)
                .query(PeriodRow.class).single().period();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from appraisal where id = ?").param(id).query(String.class).single();
    }

    public String appraiserOf(long id) {
        return jdbc.sql("select appraiser from appraisal where id = ?").param(id).query(String.class).list().get(0);
    }

    /** Only the appraiser records reviews and assessments. */
    void requireAppraiser(long id, String by) {
        String appraiser = appraiserOf(id);
        if (!Objects.equals(by, appraiser)) {
            throw new NotAllowedException("Only " + directory.findByUsername(appraiser).map(StaffMember::fullName)
                    .orElse("the appraiser") + ", the appraiser, can do this");
        }
    }

    void requireInPeriod(long id, LocalDate day, String what) {
        AppraisalPeriod period = periodOf(id);
        if (day == null) {
            throw new InvalidInputException(what + " is required");
        }
        if (!period.contains(day)) {
            throw new InvalidInputException(what + " " + WorkingDays.spoken(day) + " is outside the appraisal period " + period.spoken());
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(what + " " + WorkingDays.spoken(day) + " is in the future: record it after it has happened");
        }
    }

    private void insertObjective(long id, Objective o, String reason, String by, LocalDateTime at) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from appraisal_objective where appraisal_id = ? and slot = ?")
                .params(id, o.slot()).query(Integer.class).single();
        jdbc.sql("""
                insert into appraisal_objective (appraisal_id, slot, version, objective, success_criteria, assessed_by,
                  professional_development, change_reason, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, o.slot(), version, o.objective(), o.successCriteria(), o.assessedBy(), o.professionalDevelopment(),
                        reason, by, at).update();
    }

    private void appendObjection(long id, String text) {
        String before = jdbc.sql("select objection from appraisal where id = ?").param(id).query(String.class).list().get(0);
        jdbc.sql("update appraisal set objection = ? where id = ?").params(before == null ? text : before + " | " + text, id).update();
    }

    /** Who decides the employee's pay, from the directory (never from a case variable): the chair of trustees for a headteacher or the CEO, else the headteacher. */
    public String payDeciderOf(long id) {
        StaffMember staff = staffOf(id);
        return appraisedByTrust(staff) ? trustee(staff, Role.CHAIR_OF_TRUSTEES, "decide " + staff.fullName() + "'s pay").username()
                : payDecider(staff, directory.headteacherOf(staff)
                        .orElseThrow(() -> new InvalidInputException(staff.fullName() + "'s school has no headteacher in the directory")));
    }

    private String payDecider(StaffMember staff, StaffMember head) {
        return appraisedByTrust(staff) ? trustee(staff, Role.CHAIR_OF_TRUSTEES, "decide " + staff.fullName() + "'s pay").username()
                : head.username();
    }

    private StaffMember trustee(StaffMember staff, Role role, String toDo) {
        String who = role == Role.CEO ? "CEO" : "chair of trustees";
        return directory.officer(staff.trustId(), role).orElseThrow(() -> new InvalidInputException(
                "The trust has no " + who + " in the staff directory to " + toDo));
    }

    /**
     * Who appraises a headteacher or the CEO together: for a headteacher the CEO, the chair of trustees and
     * the external adviser (policy 2.2.2); for the CEO the chair of trustees (policy 1.4), with the external
     * adviser where the trust's policy says so. Nobody for other staff, whose headteacher chooses one appraiser.
     */
    List<StaffMember> panel(StaffMember staff) {
        return panel(staff, policies.forTrust(staff.trustId()));
    }

    private List<StaffMember> panel(StaffMember staff, TrustPolicy policy) {
        List<Role> roles = switch (staff.role()) {
            case HEADTEACHER -> List.of(Role.CEO, Role.CHAIR_OF_TRUSTEES, Role.EXTERNAL_ADVISER);
            case CEO -> policy.ceoAppraisedWithExternalAdviser() ? List.of(Role.CHAIR_OF_TRUSTEES, Role.EXTERNAL_ADVISER)
                    : List.of(Role.CHAIR_OF_TRUSTEES);
            default -> List.of();
        };
        List<StaffMember> panel = new ArrayList<>();
        for (Role role : roles) {
            directory.officer(staff.trustId(), role).ifPresent(panel::add);
        }
        return panel;
    }

    /** The most objectives the employee's trust allows in a year (TrustPolicy: 1 to 5, the forms' slots). */
    int maxObjectives(long id) {
        return policies.forTrust(staffOf(id).trustId()).maxObjectives();
    }

    /** The day the pay decider decides: the trust's working days for the decision (10) from today. */
    LocalDate payDecisionDue(long id) {
        return workingDaysFromToday(id, policies.forTrust(staffOf(id).trustId()).payDecisionWorkingDays());
    }

    /** The day the employee's comments are due: the trust's working days for comments (5) from today. */
    LocalDate commentsDue(long id) {
        return workingDaysFromToday(id, policies.forTrust(staffOf(id).trustId()).commentsWorkingDays());
    }

    /** Working days of the employee's trust from today, for a task's due date. */
    LocalDate workingDaysFromToday(long id, int days) {
        return calendars.forTrust(staffOf(id).trustId()).after(LocalDate.now(clock), days);
    }

    int commentsWorkingDays(long id) {
        return policies.forTrust(staffOf(id).trustId()).commentsWorkingDays();
    }

    int reviewReminderWorkingDays(long id) {
        return policies.forTrust(staffOf(id).trustId()).reviewReminderWorkingDays();
    }

    LocalDate workingDaysBefore(long id, LocalDate day, int days) {
        return calendars.forTrust(staffOf(id).trustId()).before(day, days);
    }

    /** Working days of the employee's trust after a given day. */
    LocalDate workingDaysAfter(long id, LocalDate day, int days) {
        return calendars.forTrust(staffOf(id).trustId()).after(day, days);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
