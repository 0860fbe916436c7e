package uk.staffcareers.appraisal;

import java.time.LocalDate;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.platform.CurrentUser;

/**
 * Changes the headteacher makes to a running appraisal year, as the signed-in user:
 * POST /api/appraisals/{businessKey}/appraiser {"appraiserStaffId", "reason"} when the appraiser leaves or is
 * absent, POST /api/appraisals/{businessKey}/extension {"newPeriodEnd", "reason"} for a long absence, and
 * POST /api/appraisals/{businessKey}/leaving {"leftOn", "reason"} when the employee has left (the headteacher,
 * HR or the CEO), which ends the case. The
 * business key (APPRAISAL-2026/27-E1004) is written as it is: its slash splits it over two path segments.
 * The record and the case change together or not at all.
 */
@RestController
@RequestMapping("/api/appraisals/{keyStart}/{keyEnd}")
class AppraisalYearController {

    record AppraiserRequest(String appraiserStaffId, String reason) {
    }

    record AppraiserAppointed(String businessKey, String appraiser, String previousAppraiser, int tasksReassigned) {
    }

    record ExtensionRequest(String newPeriodEnd, String reason) {
    }

    record PeriodExtended(String businessKey, String periodEnd, String previousPeriodEnd, String annualAssessmentOpens,
            boolean annualAssessmentTimerMoved, int tasksRedated) {
    }

    record LeavingRequest(LocalDate leftOn, String reason) {
    }

    record Ended(String businessKey, String status) {
    }

    private final AppraiserChanges appraisers;
    private final Leavers leavers;
    private final PeriodExtensions extensions;
    private final AppraisalChangesProcess process;
    private final CurrentUser user;

    AppraisalYearController(AppraiserChanges appraisers, Leavers leavers, PeriodExtensions extensions, AppraisalChangesProcess process,
            CurrentUser user) {
        this.appraisers = appraisers;
        this.leavers = leavers;
        this.extensions = extensions;
        this.process = process;
        this.user = user;
    }

    @PostMapping("/appraiser")
    @Transactional
    public AppraiserAppointed appointAppraiser(@PathVariable String keyStart, @PathVariable String keyEnd,
            @RequestBody AppraiserRequest request) {
        AppraiserChanges.Change change = appraisers.appoint(keyStart + "/" + keyEnd, request.appraiserStaffId(), request.reason(),
                user.username());
        AppraisalChangesProcess.Moved moved = process.appraiserChanged(change);
        return new AppraiserAppointed(change.businessKey(), change.to().fullName(), change.fromName(), moved.tasks());
    }

    @PostMapping("/leaving")
    @Transactional
    public Ended recordLeaving(@PathVariable String keyStart, @PathVariable String keyEnd,
            @RequestBody LeavingRequest request) {
        String key = keyStart + "/" + keyEnd;
        leavers.recordLeaving(key, request.leftOn(), request.reason(), user.username());
        process.employeeLeft(key);
        return new Ended(key, Leavers.LEFT);
    }

    @PostMapping("/extension")
    @Transactional
    public PeriodExtended extendPeriod(@PathVariable String keyStart, @PathVariable String keyEnd,
            @RequestBody ExtensionRequest request) {
        PeriodExtensions.Extension extension = extensions.extend(keyStart + "/" + keyEnd, request.newPeriodEnd(), request.reason(), user.username());
        AppraisalChangesProcess.Moved moved = process.periodExtended(extension);
        return new PeriodExtended(extension.businessKey(), extension.newEnd().toString(), extension.oldEnd().toString(),
                extension.annualOpens().toString(), moved.timerMoved(), moved.tasks());
    }
}
