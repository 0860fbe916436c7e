package uk.staffcareers.development;

import java.util.List;

import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/**
 * What the career-progression table needs to know of a member of staff: their stage in the
 * progression framework and the qualifications it asks for.
 *
 * @param stage                TEACHING_ASSISTANT, SENIOR_TEACHING_ASSISTANT, HLTA or NOT_SUPPORT_STAFF
 * @param highestLevel         highest level of a relevant (occupational, vocational or HE) qualification; -1 for none
 * @param hasL2EnglishAndMaths level 2 or above in English or literacy and in maths or numeracy (HLTA standard 11), by the subject recorded
 * @param hltaOrQts            HLTA status or qualified teacher status
 * @param hasSpecialistL4      a relevant qualification at level 4 or above
 */
public record CareerProfile(String stage, int highestLevel, boolean hasL2EnglishAndMaths, boolean hltaOrQts,
        boolean hasSpecialistL4) {

    public static CareerProfile of(StaffMember staff, List<Qualification> qualifications) {
        int highest = qualifications.stream().filter(q -> q.type() != QualificationType.GENERAL)
                .mapToInt(Qualification::level).max().orElse(-1);
        boolean english = qualifications.stream().anyMatch(q -> q.atLevel2In(QualificationSubject.ENGLISH_LITERACY));
        boolean maths = qualifications.stream().anyMatch(q -> q.atLevel2In(QualificationSubject.MATHS_NUMERACY));
        return new CareerProfile(stageOf(staff), highest, english && maths, staff.hltaStatus() || staff.hasQts(), highest >= 4);
    }

    private static String stageOf(StaffMember staff) {
        if (staff.role() == Role.HLTA) {
            return "HLTA";
        }
        if (staff.role() != Role.TEACHING_ASSISTANT || staff.careerStage() == null) {
            return "NOT_SUPPORT_STAFF";
        }
        return switch (staff.careerStage()) {
            case CORE -> "TEACHING_ASSISTANT";
            case PROFICIENT -> "SENIOR_TEACHING_ASSISTANT";
            case EXPERIENCED -> "HLTA";
        };
    }
}
