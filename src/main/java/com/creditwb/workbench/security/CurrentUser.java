package com.creditwb.workbench.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in and what they may do, for services and views alike. */
@Component
public class CurrentUser {

    public String username() {
        Authentication auth = authentication();
        return auth == null ? null : auth.getName();
    }

    public boolean isSignedIn() {
        return authentication() != null;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(Role... roles) {
        Set<Role> mine = roles();
        for (Role role : roles) {
            if (mine.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<Role> roles() {
        Authentication auth = authentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .filter(CurrentUser::isRole)
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isRole(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
