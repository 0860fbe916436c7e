package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.staff.QualificationSubject.ENGLISH_LITERACY;
import static uk.staffcareers.staff.QualificationSubject.MATHS_NUMERACY;
import static uk.staffcareers.staff.QualificationSubject.OTHER;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/** Standard 11 (level 2 English/literacy and maths/numeracy) read from each qualification's recorded subject, not its title. */
class CareerProfileTest {

    private static final StaffMember TA = new StaffMember("E1005", "ben.lewis", "Ben", "Lewis", "ben@example.org", "lt2", "oakfield",
            Role.TEACHING_ASSISTANT, CareerStage.PROFICIENT, 1, ContractType.PERMANENT, null, LocalDate.of(2021, 9, 1), null,
            false, false, null);

    @Test
    void level2LiteracyAndNumeracyCountWhateverTheirTitles() {
        Qualification literacy = q("Adult Certificate in Literacy at Level 2", ENGLISH_LITERACY, 2);
        assertThat(standard11(literacy, q("Functional Skills Maths Level 2", MATHS_NUMERACY, 2))).isTrue();
        assertThat(standard11(literacy, q("Numeracy", MATHS_NUMERACY, 2))).isTrue();
    }

    @Test
    void eachSubjectIsNeededAtLevel2() {
        assertThat(standard11(q("Adult Certificate in Literacy at Level 2", ENGLISH_LITERACY, 2))).as("no maths").isFalse();
        assertThat(standard11(q("Functional Skills English Level 1", ENGLISH_LITERACY, 1), q("Numeracy", MATHS_NUMERACY, 2)))
                .as("literacy at level 1").isFalse();
    }

    @Test
    void theRecordedSubjectDecidesNotTheWordsOfTheTitle() {
        // Supporting pupils who learn English as an additional language is not the candidate's own English.
        Qualification eal = q("Certificate in Supporting English as an Additional Language", OTHER, 3);
        assertThat(standard11(eal, q("Numeracy", MATHS_NUMERACY, 2))).isFalse();
        assertThat(standard11(q("Key Skills Communication", ENGLISH_LITERACY, 2), q("Application of Number", MATHS_NUMERACY, 2)))
                .isTrue();
    }

    private static boolean standard11(Qualification... qualifications) {
        return CareerProfile.of(TA, List.of(qualifications)).hasL2EnglishAndMaths();
    }

    private static Qualification q(String title, QualificationSubject subject, int level) {
        return new Qualification(title, QualificationType.GENERAL, subject, level, LocalDate.of(2020, 7, 1));
    }
}
