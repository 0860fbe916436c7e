package uk.staffcareers.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A headteacher's queries start from the school's staff, the central team's from the case table; both keep only rows with a case. */
class CaseRouteTest {

    @Test
    void oneSchoolFromItsStaffTheConditionKeptInTheJoin() {
        assertThat(CaseRoute.from(List.of("oakfield"), "appraisal", "a", "a.period_label = :label")).isEqualTo(
                "staff_member s left join appraisal a on a.staff_id = s.id and a.period_label = :label where a.staff_id = s.id");
    }

    @Test
    void everySchoolFromTheCaseTable() {
        assertThat(CaseRoute.from(List.of("oakfield", "riverside"), "hlta_candidacy", "c"))
                .isEqualTo("hlta_candidacy c left join staff_member s on s.id = c.staff_id where c.staff_id = s.id");
    }
}
