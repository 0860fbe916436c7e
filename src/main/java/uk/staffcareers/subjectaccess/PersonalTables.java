package uk.staffcareers.subjectaccess;

import java.util.List;

/**
 * The application's own rows about one person, one JSON file per area, read from every table of the Flyway migrations
 * that holds personal data about them. Each table's rows are those about the person (:staff, their staff number;
 * :username, their account; :email, their work address). Rows where they only acted on someone else's case (as
 * appraiser, reviewer, panel member) are that other person's records and are not exported here.
 */
final class PersonalTables {

    record Table(String name, String where) {
    }

    record Area(String file, String description, List<Table> tables) {
    }

    private static final String APPRAISALS = "appraisal_id in (select id from appraisal where staff_id = :staff)";
    private static final String CANDIDACIES = "candidacy_id in (select id from hlta_candidacy where staff_id = :staff)";

    static final List<Area> AREAS = List.of(
            new Area("appraisal.json", "Appraisal years: each appraisal with its objectives (every version), evidence and "
                    + "observations, interim reviews, changes of appraiser and the headteacher's answers to a proposed one, and who took part "
                    + "in a pay appeal", List.of(
                    new Table("appraisal", "staff_id = :staff"),
                    new Table("appraisal_objective", APPRAISALS),
                    new Table("appraisal_evidence", APPRAISALS),
                    new Table("appraisal_interim_review", APPRAISALS),
                    new Table("appraisal_appraiser_change", APPRAISALS),
                    new Table("appraiser_proposal", APPRAISALS),
                    new Table("appraisal_appeal_person", APPRAISALS))),
            new Area("concerns-and-capability.json", "Performance concerns, and the Capability Procedure with its meetings "
                    + "moved at the employee's request", List.of(
                    new Table("performance_concern", "staff_id = :staff"),
                    new Table("capability_case", "staff_id = :staff"),
                    new Table("capability_meeting_move", "case_id in (select id from capability_case where staff_id = :staff)"))),
            new Area("hlta.json", "The HLTA journey: candidacies, self-reviews, preparation days, assessments with the "
                    + "judgement on each standard, decisions on missed deadlines and steps left unanswered", List.of(
                    new Table("hlta_candidacy", "staff_id = :staff"),
                    new Table("hlta_self_review", CANDIDACIES),
                    new Table("hlta_preparation_day", CANDIDACIES),
                    new Table("hlta_assessment", CANDIDACIES),
                    new Table("hlta_standard_judgement",
                            "assessment_id in (select a.id from hlta_assessment a join hlta_candidacy c on c.id = a.candidacy_id "
                                    + "where c.staff_id = :staff)"),
                    new Table("hlta_deadline_decision", CANDIDACIES),
                    new Table("hlta_missed_answer", CANDIDACIES))),
            new Area("development.json", "Development plans and the progress logged on them", List.of(
                    new Table("development_plan", "staff_id = :staff"),
                    new Table("development_progress", "plan_id in (select id from development_plan where staff_id = :staff)"))),
            new Area("notifications.json", "The notifications the application showed the person", List.of(
                    new Table("notification", "recipient in (:username, :email)"))),
            new Area("mail.json", "Mail to the person's work address, sent or waiting, and their choice of reminders and digests",
                    List.of(
                    new Table("mail_outbox", "recipient in (:username, :email)"),
                    new Table("mail_preference", "username = :username"))),
            new Area("record-corrections.json", "Corrections to the staff record the person asked for, and how each was resolved",
                    List.of(new Table("staff_record_correction", "staff_id = :staff"))),
            new Area("exports.json", "Every subject access export of the person's data, this one included", List.of(
                    new Table("subject_access_export", "staff_id = :staff"))));

    private PersonalTables() {
    }

    /** Table names and conditions are this class's constants, never input: the only values are the bound parameters. */
    static String select(Table table) {
        return "select * from " + table.name() + " where " + table.where() + " order by 1";
    }
}
