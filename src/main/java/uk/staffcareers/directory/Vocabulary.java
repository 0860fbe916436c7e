package uk.staffcareers.directory;

import java.util.List;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.Role;

/** The words a file uses for the directory's fixed values; the first of each list is how this application writes it. */
final class Vocabulary {

    private Vocabulary() {
    }

    static List<String> role(Role role) {
        return switch (role) {
            case TEACHING_ASSISTANT -> List.of("Teaching assistant", "TA");
            case HLTA -> List.of("HLTA", "Higher level teaching assistant");
            case TEACHER -> List.of("Teacher");
            case HEADTEACHER -> List.of("Headteacher", "Head teacher");
            case SCHOOL_BUSINESS_MANAGER -> List.of("School business manager", "SBM");
            case CEO -> List.of("CEO", "Chief executive");
            case CHAIR_OF_TRUSTEES -> List.of("Chair of trustees");
            case EXTERNAL_ADVISER -> List.of("External adviser");
            case HR_ADVISER -> List.of("HR adviser", "HR");
        };
    }

    static List<String> contract(ContractType type) {
        return List.of(Cells.spoken(type));
    }

    static List<String> stage(CareerStage stage) {
        return List.of(Cells.spoken(stage));
    }

    static List<String> type(QualificationType type) {
        return List.of(Cells.spoken(type));
    }

    static List<String> subject(QualificationSubject subject) {
        return switch (subject) {
            case ENGLISH_LITERACY -> List.of("English or literacy", "English", "Literacy");
            case MATHS_NUMERACY -> List.of("Maths or numeracy", "Maths", "Mathematics", "Numeracy");
            case OTHER -> List.of("Other");
        };
    }
}
