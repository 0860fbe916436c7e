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
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordSelfReview: the candidate's examples and self-review kept per standard; the readiness table's inputs set. */
@Component
class RecordSelfReviewDelegate implements JavaDelegate, SetsVariables {

    /** The self-review form's checklists, one per group of standards. */
    static final List<ProcessVariable<List<Integer>>> CHECKLISTS = List.of(CONFIDENT_ATTRIBUTES, CONFIDENT_KNOWLEDGE, CONFIDENT_SKILLS);

    private final Candidacies candidacies;

    RecordSelfReviewDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Set<Integer> confident = new HashSet<>();
        CHECKLISTS.forEach(list -> confident.addAll(list.get(ex)));
        Candidacies.ReadinessFacts facts = candidacies.selfReview(candidacyId(ex), new Candidacies.SelfReview(
                WHOLE_CLASS_OPPORTUNITIES.get(ex), WHOLE_CLASS_EXAMPLES.get(ex),
                ENGLISH_MATHS_EVIDENCE.get(ex), confident, DEVELOPMENT_AREAS.get(ex)));
        // Unticked boxes arrive as nothing; the decision table needs false.
        WHOLE_CLASS_OPPORTUNITIES.set(ex, facts.wholeClassOpportunities());
        LEVEL2_ENGLISH_AND_MATHS_ON_RECORD.set(ex, facts.level2EnglishAndMathsOnRecord());
        STANDARDS_CONFIDENT.set(ex, facts.standardsConfident());
        // The headteacher reads yes or no; the decision table reads the booleans.
        WHOLE_CLASS_TEXT.set(ex, facts.wholeClassOpportunities() ? "yes" : "no");
        LEVEL2_ENGLISH_AND_MATHS_TEXT.set(ex, facts.level2EnglishAndMathsOnRecord() ? "yes" : "not yet");
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(WHOLE_CLASS_OPPORTUNITIES, LEVEL2_ENGLISH_AND_MATHS_ON_RECORD, STANDARDS_CONFIDENT, WHOLE_CLASS_TEXT,
                LEVEL2_ENGLISH_AND_MATHS_TEXT);
    }
}
