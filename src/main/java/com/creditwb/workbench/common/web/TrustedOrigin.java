package com.creditwb.workbench.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Absolute URLs (redirects to the login page and back) are built from the configured base URL
 * ({@code workbench.base-url}, e.g. https://credit.example.com) or, without one, from the request's own
 * origin — the address the connection came in on — never from an arbitrary {@code Host} header: a Host
 * that names neither this machine nor the base URL is replaced before anything reads it. (Tomcat writes
 * relative redirects, {@code server.tomcat.use-relative-redirects}, so the browser resolves them against
 * the origin it used.)
 */
@Configuration
public class TrustedOrigin {

    private final URI baseUrl;
    private final Set<String> localNames = new HashSet<>();

    TrustedOrigin(@Value("${workbench.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : URI.create(baseUrl.strip());
        localNames.addAll(Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0:0:0:0:0:0:0:1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            localNames.add(local.getHostName().toLowerCase(Locale.ROOT));
            localNames.add(local.getHostAddress());
        } catch (IOException unknown) {
            // only the loopback names then
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> trustedOriginFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(trusted(request), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    HttpServletRequest trusted(HttpServletRequest request) {
        if (baseUrl != null) {
            String scheme = baseUrl.getScheme() == null ? request.getScheme() : baseUrl.getScheme();
            int port = baseUrl.getPort() > 0 ? baseUrl.getPort() : "https".equals(scheme) ? 443 : 80;
            return new Origin(request, scheme, baseUrl.getHost(), port);
        }
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (localNames.contains(host) || host.equals(request.getLocalAddr()) || host.equals(request.getLocalName())) {
            return request;
        }
        String own = request.getLocalAddr() == null ? "localhost" : request.getLocalAddr();
        if (own.contains(":")) {
            own = "[" + own + "]";
        }
        return new Origin(request, request.getScheme(), own, request.getLocalPort());
    }

    /** The request as seen from the trusted origin: its server name, port and Host header replaced. */
    static final class Origin extends HttpServletRequestWrapper {
        private final String scheme;
        private final String host;
        private final int port;

        Origin(HttpServletRequest request, String scheme, String host, int port) {
            super(request);
            this.scheme = scheme;
            this.host = host;
            this.port = port;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme) || super.isSecure();
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        private String hostHeader() {
            boolean standard = "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
            return standard ? host : host + ":" + port;
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? hostHeader() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "host".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(hostHeader())) : super.getHeaders(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(scheme).append("://").append(hostHeader()).append(getRequestURI());
        }
    }
}
