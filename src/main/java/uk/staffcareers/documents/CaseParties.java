package uk.staffcareers.documents;

import java.util.Set;

/**
 * Who takes part in a feature's case beyond the member of staff, their headteacher and the central
 * team: a concern's raiser and reviewer, an appraisal's appraiser. The feature that owns the case
 * answers; the documents of that case are theirs to read when the kind of document allows it.
 */
public interface CaseParties {

    /** The usernames taking part in the case with this reference; empty when the case is not this feature's. */
    Set<String> of(String caseRef);
}
