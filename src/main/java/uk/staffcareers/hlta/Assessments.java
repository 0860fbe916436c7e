package uk.staffcareers.hlta;

import static uk.staffcareers.InvalidInputException.requireText;
import static uk.staffcareers.hlta.Candidacies.blank;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.standards.HltaStandards;

/**
 * The assessment of a candidacy: the visit window, the three proposed dates, the written tasks, the
 * visit and the assessor's judgement on each standard. A reassessment is the next attempt of the same candidacy.
 */
@Service
public class Assessments {

    public static final int PROPOSED_DATES = 3;
    private static final int MAX_TEACHERS = 2;

    /** The days within which the assessor visits: after the first day, up to and including the last. */
    public record Window(LocalDate opensAfter, LocalDate closesOn) {
        public String text() {
            return "after " + WorkingDays.spoken(opensAfter) + " and by " + WorkingDays.spoken(closesOn);
        }
    }

    public record Visit(LocalDate visitOn, String assessorName, String arrivalTime) {
    }

    public record VisitPreparation(boolean headteacherBriefed, List<String> teacherIds, boolean receptionTold, String room,
            boolean bulletinNotice) {
    }

    /** The outcome: every standard judged, those not met listed. */
    public record Outcome(boolean allMet, List<Integer> notMet) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final PolicySettings policy;
    private final SchoolCalendars calendars;
    private final DeadlineDecisions decisions;
    private final Clock clock;

