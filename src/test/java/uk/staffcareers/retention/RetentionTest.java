package uk.staffcareers.retention;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.Trust;

/** The nightly run: one node claims the night and covers every trust; a node that finds the night taken does nothing. */
class RetentionTest {

    private static final LocalDate NIGHT = LocalDate.of(2033, 9, 1);

    private final ExpiredCases expired = mock(ExpiredCases.class);
    private final CaseRecords records = mock(CaseRecords.class);
    private final RetentionRuns runs = mock(RetentionRuns.class);
    private final PolicySettings policies = mock(PolicySettings.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final Retention retention = new Retention(expired, records, runs, policies, directory, mock(JdbcClient.class, RETURNS_DEEP_STUBS),
            Clock.fixed(NIGHT.atTime(1, 30).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")));

    @Test
    void theNodeThatClaimsTheNightCleansEveryTrustAndWritesOneSummary() {
        Expired old = new Expired(Expired.Kind.APPRAISAL, 7, List.of("APPRAISAL-2025/26-E1200"));
        when(runs.claim(NIGHT, Retention.APPLICATION)).thenReturn(Optional.of(41L));
        when(directory.trusts()).thenReturn(List.of(new Trust("lt2", "Learning Together"), new Trust("north", "North Trust")));
        when(policies.forTrust(any())).thenReturn(TrustPolicy.DEFAULTS);
        when(expired.of(eq(Scope.trust("lt2")), eq(TrustPolicy.DEFAULTS), eq(NIGHT))).thenReturn(List.of(old));
        when(records.delete(old)).thenReturn(new CaseRecords.Deleted(2, 3, 1, 1));
        when(runs.finish(eq(41L), any())).thenReturn(new RetentionRun(41, null, Retention.APPLICATION, null, null,
                1, 0, 0, 0, 0, 2, 3, 1, 1, "Deleted 1 appraisals"));

        retention.nightly();

        verify(expired).of(Scope.trust("north"), TrustPolicy.DEFAULTS, NIGHT);
        verify(records).delete(old);
        verify(runs).finish(eq(41L), any(Tally.class));
    }

    @Test
    void aNodeThatFindsTheNightTakenDoesNothing() {
        when(runs.claim(NIGHT, Retention.APPLICATION)).thenReturn(Optional.empty());

        retention.nightly();

        verify(directory, never()).trusts();
        verify(runs, never()).finish(anyLong(), any());
    }
}
