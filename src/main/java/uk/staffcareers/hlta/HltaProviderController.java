package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.RECEIVED_FROM;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.STANDARD_RESULTS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffGroups;

/**
 * What the regional provider of assessment tells the school about a candidacy, addressed by its
 * reference: registration confirmed, visit confirmed with the assessor, the outcome per standard.
 * Each is a message to the candidacy's case; a candidacy that is unknown, finished or not at that step refuses it.
 */
@RestController
@RequestMapping("/api/hlta/candidacies/{reference}")
class HltaProviderController {

    record RegistrationConfirmed(LocalDate registeredOn, String registrationReference, String assessmentProvider,
            String providerContact) {
    }

    record VisitConfirmed(LocalDate visitOn, String assessorName, String arrivalTime) {
    }

    record StandardResult(Integer standard, Boolean met) {
    }

    record OutcomeReceived(
            @NotNull(message = "is missing: give a standard number and met true or false for each of the 33") List<StandardResult> results,
            String feedback) {
    }

    /**
     * The candidacy's state, for the provider and the school: its status, the steps open now, and the candidate's
     * steps that went unanswered ("Propose three visit dates: no answer given by Friday 4 December 2026").
     */
    record CandidacyState(String reference, String status, List<String> openSteps, List<String> noAnswers) {
    }

    private final Candidacies candidacies;
    private final MissedAnswers missedAnswers;
    private final StaffDirectory directory;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final ObjectMapper json;

    HltaProviderController(Candidacies candidacies, MissedAnswers missedAnswers, StaffDirectory directory, RuntimeService runtime,
            HistoryService history, IdentityService identity, ObjectMapper json) {
        this.json = json;
        this.candidacies = candidacies;
        this.missedAnswers = missedAnswers;
        this.directory = directory;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    @GetMapping
    CandidacyState state(@PathVariable String reference) {
        Candidacies.Summary candidacy = candidacy(reference);
        return new CandidacyState(reference, candidacy.status(), openSteps(reference), missedAnswers.of(candidacy.id()));
    }

    @PostMapping("/registration")
    CandidacyState registration(@PathVariable String reference, @RequestBody RegistrationConfirmed r) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("registeredOn", r.registeredOn() == null ? null : r.registeredOn().toString());
        vars.put("registrationReference", r.registrationReference());
        vars.put("assessmentProvider", r.assessmentProvider());
        vars.put("providerContact", r.providerContact());
        return correlate(reference, HltaJourneyProcess.MESSAGE_REGISTRATION_CONFIRMED, "registration", vars);
    }

    @PostMapping("/visit")
    CandidacyState visit(@PathVariable String reference, @RequestBody VisitConfirmed v) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("visitOn", v.visitOn() == null ? null : v.visitOn().toString());
        vars.put("assessorName", v.assessorName());
        vars.put("arrivalTime", v.arrivalTime());
        return correlate(reference, HltaJourneyProcess.MESSAGE_VISIT_CONFIRMED, "a visit confirmation", vars);
    }

    @PostMapping("/outcome")
    CandidacyState outcome(@PathVariable String reference, @RequestBody @Valid OutcomeReceived o) {
        Map<String, Object> vars = new HashMap<>();
        try {
            vars.put(STANDARD_RESULTS.name(), json.writeValueAsString(o.results()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        vars.put("assessmentFeedback", o.feedback());
        return correlate(reference, HltaJourneyProcess.MESSAGE_OUTCOME_RECEIVED, "an outcome", vars);
    }

    private CandidacyState correlate(String reference, String message, String what, Map<String, Object> vars) {
        Candidacies.Summary candidacy = candidacy(reference);
        if (candidacy.finished()) {
            throw CaseStateException.notNow("Candidacy " + reference + " has finished (" + candidacy.status() + "); nothing was changed");
        }
        vars.put(RECEIVED_FROM.name(), identity.getCurrentAuthentication().getUserId());
        try {
            // The caller's right to report was checked in candidacy(); a provider has no Camunda rights of its own.
            AsApplication.run(identity, () -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference)
                    .setVariables(vars).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw CaseStateException.notNow("Candidacy " + reference + " is not waiting for " + what + " now; open steps: "
                    + openSteps(reference) + ". Nothing was changed");
        }
        return state(reference);
    }

    /**
     * The candidacy, if the caller may report on it: a provider of assessment, the central team, or its
     * school's leaders. Another school's candidacy answers as an unknown one does, so references cannot be probed.
     */
    private Candidacies.Summary candidacy(String reference) {
        Authentication caller = identity.getCurrentAuthentication();
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        boolean provider = groups.contains(StaffGroups.HLTA_PROVIDERS) || groups.contains(StaffGroups.TRUST_CENTRAL);
        boolean leader = groups.contains(Role.HEADTEACHER.groupId()) || groups.contains(Role.SCHOOL_BUSINESS_MANAGER.groupId());
        if (!provider && !leader) {
            throw new NotAllowedException("Only a provider of HLTA assessment, a school's leaders or the trust's central team "
                    + "report on HLTA candidacies");
        }
        return candidacies.byReference(reference)
                .filter(c -> provider || (caller.getTenantIds() != null
                        && caller.getTenantIds().contains(directory.get(c.staffId()).schoolId())))
                .orElseThrow(() -> CaseStateException.unknown("No HLTA candidacy with the reference '" + reference + "'"));
    }

    private List<String> openSteps(String reference) {
        return AsApplication.run(identity, () -> history.createHistoricActivityInstanceQuery().unfinished()
                .processInstanceId(processInstanceId(reference)).list().stream()
                .filter(a -> a.getActivityType().endsWith("Task") || a.getActivityType().startsWith("intermediate"))
                .map(HistoricActivityInstance::getActivityName).toList());
    }

    private String processInstanceId(String reference) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(HltaJourneyProcess.KEY).singleResult();
        return instance == null ? "none" : instance.getId();
    }
}
