package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.APPRAISER_OPTIONS;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.APPRAISER_STAFF_ID;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.PROPOSED_APPRAISER_NAME;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.STAFF_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.FormOptions;
import uk.staffcareers.platform.FormValues;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Whom the headteacher may choose as appraiser (AppraiserChoice), as the directory has the school when the form is
 * opened: someone who joined after the launch is offered, someone who left is not. The headteacher picks a name; the
 * form sends the staff number. The form also names whom the case proposes (appraiserStaffId, the line manager or
 * nobody), as the directory names them then.
 */
@Component
class ChooseAppraiserFormValues implements FormValues {

    private final StaffDirectory directory;

    ChooseAppraiserFormValues(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> forms() {
        return Set.of("appraisal-choose-appraiser");
    }

    @Override
    public Map<String, TypedValue> valuesFor(VariableScope caseScope) {
        Map<String, TypedValue> values = new HashMap<>();
        values.put(PROPOSED_APPRAISER_NAME.name(), Variables.stringValue(Optional.ofNullable(APPRAISER_STAFF_ID.get(caseScope))
                .flatMap(directory::find).map(StaffMember::fullName).orElse("nobody")));
        directory.find(STAFF_ID.required(caseScope)).ifPresent(staff -> values.put(APPRAISER_OPTIONS.name(),
                FormOptions.people(AppraiserChoice.candidates(directory, staff), s -> s.fullName() + " (" + s.role().title() + ")")));
        return values;
    }
}
