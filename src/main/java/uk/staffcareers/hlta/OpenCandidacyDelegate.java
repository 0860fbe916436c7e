package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseAccessListener;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.platform.ProcessVariable;

/** Task_OpenCandidacy: checks who the candidacy is for and who starts it; names the people who work on it. */
@Component
class OpenCandidacyDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;
    private final StaffDirectory directory;

    OpenCandidacyDelegate(Candidacies candidacies, StaffDirectory directory) {
        this.candidacies = candidacies;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Candidacies.Opened opened = candidacies.open(STAFF_ID.get(ex), Actor.of(ex));
        ex.setProcessBusinessKey(opened.reference());
        CANDIDACY_ID.set(ex, opened.id());
        STAFF_ID.set(ex, opened.candidate().id());
        REFERENCE.set(ex, opened.reference());
        STAFF_NAME.set(ex, opened.candidate().fullName());
        SCHOOL_NAME.set(ex, opened.schoolName());
        CANDIDATE.set(ex, opened.candidate().username());
        HEADTEACHER.set(ex, opened.headteacher());
        // Forms name people by their names, never their user ids.
        HEADTEACHER_NAME.set(ex, directory.findByUsername(opened.headteacher()).map(h -> h.fullName()).orElse("your headteacher"));
        COORDINATOR.set(ex, opened.coordinator());
        HR.set(ex, directory.hrAdviser(opened.candidate()).map(hr -> hr.username()).orElse(opened.headteacher()));
        if (!opened.coordinator().equals(opened.headteacher())) {
            CaseAccessListener.grantRead(ex, opened.coordinator());
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(STAFF_ID, CANDIDACY_ID, REFERENCE, STAFF_NAME, SCHOOL_NAME, CANDIDATE, HEADTEACHER, HEADTEACHER_NAME, COORDINATOR, HR);
    }
}
