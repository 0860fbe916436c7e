package uk.staffcareers.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How staff sign in (staffcareers.sign-in): with the Camunda accounts' passwords (local: the demo, an installation
 * without an identity provider), or with the trust's identity provider through OpenID Connect (oidc).
 *
 * @param mode             local or oidc
 * @param issuerUri        the provider's issuer, whose discovery document names its endpoints and keys
 * @param clientId         the application's registration at the provider
 * @param clientSecret     its secret
 * @param emailClaim       the claim of ID and bearer tokens that carries the work email (Entra ID: preferred_username)
 * @param providerName     what the pages call the provider ("Microsoft")
 * @param passwordAccounts with oidc, the only accounts that still sign in with a password (the administrator)
 * @param audiences        with oidc, a bearer token must be meant for one of these; none set: the client id
 */
@ConfigurationProperties("staffcareers.sign-in")
record SignInSettings(Mode mode, String issuerUri, String clientId, String clientSecret, String emailClaim,
        String providerName, List<String> passwordAccounts, List<String> audiences) {

    enum Mode { LOCAL, OIDC }

    /** The one client registration, in Spring's words: its redirect URI is /login/oauth2/code/school. */
    static final String REGISTRATION_ID = "school";

    SignInSettings {
        mode = mode == null ? Mode.LOCAL : mode;
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim;
        providerName = providerName == null || providerName.isBlank() ? "your school account" : providerName;
        passwordAccounts = listed(passwordAccounts);
        audiences = listed(audiences).isEmpty() ? listed(clientId == null ? null : List.of(clientId)) : listed(audiences);
    }

    private static List<String> listed(List<String> names) {
        return names == null ? List.of() : names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    boolean withProvider() {
        return mode == Mode.OIDC;
    }

    /** Whether this account may sign in with its password: every account locally, with a provider only those listed. */
    boolean acceptsPasswordOf(String user) {
        return !withProvider() || passwordAccounts.contains(user);
    }
}
