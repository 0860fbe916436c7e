package uk.staffcareers.policy;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** A trust's policy settings: every member of the trust may read them, the central team (HR, CEO) change them. */
@RestController
@RequestMapping("/api/trusts/{trustId}/policy")
class PolicyController {

    private final PolicySettings settings;
    private final StaffDirectory directory;
    private final CurrentUser currentUser;

    PolicyController(PolicySettings settings, StaffDirectory directory, CurrentUser currentUser) {
        this.settings = settings;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping
    ResponseEntity<TrustPolicy> read(@PathVariable String trustId) {
        return caller().filter(c -> c.trustId().equals(trustId))
                .map(c -> ResponseEntity.ok(settings.forTrust(trustId)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PutMapping
    ResponseEntity<TrustPolicy> change(@PathVariable String trustId, @RequestBody @Valid TrustPolicy policy) {
        var caller = caller().filter(c -> c.trustId().equals(trustId));
        if (caller.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!caller.get().role().centralTeam()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.ok(settings.update(trustId, policy, caller.get().username()));
    }

    private Optional<StaffMember> caller() {
        return directory.findByUsername(currentUser.username());
    }
}
