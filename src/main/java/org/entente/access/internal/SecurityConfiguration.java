package org.entente.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.entente.register.Exercises;
import org.entente.web.Problems;
import org.entente.web.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * Two ways in. The API ({@code /api/**}) is stateless: scripts send a personal access token as a
 * bearer token, there are no sessions and so no CSRF; a refusal is a problem answer. The pages sign
 * in with a form (each password checked by {@link PasswordSignIns}, the one provider of passwords, which slows guessing), keep a session (a new id at sign-in), and guard every form with a CSRF token. Both
 * authorize every request by the one access table, and send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenIntrospector tokens, Exercises exercises) throws Exception {
        PolicyAuthorization policy = new PolicyAuthorization(exercises);
        AuthenticationEntryPoint signInNeeded = (request, response, e) -> problem(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Sign-in needed", "send a personal access token: Authorization: Bearer ent_...", true);
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpServletResponse.SC_FORBIDDEN,
                "Forbidden", "your roles do not allow this request", false);
        // The same answers whether a token is missing or bad (resource server) or the table refuses (authorization);
        // an address no row of the table names is not found, whoever asks.
        return http.securityMatcher("/api/**")
                .addFilterBefore(new UnknownAddresses(policy), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(policy))
                .oauth2ResourceServer(server -> server
                        .opaqueToken(opaque -> opaque.introspector(tokens))
                        .authenticationEntryPoint(signInNeeded)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInNeeded).accessDeniedHandler(forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers)
                .build();
    }

    /**
     * Pages. Where a client registration {@code sso} is configured ({@code spring.security.oauth2.client.*},
     * see the README), people may also sign in through that OpenID provider.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> singleSignOn, SingleSignOnUsers users, Exercises exercises)
            throws Exception {
        if (singleSignOn.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/sign-in").defaultSuccessUrl("/", false).failureUrl("/sign-in?failed")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)));
        }
        // An address no row of the access table names is not found, whoever asks: a signed-out reader who mistyped an
        // address is not sent to the sign-in page, nor a signed-in one told their roles do not allow it.
        PolicyAuthorization policy = new PolicyAuthorization(exercises);
        return http
                .addFilterBefore(new UnknownAddresses(policy), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(policy))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in").defaultSuccessUrl("/", false)
                        .failureUrl("/sign-in?failed").permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(this::headers)
                .build();
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        // The security headers are defined once (SecurityHeaders), for Tomcat's and the error page's answers too;
        // Spring Security's other defaults stay: no caching, HSTS on HTTPS.
        headers.contentTypeOptions(options -> options.disable())
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter((request, response) -> SecurityHeaders.addTo(response));
    }

    /** An RFC 9457 problem answer, written by the security filters before any controller runs. */
    private static void problem(HttpServletResponse response, int status, String title, String detail, boolean bearerChallenge) throws IOException {
        if (bearerChallenge) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        Problems.write(response, Problems.of(HttpStatus.valueOf(status), title, detail, List.of()));
    }
}
