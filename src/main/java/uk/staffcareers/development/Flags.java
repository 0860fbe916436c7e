package uk.staffcareers.development;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Yes/no answers of the forms, where an unticked box may arrive as no variable at all. */
final class Flags {

    /** The situation questions of the clarify form that the decision tables read. */
    static final List<String> SITUATION = List.of("basicSkillsFirst", "statutoryRequirement", "noRelevantQualification",
            "specialistNeed", "inHouseSupportAvailable", "aspiresToSeniorRole", "wantsStandardsConfirmation",
            "mentorAvailable", "higherLevelSkills", "canCommitStudyTime", "sufficientLiteracyNumeracy");

    private Flags() {
    }

    static boolean of(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }
}
