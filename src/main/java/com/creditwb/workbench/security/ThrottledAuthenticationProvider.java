package com.creditwb.workbench.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The password check behind the login throttle, for the form login and the API alike: a guess is evaluated
 * only when {@link LoginThrottle#reserve} grants it; a refused one fails like a wrong password (same
 * message, and a hash computed all the same, so neither words nor timing tell a locked account from a
 * wrong password or an unknown user). A database problem while counting is an authentication failure (401),
 * never a 500 or the UI's page.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    /** A hash of nothing anyone knows, checked against a refused guess so that it takes as long as a real one. */
    private final String dummy;

    /** Sign-ins refused: a wrong password, a locked, disabled or unknown user (UI and API alike). */
    private static final io.micrometer.core.instrument.Counter REFUSED = io.micrometer.core.instrument.Counter.builder("workbench.logins.refused")
            .description("Sign-ins refused (wrong password, locked, disabled or unknown user)")
            .register(io.micrometer.core.instrument.Metrics.globalRegistry);

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, PasswordEncoder encoder) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummy = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        boolean granted;
        try {
            granted = username == null || username.isEmpty() || throttle.reserve(username);
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("sign-in could not be counted", e);
        }
        if (!granted) {
            Object credentials = authentication.getCredentials();
            encoder.matches(credentials == null ? "" : credentials.toString(), dummy);
            REFUSED.increment();
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            REFUSED.increment();
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            try {
                throttle.succeeded(username);
            } catch (RuntimeException e) {
                throw new InternalAuthenticationServiceException("sign-in could not be recorded", e);
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
