package uk.staffcareers.documents;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Who may read a document, by its kind and the case it belongs to; the one place that says so.
 * Every document: the member of staff it is about, the headteacher of their school and the trust's
 * central team (CEO, HR). Beyond them, by kind: concern, capability, appraisal report and pay
 * documents (with a pay appeal's letters), those taking part in the case (the concern's raiser and reviewer;
 * the appraiser, the pay decider, a headteacher's appraisal panel, and in a pay appeal anyone at the review
 * and the hearing's panel, who need the report and the letters to hear it); HLTA documents, the school business manager, who
 * coordinates HLTA. Nobody else: not whoever issued it, not a colleague, not another school; a kind
 * not listed here is for the first three only.
 */
@Component
class DocumentReaders {

    /** Who, beyond the member of staff, their headteacher and the central team, reads a kind of document. */
    enum Also { NOBODY_ELSE, CASE_PARTIES, HLTA_COORDINATOR }

    static final Map<String, Also> KINDS = Map.ofEntries(
            Map.entry("CONCERN_MEETING_RECORD", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_NOTICE", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_INVITATION", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_FIRST_WARNING", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_FINAL_WARNING", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_DECISION_INVITATION", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_DECISION", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_APPEAL_INVITATION", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_APPEAL_OUTCOME", Also.CASE_PARTIES),
            Map.entry("CAPABILITY_MEETING_MOVED", Also.CASE_PARTIES),
            Map.entry("APPRAISAL_REPORT", Also.CASE_PARTIES),
            Map.entry("PAY_DECISION", Also.CASE_PARTIES),
            Map.entry("PAY_REVIEW_OUTCOME", Also.CASE_PARTIES),
            Map.entry("PAY_APPEAL_INVITATION", Also.CASE_PARTIES),
            Map.entry("PAY_APPEAL_OUTCOME", Also.CASE_PARTIES),
            Map.entry("HLTA_JOB_DESCRIPTION", Also.HLTA_COORDINATOR),
            Map.entry("HLTA_FEEDBACK", Also.HLTA_COORDINATOR));

    private final StaffDirectory directory;
    private final List<CaseParties> parties;

    DocumentReaders(StaffDirectory directory, List<CaseParties> parties) {
        this.directory = directory;
        this.parties = parties;
    }

    boolean mayRead(String username, IssuedDocument document) {
        Optional<StaffMember> reader = directory.findByUsername(username);
        Optional<StaffMember> staff = directory.find(document.staffId());
        if (reader.isEmpty() || staff.isEmpty()) {
            return false;
        }
        StaffMember r = reader.get();
        StaffMember about = staff.get();
        if (r.id().equals(about.id()) || r.role().centralTeam() || (r.role() == Role.HEADTEACHER && sameSchool(r, about))) {
            return true;
        }
        return switch (KINDS.getOrDefault(document.kind(), Also.NOBODY_ELSE)) {
            case CASE_PARTIES -> parties.stream().anyMatch(p -> p.of(document.caseRef()).contains(username));
            case HLTA_COORDINATOR -> r.role() == Role.SCHOOL_BUSINESS_MANAGER && sameSchool(r, about);
            case NOBODY_ELSE -> false;
        };
    }

    private static boolean sameSchool(StaffMember a, StaffMember b) {
        return a.schoolId() != null && Objects.equals(a.schoolId(), b.schoolId());
    }
}
