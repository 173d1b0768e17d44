package com.creditwb.workbench.common.web;

import com.creditwb.workbench.common.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API answers 503 (with Retry-After) until start-up has finished — the web server listens
 * before the start-up jobs (migrations are done by then, but demo data may still be loading), and a
 * caller must never read a half-loaded portfolio or write into the middle of it.
 */
@Configuration
public class StartupGate {

    private final AtomicBoolean ready = new AtomicBoolean();

    /**
     * Open exactly while the application reports ready (the actuator's readiness probe): after start-up, migrations and
     * demo data, and closed again when it stops accepting traffic (a graceful shutdown).
     */
    @EventListener
    void readiness(org.springframework.boot.availability.AvailabilityChangeEvent<org.springframework.boot.availability.ReadinessState> event) {
        ready.set(event.getState() == org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
    }

    public boolean isReady() {
        return ready.get();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startupGateFilter(Messages messages) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!ready.get()) {
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    response.setHeader("Retry-After", "5");
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(ApiJson.message(messages.get("api.error.starting")));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
