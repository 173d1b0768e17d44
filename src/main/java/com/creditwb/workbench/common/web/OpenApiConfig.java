package com.creditwb.workbench.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html): HTTP Basic over the workbench's users. */
@Configuration
public class OpenApiConfig {

    private static final java.util.Set<String> VERBS = java.util.Set.of("list", "get", "create", "update", "delete", "save", "add", "raise",
            "attach", "download", "approve", "refuse", "reject", "release", "escalate", "move", "request", "respond", "calculate", "weigh",
            "import", "step", "check", "score", "review");

    /**
     * Every operation named for what it does to what, so that a generated client reads well: the controller's method
     * name with the controller's resource ({@code list} on customers → {@code listCustomers}, {@code get} →
     * {@code getCustomer}, {@code addRisk} on alliances → {@code addAllianceRisk}, {@code accessLog} on negotiations
     * → {@code negotiationAccessLog}); an explicit {@code @Operation(operationId)} wins.
     */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer operationIds() {
        return (operation, handler) -> {
            io.swagger.v3.oas.annotations.Operation declared = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
            if (declared == null || declared.operationId().isBlank()) {
                operation.setOperationId(operationId(handler.getBeanType().getSimpleName(), handler.getMethod().getName()));
            }
            return operation;
        };
    }

    static String operationId(String controller, String method) {
        String resource = controller.replace("ApiController", "");
        if (method.toLowerCase(java.util.Locale.ROOT).contains(resource.toLowerCase(java.util.Locale.ROOT))) {
            return method;
        }
        String verb = VERBS.stream().filter(v -> method.startsWith(v) && (method.length() == v.length()
                || Character.isUpperCase(method.charAt(v.length())))).findFirst().orElse(null);
        if (verb == null) {
            return Character.toLowerCase(resource.charAt(0)) + resource.substring(1) + Character.toUpperCase(method.charAt(0))
                    + method.substring(1);
        }
        String rest = method.substring(verb.length());
        return verb + (verb.equals("list") && rest.isEmpty() ? plural(resource) : resource) + rest;
    }

    static String plural(String noun) {
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.matches(".*(s|x|ch|sh)") ? noun + "es" : noun + "s";
    }

    @Bean
    OpenAPI workbenchOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Credit & Key-Account Workbench API").version("1")
                        .description("Customers, credit files and (as features land) statements, credit decisions and key accounts. "
                                + "Authenticate with HTTP Basic using a workbench user; roles apply as in the UI."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
