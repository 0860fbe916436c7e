package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * An appraisal found by its case's business key for a change the headteacher makes during the year,
 * as far as the signed-in user may see it, and who oversees it.
 */
@Component
class AppraisalCases {

    /** One appraisal as a change needs it; appraiser is null until the headteacher has chosen one. */
    record Case(long id, String businessKey, StaffMember staff, AppraisalPeriod period, String appraiser, String status) {

        /** Completed, or ended because the employee left. */
        boolean finished() {
            return "COMPLETED".equals(status) || Leavers.LEFT.equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;

    AppraisalCases(JdbcClient jdbc, StaffDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /**
     * The case, if the caller may know of it: their own school's, or any for the trust's central team or the
     * person who oversees it. Anyone else's answers as an unknown one does, so keys cannot be probed.
     */
    Case visibleTo(String businessKey, String caller) {
        CaseStateException unknown = CaseStateException.unknown("No appraisal case '" + businessKey + "'");
        Case found = find(businessKey).orElseThrow(() -> unknown);
        StaffMember user = directory.findByUsername(caller).orElseThrow(() -> unknown);
        boolean sameSchool = user.schoolId() != null && user.schoolId().equals(found.staff().schoolId());
        if (!sameSchool && !user.role().centralTeam() && !overseer(found.staff()).map(o -> o.username().equals(caller)).orElse(false)) {
            throw unknown;
        }
        return found;
    }

    /** The case by its business key, whoever asks: for the application's own work (a move, a line-manager change). */
    Optional<Case> find(String businessKey) {
        return AppraisalPeriod.ofBusinessKey(businessKey).flatMap(key -> jdbc.sql(
                        "select id, period_label, period_start, period_end, appraiser, status from appraisal where period_label = ? and staff_id = ?")
                .params(key.periodLabel(), key.staffId())
                .query(CaseRow.class).optional()
                .map(row -> new Case(row.id(), businessKey, directory.get(key.staffId()), row.period(), row.appraiser(), row.status())));
    }

    private record CaseRow(long id, String periodLabel, LocalDate periodStart, LocalDate periodEnd, String appraiser, String status) {

        AppraisalPeriod period() {
            return new AppraisalPeriod(periodLabel, periodStart, periodEnd);
        }
    }

    /** The signed-in caller in the directory (found already by visibleTo). */
    StaffMember user(String caller) {
        return directory.findByUsername(caller).orElseThrow();
    }

    /** Who oversees the appraisal: the school's headteacher; for a headteacher or the CEO, the chair of trustees. */
    Optional<StaffMember> overseer(StaffMember staff) {
        return Appraisals.appraisedByTrust(staff) ? directory.officer(staff.trustId(), Role.CHAIR_OF_TRUSTEES)
                : directory.headteacherOf(staff);
    }

    /** Refuses anyone but the person overseeing the appraisal (403), saying who that is; refuses a finished one (409). */
    StaffMember requireOverseer(Case appraisal, String caller, String toDo) {
        StaffMember overseer = overseer(appraisal.staff()).orElseThrow(() -> new InvalidInputException(
                appraisal.staff().fullName() + "'s school has no headteacher in the staff directory"));
        if (!overseer.username().equals(caller)) {
            throw new NotAllowedException("Only " + overseer.fullName() + ", who oversees " + appraisal.staff().fullName()
                    + "'s appraisal, can " + toDo);
        }
        if (appraisal.finished()) {
            throw CaseStateException.notNow(appraisal.staff().fullName() + "'s appraisal for " + appraisal.period().label()
                    + " has finished; nothing was changed");
        }
        return directory.findByUsername(caller).orElseThrow();
    }
}
