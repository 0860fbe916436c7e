package uk.staffcareers.development;

import static uk.staffcareers.InvalidInputException.requireText;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** The five steps of a support-staff development plan, each checked and kept with who did it and when. */
@Service
public class DevelopmentPlans {

    /** Who works on a new plan: the planner (line manager, else headteacher) and the headteacher who approves costs. */
    public record Raised(long planId, StaffMember staff, String planner, String headteacher) {
    }

    public record Clarification(String focus, boolean basicSkillsFirst, String standardsGap, String impactOnPractice,
            String impactOnPupils, String careerFit) {
    }

    public record Decision(Route route, QualificationType type, String activity, Integer level, String reason) {
    }

    public record Practicalities(boolean allChecksConfirmed, String mentorStaffId, String releaseTime, BigDecimal cost,
            String hiddenCosts, PaidBy paidBy, String agreedOutcomes, String successMeasures, LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** The outcome of step 4 that the process needs. */
    public record Agreed(boolean costApprovalNeeded, String mentorUsername, LocalDate endsOn) {
    }

    public record Evaluation(String impactOnSchool, String impactOnPupils, String impactOnIndividual, String learningShared,
            Qualification gained) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final PolicySettings policy;
    private final Clock clock;

    DevelopmentPlans(JdbcClient jdbc, StaffDirectory directory, PolicySettings policy, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Step 1: a need is raised, by the member of staff or someone who manages them; another case (an
     * appraisal's CPD needs, an HLTA outcome) asks through the application, on behalf of its own actor.
     */
    public Raised raise(String staffId, Trigger trigger, String need, Actor raisedBy, String onBehalfOf) {
        StaffMember staff = directory.get(staffId);
        if (trigger == null) {
            throw new InvalidInputException("Say what raised the development need (trigger)");
        }
        requireText(need, "Describe the development need");
        if (!raisedBy.isApplication() && !mayRaiseFor(raisedBy.name(), staff)) {
            throw new NotAllowedException("Only " + staff.fullName() + ", their line manager, their school's leaders or HR "
                    + "can raise a development need for them");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into development_plan (staff_id, trigger_kind, need, raised_by, raised_at, status)
                values (?, ?, ?, ?, ?, 'RAISED')""")
                .params(staffId, trigger.name(), need.strip(), raisedBy.isApplication() && onBehalfOf != null ? onBehalfOf : raisedBy.name(), now()).update(key, "id");
        return new Raised(key.getKey().longValue(), staff, planner(staff), headteacher(staff));
    }

    /** Step 2: the need clarified; returns the member of staff's place in the progression framework. */
    public CareerProfile clarify(long planId, Clarification c, String by) {
        if (!"CURRENT_ROLE".equals(c.focus()) && !"NEW_ROLE".equals(c.focus())) {
            throw new InvalidInputException("Say whether the need is about the current role or an enhanced or different role");
        }
        requireText(c.standardsGap(), "Describe the gap against the relevant standards");
        requireText(c.impactOnPractice(), "Describe the intended impact on practice");
        requireText(c.impactOnPupils(), "Describe the intended impact on pupils");
        update(planId, """
                update development_plan set focus = ?, basic_skills_first = ?, standards_gap = ?, impact_on_practice = ?,
                  impact_on_pupils = ?, career_fit = ?, clarified_by = ?, clarified_at = ?, status = 'CLARIFIED' where id = ?""",
                c.focus(), c.basicSkillsFirst(), c.standardsGap().strip(), c.impactOnPractice().strip(),
                c.impactOnPupils().strip(), c.careerFit(), by, now(), planId);
        StaffMember staff = directory.get(staffOf(planId));
        return CareerProfile.of(staff, directory.qualifications(staff.id()));
    }

    public void recordRecommendation(long planId, Route route, String type, String summary) {
        update(planId, "update development_plan set recommended_route = ?, recommended_type = ?, recommendation = ? where id = ?",
                route.name(), type, summary, planId);
    }

    /** Step 3: the decision, which may differ from the recommendation with a reason; true when a mentor is needed. */
    public boolean decide(long planId, Decision d, String by) {
        if (d.route() == null) {
            throw new InvalidInputException("Choose informal development or a course or qualification");
        }
        requireText(d.activity(), "Say what the development will be (the activity, course or qualification)");
        if (d.route() == Route.QUALIFICATION) {
            if (d.type() == null || d.type() == QualificationType.GENERAL) {
                throw new InvalidInputException("Choose the type of qualification: occupational, vocationally related or higher education");
            }
            if (d.level() == null || d.level() < 0 || d.level() > 8) {
                throw new InvalidInputException("A qualification level is entry (0) to 8, not " + d.level());
            }
        }
        var recommended = jdbc.sql("select recommended_route, recommended_type from development_plan where id = ?").param(planId)
                .query(Recommendation.class).single();
        String chosenType = d.route() == Route.QUALIFICATION ? d.type().name() : null;
        boolean differs = !d.route().name().equals(recommended.recommendedRoute())
                || (d.route() == Route.QUALIFICATION && !Objects.equals(chosenType, recommended.recommendedType()));
        if (differs && (d.reason() == null || d.reason().isBlank())) {
            throw new InvalidInputException("You chose differently from the recommendation (" + recommended.recommendedRoute()
                    + (recommended.recommendedType() == null ? "" : ", " + recommended.recommendedType()) + "): give your reason");
        }
        update(planId, """
                update development_plan set chosen_route = ?, chosen_type = ?, activity = ?, qualification_level = ?,
                  choice_reason = ?, decided_by = ?, decided_at = ?, status = 'DECIDED' where id = ?""",
                d.route().name(), chosenType, d.activity().strip(), d.route() == Route.QUALIFICATION ? d.level() : null,
                d.reason(), by, now(), planId);
        return d.route() == Route.QUALIFICATION;
    }

    /** Step 4: the practicalities; says whether the headteacher must approve the costs. */
    public Agreed agree(long planId, Practicalities p, boolean mentorRequired, String by) {
        if (!p.allChecksConfirmed()) {
            throw new InvalidInputException("Confirm each of the ten practical checks before the development starts");
        }
        if (p.startsOn() == null || p.endsOn() == null) {
            throw new InvalidInputException("Give the start and end dates of the development");
        }
        if (p.endsOn().isBefore(p.startsOn())) {
            throw new InvalidInputException("The end date " + WorkingDays.spoken(p.endsOn()) + " is before the start date "
                    + WorkingDays.spoken(p.startsOn()));
        }
        BigDecimal cost = p.cost() == null ? BigDecimal.ZERO : p.cost();
        if (cost.signum() < 0) {
            throw new InvalidInputException("Costs cannot be negative");
        }
        if (cost.signum() > 0 && p.paidBy() == null) {
            throw new InvalidInputException("Say who pays the costs of " + cost + " GBP");
        }
        StaffMember staff = directory.get(staffOf(planId));
        StaffMember mentor = null;
        if (p.mentorStaffId() != null && !p.mentorStaffId().isBlank()) {
            mentor = directory.find(p.mentorStaffId().strip())
                    .filter(m -> m.trustId().equals(staff.trustId()) && !m.id().equals(staff.id()))
                    .orElseThrow(() -> new InvalidInputException("The training mentor must be another member of the trust's staff: '"
                            + p.mentorStaffId() + "' is not"));
        } else if (mentorRequired) {
            throw new InvalidInputException("A course or qualification needs a training mentor: give their staff number");
        }
        requireText(p.agreedOutcomes(), "Record the agreed outcomes, including any change to role, responsibilities or grading");
        requireText(p.successMeasures(), "Say how success will be measured");
        update(planId, """
                update development_plan set mentor_id = ?, release_time = ?, cost = ?, hidden_costs = ?, paid_by = ?,
                  agreed_outcomes = ?, success_measures = ?, starts_on = ?, ends_on = ?, practicalities_by = ?,
                  status = 'AGREED' where id = ?""",
                mentor == null ? null : mentor.id(), p.releaseTime(), cost, p.hiddenCosts(),
                p.paidBy() == null ? null : p.paidBy().name(), p.agreedOutcomes().strip(), p.successMeasures().strip(),
                p.startsOn(), p.endsOn(), by, planId);
        boolean approval = cost.compareTo(policy.forTrust(staff.trustId()).developmentCostThreshold()) > 0;
        return new Agreed(approval, mentor == null ? planner(staff) : mentor.username(), p.endsOn());
    }

    public void decideCosts(long planId, boolean approved, String note, String by) {
        if (!approved) {
            requireText(note, "Say why the costs are not approved, so the plan can be changed");
        }
        update(planId, "update development_plan set costs_approved = ?, costs_decided_by = ?, costs_decision_note = ? where id = ?",
                approved, by, note, planId);
    }

    /** The mentor's progress note; a development that has finished early ends today, so it can be evaluated. */
    public void logProgress(long planId, String note, boolean finished, String by) {
        requireText(note, "Write a progress note");
        jdbc.sql("insert into development_progress (plan_id, note, logged_by, logged_at) values (?, ?, ?, ?)")
                .params(planId, note.strip(), by, now()).update();
        LocalDate today = LocalDate.now(clock);
        if (finished) {
            update(planId, "update development_plan set ends_on = case when ends_on > ? then ? else ends_on end where id = ?",
                    today, today, planId);
        }
    }

    /** Step 5: the evaluation, once the development has ended; a qualification gained goes on the staff record. */
    public void evaluate(long planId, Evaluation e, String by) {
        LocalDate endsOn = jdbc.sql("select ends_on from development_plan where id = ?").param(planId).query(LocalDate.class).single();
        if (endsOn == null || LocalDate.now(clock).isBefore(endsOn)) {
            throw new InvalidInputException(endsOn == null ? "The development has no end date yet: evaluate it after it has ended"
                    : "The development ends on " + WorkingDays.spoken(endsOn) + ": evaluate it after it has ended");
        }
        requireText(e.impactOnSchool(), "Describe the impact on the school");
        requireText(e.impactOnPupils(), "Describe the impact on pupils");
        requireText(e.impactOnIndividual(), "Describe the impact on the member of staff's practice and development");
        requireText(e.learningShared(), "Say how the learning was shared with colleagues");
        update(planId, """
                update development_plan set impact_school = ?, impact_pupils_seen = ?, impact_individual = ?, learning_shared = ?,
                  evaluated_by = ?, evaluated_at = ?, status = 'EVALUATED' where id = ?""",
                e.impactOnSchool().strip(), e.impactOnPupils().strip(), e.impactOnIndividual().strip(),
                e.learningShared().strip(), by, now(), planId);
        if (e.gained() != null) {
            directory.addQualification(staffOf(planId), e.gained());
        }
    }

    public List<String> progressNotes(long planId) {
        return jdbc.sql("select note from development_progress where plan_id = ? order by id").param(planId).query(String.class).list();
    }

    private boolean mayRaiseFor(String username, StaffMember staff) {
        return directory.findByUsername(username).map(raiser -> raiser.id().equals(staff.id())
                || raiser.id().equals(staff.lineManagerId())
                || raiser.role().centralTeam()
                || (staff.schoolId() != null && staff.schoolId().equals(raiser.schoolId())
                        && (raiser.role() == Role.HEADTEACHER || raiser.role() == Role.SCHOOL_BUSINESS_MANAGER)))
                .orElse(false);
    }

    private String planner(StaffMember staff) {
        if (staff.lineManagerId() != null) {
            return directory.get(staff.lineManagerId()).username();
        }
        return headteacher(staff);
    }

    private String headteacher(StaffMember staff) {
        return directory.headteacherOf(staff).map(StaffMember::username).orElseThrow(() ->
                new InvalidInputException("The directory has no headteacher for " + staff.fullName() + "'s school"));
    }

    private String staffOf(long planId) {
        return jdbc.sql("select staff_id from development_plan where id = ?").param(planId).query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("No development plan " + planId));
    }

    private void update(long planId, String sql, Object... params) {
        if (jdbc.sql(sql).params(params).update() != 1) {
            throw new InvalidInputException("No development plan " + planId);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private record Recommendation(String recommendedRoute, String recommendedType) {
    }
}
