package com.creditwb.workbench.common;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first administrator, demo data, scheduled jobs) as the user {@code system},
 * so that the same role-checked services can be used and the audit trail names who acted.
 */
public final class SystemAuthentication {

    public static final String USERNAME = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_CREDIT_MANAGER"),
                        new SimpleGrantedAuthority("ROLE_ACCOUNT_MANAGER"), new SimpleGrantedAuthority("ROLE_FINANCE"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs work as a named user with the given role names (demo data made "by" demo users). */
    public static <T> T callAs(String username, List<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
