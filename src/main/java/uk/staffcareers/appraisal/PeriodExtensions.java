package uk.staffcareers.appraisal;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffMember;

/**
 * A long absence (maternity leave, long illness): the person overseeing the appraisal extends its period, by
 * at most a year at a time. A pause is an extension by the absence's length. The end the year was launched
 * with and the reason stay on record; the case's dates follow in the same transaction (the controller).
 */
@Service
class PeriodExtensions {

    static final int MOST_MONTHS = 12;

    /** The period's old and new end, and the case's variables worked out for the new one (AppraisalDates). */
    record Extension(String businessKey, LocalDate oldEnd, LocalDate newEnd, LocalDate annualOpens, Map<String, Object> variables) {
    }

    private final AppraisalCases cases;
    private final PolicySettings policies;
    private final SchoolCalendars calendars;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    PeriodExtensions(AppraisalCases cases, PolicySettings policies, SchoolCalendars calendars,
            JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.cases = cases;
        this.policies = policies;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Records the new end by the signed-in overseer, or refuses it (404, 403, 409, 400) with nothing changed. */
    Extension extend(String businessKey, String newPeriodEnd, String reason, String by) {
        AppraisalCases.Case appraisal = cases.visibleTo(businessKey, by);
        StaffMember head = cases.requireOverseer(appraisal, by, "extend the appraisal period");
        LocalDate oldEnd = appraisal.period().end();
        LocalDate newEnd = newEnd(newPeriodEnd, oldEnd);
        String why = requireText(reason, "Give the reason for extending the period (the absence); it stays on the appraisal's record");
        LocalDateTime now = LocalDateTime.now(clock);
        // A second extension keeps the first one's reason too.
        String earlier = jdbc.sql("select period_extension_reason from appraisal where id = ?").param(appraisal.id())
                .query(String.class).list().get(0);
        jdbc.sql("""
                update appraisal set original_period_end = coalesce(original_period_end, period_end), period_end = ?,
                  period_extension_reason = ?, period_extended_by = ?, period_extended_at = ?
                where id = ?""").params(newEnd, earlier == null ? why : earlier + " | " + why, by, now, appraisal.id()).update();

        StaffMember employee = appraisal.staff();
        TrustPolicy policy = policies.forTrust(employee.trustId());
        WorkingDays days = calendars.forTrust(employee.trustId());
        LocalDate today = now.toLocalDate();
        LocalDate annualOpens = AppraisalDates.annualOpens(newEnd, policy, days, today);
        String change = " for " + appraisal.period().label() + " from " + WorkingDays.spoken(oldEnd) + " to " + WorkingDays.spoken(newEnd)
                + "; the annual assessment now opens on " + WorkingDays.spoken(annualOpens) + ".";
        notifications.send(employee.username(), "Your appraisal period now ends on " + WorkingDays.spoken(newEnd),
                head.fullName() + " has extended your appraisal period" + change, businessKey);
        if (appraisal.appraiser() != null) {
            // The absence's reason stays on record only: the appraiser is told the dates.
            notifications.send(appraisal.appraiser(), employee.fullName() + "'s appraisal period now ends on " + WorkingDays.spoken(newEnd),
                    head.fullName() + " has extended " + employee.fullName() + "'s appraisal period" + change, businessKey);
        }
        return new Extension(businessKey, oldEnd, newEnd, annualOpens,
                AppraisalDates.periodEndVariables(newEnd, policy, days, today));
    }

    /** After the current end, and at most a year after it: a longer absence is extended again when it is known. */
    private static LocalDate newEnd(String text, LocalDate oldEnd) {
        String given = requireText(text, "Give the new end of the period (newPeriodEnd), a date like 2027-12-17");
        LocalDate newEnd;
        try {
            newEnd = LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The new end of the period (newPeriodEnd) is a date like 2027-12-17, not '" + given + "'");
        }
        if (!newEnd.isAfter(oldEnd)) {
            throw new InvalidInputException("The new end of the period (newPeriodEnd) " + WorkingDays.spoken(newEnd)
                    + " must be after its current end, " + WorkingDays.spoken(oldEnd));
        }
        LocalDate latest = oldEnd.plusMonths(MOST_MONTHS);
        if (newEnd.isAfter(latest)) {
            throw new InvalidInputException("The period is extended by at most " + MOST_MONTHS + " months at a time: the new end "
                    + "(newPeriodEnd) " + WorkingDays.spoken(newEnd) + " is after " + WorkingDays.spoken(latest)
                    + "; extend it again later if the absence goes on");
        }
        return newEnd;
    }
}
