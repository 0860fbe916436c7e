package uk.staffcareers.platform;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in with school accounts (staffcareers.sign-in.mode: oidc): Spring Security's OAuth2 client signs staff in to
 * Tasklist, Cockpit and Admin at the trust's identity provider, and Camunda's ContainerBasedAuthenticationFilter hands
 * the matched account to the webapps; its resource server checks the provider's bearer tokens for the REST APIs, which
 * RestAuthenticationFilter then authenticates like any login. Camunda's own password form is closed; only the accounts
 * that keep a password (the administrator) use Spring's password page at /login.
 */
@Configuration
@ConditionalOnProperty(name = "staffcareers.sign-in.mode", havingValue = "oidc")
class SchoolSignInConfiguration {

    private static final String PROVIDER_LOGIN = "/oauth2/authorization/" + SignInSettings.REGISTRATION_ID;
    private static final Pattern CAMUNDA_LOGOUT = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/logout");

    private final SignInSettings settings;

    SchoolSignInConfiguration(SignInSettings settings) {
        if (isBlank(settings.issuerUri()) || isBlank(settings.clientId())) {
            throw new IllegalStateException("Signing in with school accounts (STAFFCAREERS_SIGN_IN=oidc) needs the provider's issuer "
                    + "(STAFFCAREERS_OIDC_ISSUER) and the application's client id (STAFFCAREERS_OIDC_CLIENT_ID)");
        }
        this.settings = settings;
    }

    /** The provider's endpoints come from its discovery document, read at the first sign-in rather than at start-up. */
    @Bean
    ClientRegistrationRepository schoolAccountProvider() {
        return new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId(SignInSettings.REGISTRATION_ID)
                        .clientId(settings.clientId()).clientSecret(settings.clientSecret()).scope("openid", "profile", "email")
                        .clientName(settings.providerName()).build()));
    }

    @Bean
    JwtDecoder providerTokenDecoder() {
        return ProviderTokens.decoder(settings);
    }

    /** /api and /engine-rest: a bearer token is checked here; every request is then authenticated by RestAuthenticationFilter. */
    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, JwtDecoder decoder, SchoolAccounts accounts) throws Exception {
        AuthenticationEntryPoint refused = (request, response, failure) -> Unauthenticated.answer(request, response, "Bearer",
                failure instanceof InvalidBearerTokenException ? "The bearer token was refused: " + failure.getMessage()
                        : "Send a valid bearer token from " + settings.providerName());
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(refused)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(ProviderTokens.accounts(accounts, settings))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable).headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable).logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The webapps: signed in at the provider, or (listed accounts only) with a password at /login. */
    @Bean
    @Order(2)
    SecurityFilterChain webapps(HttpSecurity http, ClientRegistrationRepository provider, SchoolAccounts accounts,
            IdentityService identity, LoginThrottle throttle) throws Exception {
        RequestMatcher webapps = new OrRequestMatcher(path("/camunda/app/**"), path("/camunda/api/**"));
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/camunda/app/**"));
        http.authorizeHttpRequests(requests -> requests
                        // Camunda's own password form: passwords are taken only at /login, and only from the listed accounts.
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*"))
                        .denyAll()
                        .requestMatchers(webapps).authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login.clientRegistrationRepository(provider).loginPage(PROVIDER_LOGIN)
                        .userInfoEndpoint(users -> users.oidcUserService(new SchoolAccountUsers(accounts, settings)))
                        .failureHandler(new SchoolAccountRefused(settings)))
                // A page goes to the provider; the webapps' own API calls get 401, on which their script shows the signed-out page.
                // (Defaults rather than one entry point, so that Spring still makes the password page at /login.)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, failure) -> Unauthenticated.answer(request, response,
                                "Bearer", "Sign in with " + settings.providerName() + ": Tasklist, Cockpit and Admin take no passwords here"),
                                path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(PROVIDER_LOGIN), AnyRequestMatcher.INSTANCE))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(SchoolSignInConfiguration::camundaLogout,
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout")))
                        .logoutSuccessHandler((request, response, signedOut) -> {
                            if (camundaLogoutPath(request)) {
                                response.setStatus(200);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/signed-out");
                            }
                        }))
                // Spring's CSRF token guards its own forms (the password page, sign out); Camunda guards its API itself.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))))
                .headers(AbstractHttpConfigurer::disable);
        if (!settings.passwordAccounts().isEmpty()) {
            http.formLogin(form -> form.defaultSuccessUrl("/camunda/app/admin/default/"))
                    .authenticationProvider(new PasswordAccounts(identity, throttle, settings));
        }
        return http.build();
    }

    /** Camunda's webapps see the account Spring Security signed in (SchoolAccountAuthenticationProvider), right after its filter. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsSeeTheSignedInAccount() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SchoolAccountAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("school-account-webapps");
        return registration;
    }

    /** Tasklist's, Cockpit's and Admin's "Log out", with the session's CSRF token as Camunda's own check wants it. */
    private static boolean camundaLogout(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && camundaLogoutPath(request) && WebappSession.csrfTokenSent(request);
    }

    private static boolean camundaLogoutPath(HttpServletRequest request) {
        return CAMUNDA_LOGOUT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
