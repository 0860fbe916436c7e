package uk.staffcareers.documents;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Issued documents, each to those its kind allows (DocumentReaders); 404 to anyone else, the same
 * answer as for a document that does not exist.
 */
@RestController
class DocumentController {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);

    private final Documents documents;
    private final DocumentReaders readers;
    private final StaffAccess access;
    private final CurrentUser currentUser;

    DocumentController(Documents documents, DocumentReaders readers, StaffAccess access, CurrentUser currentUser) {
        this.documents = documents;
        this.readers = readers;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The documents about a member of staff that the reader may read; 404 if they may read neither the record nor any of them. */
    @GetMapping("/api/staff/{staffId}/documents")
    ResponseEntity<List<IssuedDocument>> ofStaff(@PathVariable String staffId) {
        String reader = currentUser.username();
        List<IssuedDocument> readable = documents.ofStaff(staffId).stream().filter(d -> readers.mayRead(reader, d)).toList();
        if (readable.isEmpty() && access.readableBy(reader, staffId).isEmpty()) {
            LOG.warn("Refused {} the documents of staff member {}", reader, staffId);
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(readable);
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        String reader = currentUser.username();
        IssuedDocument document = documents.find(id).orElse(null);
        if (document == null || !readers.mayRead(reader, document)) {
            if (document != null) {
                LOG.warn("Refused {} document {} ({})", reader, id, document.kind());
            }
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.caseRef().replaceAll("[^A-Za-z0-9-]", "_") + "-v" + document.version() + ".pdf")
                        .build().toString())
                .body(documents.pdf(id));
    }
}
