package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * A pay appeal in the pay policy's two stages: first a review by the person who decided (a meeting and a
 * written answer within the trust's working days), then, if not upheld and the employee asks, a formal
 * hearing by a panel of people not involved before, with notice and the right to be accompanied.
 */
@Service
public class PayAppeal {

    public static final String REVIEW_LETTER = "PAY_REVIEW_OUTCOME";
    public static final String HEARING_INVITATION = "PAY_APPEAL_INVITATION";
    public static final String HEARING_LETTER = "PAY_APPEAL_OUTCOME";
    private static final Set<String> OUTCOMES = Set.of("UPHELD", "NOT_UPHELD");
    private static final Set<String> COMPANIONS = Set.of("NONE", "TRADE_UNION", "COLLEAGUE");
    private static final int MAX_PANEL = 5;

    /** The hearing as HR arranged it. */
    public record Hearing(LocalDateTime at, String panel, LocalDate outcomeDue) {
    }

    private final JdbcClient jdbc;
    private final Appraisals appraisals;
    private final StaffDirectory directory;
    private final Documents documents;
    private final Notifications notifications;
    private final PolicySettings policies;
    private final SchoolCalendars calendars;

    PayAppeal(JdbcClient jdbc, Appraisals appraisals, StaffDirectory directory, Documents documents, Notifications notifications,
            PolicySettings policies, SchoolCalendars calendars) {
        this.jdbc = jdbc;
        this.appraisals = appraisals;
        this.directory = directory;
        this.documents = documents;
        this.notifications = notifications;
        this.policies = policies;
        this.calendars = calendars;
    }

    /** The day the decider's written answer is due: the trust's review days after the appeal. */
    LocalDate reviewDue(long id) {
        return appraisals.workingDaysFromToday(id, policyOf(id).payReviewWorkingDays());
    }

    /** HR invite to a hearing within the trust's notice days of the request, so the panel meets without delay. */
    LocalDate inviteDue(long id) {
        return appraisals.workingDaysFromToday(id, policyOf(id).payHearingNoticeWorkingDays());
    }

