package uk.staffcareers.documents;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.StaffAccess;

/**
 * Issued documents, to those who may read the member of staff's records (themselves, their
 * school's headteacher and business manager, the central team) and to whoever issued them (say, the
 * line manager who wrote up a meeting); 404 to anyone else.
 */
@RestController
class DocumentController {

    private final Documents documents;
    private final StaffAccess access;
    private final CurrentUser currentUser;

    DocumentController(Documents documents, StaffAccess access, CurrentUser currentUser) {
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/staff/{staffId}/documents")
    ResponseEntity<List<IssuedDocument>> ofStaff(@PathVariable String staffId) {
        return ResponseEntity.of(access.readableBy(currentUser.username(), staffId).map(s -> documents.ofStaff(s.id())));
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return documents.find(id)
                .filter(d -> d.issuedBy().equals(currentUser.username())
                        || access.readableBy(currentUser.username(), d.staffId()).isPresent())
                .map(d -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(d.caseRef().replaceAll("[^A-Za-z0-9-]", "_") + "-v" + d.version() + ".pdf").build().toString())
                        .body(documents.pdf(id)))
                .orElse(ResponseEntity.notFound().build());
    }
}
