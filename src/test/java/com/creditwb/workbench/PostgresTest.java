package com.creditwb.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring test on PostgreSQL with the 'postgres' profile, the whole application on a random port — so that tests can go
 * through the real HTTP stack (sign-in, throttle and all) and every PostgreSQL test shares one context (each new context
 * cleans the one test database). {@code ./wb test} (and CI) start a local
 * server and pass its address in WORKBENCH_TEST_DB_URL / _USER / _PASSWORD.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
@TestPropertySource(properties = {
    "spring.datasource.url=${WORKBENCH_TEST_DB_URL:jdbc:postgresql://localhost:5432/workbench_test}",
    "spring.datasource.username=${WORKBENCH_TEST_DB_USER:workbench_test}",
    "spring.datasource.password=${WORKBENCH_TEST_DB_PASSWORD:}"})
public @interface PostgresTest {
}
