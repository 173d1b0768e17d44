package com.creditwb.workbench.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic for the REST API without a bcrypt hash on every request: once a username and password
 * have been verified, an HMAC of the pair (key made at start-up, never stored) remembers which
 * password hash they matched. A later request with the same pair only looks at the user (read at most
 * {@link #USER_TTL_NANOS} ago) — still refused when the user is disabled or locked, or when the stored
 * hash has changed (new password); such a change reaches the API within five seconds.
 * Anything else goes to the normal provider, so wrong passwords still count towards the lock.
 */
final class VerifiedCredentialsProvider implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;
    static final long USER_TTL_NANOS = 5_000_000_000L;

    /** A user as read, with its password hash kept apart: the principal handed out is a copy whose credentials get erased. */
    private record Loaded(UserDetails user, String hash, long at) {
    }

    private final Map<String, Loaded> recent = new ConcurrentHashMap<>();

    private final AuthenticationProvider delegate;
    private final UserDetailsService users;
    private final byte[] key = new byte[32];
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    private final LoginThrottle throttle;

    VerifiedCredentialsProvider(AuthenticationProvider delegate, UserDetailsService users, LoginThrottle throttle) {
        this.delegate = delegate;
        this.users = users;
        this.throttle = throttle;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || credentials == null) {
            return delegate.authenticate(authentication);
        }
        String entry = username + "\u0000" + mac(username + "\u0000" + credentials);
        String hash = verified.get(entry);
        if (hash != null && throttle.isLocked(username)) {
            // a locked account refuses even the right password, remembered or not
            verified.remove(entry);
            recent.remove(username);
            hash = null;
        }
        if (hash != null) {
            try {
                Loaded loaded = user(username);
                UserDetails user = loaded.user();
                if (hash.equals(loaded.hash()) && user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired()
                        && user.isCredentialsNonExpired()) {
                    UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                            org.springframework.security.core.userdetails.User.withUserDetails(user).build(), null, user.getAuthorities());
                    result.setDetails(authentication.getDetails());
                    return result;
                }
            } catch (UsernameNotFoundException e) {
                // fall through: the normal provider answers
            }
            verified.remove(entry);
            recent.remove(username);
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof UserDetails user && user.getPassword() != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(entry, user.getPassword());
        }
        return result;
    }

    private Loaded user(String username) {
        long now = System.nanoTime();
        Loaded loaded = recent.get(username);
        if (loaded == null || now - loaded.at() > USER_TTL_NANOS) {
            if (recent.size() >= MAX_ENTRIES) {
                recent.clear();
            }
            UserDetails user = users.loadUserByUsername(username);
            loaded = new Loaded(user, user.getPassword(), now);
            recent.put(username, loaded);
        }
        return loaded;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
