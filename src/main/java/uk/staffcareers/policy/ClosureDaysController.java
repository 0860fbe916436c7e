package uk.staffcareers.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * A trust's closure days (school holidays, INSET days): every member of the trust may read them, the central
 * team (HR, CEO) changes them, as the trust's policy settings beside them.
 */
@RestController
@RequestMapping("/api/trusts/{trustId}/closure-days")
class ClosureDaysController {

    private final SchoolCalendars calendars;
    private final StaffDirectory directory;
    private final CurrentUser currentUser;

    ClosureDaysController(SchoolCalendars calendars, StaffDirectory directory, CurrentUser currentUser) {
        this.calendars = calendars;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping
    ResponseEntity<List<ClosureDays>> read(@PathVariable String trustId) {
        return member(trustId).map(c -> ResponseEntity.ok(calendars.closures(trustId)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PutMapping
    ResponseEntity<List<ClosureDays>> replace(@PathVariable String trustId, @RequestBody List<ClosureDays> closures) {
        var caller = member(trustId);
        if (caller.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!caller.get().role().centralTeam()) {
            throw new NotAllowedException("Only the trust's central team changes the closure days");
        }
        return ResponseEntity.ok(calendars.replace(trustId, closures, caller.get().username()));
    }

    private Optional<StaffMember> member(String trustId) {
        return directory.findByUsername(currentUser.username()).filter(c -> c.trustId().equals(trustId));
    }
}
