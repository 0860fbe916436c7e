package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.DocumentContent.Bullets;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** The written appraisal report (policy 2.2.7) and the pay-decision letter, from the appraisal's tables. */
@Component
class AppraisalReport {

    private final JdbcClient jdbc;
    private final StaffDirectory directory;

    AppraisalReport(JdbcClient jdbc, StaffDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    static String payText(String decision) {
        return "PROGRESSION".equals(decision) ? "Pay progression" : "No pay progression";
    }

    DocumentContent content(long id) {
        // singleRow() gives a case-insensitive map, so column names read the same on H2 and PostgreSQL.
        Map<String, Object> a = jdbc.sql("select * from appraisal where id = ?").param(id).query().singleRow();
        StaffMember staff = directory.get((String) a.get("staff_id"));
        String appraiser = directory.findByUsername((String) a.get("appraiser")).map(StaffMember::fullName).orElse("");
        List<Section> sections = new ArrayList<>();
        List<Field> who = new ArrayList<>(List.of(new Field("Employee", staff.fullName() + " (" + staff.id() + ")"),
                new Field("Role", staff.role().groupName() + (staff.careerStage() == null ? "" : ", " + staff.careerStageAndLevel())),
                new Field("Appraisal period", spoken(a.get("period_start")) + " to " + spoken(a.get("period_end"))),
                new Field("Appraiser", appraiser)));
        if (a.get("appraiser_panel") != null) {
            who.add(new Field("Appraisal panel", (String) a.get("appraiser_panel")));
        }
        sections.add(new Section("The appraisal", List.of(new Fields(who))));
        List<Field> objectives = new ArrayList<>();
        jdbc.sql("""
                select slot, objective, success_criteria, outcome, outcome_comments from appraisal_objective
                where appraisal_id = ? and superseded_at is null order by slot""").param(id)
                .query(AssessedObjective.class).list()
                .forEach(o -> objectives.add(new Field("Objective " + o.slot() + ": " + o.objective(),
                        outcomeText(o.outcome()) + (o.outcomeComments() == null ? "" : ". " + o.outcomeComments())
                                + " (success criteria: " + o.successCriteria() + ")")));
        sections.add(new Section("Objectives and assessment against them", List.of(new Fields(objectives))));
        String objection = (String) a.get("objection");
        if (objection != null) {
            sections.add(new Section("Disagreement about the objectives (on record)", List.of(new Paragraph(objection))));
        }
        sections.add(new Section("Assessment against the relevant standards", List.of(new Paragraph(text(a, "standards_assessment")))));
        sections.add(new Section("Evidence", List.of(new Fields(List.of(new Field("Appraiser", text(a, "appraiser_evidence")),
                new Field("Employee", text(a, "employee_evidence")))))));
        List<String> interim = jdbc.sql("select held_on, summary, employee_comments from appraisal_interim_review where appraisal_id = ? order by id")
                .param(id).query(InterimReview.class).list().stream().map(r -> WorkingDays.spoken(r.heldOn()) + ": " + r.summary()
                        + (r.employeeComments() == null ? "" : " Employee's comments: " + r.employeeComments())).toList();
        sections.add(new Section("Interim review", List.of(new Bullets(interim))));
        sections.add(new Section("Training and development", List.of(new Fields(List.of(
                new Field("CPD needs", text(a, "cpd_needs")), new Field("Aspirations", text(a, "aspirations")),
                new Field("Recommended action", text(a, "recommended_action")))))));
        if (a.get("concern_notes") != null) {
            sections.add(new Section("Performance concerns", List.of(new Paragraph((String) a.get("concern_notes")))));
        }
        sections.add(new Section("Pay recommendation", List.of(new Fields(List.of(
                new Field("Recommendation", payText((String) a.get("pay_recommendation"))), new Field("Reasons", text(a, "pay_reasons")))))));
        if (a.get("report_comments") != null) {
            sections.add(new Section("The employee's comments", List.of(new Paragraph((String) a.get("report_comments")))));
        }
        return new DocumentContent("Appraisal report " + a.get("period_label"), staff.fullName(), sections);
    }

    DocumentContent payLetter(StaffMember staff, AppraisalPeriod period, String decision, String reasons, LocalDate appealBy) {
        return new DocumentContent("Pay decision " + period.label(), staff.fullName(), List.of(
                new Section("Decision", List.of(new Paragraph("Following your appraisal for " + period.label()
                        + " and with reference to your written report, the decision is: " + payText(decision) + "."),
                        new Paragraph("Reasons: " + reasons))),
                new Section("Your right of appeal", List.of(new Paragraph("You may appeal against this decision under the pay policy until "
                        + WorkingDays.spoken(appealBy) + ", in Tasklist (task 'Appeal the pay decision or accept it'). "
                        + "First the person who decided meets you and answers in writing; if the answer does not settle it, you may ask for a formal hearing by a panel not involved before.")))));
    }

    private static String outcomeText(String outcome) {
        return outcome == null ? "not assessed" : switch (outcome) {
            case "MET" -> "Met";
            case "PARTLY_MET" -> "Partly met";
            default -> "Not met";
        };
    }

    /** A date column as people say it; the drivers give a java.sql.Date or a LocalDate. */
    private static String spoken(Object day) {
        return day == null ? "—" : WorkingDays.spoken(day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day);
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? "—" : v.toString();
    }

    private record AssessedObjective(int slot, String objective, String successCriteria, String outcome, String outcomeComments) {
    }

    private record InterimReview(LocalDate heldOn, String summary, String employeeComments) {
    }
}
