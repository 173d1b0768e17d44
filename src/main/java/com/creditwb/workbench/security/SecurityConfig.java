package com.creditwb.workbench.security;

import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.web.ApiJson;
import com.creditwb.workbench.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three filter chains: the REST API (HTTP Basic over the same users, stateless), the API description
 * (public in demo mode only), and the Vaadin UI (form login). Both sign-ins go through the login
 * throttle. Method security checks roles on every service.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The password check every sign-in goes through: counted by the throttle before the hash is compared. */
    @Bean
    ThrottledAuthenticationProvider throttledAuthentication(UserDetailsService userDetails, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao, throttle, encoder);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserDetailsService userDetails, ThrottledAuthenticationProvider throttled,
            LoginThrottle throttle, AuthenticationEventPublisher events, Messages messages) throws Exception {
        AuthenticationProvider api = refusingOneTimePasswords(new VerifiedCredentialsProvider(throttled, userDetails, throttle));
        ProviderManager manager = new ProviderManager(api);
        manager.setAuthenticationEventPublisher(events);
        AuthenticationEntryPoint entryPoint = unauthorized(messages);
        return http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler((request, response, denied) -> {
                    response.setStatus(HttpStatus.FORBIDDEN.value());
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(ApiJson.message(messages.get("error.accessDenied")));
                }))
                .build();
    }

    /**
     * The actuator's endpoints: the health probes (status only, for a load balancer) answer anyone; metrics and health
     * details need an ADMIN by HTTP Basic, never a UI session. Stateless, no CSRF (nothing here writes).
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, UserDetailsService userDetails, ThrottledAuthenticationProvider throttled,
            LoginThrottle throttle, Messages messages) throws Exception {
        AuthenticationEntryPoint entryPoint = unauthorized(messages);
        return http.securityMatcher(org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest.toAnyEndpoint())
                .authenticationManager(new ProviderManager(refusingOneTimePasswords(new VerifiedCredentialsProvider(throttled, userDetails, throttle))))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest
                                .to(org.springframework.boot.health.actuate.endpoint.HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .csrf(c -> c.disable())
                .sessionManagement(sm -> sm.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .build();
    }

    /** Swagger UI and the OpenAPI description: open in demo mode, for signed-in users (UI session or Basic) otherwise. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsChain(HttpSecurity http, Environment environment, ThrottledAuthenticationProvider throttled,
            Messages messages)
            throws Exception {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        return http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(new ProviderManager(refusingOneTimePasswords(throttled)))
                .authorizeHttpRequests(a -> {
                    if (demo) {
                        a.anyRequest().permitAll();
                    } else {
                        // signed in, and not on a one-time password still to be changed (a UI session of one included)
                        a.anyRequest().access((auth, context) -> new org.springframework.security.authorization.AuthorizationDecision(
                                auth.get() != null && auth.get().isAuthenticated()
                                        && !(auth.get() instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                                        && auth.get().getAuthorities().stream().noneMatch(x ->
                                                DatabaseUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(x.getAuthority()))));
                    }
                })
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized(messages)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(messages)))
                .csrf(c -> c.disable())
                .build();
    }

    /** A one-time password must be changed (in the UI) before the API or its description take it. */
    private static AuthenticationProvider refusingOneTimePasswords(AuthenticationProvider provider) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                Authentication result = provider.authenticate(authentication);
                if (result != null && result.getAuthorities().stream()
                        .anyMatch(a -> DatabaseUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))) {
                    throw new CredentialsExpiredException("one-time password");
                }
                return result;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }
        };
    }

    /**
     * 401 with a Basic challenge and the API's JSON error, written here rather than with sendError, so the
     * error dispatch never reaches the UI's login redirect.
     */
    private static AuthenticationEntryPoint unauthorized(Messages messages) {
        return (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"workbench\"");
            response.setContentType("application/json;charset=UTF-8");
            String key = e instanceof CredentialsExpiredException ? "api.error.changePassword" : "api.error.authentication";
            response.getWriter().write(ApiJson.message(messages.get(key)));
        };
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, ThrottledAuthenticationProvider throttled) throws Exception {
        return http.authenticationManager(new ProviderManager(throttled))
                .with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class))
                .headers(h -> h.frameOptions(Customizer.withDefaults()).contentSecurityPolicy(csp -> csp.policyDirectives(APP_POLICY)))
                .build();
    }

    /**
     * The app pages' Content-Security-Policy: everything from the workbench itself, nothing from elsewhere; Vaadin's
     * client engine needs inline and eval'd scripts and inline styles (its documented minimum), pictures may be data
     * or blob URLs (charts, uploads' previews), the push channel may be a WebSocket, no page may frame it but its own.
     */
    static final String APP_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
}
