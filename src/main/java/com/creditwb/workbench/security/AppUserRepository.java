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

    List<AppUser> findAllByOrderByUsername();
}
