package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;

/** Task_RecordSelfReview: the candidate's examples and self-review kept per standard; the readiness table's inputs set. */
@Component
class RecordSelfReviewDelegate implements JavaDelegate, SetsVariables {

    /** The self-review form's checklists, one per group of standards. */
    static final List<String> CHECKLISTS = List.of("confidentAttributes", "confidentKnowledge", "confidentSkills");

    private final Candidacies candidacies;

    RecordSelfReviewDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Set<Integer> confident = new HashSet<>();
        CHECKLISTS.forEach(list -> confident.addAll(numbers(ex, list)));
        Candidacies.ReadinessFacts facts = candidacies.selfReview(candidacyId(ex), new Candidacies.SelfReview(
                flag(ex, "wholeClassOpportunities"), text(ex, "wholeClassExamples"),
                text(ex, "englishMathsEvidence"), confident, text(ex, "developmentAreas")));
        // Unticked boxes arrive as nothing; the decision table needs false.
        ex.setVariable("wholeClassOpportunities", facts.wholeClassOpportunities());
        ex.setVariable("level2EnglishAndMathsOnRecord", facts.level2EnglishAndMathsOnRecord());
        ex.setVariable("standardsConfident", facts.standardsConfident());
        // The headteacher reads yes or no; the decision table reads the booleans.
        ex.setVariable("wholeClassText", facts.wholeClassOpportunities() ? "yes" : "no");
        ex.setVariable("level2EnglishAndMathsText", facts.level2EnglishAndMathsOnRecord() ? "yes" : "not yet");
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of("wholeClassOpportunities", "level2EnglishAndMathsOnRecord", "standardsConfident", "wholeClassText",
                "level2EnglishAndMathsText");
    }
}
