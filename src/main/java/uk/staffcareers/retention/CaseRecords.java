package uk.staffcareers.retention;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.platform.CaseHistoryRemoval;

/**
 * Deletes one finished case whole, in one transaction: its rows, the documents issued in it, the notifications and
 * mail about it, and its history in the engine. A case fails alone: the next one is still deleted.
 */
@Component
class CaseRecords {

    private static final List<String> APPRAISAL = List.of(
            "delete from appraisal_objective where appraisal_id = ?",
            "delete from appraisal_evidence where appraisal_id = ?",
            "delete from appraisal_interim_review where appraisal_id = ?",
            "delete from appraisal_appeal_person where appraisal_id = ?",
            "delete from appraisal_appraiser_change where appraisal_id = ?",
            "delete from appraiser_proposal where appraisal_id = ?",
            "delete from appraisal where id = ?");
    private static final List<String> CONCERN = List.of(
            "delete from capability_meeting_move where case_id in (select id from capability_case where concern_id = ?)",
            "delete from capability_case where concern_id = ?",
            "delete from performance_concern where id = ?");
    private static final List<String> CANDIDACY = List.of(
            "delete from hlta_standard_judgement where assessment_id in (select id from hlta_assessment where candidacy_id = ?)",
            "delete from hlta_assessment where candidacy_id = ?",
            "delete from hlta_self_review where candidacy_id = ?",
            "delete from hlta_preparation_day where candidacy_id = ?",
            "delete from hlta_deadline_decision where candidacy_id = ?",
            "delete from hlta_missed_answer where candidacy_id = ?",
            "delete from hlta_candidacy where id = ?");
    private static final List<String> PLAN = List.of(
            "delete from development_progress where plan_id = ?",
            "delete from development_plan where id = ?");

    /** What deleting one case removed besides the case itself. */
    record Deleted(int documents, int notifications, int mails, int histories) {
    }

    private final JdbcClient jdbc;
    private final CaseHistoryRemoval engine;

    CaseRecords(JdbcClient jdbc, CaseHistoryRemoval engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    @Transactional
    public Deleted delete(Expired expired) {
        List<String> refs = expired.caseRefs();
        for (String sql : switch (expired.kind()) {
            case APPRAISAL -> APPRAISAL;
            case CONCERN -> CONCERN;
            case HLTA_CANDIDACY -> CANDIDACY;
            case DEVELOPMENT_PLAN -> PLAN;
        }) {
            jdbc.sql(sql).param(expired.id()).update();
        }
        jdbc.sql("update document set supersedes = null where case_ref in (:refs)").param("refs", refs).update();
        int documents = jdbc.sql("delete from document where case_ref in (:refs)").param("refs", refs).update();
        int notifications = jdbc.sql("delete from notification where case_ref in (:refs)").param("refs", refs).update();
        int mails = jdbc.sql("delete from mail_outbox where case_ref in (:refs)").param("refs", refs).update();
        return new Deleted(documents, notifications, mails, engine.forget(refs));
    }
}
