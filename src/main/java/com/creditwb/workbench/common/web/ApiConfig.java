package com.creditwb.workbench.common.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** The API's JSON reading rules (Spring Boot registers every Jackson module bean with its mapper). */
@Configuration
public class ApiConfig {

    @Bean
    JacksonModule boundedNumbers() {
        return BoundedDecimals.module();
    }
}
