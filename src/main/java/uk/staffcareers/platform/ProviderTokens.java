package uk.staffcareers.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The provider's bearer tokens for the REST APIs: a JWT signed with the provider's keys (its discovery document names
 * them), issued by it, meant for this application (aud) and not expired, whose email is an open account in the
 * directory. Spring Security's resource server checks it; RestAuthenticationFilter then authenticates the engine as
 * the account, as for HTTP Basic.
 */
final class ProviderTokens {

    private ProviderTokens() {
    }

    /** Checks signature, issuer, audience and times; the provider's keys are fetched at the first token, not at start-up. */
    static JwtDecoder decoder(SignInSettings settings) {
        List<String> audiences = settings.audiences();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuerUri()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains))));
            return decoder;
        });
    }

    /** The token's account by its email claim; someone the directory does not know is refused (401) like a bad token. */
    static Converter<Jwt, AbstractAuthenticationToken> accounts(SchoolAccounts accounts, SignInSettings settings) {
        return jwt -> {
            SchoolAccounts.Match match = accounts.match(jwt.getClaimAsString(settings.emailClaim()), jwt.getClaims().get("email_verified"));
            if (!match.matched()) {
                throw new InvalidBearerTokenException(match.refusal());
            }
            return new JwtAuthenticationToken(jwt, List.of(), match.username());
        };
    }

    /** The account of this request's bearer token, once the resource server accepted it; empty without one. */
    static Optional<String> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token && token.isAuthenticated() ? Optional.of(token.getName())
                : Optional.empty();
    }
}
