package com.creditwb.workbench.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the {@code app_user} table; disabled and temporarily locked users are refused. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    DatabaseUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .accountLocked(user.isLocked(clock.instant()))
                .authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
