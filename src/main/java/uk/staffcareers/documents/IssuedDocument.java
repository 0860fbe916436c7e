package uk.staffcareers.documents;

import java.time.LocalDateTime;

/** A document as issued: what it is, whose, for which case, which version, by whom and when. */
public record IssuedDocument(long id, String kind, String staffId, String caseRef, String title, int version,
        Long supersedes, String issuedBy, LocalDateTime issuedAt) {
}
