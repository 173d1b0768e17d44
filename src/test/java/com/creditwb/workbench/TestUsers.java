package com.creditwb.workbench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a named user with the given roles (four-eyes rules need two different people). */
public final class TestUsers {

    private TestUsers() {
    }

    public static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(role.split(",")).map(r -> new SimpleGrantedAuthority("ROLE_" + r.trim())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, String role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
