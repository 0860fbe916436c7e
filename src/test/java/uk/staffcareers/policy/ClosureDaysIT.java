package uk.staffcareers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** The central team keeps the trust's closure days; the trust's staff read them; working days follow them at once. */
class ClosureDaysIT extends IntegrationTest {

    private static final String CLOSURES = "/api/trusts/lt2/closure-days";
    private static final Map<String, Object> CHRISTMAS = Map.of("firstDay", "2026-12-21", "lastDay", "2027-01-01",
            "description", "the Christmas holiday");

    @Autowired
    private SchoolCalendars calendars;

    @Test
    void theCentralTeamChangesTheClosureDaysTheStaffReadThem() {
        List<Map<String, Object>> demoYear = list("kate.morgan", CLOSURES);
        assertThat(demoYear).hasSize(11).contains(CHRISTMAS)
                .contains(Map.of("firstDay", "2027-01-04", "lastDay", "2027-01-04", "description", "an INSET day"));
        assertThat(list("helen.carter", CLOSURES)).as("a headteacher").isEqualTo(demoYear);
        assertThat(list("amy.hughes", CLOSURES)).as("a teaching assistant").isEqualTo(demoYear);
        assertThat(list("paul.young", CLOSURES)).as("another school's business manager").isEqualTo(demoYear);

        LocalDate friday = LocalDate.of(2027, 5, 28);
        assertThat(calendars.forTrust("lt2").isWorkingDay(friday)).isTrue();
        List<Map<String, Object>> withExtraInset = new ArrayList<>(demoYear);
        withExtraInset.add(Map.of("firstDay", "2027-05-28", "lastDay", "2027-05-28", "description", "an INSET day"));

        ResponseEntity<String> byHeadteacher = put("helen.carter", withExtraInset);
        assertThat(byHeadteacher.getStatusCode().value()).isEqualTo(403);
        assertThat(byHeadteacher.getBody()).contains("Only the trust's central team changes the closure days");
        assertThat(put("tom.bennett", withExtraInset).getStatusCode().value()).as("a teacher").isEqualTo(403);
        assertThat(list("kate.morgan", CLOSURES)).as("nothing changed").isEqualTo(demoYear);

        List<Map<String, Object>> backwards = new ArrayList<>(withExtraInset);
        backwards.add(Map.of("firstDay", "2027-06-04", "lastDay", "2027-06-01", "description", "a mistake"));
        ResponseEntity<String> refused = put("kate.morgan", backwards);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("The closure 'a mistake' ends (Tuesday 1 June 2027) before it starts (Friday 4 June 2027)");
        assertThat(list("kate.morgan", CLOSURES)).as("nothing changed").isEqualTo(demoYear);

        try {
            assertThat(put("kate.morgan", withExtraInset).getStatusCode().value()).isEqualTo(200);
            assertThat(list("helen.carter", CLOSURES)).hasSize(12);
            assertThat(calendars.forTrust("lt2").whyNotWorking(friday)).contains("Friday 28 May 2027 is an INSET day");
            assertThat(put("sarah.whitfield", demoYear).getStatusCode().value()).as("the CEO").isEqualTo(200);
            assertThat(calendars.forTrust("lt2").isWorkingDay(friday)).isTrue();
        } finally {
            put("kate.morgan", demoYear);
        }
    }

    @Test
    void anotherTrustsClosureDaysAreNotFound() {
        assertThat(get("kate.morgan", "/api/trusts/another-trust/closure-days").getStatusCode().value()).isEqualTo(404);
        assertThat(as("kate.morgan").exchange("/api/trusts/another-trust/closure-days", HttpMethod.PUT,
                new HttpEntity<>(List.of(CHRISTMAS)), String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(get("prime.consortium", CLOSURES).getStatusCode().value()).as("the assessment provider").isEqualTo(404);
    }

    private ResponseEntity<String> put(String user, List<Map<String, Object>> body) {
        return as(user).exchange(CLOSURES, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }
}
