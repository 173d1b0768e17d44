package com.creditwb.workbench.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling, counted atomically in the database: before a password is evaluated a guess is
 * <em>reserved</em> with one conditional update of the user row (no read–modify–write, so parallel guesses
 * cannot lose counts); the reservation that reaches {@code workbench.security.max-failed-logins} locks the
 * account for {@code workbench.security.lock-minutes}, and while it is locked no reservation is granted —
 * so at most that many passwords are evaluated per lock window whatever the concurrency, and a locked
 * account refuses even the right password. A good sign-in gives the reservations back (count reset).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockTime;
    /** Locks known to this process, so that remembered API credentials are refused at once too. */
    private final Map<String, Instant> locks = new ConcurrentHashMap<>();
    /** Users known to have no failed sign-ins and no lock: a success for them needs no database work. */
    private final java.util.Set<String> clean = ConcurrentHashMap.newKeySet();
    /** Guesses granted (passwords evaluated) since start, for monitoring and the throttle test. */
    private final java.util.concurrent.atomic.AtomicLong granted = new java.util.concurrent.atomic.AtomicLong();

    LoginThrottle(AppUserRepository users, Clock clock,
            @Value("${workbench.security.max-failed-logins:5}") int maxFailures,
            @Value("${workbench.security.lock-minutes:5}") int lockMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    /** Whether a guess for the user may be evaluated now; false while the account is locked. Unknown users always may. */
    @Transactional
    public boolean reserve(String username) {
        clean.remove(username);
        Instant now = clock.instant();
        Instant until = now.plus(lockTime);
        int granted = users.reserveGuess(username, now);
        if (granted == 1) {
            this.granted.incrementAndGet();
            if (users.lockWhenExhausted(username, maxFailures, until) == 1) {
                locks.put(username, until);
                log.warn("User {} locked until {} after {} sign-in attempts in a row", username, until, maxFailures);
            }
            return true;
        }
        // no row updated: the user is locked, or does not exist (then the password check fails as usual)
        return !users.existsByUsername(username);
    }

    /** A good sign-in: the guesses reserved are given back and any lock lifted. */
    @Transactional
    public void succeeded(String username) {
        if (clean.contains(username)) {
            return;
        }
        users.clearFailures(username);
        locks.remove(username);
        clean.add(username);
    }

    /** How many guesses have been granted (passwords evaluated) since start. */
    public long granted() {
        return granted.get();
    }

    /** Whether this process knows the account to be locked right now (checked on every remembered API credential). */
    public boolean isLocked(String username) {
        Instant until = locks.get(username);
        if (until == null) {
            return false;
        }
        Instant now = clock.instant();
        // the database has the last word: an administrator may have lifted the lock (password reset)
        if (!until.isAfter(now) || users.lockedUntil(username).filter(u -> u.isAfter(now)).isEmpty()) {
            locks.remove(username, until);
            return false;
        }
        return true;
    }
}
