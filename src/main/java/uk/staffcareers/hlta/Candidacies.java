package uk.staffcareers.hlta;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.development.CareerProfile;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.standards.HltaStandards;

/**
 * An HLTA candidacy up to the assessment: who may start one, the readiness discussion, the school's
 * commitment, the preparation days and registration. Each step is checked and kept with who did it.
 */
@Service
public class Candidacies {

    /** A new candidacy and the people who work on it. */
    public record Opened(long id, String reference, StaffMember candidate, String schoolName, String headteacher,
            String coordinator) {
    }

    public record SelfReview(boolean wholeClassOpportunities, String wholeClassExamples, String englishMathsEvidence,
            Set<Integer> confidentStandards, String developmentAreas) {
    }

    /** What the readiness table reads. */
    public record ReadinessFacts(boolean wholeClassOpportunities, boolean level2EnglishAndMathsOnRecord, int standardsConfident) {
    }

    public record Commitment(boolean releaseConfirmed, String supportingStaff, String laContactName, String laContactEmail) {
    }

    public record Registration(LocalDate registeredOn, String reference, String assessmentProvider, String providerContact) {
    }

    /** A candidacy as the provider endpoint and the README's users see it. */
    public record Summary(long id, String reference, String staffId, String status) {
        public boolean finished() {
            return "IN_ROLE".equals(status) || "WITHDRAWN".equals(status) || "LAPSED".equals(status);
        }
    }

    private static final String SUMMARY = "select id, reference, staff_id, status from hlta_candidacy ";

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final PolicySettings policy;
    private final Assessments assessments;
    private final SchoolCalendars calendars;
    private final DeadlineDecisions decisions;
    private final Clock clock;

    Candidacies(JdbcClient jdbc, StaffDirectory directory, PolicySettings policy, Assessments assessments, SchoolCalendars calendars,
            DeadlineDecisions decisions, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.assessments = assessments;
        this.calendars = calendars;
        this.decisions = decisions;
        this.clock = clock;
    }

    private String ownStaffId(Actor startedBy) {
        return (startedBy.isApplication() ? Optional.<StaffMember>empty() : directory.findByUsername(startedBy.name()))
                .map(StaffMember::id).orElseThrow(() -> new InvalidInputException("Give the candidate's staff number"));
    }

    /**
     * Starts a candidacy for a teaching assistant, by themselves, their headteacher or the trust's central team.
     * No staff number means the person starting it: a teaching assistant need not type her own.
     */
    public Opened open(String staffIdOrEmpty, Actor startedBy) {
        String staffId = staffIdOrEmpty == null || staffIdOrEmpty.isBlank() ? ownStaffId(startedBy) : staffIdOrEmpty.strip();
        StaffMember staff = directory.get(staffId);
        // Who may start comes first: someone refused learns nothing else about the employee.
        StaffMember headteacher = directory.headteacherOf(staff)
                .orElseThrow(() -> new InvalidInputException(staff.fullName() + "'s school has no headteacher in the directory"));
        if (!startedBy.isApplication() && !mayStartFor(startedBy.name(), staff, headteacher)) {
            throw new NotAllowedException("Only " + staff.fullName() + ", their headteacher or the trust's central team "
                    + "can start an HLTA candidacy for them");
        }
        if (staff.hltaStatus() || staff.role() == Role.HLTA) {
            throw new InvalidInputException(staff.fullName() + " already holds HLTA status"
                    + (staff.hltaAwardedOn() == null ? "" : " (awarded " + WorkingDays.spoken(staff.hltaAwardedOn()) + ")"));
        }
        if (staff.role() != Role.TEACHING_ASSISTANT) {
            throw new InvalidInputException("HLTA status is for teaching assistants; " + staff.fullName() + " is not one");
        }
        List<Summary> earlier = ofStaff(staffId);
        earlier.stream().filter(c -> !c.finished()).findFirst().ifPresent(c -> {
            throw new InvalidInputException(staff.fullName() + " is already a candidate (" + c.reference() + ")");
        });
        String coordinator = directory.withRole(staff.schoolId(), Role.SCHOOL_BUSINESS_MANAGER).stream().findFirst()
                .map(StaffMember::username).orElse(headteacher.username());
        String reference = HltaJourneyProcess.businessKey(staffId, earlier.size() + 1);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into hlta_candidacy (reference, staff_id, started_by, started_at, status) values (?, ?, ?, ?, 'READINESS')")
                .params(reference, staffId, startedBy.name(), now()).update(key, "id");
        String school = directory.school(staff.schoolId()).orElseThrow().name();
        return new Opened(key.getKey().longValue(), reference, staff, school, headteacher.username(), coordinator);
    }

