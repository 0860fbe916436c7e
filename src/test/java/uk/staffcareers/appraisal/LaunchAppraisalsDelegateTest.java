package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.LaunchVars.*;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.notifications.Notifications;

/** Task_LaunchAppraisals: the launch for a member of staff, a school or the trust, by whoever signed in; they are told how it went. */
class LaunchAppraisalsDelegateTest {

    private final AppraisalLaunch launch = mock(AppraisalLaunch.class);
    private final Notifications notifications = mock(Notifications.class);
    private final LaunchAppraisalsDelegate delegate = new LaunchAppraisalsDelegate(launch, notifications);

    @Test
    void aSchoolsLaunchIsKeyedByYearAndSchoolAndReportedToTheLauncher() {
        when(launch.launch(AppraisalLaunch.Scope.SCHOOL, "oakfield", "2026/27", "helen.carter")).thenReturn(progress(LocalDateTime.of(2026, 9, 7, 9, 5)));
        FakeExecution ex = FakeExecution.with(SCOPE, "SCHOOL", TARGET, "oakfield",
                PERIOD, "2026/27").signedIn("helen.carter");

        ex.run(delegate);

        assertThat(ex.businessKey()).isEqualTo("LAUNCH-2026/27-SCHOOL-oakfield");
        assertThat(ex.variable(LAUNCH_ID)).isEqualTo("L1");
        assertThat(ex.variable(SUMMARY)).isEqualTo(progress(null).text());
        verify(notifications).sendSummary(eq("helen.carter"), eq("Appraisal year 2026/27 launched"), eq(progress(null).text()),
                eq("LAUNCH-2026/27-SCHOOL-oakfield"));
    }

    @Test
    void aLaunchStillRunningSaysWhereToFollowIt() {
        when(launch.launch(AppraisalLaunch.Scope.TRUST, null, null, "sarah.whitfield")).thenReturn(progress(null));
        FakeExecution ex = FakeExecution.with(SCOPE, "TRUST").signedIn("sarah.whitfield");

        ex.run(delegate);

        assertThat(ex.businessKey()).as("the trust's launch names no target").isEqualTo("LAUNCH-2026/27-TRUST");
        verify(notifications).sendSummary(eq("sarah.whitfield"), eq("Appraisal year 2026/27 launch under way"), contains("under Launches"),
                eq("LAUNCH-2026/27-TRUST"));
    }

    @Test
    void anUnknownScopeIsRefused() {
        FakeExecution ex = FakeExecution.with(SCOPE, "EVERYONE").signedIn("sarah.whitfield");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Say for whom");
        verifyNoInteractions(launch, notifications);
    }

    private static LaunchProgress progress(LocalDateTime finishedAt) {
        return new LaunchProgress("L1", "2026/27", "Oakfield", "helen.carter", LocalDateTime.of(2026, 9, 7, 9, 0), finishedAt, 3, 3, 0, 0,
                List.of(), List.of());
    }
}
