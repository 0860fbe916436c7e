package uk.staffcareers.retention;

/** What a run has deleted so far. */
final class Tally {

    int appraisals;
    int concerns;
    int capabilityCases;
    int hltaCandidacies;
    int developmentPlans;
    int documents;
    int notifications;
    int mails;
    int caseHistories;

    void add(Expired expired, CaseRecords.Deleted deleted) {
        switch (expired.kind()) {
            case APPRAISAL -> appraisals++;
            case CONCERN -> {
                concerns++;
                capabilityCases += expired.caseRefs().size() - 1;
            }
            case HLTA_CANDIDACY -> hltaCandidacies++;
            case DEVELOPMENT_PLAN -> developmentPlans++;
        }
        documents += deleted.documents();
        notifications += deleted.notifications();
        mails += deleted.mails();
        caseHistories += deleted.histories();
    }

    String summary() {
        return "Deleted " + appraisals + " appraisals, " + concerns + " performance concerns with " + capabilityCases
                + " capability cases, " + hltaCandidacies + " HLTA candidacies, " + developmentPlans + " development plans, "
                + documents + " documents, " + notifications + " notifications, " + mails + " mails and the engine's history of "
                + caseHistories + " processes";
    }
}
