package uk.staffcareers.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.staffcareers.IntegrationTest;

/** The reference data reaches users through the API, on H2 and on PostgreSQL. */
class StandardsIT extends IntegrationTest {

    @Test
    void anyStaffMemberReadsThe33Standards() {
        assertThat(list("jo.pritchard", "/api/standards/hlta")).hasSize(33)
                .first().satisfies(s -> assertThat(s).containsEntry("number", 1).containsEntry("group", "PROFESSIONAL_ATTRIBUTES"));
        assertThat(rest.getForEntity("/api/standards/hlta", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void appraisersReadTheCareerStageExpectations() {
        assertThat(get("tom.bennett", "/api/standards/career-stages/PROFICIENT/2").getBody())
                .contains("\"stage\":\"PROFICIENT\"", "Teaching and learning", "3+ years");
        assertThat(get("tom.bennett", "/api/standards/career-stages/PROFICIENT/4").getStatusCode().value()).isEqualTo(400);
        assertThat(list("tom.bennett", "/api/standards/teacher-objective-areas")).hasSize(5);
    }
}