    /** The candidate's self-review; returns what the readiness table reads. */
    public ReadinessFacts selfReview(long id, SelfReview review) {
        requireText(review.wholeClassExamples(), "Give examples of taking a whole class without the teacher present, "
                + "or say that you have not yet had the chance");
        for (int number : review.confidentStandards()) {
            if (number < 1 || number > HltaStandards.COUNT) {
                throw new InvalidInputException("There is no HLTA standard " + number + " (they are 1 to 33)");
            }
        }
        update("""
                update hlta_candidacy set whole_class_opportunities = ?, whole_class_examples = ?, english_maths_evidence = ?,
                  development_areas = ?, self_reviewed_at = ?, status = 'READINESS' where id = ?""",
                review.wholeClassOpportunities(), review.wholeClassExamples(), review.englishMathsEvidence(),
                review.developmentAreas(), now(), id);
        jdbc.sql("delete from hlta_self_review where candidacy_id = ?").param(id).update();
        for (int number = 1; number <= HltaStandards.COUNT; number++) {
            jdbc.sql("insert into hlta_self_review (candidacy_id, standard_number, confident) values (?, ?, ?)")
                    .params(id, number, review.confidentStandards().contains(number)).update();
        }
        return new ReadinessFacts(review.wholeClassOpportunities(), level2OnRecord(staffOf(id)),
                review.confidentStandards().size());
    }

    public void recordRecommendation(long id, String recommendation, String advice) {
        update("update hlta_candidacy set readiness_recommendation = ?, readiness_advice = ? where id = ?",
                recommendation, advice, id);
    }

    /** The headteacher's decision after the discussion; true when the candidate goes forward to assessment. */
    public boolean decideReadiness(long id, String decision, String reason, boolean englishMathsSeen, String by) {
        if (!"READY".equals(decision) && !"NOT_YET".equals(decision)) {
            throw new InvalidInputException("Decide whether the candidate is ready for assessment (READY) or not yet (NOT_YET)");
        }
        String recommended = jdbc.sql("select readiness_recommendation from hlta_candidacy where id = ?").param(id)
                .query(String.class).single();
        if (!decision.equals(recommended) && blank(reason)) {
            throw new InvalidInputException("The readiness rule recommends " + recommended + ": give your reason for deciding "
                    + decision);
        }
        if ("NOT_YET".equals(decision) && blank(reason)) {
            throw new InvalidInputException("Say what the candidate needs to develop before assessment; it starts their development plan");
        }
        boolean ready = "READY".equals(decision);
        if (ready && !englishMathsSeen && !level2OnRecord(staffOf(id))) {
            throw new InvalidInputException("Standard 11 needs level 2 English/literacy and maths/numeracy: none is on the staff "
                    + "record, so confirm that you have seen the evidence");
        }
        update("""
                update hlta_candidacy set readiness_decision = ?, readiness_reason = ?, english_maths_seen = ?,
                  readiness_decided_by = ?, readiness_decided_at = ?, status = ? where id = ?""",
                decision, reason, englishMathsSeen, by, now(), ready ? "PREPARATION" : "NOT_YET_READY", id);
        return ready;
    }

    /** What the candidate should develop, for the development plan that a "not yet" starts. */
    public String readinessNeed(long id) {
        return jdbc.sql("select readiness_reason, development_areas from hlta_candidacy where id = ?").param(id)
                .query(Readiness.class).single().need();
    }

    private record Readiness(String readinessReason, String developmentAreas) {

        String need() {
            return "Before HLTA assessment: " + readinessReason
                    + (developmentAreas == null ? "" : ". Areas from the self-review: " + developmentAreas);
        }
    }

    public void commit(long id, Commitment c, String by) {
        if (!c.releaseConfirmed()) {
            throw new InvalidInputException("Confirm that the candidate is released for the preparation days");
        }
        requireText(c.supportingStaff(), "Name the staff who will support the candidate through preparation");
        requireText(c.laContactName(), "Name the local-authority contact, who is told if no visit is booked in time");
        if (blank(c.laContactEmail()) || !c.laContactEmail().contains("@")) {
            throw new InvalidInputException("Give the local-authority contact's email address");
        }
        update("""
                update hlta_candidacy set release_confirmed = true, supporting_staff = ?, la_contact_name = ?, la_contact_email = ?,
                  committed_by = ?, committed_at = ? where id = ?""",
                c.supportingStaff(), c.laContactName(), c.laContactEmail(), by, now(), id);
    }

