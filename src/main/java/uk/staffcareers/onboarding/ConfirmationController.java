package uk.staffcareers.onboarding;

import java.net.URI;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.platform.VariableValues;

/** Starts "Confirm staff details" for a new starter: 201, or 400 / 404 / 403 with the reason. */
@RestController
@RequestMapping("/api/onboarding/confirmations")
class ConfirmationController {

    record StartRequest(@NotBlank(message = "is missing: give the staff number of the new starter") String staffId) {
    }

    private final RuntimeService runtime;
    private final StaffDirectory directory;

    ConfirmationController(RuntimeService runtime, StaffDirectory directory) {
        this.runtime = runtime;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> start(@RequestBody @Valid StartRequest request) {
        String staffId = directory.get(request.staffId().strip()).id();
        String businessKey = ConfirmStaffDetailsProcess.businessKey(staffId);
        ProcessInstance instance = runtime.startProcessInstanceByKey(ConfirmStaffDetailsProcess.KEY, businessKey,
                VariableValues.of().with(ConfirmStaffDetailsProcess.Vars.STAFF_ID, staffId).asMap());
        return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId()))
                .body(Map.of("processInstanceId", instance.getId(), "businessKey", businessKey));
    }
}
