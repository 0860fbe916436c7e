package uk.staffcareers.platform;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who a school account is in Staff careers: the one member of staff whose work email (any capitals) the provider's
 * token carries, while their account is open. Groups and schools come from the directory's accounts, never from the
 * token. Asked at every sign-in and for every bearer token; the answer is kept as briefly as a verified login, and
 * forgotten with it when any account changes (VerifiedLogins).
 */
@Component
class SchoolAccounts {

    /** The account's user name, or the reason, in the person's own words, why there is none. */
    record Match(String username, String refusal) {

        static Match refused(String refusal) {
            return new Match(null, refusal);
        }

        boolean matched() {
            return username != null;
        }
    }

    private final StaffLookup directory;
    private final IdentityService identity;
    private final VerifiedLogins verified;

    SchoolAccounts(StaffLookup directory, IdentityService identity, VerifiedLogins verified) {
        this.directory = directory;
        this.identity = identity;
        this.verified = verified;
    }

    /**
     * The account of this email; a provider that says the address is not verified (email_verified: false) is not
     * believed, since anyone could have typed it.
     */
    Match match(String email, Object emailVerified) {
        if (email == null || email.isBlank()) {
            return Match.refused("Your school account did not tell Staff careers your email address, which is how the staff "
                    + "directory knows you.");
        }
        if (Boolean.FALSE.equals(emailVerified) || "false".equals(emailVerified)) {
            return Match.refused("Your school account has not verified the email address " + email + ".");
        }
        return verified.account(email.strip().toLowerCase(Locale.ROOT), () -> lookUp(email.strip()));
    }

    private Match lookUp(String email) {
        List<? extends Person> found = directory.withEmail(email);
        if (found.isEmpty()) {
            return Match.refused("The staff directory has no one with the email address " + email + ".");
        }
        if (found.size() > 1) {
            return Match.refused("More than one person in the staff directory has the email address " + email
                    + ", so Staff careers cannot tell which of them you are.");
        }
        Person member = found.get(0);
        if (directory.hasLeft(member.id())) {
            return Match.refused("The account of " + member.fullName() + " (" + email + ") is closed: the staff directory "
                    + "records that your employment has ended.");
        }
        if (identity.createUserQuery().userId(member.username()).count() == 0) {
            return Match.refused("The staff directory knows " + member.fullName() + " (" + email + "), but no account has been "
                    + "made for you yet.");
        }
        return new Match(member.username(), null);
    }
}