    Assessments(JdbcClient jdbc, StaffDirectory directory, PolicySettings policy, SchoolCalendars calendars,
            DeadlineDecisions decisions, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.calendars = calendars;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Opens the next attempt, with its visit window of the policy's weeks after the given day. */
    Window open(long candidacyId, LocalDate after, int weeks) {
        int attempt = jdbc.sql("select count(*) from hlta_assessment where candidacy_id = ?").param(candidacyId)
                .query(Integer.class).single() + 1;
        Window window = new Window(after, after.plusWeeks(weeks));
        jdbc.sql("insert into hlta_assessment (candidacy_id, attempt, window_starts_on, window_ends_on) values (?, ?, ?, ?)")
                .params(candidacyId, attempt, window.opensAfter(), window.closesOn()).update();
        return window;
    }

    /** A reassessment after standards were not met: a new window from today. */
    public Window reopen(long candidacyId, String staffId) {
        jdbc.sql("update hlta_candidacy set status = 'ASSESSMENT' where id = ?").param(candidacyId).update();
        return open(candidacyId, LocalDate.now(clock), policy.forStaff(staffId).hltaVisitWindowWeeks());
    }

    /**
     * A new visit window after the last one closed without a visit: from today to a school day the
     * coordinator agreed with the provider, no later than the policy's weeks from today (12), as a
     * first window is. The proposed dates start again; the closed window stays in the case's history.
     */
    public Window giveNewWindow(long candidacyId, LocalDate closesOn, String staffId, String by) {
        LocalDate today = LocalDate.now(clock);
        int weeks = policy.forStaff(staffId).hltaVisitWindowWeeks();
        if (closesOn == null) {
            throw new InvalidInputException("Give the last day of the new visit window, as agreed with the provider");
        }
        if (!closesOn.isAfter(today)) {
            throw new InvalidInputException("The new visit window must end after today (" + WorkingDays.spoken(today) + "), not on "
                    + WorkingDays.spoken(closesOn));
        }
        if (closesOn.isAfter(today.plusWeeks(weeks))) {
            throw new InvalidInputException("The new visit window may last at most the policy's " + weeks + " weeks, so end by "
                    + WorkingDays.spoken(today.plusWeeks(weeks)) + ", not on " + WorkingDays.spoken(closesOn));
        }
        calendars.forStaff(staffId).requireWorkingDay(closesOn);
        decisions.record(candidacyId, DeadlineDecisions.VISIT_WINDOW, window(candidacyId).closesOn(), "NEW_WINDOW", today, closesOn,
                null, by);
        jdbc.sql("""
                update hlta_assessment set window_starts_on = ?, window_ends_on = ?, proposed_date_1 = null, proposed_date_2 = null,
                  proposed_date_3 = null, dates_agreed_by = null where id = ?""").params(today, closesOn, current(candidacyId)).update();
        return new Window(today, closesOn);
    }

    public Window window(long candidacyId) {
        return jdbc.sql("select window_starts_on as opens_after, window_ends_on as closes_on from hlta_assessment where id = ?")
                .param(current(candidacyId)).query(Window.class).single();
    }

    /** The candidate's three possible visit dates: distinct school days inside the window, not in the past. */
    public void proposeDates(long candidacyId, List<LocalDate> dates) {
        if (dates.size() != PROPOSED_DATES) {
            throw new InvalidInputException("Propose exactly " + PROPOSED_DATES + " possible visit dates, not " + dates.size());
        }
        Window window = window(candidacyId);
        if (new HashSet<>(dates).size() != dates.size()) {
            throw new InvalidInputException("The " + PROPOSED_DATES + " visit dates must be different days");
        }
        for (int i = 0; i < dates.size(); i++) {
            requireVisitDay(candidacyId, dates.get(i), "Visit date " + (i + 1), window);
        }
        jdbc.sql("""
                update hlta_assessment set proposed_date_1 = ?, proposed_date_2 = ?, proposed_date_3 = ?, dates_agreed_by = null
                where id = ?""").params(dates.get(0), dates.get(1), dates.get(2), current(candidacyId)).update();
    }

    public void answerDates(long candidacyId, boolean agreed, String note, String by) {
        if (!agreed && blank(note)) {
            throw new InvalidInputException("Say why the dates do not suit the school, so that the candidate can propose others");
        }
        jdbc.sql("update hlta_assessment set dates_agreed_by = ?, dates_note = ? where id = ?")
                .params(agreed ? by : null, note, current(candidacyId)).update();
    }

    /** All the policy's written tasks, and no others, submitted to the provider, on a day not in the future. */
    public void tasksSubmitted(long candidacyId, List<Integer> tasks, LocalDate submittedOn, String staffId) {
        int required = tasksRequired(staffId);
        List<Integer> beyond = tasks.stream().filter(t -> t < 1 || t > required).sorted().toList();
        if (!beyond.isEmpty()) {
            throw new InvalidInputException("The trust's policy has " + required + " assessment tasks: there is no task " + beyond);
        }
        Set<Integer> missing = new TreeSet<>();
        for (int task = 1; task <= required; task++) {
            if (!tasks.contains(task)) {
                missing.add(task);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("All " + required + " assessment tasks must be submitted before the visit; "
                    + "not yet: task " + missing);
        }
        if (submittedOn == null || submittedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("Give the day the tasks were submitted (today or earlier)");
        }
        jdbc.sql("update hlta_assessment set tasks_submitted_on = ? where id = ?").params(submittedOn, current(candidacyId)).update();
    }

    /** How many written tasks the candidate's trust requires (1 to 10), for the submission form. */
    public int tasksRequired(String staffId) {
        return policy.forStaff(staffId).hltaAssessmentTasks();
    }

    /** The visit the provider confirmed: one of the three dates the headteacher agreed. */
    public void confirmVisit(long candidacyId, Visit visit, String by) {
        var proposed = jdbc.sql("""
                select proposed_date_1 as first_date, proposed_date_2 as second_date, proposed_date_3 as third_date
                from hlta_assessment where id = ?""").param(current(candidacyId))
                .query(ProposedDates.class).single().dates();
        if (visit.visitOn() == null || !proposed.contains(visit.visitOn())) {
            throw new InvalidInputException("The visit must be on one of the agreed dates ("
                    + String.join(", ", proposed.stream().map(d -> d == null ? "none" : WorkingDays.spoken(d)).toList()) + "), not "
                    + (visit.visitOn() == null ? "none" : WorkingDays.spoken(visit.visitOn())));
        }
        requireVisitDay(candidacyId, visit.visitOn(), "The visit", window(candidacyId));
        requireText(visit.assessorName(), "Give the assessor's name, so that reception can expect them");
        requireText(visit.arrivalTime(), "Give the assessor's expected arrival time");
        jdbc.sql("update hlta_assessment set visit_on = ?, assessor_name = ?, arrival_time = ?, visit_recorded_by = ? where id = ?")
                .params(visit.visitOn(), visit.assessorName(), visit.arrivalTime(), by, current(candidacyId)).update();
    }

    public LocalDate visitOn(long candidacyId) {
        return jdbc.sql("select visit_on from hlta_assessment where id = ?").param(current(candidacyId)).query(LocalDate.class).single();
    }

    /** The candidate's arrangements: headteacher briefed, one or two teachers of the school, reception told, a room. */
    public void prepareVisit(long candidacyId, VisitPreparation p, StaffMember candidate) {
        if (!p.headteacherBriefed()) {
            throw new InvalidInputException("Brief the headteacher on the nature and purpose of the visit first");
        }
        List<String> ids = p.teacherIds().stream().map(String::strip).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_TEACHERS) {
            throw new InvalidInputException("Name one or at most two teachers for the assessor to interview, not " + ids.size());
        }
        for (String id : ids) {
            StaffMember teacher = directory.find(id).orElseThrow(() -> new InvalidInputException("No member of staff '" + id + "'"));
            if (!candidate.schoolId().equals(teacher.schoolId())
                    || (teacher.role() != Role.TEACHER && teacher.role() != Role.HEADTEACHER)) {
                throw new InvalidInputException(teacher.fullName() + " is not a teacher at the candidate's school");
            }
        }
        if (!p.receptionTold()) {
            throw new InvalidInputException("Tell reception the assessor's name and arrival time");
        }
        requireText(p.room(), "Say which room is set aside for the assessor");
        jdbc.sql("""
                update hlta_assessment set headteacher_briefed = true, teacher_1 = ?, teacher_2 = ?, reception_told = true,
                  room = ?, bulletin_notice = ? where id = ?""")
                .params(ids.get(0), ids.size() > 1 ? ids.get(1) : null, p.room(), p.bulletinNotice(), current(candidacyId)).update();
    }

    public void prepareMeeting(long candidacyId, String notes, String by) {
        requireText(notes, "Note your answers to the assessor's likely questions");
        jdbc.sql("update hlta_assessment set meeting_notes = ?, meeting_prepared_by = ? where id = ?")
                .params(notes, by, current(candidacyId)).update();
    }

    /** The assessor's judgement on every one of the 33 standards; fewer, more or repeated standards are refused. */
    public Outcome recordOutcome(long candidacyId, Map<Integer, Boolean> judgements, List<Integer> listed, String feedback, String by) {
        if (listed.size() != HltaStandards.COUNT || !judgements.keySet().equals(allStandards())) {
            Set<Integer> missing = new TreeSet<>(allStandards());
            missing.removeAll(judgements.keySet());
            throw new InvalidInputException("The outcome must judge each of the " + HltaStandards.COUNT + " standards once; it lists "
                    + listed.size() + (missing.isEmpty() ? "" : ", missing " + missing));
        }
        LocalDate visitOn = visitOn(candidacyId);
        if (visitOn == null || LocalDate.now(clock).isBefore(visitOn)) {
            throw new InvalidInputException(visitOn == null ? "The outcome comes after the assessor's visit, which is not booked yet"
                    : "The outcome comes after the assessor's visit on " + WorkingDays.spoken(visitOn));
        }
        long assessment = current(candidacyId);
        List<Integer> notMet = new ArrayList<>();
        jdbc.sql("delete from hlta_standard_judgement where assessment_id = ?").param(assessment).update();
        new TreeMap<>(judgements).forEach((number, met) -> {
            jdbc.sql("insert into hlta_standard_judgement (assessment_id, standard_number, met) values (?, ?, ?)")
                    .params(assessment, number, met).update();
            if (!met) {
                notMet.add(number);
            }
        });
        jdbc.sql("""
                update hlta_assessment set all_standards_met = ?, feedback = ?, outcome_recorded_by = ?, outcome_recorded_at = ?
                where id = ?""").params(notMet.isEmpty(), feedback, by, LocalDateTime.now(clock), assessment).update();
        jdbc.sql("update hlta_candidacy set status = ? where id = ?").params(notMet.isEmpty() ? "AWARDED" : "NOT_AWARDED", candidacyId)
                .update();
        return new Outcome(notMet.isEmpty(), notMet);
    }

    /** The standards the current assessment judged not met, in order (none before the outcome). */
    public List<Integer> standardsNotMet(long candidacyId) {
        return jdbc.sql("select standard_number from hlta_standard_judgement where assessment_id = ? and met = false order by standard_number")
                .param(current(candidacyId)).query(Integer.class).list();
    }

    /** The assessor's written feedback, or null: the outcome may come without any (the feedback document then has none). */
    public String feedback(long candidacyId) {
        List<String> feedback = jdbc.sql("select feedback from hlta_assessment where id = ?").param(current(candidacyId))
                .query(String.class).list();
        return feedback.isEmpty() ? null : feedback.get(0);
    }

    private void requireVisitDay(long candidacyId, LocalDate day, String what, Window window) {
        if (!day.isAfter(window.opensAfter()) || day.isAfter(window.closesOn())) {
            throw new InvalidInputException(what + " (" + WorkingDays.spoken(day) + ") is outside the visit window: " + window.text());
        }
        if (day.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException(what + " (" + WorkingDays.spoken(day) + ") is in the past");
        }
        String staffId = jdbc.sql("select staff_id from hlta_candidacy where id = ?").param(candidacyId).query(String.class).single();
        calendars.forStaff(staffId).requireWorkingDay(day);
    }

    private long current(long candidacyId) {
        return jdbc.sql("select id from hlta_assessment where candidacy_id = ? order by attempt desc").param(candidacyId)
                .query(Long.class).list().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("The candidacy has no assessment yet: book the preparation days first"));
    }

    private static Set<Integer> allStandards() {
        Set<Integer> all = new HashSet<>();
        for (int i = 1; i <= HltaStandards.COUNT; i++) {
            all.add(i);
        }
        return all;
    }

    private record ProposedDates(LocalDate firstDate, LocalDate secondDate, LocalDate thirdDate) {

        List<LocalDate> dates() {
            return List.of(firstDate, secondDate, thirdDate);
        }
    }
}
