package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which accounts may use a password, and which audience a bearer token must name, as the settings say. */
class SignInSettingsTest {

    @Test
    void locallyEveryAccountHasAPasswordWithAProviderOnlyTheListedOnes() {
        SignInSettings local = new SignInSettings(null, null, null, null, null, null, List.of("admin"), null);
        assertThat(local.withProvider()).isFalse();
        assertThat(local.acceptsPasswordOf("amy.hughes")).isTrue();

        SignInSettings oidc = new SignInSettings(SignInSettings.Mode.OIDC, "https://issuer", "staff-careers", "s", null, null,
                List.of(" admin ", ""), null);
        assertThat(oidc.acceptsPasswordOf("admin")).isTrue();
        assertThat(oidc.acceptsPasswordOf("amy.hughes")).isFalse();
        assertThat(oidc.emailClaim()).isEqualTo("email");
        assertThat(oidc.providerName()).isEqualTo("your school account");
    }

    @Test
    void aBearerTokenIsMeantForTheClientUnlessOtherAudiencesAreNamed() {
        assertThat(new SignInSettings(SignInSettings.Mode.OIDC, "i", "staff-careers", null, null, null, null, List.of("")).audiences())
                .containsExactly("staff-careers");
        assertThat(new SignInSettings(SignInSettings.Mode.OIDC, "i", "staff-careers", null, null, null, null,
                List.of("api://staff-careers", "staff-careers")).audiences()).containsExactly("api://staff-careers", "staff-careers");
    }
}
