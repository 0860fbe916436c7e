package uk.staffcareers.platform;

import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The trust's identity provider in the school-account tests: a real OpenID Connect server (mock-oauth2-server) on a
 * free port of this machine, started before the application, with an interactive sign-in page as a person sees one
 * (a user name, and the claims its token should carry). The application is started against it with
 * staffcareers.sign-in.mode: oidc; only the administrator keeps a password. Every test class that names this
 * initializer shares the one application (one Spring context).
 */
public class SchoolAccountProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "trust";
    public static final String CLIENT_ID = "staff-careers";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** A token of the trust's provider for the application, carrying this email (as Entra ID, Keycloak or Google would). */
    public static String token(String email) {
        return server().issueToken(ISSUER, "subject-of-" + email, CLIENT_ID, Map.of("email", email), 3600L).serialize();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "staffcareers.sign-in.mode=oidc",
                "staffcareers.sign-in.issuer-uri=" + server().issuerUrl(ISSUER),
                "staffcareers.sign-in.client-id=" + CLIENT_ID,
                "staffcareers.sign-in.client-secret=not-a-secret",
                "staffcareers.sign-in.provider-name=the trust's sign-in",
                "staffcareers.sign-in.password-accounts=admin").applyTo(context);
    }
}
