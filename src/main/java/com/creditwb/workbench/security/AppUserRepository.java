package com.creditwb.workbench.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select distinct u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<AppUser> findEnabledByRole(Role role);

    @Query("select distinct u.username from AppUser u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<String> findEnabledUsernamesByRole(Role role);

    List<AppUser> findAllByOrderByUsername();

    /**
     * Reserves one sign-in guess atomically: counts it (an ended lock is cleared) unless the account is locked now;
     * 1 when granted. The row stays locked by this update until the transaction ends, so {@link #lockWhenExhausted}
     * in the same transaction sees this guess's count. (Two plain updates rather than one with a {@code case} that
     * yields a timestamp: PostgreSQL types such a {@code case} by its parameter and refused it as text.)
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u set u.failedAttempts = u.failedAttempts + 1, u.lockedUntil = null
            where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int reserveGuess(String username, java.time.Instant now);

    /** Locks the account until {@code until} when the guesses counted reached {@code max} (the count then starts again). */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = :until where u.username = :username and u.failedAttempts >= :max")
    int lockWhenExhausted(String username, int max, java.time.Instant until);

    @Query("select u.lockedUntil from AppUser u where u.username = :username")
    java.util.Optional<java.time.Instant> lockedUntil(String username);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null where u.username = :username"
            + " and (u.failedAttempts <> 0 or u.lockedUntil is not null)")
    int clearFailures(String username);
}
