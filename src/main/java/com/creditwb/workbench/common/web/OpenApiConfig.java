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
