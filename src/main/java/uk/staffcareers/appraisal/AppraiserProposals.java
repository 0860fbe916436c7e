package uk.staffcareers.appraisal;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.LineManagerChanged;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * After a line-manager change, whether the new line manager should take over the appraisal (README "Line-manager
 * changes"): proposed to the headteacher when the appraiser is the old line manager, holds the appraisal only since the
 * employee moved school, or was already the subject of a proposal that this change replaces; not when the new line
 * manager appraises already, may not appraise (another school), or the appraisal is a headteacher's or the CEO's. The
 * headteacher's answer is kept: Yes appoints them as AppraiserChanges does, No keeps the appraiser with the reason.
 */
@Service
class AppraiserProposals {

    /** A proposal as the headteacher's task shows it. */
    record Proposal(long id, String businessKey, StaffMember staff, StaffMember proposed, String currentAppraiserName,
            String lineManagerBefore, StaffMember headteacher, String periodLabel) {
    }

    /** The proposal no longer applies: the appraisal changed meanwhile; it is withdrawn, with this reason. */
    static class NoLongerApplies extends RuntimeException {
        NoLongerApplies(String reason) {
            super(reason);
        }
    }

    private final JdbcClient jdbc;
    private final AppraisalCases cases;
    private final AppraiserChanges changes;
    private final StaffDirectory directory;
    private final Clock clock;

    AppraiserProposals(JdbcClient jdbc, AppraisalCases cases, AppraiserChanges changes, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.changes = changes;
        this.directory = directory;
        this.clock = clock;
    }

    /** The employee's appraisals still running (usually this year's; last year's too while its pay appeal runs). */
    List<AppraisalCases.Case> openAppraisals(StaffMember staff) {
        return jdbc.sql("select period_label from appraisal where staff_id = ? order by period_start").param(staff.id())
                .query(String.class).list().stream()
                .map(label -> cases.find(AppraisalPeriod.businessKey(label, staff.id())))
                .flatMap(Optional::stream).filter(c -> !c.finished()).toList();
    }

    /** Withdraws the appraisal's open proposals (the line manager changed again); their ids. */
    List<Long> withdrawOpen(AppraisalCases.Case appraisal, String reason) {
        List<Long> open = jdbc.sql("select id from appraiser_proposal where appraisal_id = ? and outcome is null")
                .param(appraisal.id()).query(Long.class).list();
        open.forEach(id -> settle(id, "WITHDRAWN", reason, null));
        return open;
    }

    /** Records a proposal when the change calls for one (see the class); superseded: an open proposal was just withdrawn. */
    Optional<Proposal> consider(AppraisalCases.Case appraisal, LineManagerChanged changed, boolean superseded) {
        StaffMember staff = appraisal.staff();
        StaffMember proposed = changed.toLineManagerId() == null ? null : directory.find(changed.toLineManagerId()).orElse(null);
        if (appraisal.appraiser() == null || Appraisals.appraisedByTrust(staff) || proposed == null
                || proposed.username().equals(appraisal.appraiser()) || !AppraiserChoice.mayAppraise(proposed, staff)
                || proposed.id().equals(staff.id())) {
            return Optional.empty();
        }
        Optional<StaffMember> before = Optional.ofNullable(changed.fromLineManagerId()).flatMap(directory::find);
        boolean appraiserWasLineManager = before.map(b -> b.username().equals(appraisal.appraiser())).orElse(false);
        boolean heldSinceMove = changes.lastCause(appraisal.id()).filter(AppraiserChanges.Cause.MOVED::equals).isPresent();
        Optional<StaffMember> head = cases.overseer(staff);
        if (!(appraiserWasLineManager || heldSinceMove || superseded) || head.isEmpty()) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appraiser_proposal (appraisal_id, proposed_appraiser, current_appraiser, proposed_at, proposed_by)
                values (?, ?, ?, ?, ?)""").params(appraisal.id(), proposed.username(), appraisal.appraiser(), now(), changed.changedBy())
                .update(key, "id");
        return Optional.of(new Proposal(key.getKey().longValue(), appraisal.businessKey(), staff, proposed, name(appraisal.appraiser()),
                before.map(b -> "before: " + b.fullName()).orElse("before: nobody"), head.get(), appraisal.period().label()));
    }

    /**
     * The headteacher's Yes: the new line manager is appointed as AppraiserChanges appoints another, with the same rules
     * and record (the headteacher who answered is who changed it). A proposal that no longer applies is withdrawn.
     */
    AppraiserChanges.Change accept(long proposalId, Actor by) {
        Open open = open(proposalId, by);
        AppraisalCases.Case appraisal = cases.find(open.businessKey()).orElseThrow();
        StaffMember proposed = directory.findByUsername(open.proposed()).orElse(null);
        String outdated = appraisal.finished() ? "the appraisal has ended"
                : !Objects.equals(appraisal.appraiser(), open.current()) ? "the appraiser has changed meanwhile"
                : proposed == null || !AppraiserChoice.mayAppraise(proposed, appraisal.staff()) ? "the proposed appraiser no longer "
                        + "works at " + directory.schoolNameOf(appraisal.staff()) : null;
        if (outdated != null) {
            settle(proposalId, "WITHDRAWN", "No longer applies: " + outdated, by.name());
            throw new NoLongerApplies(outdated);
        }
        AppraiserChanges.Change change = changes.acceptProposal(open.businessKey(), proposed.id(), proposed.fullName() + " became "
                + appraisal.staff().fullName() + "'s line manager; the headteacher accepted the proposal that they appraise", by.name());
        settle(proposalId, "ACCEPTED", null, by.name());
        return change;
    }

    /** The headteacher's No, with the reason, which stays on the appraisal's record. */
    void decline(long proposalId, String reason, Actor by) {
        try {
            open(proposalId, by);
        } catch (NoLongerApplies e) {
            throw CaseStateException.notNow("This proposal has been answered or withdrawn; nothing was changed");
        }
        settle(proposalId, "DECLINED", requireText(reason, "Say why the current appraiser stays; it is kept on the appraisal's record"),
                by.name());
    }

    private record Open(String businessKey, String proposed, String current) {
    }

    /** The open proposal, answered by whoever oversees the appraisal (the task is theirs; this says so again). */
    private Open open(long proposalId, Actor by) {
        Open open = jdbc.sql("""
                select a.period_label, a.staff_id, p.proposed_appraiser, p.current_appraiser
                from appraiser_proposal p join appraisal a on a.id = p.appraisal_id where p.id = ? and p.outcome is null""")
                .param(proposalId).query((rs, n) -> new Open(AppraisalPeriod.businessKey(rs.getString("period_label"),
                        rs.getString("staff_id")), rs.getString("proposed_appraiser"), rs.getString("current_appraiser"))).optional()
                .orElseThrow(() -> new NoLongerApplies("the proposal has been answered or withdrawn"));
        StaffMember staff = cases.find(open.businessKey()).orElseThrow().staff();
        StaffMember overseer = cases.overseer(staff).orElse(null);
        if (by.isApplication() || overseer == null || !by.is(overseer.username())) {
            throw new NotAllowedException("Only " + (overseer == null ? "the headteacher" : overseer.fullName()) + ", who oversees "
                    + staff.fullName() + "'s appraisal, answers this proposal");
        }
        return open;
    }

    private void settle(long proposalId, String outcome, String reason, String by) {
        jdbc.sql("update appraiser_proposal set outcome = ?, reason = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(outcome, reason, by, now(), proposalId).update();
    }

    private String name(String username) {
        return directory.findByUsername(username).map(StaffMember::fullName).orElse(username);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
