package uk.staffcareers.platform;

import java.util.List;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider signed someone in: the directory's account of their email (SchoolAccounts) becomes the signed-in
 * user's name, which Camunda's webapps take for the user (SchoolAccountAuthenticationProvider). Someone the directory
 * does not know, or a leaver, is refused here, so that no session of theirs is ever made (SchoolAccountRefused).
 */
class SchoolAccountUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal, which the refusal page tells from a failure of the provider. */
    static final String NOT_IN_DIRECTORY = "not_in_staff_directory";

    private final OidcUserService provider = new OidcUserService();
    private final SchoolAccounts accounts;
    private final SignInSettings settings;

    SchoolAccountUsers(SchoolAccounts accounts, SignInSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Object email = user.getAttributes().get(settings.emailClaim());
        SchoolAccounts.Match match = accounts.match(email == null ? null : email.toString(), user.getAttributes().get("email_verified"));
        if (!match.matched()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NOT_IN_DIRECTORY, match.refusal(), null), match.refusal());
        }
        return new StaffUser(user, match.username());
    }

    /** The provider's user, named by the account it signs in as. */
    static final class StaffUser extends DefaultOidcUser {

        private final String username;

        StaffUser(OidcUser user, String username) {
            super(List.of(), user.getIdToken(), user.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StaffUser staff && staff.username.equals(username) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
