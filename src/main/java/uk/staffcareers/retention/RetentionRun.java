package uk.staffcareers.retention;

import java.time.LocalDateTime;

/**
 * One run of the clean-up and what it deleted: cases (a concern counted once, its capability cases apart), and the
 * documents, notifications, mails and engine histories that went with them or had passed their own time.
 *
 * @param trustId null for the nightly run, which covers every trust
 */
public record RetentionRun(long id, String trustId, String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt,
        int appraisals, int concerns, int capabilityCases, int hltaCandidacies, int developmentPlans, int documents,
        int notifications, int mails, int caseHistories, String summary) {
}
