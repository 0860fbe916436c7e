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
        Candidacies.Opened opened = candidacies.open(text(ex, STAFF_ID), Actor.of(ex));
        ex.setProcessBusinessKey(opened.reference());
        ex.setVariable(CANDIDACY_ID, opened.id());
        ex.setVariable(STAFF_ID, opened.candidate().id());
        ex.setVariable(REFERENCE, opened.reference());
        ex.setVariable(STAFF_NAME, opened.candidate().fullName());
        ex.setVariable(SCHOOL_NAME, opened.schoolName());
        ex.setVariable(CANDIDATE, opened.candidate().username());
        ex.setVariable(HEADTEACHER, opened.headteacher());
        // Forms name people by their names, never their user ids.
        ex.setVariable(HEADTEACHER_NAME, directory.findByUsername(opened.headteacher()).map(h -> h.fullName()).orElse("your headteacher"));
        ex.setVariable(COORDINATOR, opened.coordinator());
        ex.setVariable(HR, directory.hrAdviser(opened.candidate()).map(hr -> hr.username()).orElse(opened.headteacher()));
        if (!opened.coordinator().equals(opened.headteacher())) {
            CaseAccessListener.grantRead(ex, opened.coordinator());
        }
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(STAFF_ID, CANDIDACY_ID, REFERENCE, STAFF_NAME, SCHOOL_NAME, CANDIDATE, HEADTEACHER, HEADTEACHER_NAME, COORDINATOR, HR);
    }
}