    /**
     * Stage 1: the decider held the review meeting and answers in writing. Upheld means progression and the appeal
     * ends; not upheld opens the window to ask for a hearing, whose last day is returned.
     */
    @Transactional
    public Optional<LocalDate> recordReview(long id, LocalDate heldOn, String present, String outcome, String reasons, String by,
            String caseRef) {
        String decider = appraisals.payDeciderOf(id);
        if (!Objects.equals(by, decider)) {
            throw new NotAllowedException("Only the person who decided the pay reviews the appeal");
        }
        LocalDateTime appealedAt = jdbc.sql("select appealed_at from appraisal where id = ?").param(id)
                .query(LocalDateTime.class).single();
        LocalDate today = appraisals.now().toLocalDate();
        if (heldOn == null) {
            throw new InvalidInputException("Give the date of the review meeting");
        }
        if (appealedAt == null || heldOn.isBefore(appealedAt.toLocalDate()) || heldOn.isAfter(today)) {
            throw new InvalidInputException("The review meeting date " + WorkingDays.spoken(heldOn) + " must be between the appeal ("
                    + (appealedAt == null ? "not made" : WorkingDays.spoken(appealedAt.toLocalDate())) + ") and today");
        }
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new InvalidInputException("Say whether the appeal is upheld at the review");
        }
        if (reasons == null) {
            throw new InvalidInputException("Give the reasons for your answer; the employee receives them in writing");
        }
        StaffMember staff = appraisals.staffOf(id);
        List<StaffMember> attendees = people(present, "present at the review");
        for (StaffMember s : attendees) {
            if (s.id().equals(staff.id())) {
                throw new InvalidInputException("List only the people present beside " + staff.fullName() + " and yourself");
            }
        }
        boolean upheld = "UPHELD".equals(outcome);
        jdbc.sql("""
                update appraisal set pay_review_held_on = ?, pay_review_outcome = ?, pay_review_reasons = ?, pay_review_by = ?,
                  pay_review_at = ?, pay_decision = case when ? then 'PROGRESSION' else pay_decision end, status = ? where id = ?""")
                .params(heldOn, outcome, reasons, by, appraisals.now(), upheld, upheld ? "PAY_DECIDED" : "APPEAL_REVIEWED", id).update();
        for (StaffMember s : attendees) {
            jdbc.sql("insert into appraisal_appeal_person (appraisal_id, username, part) values (?, ?, 'REVIEW')").params(id, s.username())
                    .update();
        }
        LocalDate hearingBy = upheld ? null : appraisals.workingDaysFromToday(id, policyOf(id).appealWindowWorkingDays());
        AppraisalPeriod period = appraisals.periodOf(id);
        documents.issue(REVIEW_LETTER, staff.id(), caseRef,
                PayAppealLetters.review(staff, period, name(by), heldOn, upheld, reasons, hearingBy), by);
        notifications.send(staff.username(), "Your pay appeal review: " + (upheld ? "upheld" : "not upheld"),
                upheld ? reasons : reasons + " You may ask for a formal appeal hearing until " + WorkingDays.spoken(hearingBy) + ".", caseRef);
        return Optional.ofNullable(hearingBy);
    }

    /** The employee asks for a formal hearing within the window, with grounds, or accepts the review's answer. */
    public boolean requestHearing(long id, String choice, String grounds) {
        if (!"HEARING".equals(choice) && !"ACCEPT".equals(choice)) {
            throw new InvalidInputException("Say whether you ask for a formal appeal hearing or accept the answer");
        }
        boolean hearing = "HEARING".equals(choice);
        if (hearing) {
            LocalDate deadline = appraisals.workingDaysAfter(id, reviewAnsweredOn(id), policyOf(id).appealWindowWorkingDays());
            if (appraisals.now().toLocalDate().isAfter(deadline)) {
                throw new InvalidInputException("The time to ask for a hearing closed on " + WorkingDays.spoken(deadline));
            }
            if (grounds == null) {
                throw new InvalidInputException("Give the grounds for the hearing: what the review did not answer");
            }
        }
        jdbc.sql("update appraisal set hearing_grounds = ?, hearing_requested_at = ?, status = ? where id = ?")
                .params(grounds, hearing ? appraisals.now() : null, hearing ? "APPEAL_HEARING" : "PAY_DECIDED", id).update();
        return hearing;
    }

    /**
     * HR invites the employee to the hearing: on a working day at least the trust's notice away, before a panel of
     * people not involved before (not the employee, the appraiser, the decider, anyone at the review, nor a
     * headteacher's or the CEO's appraisers). The letter states the right to be accompanied.
     */
    @Transactional
    public Hearing invite(long id, LocalDate date, String time, String place, String panel, String by, String caseRef) {
        StaffMember staff = appraisals.staffOf(id);
        TrustPolicy policy = policyOf(id);
        WorkingDays days = calendars.forTrust(staff.trustId());
        LocalDate earliest = days.after(appraisals.now().toLocalDate(), policy.payHearingNoticeWorkingDays());
        if (date == null || date.isBefore(earliest)) {
            throw new InvalidInputException("The hearing needs " + policy.payHearingNoticeWorkingDays()
                    + " working days' notice: the earliest date is " + WorkingDays.spoken(earliest));
        }
        days.requireWorkingDay(date);
        LocalTime at;
        try {
            at = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give the hearing time as hh:mm, not '" + time + "'");
        }
        if (place == null) {
            throw new InvalidInputException("Say where the hearing takes place");
        }
        List<StaffMember> members = people(panel, "on the panel");
        if (members.isEmpty() || members.size() > MAX_PANEL) {
            throw new InvalidInputException("Name one to " + MAX_PANEL + " panel members by staff number");
        }
        for (StaffMember m : members) {
            if (!Objects.equals(m.trustId(), staff.trustId())) {
                throw new InvalidInputException(m.fullName() + " is not of " + staff.fullName() + "'s trust");
            }
        }
        Map<String, String> involved = involved(id, staff);
        List<String> refused = new ArrayList<>();
        for (StaffMember m : members) {
            if (involved.containsKey(m.username())) {
                refused.add(m.fullName() + " (" + involved.get(m.username()) + ")");
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException("The panel must be people not involved before: " + String.join("; ", refused));
        }
        LocalDateTime hearingAt = date.atTime(at);
        String names = String.join(", ", members.stream().map(StaffMember::fullName).toList());
        jdbc.sql("update appraisal set hearing_at = ?, hearing_place = ?, hearing_invited_by = ?, appeal_panel = ? where id = ?")
                .params(hearingAt, place, by, names, id).update();
        jdbc.sql("delete from appraisal_appeal_person where appraisal_id = ? and part = 'PANEL'").param(id).update();
        for (StaffMember m : members) {
            jdbc.sql("insert into appraisal_appeal_person (appraisal_id, username, part) values (?, ?, 'PANEL')").params(id, m.username())
                    .update();
        }
        documents.issue(HEARING_INVITATION, staff.id(), caseRef,
                PayAppealLetters.invitation(staff, appraisals.periodOf(id), hearingAt, place, names), by);
        notifications.send(staff.username(), "Your pay appeal hearing: " + WorkingDays.spoken(date) + " at " + at + ", " + place,
                "You may be accompanied by a trade union representative or a work colleague. The letter is in your documents.", caseRef);
        return new Hearing(hearingAt, names, days.after(date, policy.payReviewWorkingDays()));
    }

    /** Stage 2: the panel's decision after the hearing, with who accompanied the employee; upheld means progression. */
    @Transactional
    public void recordHearing(long id, String companion, String companionName, String outcome, String notes, String by, String caseRef) {
        LocalDateTime hearingAt = jdbc.sql("select hearing_at from appraisal where id = ?").param(id)
                .query(LocalDateTime.class).single();
        if (hearingAt == null || appraisals.now().toLocalDate().isBefore(hearingAt.toLocalDate())) {
            throw new InvalidInputException("Record the panel's decision after the hearing on "
                    + (hearingAt == null ? "a date still to be set" : WorkingDays.spoken(hearingAt.toLocalDate())));
        }
        if (companion == null || !COMPANIONS.contains(companion)) {
            throw new InvalidInputException("Say whether the employee was accompanied, and by whom");
        }
        if (!"NONE".equals(companion) && companionName == null) {
            throw new InvalidInputException("Give the name of the person who accompanied the employee");
        }
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new InvalidInputException("Record whether the appeal was upheld");
        }
        if (notes == null) {
            throw new InvalidInputException("Give the panel's reasons");
        }
        boolean upheld = "UPHELD".equals(outcome);
        jdbc.sql("""
                update appraisal set appeal_companion = ?, appeal_companion_name = ?, appeal_outcome = ?, appeal_notes = ?,
                  appeal_decided_by = ?, appeal_decided_at = ?, status = 'PAY_DECIDED',
                  pay_decision = case when ? then 'PROGRESSION' else pay_decision end where id = ?""")
                .params(companion, "NONE".equals(companion) ? null : companionName, outcome, notes, by, appraisals.now(), upheld, id)
                .update();
        StaffMember staff = appraisals.staffOf(id);
        String panel = jdbc.sql("select appeal_panel from appraisal where id = ?").param(id).query(String.class).single();
        documents.issue(HEARING_LETTER, staff.id(), caseRef, PayAppealLetters.outcome(staff, appraisals.periodOf(id), hearingAt, panel,
                companion, companionName, upheld, notes), by);
        notifications.send(staff.username(), "Your pay appeal: " + (upheld ? "upheld" : "not upheld"), notes, caseRef);
    }

    /** Everyone involved before the hearing, each with how. */
    private Map<String, String> involved(long id, StaffMember staff) {
        Map<String, String> involved = new LinkedHashMap<>();
        involved.put(staff.username(), "the employee appealing");
        Optional.ofNullable(appraisals.appraiserOf(id)).ifPresent(a -> involved.put(a, "the appraiser"));
        appraisals.panel(staff).forEach(m -> involved.putIfAbsent(m.username(), "one of the appraisers"));
        String decider = jdbc.sql("select pay_decided_by from appraisal where id = ?").param(id).query(String.class).single();
        if (decider != null) {
            involved.merge(decider, "decided the pay and held the review", (a, b) -> a + ", who also " + b);
        }
        jdbc.sql("select username from appraisal_appeal_person where appraisal_id = ? and part = 'REVIEW'").param(id)
                .query(String.class).list().forEach(u -> involved.putIfAbsent(u, "present at the review"));
        return involved;
    }

    /** People named by staff number, separated by commas; an unknown number is bad input, not a missing case. */
    private List<StaffMember> people(String staffNumbers, String where) {
        Set<StaffMember> people = new LinkedHashSet<>();
        if (staffNumbers == null) {
            return List.of();
        }
        for (String number : staffNumbers.split("[,;\\s]+")) {
            if (number.isBlank()) {
                continue;
            }
            people.add(directory.find(number.strip().toUpperCase()).orElseThrow(() -> new InvalidInputException(
                    "No member of staff has the number '" + number.strip() + "' (" + where + ")")));
        }
        return List.copyOf(people);
    }

    private LocalDate reviewAnsweredOn(long id) {
        LocalDateTime at = jdbc.sql("select pay_review_at from appraisal where id = ?").param(id)
                .query(LocalDateTime.class).single();
        if (at == null) {
            throw new InvalidInputException("The pay decision has not been reviewed yet");
        }
        return at.toLocalDate();
    }

    private String name(String username) {
        return directory.findByUsername(username).map(StaffMember::fullName).orElse(username);
    }

    private TrustPolicy policyOf(long id) {
        return policies.forTrust(appraisals.staffOf(id).trustId());
    }
}
