package com.creditwb.workbench.common;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingClock")
public class PersistenceConfig {

    /** "Today" comes from this clock so tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Created and modified times of every entity come from the same clock as every other "now". */
    @Bean
    org.springframework.data.auditing.DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(currentUsername());
    }

    /** The signed-in user's name, or {@code system} for start-up jobs and demo data. */
    public static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getName() != null ? auth.getName() : "system";
    }
}
