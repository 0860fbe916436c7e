package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.recordedBy;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.standards.HltaStandards;
import uk.staffcareers.platform.ProcessVariable;

/**
 * Task_RecordAssessmentOutcome: the judgement on each standard, from the provider's message (a list of
 * standard and met) or from the coordinator's form (the standards met ticked; every standard is on it).
 */
@Component
class RecordAssessmentOutcomeDelegate implements JavaDelegate, SetsVariables {

    static final List<ProcessVariable<List<Integer>>> CHECKLISTS = List.of(MET_ATTRIBUTES, MET_KNOWLEDGE, MET_SKILLS);
    private final Assessments assessments;
    private final ObjectMapper json;

    RecordAssessmentOutcomeDelegate(Assessments assessments, ObjectMapper json) {
        this.assessments = assessments;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Map<Integer, Boolean> judgements = new HashMap<>();
        List<Integer> listed = new ArrayList<>();
        String results = STANDARD_RESULTS.get(ex);
        if (results != null) {
            fromProvider(results, judgements, listed);
        } else {
            List<Integer> met = new ArrayList<>();
            CHECKLISTS.forEach(list -> met.addAll(list.get(ex)));
            for (int number = 1; number <= HltaStandards.COUNT; number++) {
                judgements.put(number, met.contains(number));
                listed.add(number);
            }
        }
        String by = recordedBy(ex);
        RECEIVED_FROM.remove(ex);
        Assessments.Outcome outcome = assessments.recordOutcome(candidacyId(ex), judgements, listed, ASSESSMENT_FEEDBACK.get(ex), by);
        ALL_STANDARDS_MET.set(ex, outcome.allMet());
        // For the candidate's form only: the delegates that need the standards read them from the record.
        STANDARDS_NOT_MET_TEXT.set(ex, outcome.notMet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        // The next attempt's outcome must not see this one's.
        STANDARD_RESULTS.remove(ex);
        CHECKLISTS.forEach(list -> list.remove(ex));
    }

    private void fromProvider(String results, Map<Integer, Boolean> judgements, List<Integer> listed) {
        try {
            for (JsonNode result : json.readTree(results)) {
                if (!result.path("standard").canConvertToInt() || !result.path("met").isBoolean()) {
                    throw new InvalidInputException("Each result needs a standard number and met true or false: " + result);
                }
                int number = result.get("standard").asInt();
                listed.add(number);
                judgements.put(number, result.get("met").asBoolean());
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("The outcome's results are not a JSON list: " + e.getOriginalMessage());
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(ALL_STANDARDS_MET, STANDARDS_NOT_MET_TEXT);
    }
}
