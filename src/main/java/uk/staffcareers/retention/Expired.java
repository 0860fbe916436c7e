package uk.staffcareers.retention;

import java.util.List;

/**
 * A finished case past its time: its kind, its row's id, and the business keys it is known by in the engine,
 * documents, notifications and mail (a concern and the capability cases it led to go together).
 */
record Expired(Kind kind, long id, List<String> caseRefs) {

    enum Kind { APPRAISAL, CONCERN, HLTA_CANDIDACY, DEVELOPMENT_PLAN }
}
