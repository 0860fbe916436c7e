package uk.staffcareers.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bringing in the trust's staff over REST (README "Bringing in the trust's staff"): files previewed, then applied;
 * one person's record added, edited or ended. A preview with errors is answered 400 with every error.
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryImportController {

    private final DirectoryImports imports;
    private final StaffChanges changes;
    private final Importers importers;

    DirectoryImportController(DirectoryImports imports, StaffChanges changes, Importers importers) {
        this.imports = imports;
        this.changes = changes;
        this.importers = importers;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> upload(@RequestPart(required = false) MultipartFile schools,
            @RequestPart(required = false) MultipartFile staff, @RequestPart(required = false) MultipartFile qualifications,
            @RequestParam(defaultValue = "false") boolean apply) {
        Importer importer = importers.forFiles();
        UploadedFiles files = new UploadedFiles(bytes(schools), bytes(staff), bytes(qualifications));
        ImportReport report = apply ? imports.previewAndApply(importer, files) : imports.preview(importer, files);
        return ResponseEntity.status(report.errors().isEmpty() ? 200 : 400).body(report);
    }

    @PostMapping("/imports/{id}/apply")
    ImportReport apply(@PathVariable String id) {
        return imports.apply(importers.forFiles(), id);
    }

    @PostMapping("/staff")
    ResponseEntity<StaffChange> add(@RequestBody Map<String, Object> fields) {
        return ResponseEntity.status(201).body(changes.add(importers.forSingleChanges(), fields));
    }

    @PutMapping("/staff/{staffNumber}")
    StaffChange edit(@PathVariable String staffNumber, @RequestBody Map<String, Object> fields) {
        return changes.edit(importers.forSingleChanges(), staffNumber, fields);
    }

    @PostMapping("/staff/{staffNumber}/end-employment")
    StaffChange endEmployment(@PathVariable String staffNumber, @RequestBody Map<String, Object> body) {
        return changes.endEmployment(importers.forSingleChanges(), staffNumber, body.get("date"));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
