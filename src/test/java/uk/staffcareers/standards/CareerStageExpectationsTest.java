package uk.staffcareers.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.ServiceSliceTest;

/** The shipped expectations are those of the policy's Appendix B, by stage, level and area. */
@ServiceSliceTest
@Import(CareerStageExpectations.class)
class CareerStageExpectationsTest {

    @Autowired
    CareerStageExpectations expectations;

    @Test
    void core2HasTheStagesConductAndWorkingWithOthersAndItsOwnLevel() {
        var core2 = expectations.of(CareerStage.CORE, 2);
        assertThat(core2.profile()).containsEntry("Experience", "1 - 3 years").containsEntry("Supervisory Responsibility", "None");
        assertThat(core2.expectationsByArea()).containsOnlyKeys("Personal and professional conduct", "Knowledge and understanding",
                "Teaching and learning", "Working with others");
        assertThat(core2.expectationsByArea().get("Personal and professional conduct")).hasSize(5);
        assertThat(core2.expectationsByArea().get("Knowledge and understanding")).hasSize(3)
                .first().asString().startsWith("In advance of lessons, read through planning");
        assertThat(core2.expectationsByArea().get("Teaching and learning")).hasSize(6);
        assertThat(core2.expectationsByArea().get("Working with others")).hasSize(4)
                .last().asString().isEqualTo("With guidance, communicate with parents/carers and other professionals regarding individual pupils.");
    }

    @Test
    void experiencedLevelsAddToTheHltaStandards() {
        var experienced3 = expectations.of(CareerStage.EXPERIENCED, 3);
        assertThat(experienced3.expectationsByArea()).containsKeys("Professional Attributes",
                "Professional Skills - Planning and Expectations", "Professional Skills - Teaching and Learning Activities");
        assertThat(experienced3.expectationsByArea().get("Professional Attributes")).containsExactly(
                "Take the lead on disseminating resources/advice to support staff and parents/carers around their specialist area of expertise (e.g., newsletters, workshops...)");
        assertThat(experienced3.profile().get("Supervisory Responsibility")).contains("supervise a class in the absence of a teacher");
    }

    @Test
    void teachersObjectivesFocusOnFiveAreasAndLevelsRunOneToThree() {
        assertThat(expectations.teacherObjectiveAreas()).hasSize(5).first().isEqualTo("Impact on pupil progress");
        assertThatThrownBy(() -> expectations.of(CareerStage.PROFICIENT, 4)).hasMessageContaining("1 to 3, not 4");
    }
}
