package com.creditwb.workbench.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling: after {@code workbench.security.max-failed-logins} wrong passwords in a
 * row an account is locked for {@code workbench.security.lock-minutes}; a good sign-in resets it.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockTime;

    LoginThrottle(AppUserRepository users, Clock clock,
            @Value("${workbench.security.max-failed-logins:5}") int maxFailures,
            @Value("${workbench.security.lock-minutes:5}") int lockMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    /** Users known to have no failed sign-ins and no lock: a success for them needs no database work (API calls). */
    private final java.util.Set<String> clean = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        clean.remove(event.getAuthentication().getName());
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            int failures = user.getFailedAttempts() + 1;
            user.setFailedAttempts(failures);
            if (failures >= maxFailures) {
                user.setLockedUntil(clock.instant().plus(lockTime));
                user.setFailedAttempts(0);
                log.warn("User {} locked for {} after {} failed sign-ins", user.getUsername(), lockTime, failures);
            }
        });
    }

    /** A good sign-in resets the count; for a user already known clean (most API calls) nothing is read or written. */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        if (clean.contains(name)) {
            return;
        }
        users.findByUsername(name).ifPresent(user -> {
            if (user.getFailedAttempts() != 0 || user.getLockedUntil() != null) {
                user.setFailedAttempts(0);
                user.setLockedUntil(null);
                users.save(user);
            }
            clean.add(name);
        });
    }

}
