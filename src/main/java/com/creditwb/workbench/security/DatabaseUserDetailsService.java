package com.creditwb.workbench.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in from the {@code app_user} table; disabled users are refused. Locks are the login throttle's
 * (checked before any password is evaluated). A user whose one-time password must still be changed carries
 * the authority {@link #PASSWORD_CHANGE_REQUIRED}, which the API refuses.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    /** The authority of a user who must change a one-time password before doing anything else. */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private static String[] authorities(AppUser user) {
        java.util.List<String> list = new java.util.ArrayList<>(user.getRoles().stream().map(Role::authority).toList());
        if (user.isMustChangePassword()) {
            list.add(PASSWORD_CHANGE_REQUIRED);
        }
        return list.toArray(String[]::new);
    }

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
                .authorities(authorities(user))
                .build();
    }
}
