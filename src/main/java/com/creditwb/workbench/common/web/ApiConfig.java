package com.creditwb.workbench.common.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** The API's reading rules: JSON (Spring Boot registers every Jackson module bean with its mapper), headers, rejected requests. */
@Configuration
public class ApiConfig {

    @Bean
    JacksonModule boundedNumbers() {
        return BoundedDecimals.module();
    }

    /** A list or map that holds a null ({@code "contacts":[null]}) is refused as a bad value at its place, for every body. */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer noNullElements() {
        return builder -> builder.changeDefaultNullHandling(n -> n.withContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL));
    }

    /** The API's headers are checked first, before the security filters read the request ({@link ApiRequestHeaders}). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ApiRequestHeaders> apiRequestHeaders(
            com.creditwb.workbench.common.i18n.Messages messages) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ApiRequestHeaders(messages));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat answers a request it refuses itself (before any filter) under /api/ in the API's JSON shape too. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory> jsonErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    /** A request the security firewall rejects (an encoded NUL or control character in the path) is a JSON 400 too. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(com.creditwb.workbench.common.i18n.Messages messages) {
        return (request, response, e) -> ApiRequestHeaders.refuse(response, 400, messages.get("api.error.rejectedRequest"));
    }
}
