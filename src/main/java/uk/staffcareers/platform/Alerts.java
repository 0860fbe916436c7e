package uk.staffcareers.platform;

/** A notification to one person, and its email, for the platform's own work (a task handed over); notifications sends it. */
public interface Alerts {

    /** To the account's holder; caseRef may be null. */
    void send(String recipient, String subject, String body, String caseRef);
}
