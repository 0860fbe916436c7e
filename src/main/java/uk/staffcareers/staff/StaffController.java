package uk.staffcareers.staff;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.platform.CurrentUser;

/** The staff directory over REST, as far as the caller may see it. */
@RestController
@RequestMapping("/api/staff")
class StaffController {

    private final StaffAccess access;
    private final StaffDirectory directory;
    private final CurrentUser currentUser;

    StaffController(StaffAccess access, StaffDirectory directory, CurrentUser currentUser) {
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<StaffMember> visibleStaff() {
        return access.allReadableBy(currentUser.username());
    }

    @GetMapping("/me")
    ResponseEntity<StaffMember> me() {
        return ResponseEntity.of(directory.findByUsername(currentUser.username()));
    }

    /** 404 both for an unknown id and for someone the caller may not see. */
    @GetMapping("/{id}")
    ResponseEntity<StaffMember> one(@PathVariable String id) {
        return ResponseEntity.of(access.readableBy(currentUser.username(), id));
    }

    @GetMapping("/{id}/qualifications")
    ResponseEntity<List<Qualification>> qualifications(@PathVariable String id) {
        return ResponseEntity.of(access.readableBy(currentUser.username(), id).map(s -> directory.qualifications(s.id())));
    }
}
