package uk.staffcareers.staff;

import java.time.LocalDate;

import uk.staffcareers.platform.Person;

/** One person in the staff directory; schoolId is null for the trust's central team. */
public record StaffMember(
        String id,
        String username,
        String firstName,
        String lastName,
        String email,
        String trustId,
        String schoolId,
        Role role,
        CareerStage careerStage,
        Integer careerLevel,
        ContractType contractType,
        LocalDate contractEnd,
        LocalDate startDate,
        String lineManagerId,
        boolean hasQts,
        boolean hltaStatus,
        LocalDate hltaAwardedOn) implements Person {

    @Override
    public String fullName() {
        return firstName + " " + lastName;
    }

    /** "Proficient 2", or the empty string for staff without a support-staff career stage. */
    public String careerStageAndLevel() {
        if (careerStage == null) {
            return "";
        }
        String stage = careerStage.name().charAt(0) + careerStage.name().substring(1).toLowerCase();
        return stage + " " + careerLevel;
    }
}
