package uk.staffcareers.platform;

/** The application will not start with this administrator's password; the message says why. */
class AdminPasswordRefused extends RuntimeException {

    AdminPasswordRefused(String reason) {
        super(reason);
    }
}
