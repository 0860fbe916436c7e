package uk.staffcareers.platform.migration;

import java.util.List;

/**
 * What moving a process's running cases to its latest version does, per older version that still has cases: how
 * many cases, how many would move, the steps with no counterpart (where cases waiting there cannot move), the
 * steps the latest version adds, the engine's objections to the plan, what happens to the timers cases wait on,
 * and, once started, the Camunda batch that moves them.
 */
public record MigrationReport(String processKey, int targetVersion, String targetVersionTag, boolean dryRun, String message,
        List<Source> sources) {

    public record Source(int version, String versionTag, long cases, long casesThatWouldMove, List<Step> withoutCounterpart,
            List<Step> newSteps, List<String> planFailures, List<Timer> timers, String batchId) {

        Source started(String batch) {
            return new Source(version, versionTag, cases, casesThatWouldMove, withoutCounterpart, newSteps, planFailures, timers, batch);
        }
    }

    /** A step by its name and id, with the running cases of that version waiting there. */
    public record Step(String id, String name, long casesWaiting) {
    }

    /** A timer cases wait on: what its date becomes when they move. */
    public record Timer(String id, String name, String definition, long casesWaiting, String afterMigration) {
    }
}