    /**
     * The preparation days: exactly the policy's number of school days, in order, not in the past; opens the
     * first assessment. {@code given} holds the form's fields in order, null where a field was left empty.
     */
    public Assessments.Window bookPreparation(long id, String provider, List<LocalDate> given) {
        requireText(provider, "Name the provider of preparation");
        TrustPolicy rules = policy.forStaff(staffOf(id));
        int required = rules.hltaPreparationDays();
        for (int i = 0; i < given.size(); i++) {
            if (i < required && given.get(i) == null) {
                throw new InvalidInputException("Give the date of preparation day " + (i + 1) + " (preparationDay" + (i + 1)
                        + "): the trust's policy has " + required + " preparation days");
            }
            if (i >= required && given.get(i) != null) {
                throw new InvalidInputException("The trust's policy has " + required + " preparation days: leave out preparation day "
                        + (i + 1) + " (preparationDay" + (i + 1) + ")");
            }
        }
        if (given.size() < required) {
            throw new InvalidInputException("Give the dates of all " + required + " preparation days, not " + given.size());
        }
        List<LocalDate> days = given.subList(0, required);
        LocalDate today = LocalDate.now(clock);
        WorkingDays school = calendars.forStaff(staffOf(id));
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (day.isBefore(today)) {
                throw new InvalidInputException("Preparation day " + (i + 1) + " (" + WorkingDays.spoken(day) + ") is in the past");
            }
            school.requireWorkingDay(day);
            if (i > 0 && !day.isAfter(days.get(i - 1))) {
                throw new InvalidInputException("Preparation day " + (i + 1) + " (" + WorkingDays.spoken(day) + ") must come after day " + i
                        + " (" + WorkingDays.spoken(days.get(i - 1)) + ")");
            }
        }
        update("update hlta_candidacy set provider_of_preparation = ?, status = 'PREPARATION' where id = ?", provider, id);
        jdbc.sql("delete from hlta_preparation_day where candidacy_id = ?").param(id).update();
        for (int i = 0; i < days.size(); i++) {
            jdbc.sql("insert into hlta_preparation_day (candidacy_id, day_number, held_on) values (?, ?, ?)")
                    .params(id, i + 1, days.get(i)).update();
        }
        return assessments.open(id, days.get(days.size() - 1), rules.hltaVisitWindowWeeks());
    }

    /** How many preparation days the candidate's trust requires (2 to 10), for the booking form. */
    public int preparationDaysRequired(long id) {
        return policy.forStaff(staffOf(id)).hltaPreparationDays();
    }

    public List<LocalDate> preparationDays(long id) {
        return jdbc.sql("select held_on from hlta_preparation_day where candidacy_id = ? order by day_number").param(id)
                .query(LocalDate.class).list();
    }

    /**
     * Registration with the provider of assessment, which must fall between preparation days 1 and 2,
     * or within the dates the provider gave when registration was re-opened.
     */
    public void register(long id, Registration r, String by) {
        if (r.registeredOn() == null) {
            throw new InvalidInputException("Give the date of registration for assessment");
        }
        RegistrationDates dates = registrationDates(id);
        if (r.registeredOn().isBefore(dates.opensOn()) || r.registeredOn().isAfter(dates.closesOn())) {
            throw new InvalidInputException("Registration must be " + dates.text() + ", not on " + WorkingDays.spoken(r.registeredOn()));
        }
        if (r.registeredOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("The registration date " + WorkingDays.spoken(r.registeredOn()) + " is in the future");
        }
        requireText(r.reference(), "Give the registration reference");
        requireText(r.assessmentProvider(), "Name the regional provider of assessment");
        requireText(r.providerContact(), "Give the provider's contact (name and email or phone)");
        update("""
                update hlta_candidacy set registered_on = ?, registration_reference = ?, assessment_provider = ?,
                  assessment_provider_contact = ?, registration_recorded_by = ?, status = 'ASSESSMENT' where id = ?""",
                r.registeredOn(), r.reference(), r.assessmentProvider(), r.providerContact(), by, id);
    }

    /** The days on which the candidate may register: preparation days 1 to 2, or the provider's re-opened dates. */
    public record RegistrationDates(LocalDate opensOn, LocalDate closesOn, boolean reopened) {
        public String text() {
            return reopened ? "between " + WorkingDays.spoken(opensOn) + " and " + WorkingDays.spoken(closesOn)
                    + ", the dates the provider re-opened registration for"
                    : "between preparation day 1 (" + WorkingDays.spoken(opensOn) + ") and day 2 (" + WorkingDays.spoken(closesOn) + ")";
        }
    }

    public RegistrationDates registrationDates(long id) {
        var reopened = jdbc.sql("select registration_opens_on, registration_closes_on from hlta_candidacy where id = ?").param(id)
                .query(ReopenedRegistration.class).single().dates();
        if (reopened.opensOn() != null) {
            return reopened;
        }
        List<LocalDate> days = preparationDays(id);
        return new RegistrationDates(days.get(0), days.get(1), false);
    }

    private record ReopenedRegistration(LocalDate registrationOpensOn, LocalDate registrationClosesOn) {

        RegistrationDates dates() {
            return new RegistrationDates(registrationOpensOn, registrationClosesOn, true);
        }
    }

    /**
     * The coordinator re-opens a missed registration with the provider's new dates: school days after
     * today, in order. The missed dates and the decision stay in the case's history.
     */
    public RegistrationDates reopenRegistration(long id, LocalDate opensOn, LocalDate closesOn, String by) {
        LocalDate today = LocalDate.now(clock);
        if (opensOn == null || closesOn == null) {
            throw new InvalidInputException("Give the first and the last day on which the provider accepts the registration");
        }
        WorkingDays school = calendars.forStaff(staffOf(id));
        requireSchoolDayAfter(school, today, opensOn, "The first day to register");
        requireSchoolDayAfter(school, today, closesOn, "The last day to register");
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidInputException("The last day to register (" + WorkingDays.spoken(closesOn) + ") comes before the first ("
                    + WorkingDays.spoken(opensOn) + ")");
        }
        decisions.record(id, DeadlineDecisions.REGISTRATION, registrationDates(id).closesOn(), "REOPENED", opensOn, closesOn, null, by);
        update("update hlta_candidacy set registration_opens_on = ?, registration_closes_on = ? where id = ?", opensOn, closesOn, id);
        return new RegistrationDates(opensOn, closesOn, true);
    }

    private static void requireSchoolDayAfter(WorkingDays school, LocalDate today, LocalDate day, String what) {
        if (!day.isAfter(today)) {
            throw new InvalidInputException(what + " (" + WorkingDays.spoken(day) + ") must be after today (" + WorkingDays.spoken(today) + ")");
        }
        school.requireWorkingDay(day);
    }

    /** The coordinator closes the candidacy after a missed step (REGISTRATION or VISIT_WINDOW), with the reason. */
    public void lapse(long id, String missed, LocalDate missedDeadline, String reason, String by) {
        requireText(reason, "Give the reason for closing the candidacy as lapsed; the candidate and the headteacher will read it");
        decisions.record(id, missed, missedDeadline, "LAPSED", null, null, reason, by);
        closeWith(id, "LAPSED", reason, by);
    }

    /** The candidate stops, or the school or the trust stops the candidacy: with the reason and who did it. */
    public void withdraw(long id, String reason, String by) {
        requireText(reason, "Give the reason for withdrawing; it stays on the candidacy's record");
        closeWith(id, "WITHDRAWN", reason, by);
    }

    /**
     * No answer on reassessment by its last day: the candidate is taken not to re-take the assessment and the
     * candidacy closes as lapsed, with the reason, so that a new one may start later.
     */
    public void closeUnanswered(long id, String reason, String by) {
        closeWith(id, "LAPSED", reason, by);
    }

    /** Who closed the candidacy and why, for the people told about it. */
    public String closedText(long id) {
        return jdbc.sql("select closed_by, closed_reason from hlta_candidacy where id = ?").param(id)
                .query(Closure.class).single().text();
    }

    private record Closure(String closedBy, String closedReason) {

        String text() {
            return closedBy + ": " + closedReason;
        }
    }

    private void closeWith(long id, String status, String reason, String by) {
        update("update hlta_candidacy set status = ?, closed_at = ?, closed_by = ?, closed_reason = ? where id = ?",
                status, now(), by, reason.strip(), id);
    }

    public String laContactEmail(long id) {
        return jdbc.sql("select la_contact_email from hlta_candidacy where id = ?").param(id).query(String.class).single();
    }

    public Optional<Summary> byReference(String reference) {
        return jdbc.sql(SUMMARY + "where reference = ?").param(reference).query(Summary.class).optional();
    }

    public List<Summary> ofStaff(String staffId) {
        return jdbc.sql(SUMMARY + "where staff_id = ? order by id").param(staffId).query(Summary.class).list();
    }

    String staffOf(long id) {
        return jdbc.sql("select staff_id from hlta_candidacy where id = ?").param(id).query(String.class).single();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private boolean level2OnRecord(String staffId) {
        return CareerProfile.of(directory.get(staffId), directory.qualifications(staffId)).hasL2EnglishAndMaths();
    }

    private boolean mayStartFor(String username, StaffMember staff, StaffMember headteacher) {
        if (username.equals(staff.username()) || username.equals(headteacher.username())) {
            return true;
        }
        return directory.isCentralTeam(username);
    }

    private void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

}
