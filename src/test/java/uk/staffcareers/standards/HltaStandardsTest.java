package uk.staffcareers.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import uk.staffcareers.ServiceSliceTest;

/** The migration ships all 33 standards, numbered and grouped as in the trust's career-stage expectations. */
@ServiceSliceTest
@Import(HltaStandards.class)
class HltaStandardsTest {

    @Autowired
    HltaStandards standards;

    @Test
    void all33StandardsAreNumberedOneToThirtyThree() {
        assertThat(standards.all()).extracting(HltaStandard::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, HltaStandards.COUNT).boxed().toList());
        assertThat(standards.all()).allSatisfy(s -> assertThat(s.text()).isNotBlank().doesNotContain("<"));
    }

    @Test
    void theyFallUnderTheThreeHeadingsOfTheAssessment() {
        Map<StandardGroup, Long> perGroup = standards.all().stream()
                .collect(Collectors.groupingBy(HltaStandard::group, Collectors.counting()));
        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.of(StandardGroup.PROFESSIONAL_ATTRIBUTES, 7L,
                StandardGroup.KNOWLEDGE_AND_UNDERSTANDING, 9L, StandardGroup.PROFESSIONAL_SKILLS, 17L));
    }

    @Test
    void theStandardsTheJourneyChecksByNameAreWhereTheSourceHasThem() {
        List<HltaStandard> all = standards.all();
        assertThat(all.get(10).numbered()).isEqualTo("11. Have achieved a nationally recognised qualification at level 2 "
                + "or above in English/literacy and Mathematics/numeracy");
        assertThat(all.get(12).text()).isEqualTo("Know how statutory and non-statutory frameworks for the school "
                + "curriculum relate to the age and ability ranges of the learners they support");
        assertThat(all.get(30).text()).isEqualTo("Advance learning when working with whole classes without the presence of the assigned teacher");
        assertThat(all.get(25).heading()).isEqualTo("Professional skills: teaching and learning activities");
    }
}
