package uk.staffcareers.mail;

/** Whether a person wants reminders of tasks falling due and, as a headteacher, the weekly digest. */
public record MailPreference(Boolean reminders, Boolean digests) {

    public static final MailPreference ALL = new MailPreference(true, true);
}
