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
     * Reserves one sign-in guess atomically: counts it, and locks the account when the count reaches the
     * maximum (the count then starts again); nothing is granted while the account is locked. 1 when granted.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u set
              u.failedAttempts = case when u.failedAttempts + 1 >= :max then 0 else u.failedAttempts + 1 end,
              u.lockedUntil = case when u.failedAttempts + 1 >= :max then :until else null end
            where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int reserveGuess(String username, int max, java.time.Instant now, java.time.Instant until);

    @Query("select u.lockedUntil from AppUser u where u.username = :username")
    java.util.Optional<java.time.Instant> lockedUntil(String username);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null where u.username = :username"
            + " and (u.failedAttempts <> 0 or u.lockedUntil is not null)")
    int clearFailures(String username);
}
