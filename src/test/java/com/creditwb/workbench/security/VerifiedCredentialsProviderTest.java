package com.creditwb.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** The API's remembered credentials: no second hash check for the same pair, and no way round a lock or a new password. */
class VerifiedCredentialsProviderTest {

    final AtomicReference<UserDetails> stored = new AtomicReference<>(user("{bcrypt}hash-1", false));
    /** The store hands out a fresh copy each time, as the database does. */
    final org.springframework.security.core.userdetails.UserDetailsService fresh = name -> User.withUserDetails(stored.get()).build();
    final AtomicInteger hashChecks = new AtomicInteger();

    final AuthenticationProvider slow = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            hashChecks.incrementAndGet();
            if (!"right".equals(a.getCredentials()) || !stored.get().isAccountNonLocked()) {
                throw new BadCredentialsException("bad");
            }
            UserDetails u = User.withUserDetails(stored.get()).build();
            return UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> c) {
            return true;
        }
    };

    static UserDetails user(String hash, boolean locked) {
        return User.withUsername("api").password(hash).accountLocked(locked).authorities("ROLE_CREDIT_MANAGER").build();
    }

    @Test
    void the_same_pair_is_checked_against_the_hash_once() {
        VerifiedCredentialsProvider p = new VerifiedCredentialsProvider(slow, fresh, org.mockito.Mockito.mock(LoginThrottle.class));
        Authentication first = p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "right"));
        Authentication second = p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "right"));
        assertThat(first.isAuthenticated()).isTrue();
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CREDIT_MANAGER");
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void erasing_the_credentials_of_an_answer_does_not_spoil_the_next_request() {
        VerifiedCredentialsProvider p = new VerifiedCredentialsProvider(slow, fresh, org.mockito.Mockito.mock(LoginThrottle.class));
        for (int i = 0; i < 5; i++) {
            Authentication a = p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "right"));
            ((org.springframework.security.core.CredentialsContainer) a).eraseCredentials(); // as ProviderManager does
        }
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void a_wrong_password_a_lock_or_a_new_password_goes_back_to_the_full_check() {
        VerifiedCredentialsProvider p = new VerifiedCredentialsProvider(slow, fresh, org.mockito.Mockito.mock(LoginThrottle.class));
        p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "right"));
        assertThatThrownBy(() -> p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        stored.set(user("{bcrypt}hash-1", true));
        assertThatThrownBy(() -> p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "right")))
                .isInstanceOf(BadCredentialsException.class);
        stored.set(user("{bcrypt}hash-2", false)); // password changed (to the same text, here): remembered pair no longer counts
        int before = hashChecks.get();
        p.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api", "right"));
        assertThat(hashChecks.get()).isEqualTo(before + 1);
    }
}
