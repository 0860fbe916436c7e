package uk.staffcareers.mail;

/** Why a mail is sent; a person may turn off reminders and digests, never the others. */
public enum MailKind {
    /** A task was given to the recipient. */
    ASSIGNMENT,
    /** A task of the recipient's falls due soon. */
    REMINDER,
    /** A headteacher's weekly list of their school's overdue tasks. */
    DIGEST,
    /** An alert or escalation a process raises (everything sent through Notifications). */
    ALERT,
    /** What a launch did, for the person who launched it. */
    SUMMARY
}
