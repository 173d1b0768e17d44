package com.creditwb.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port on PostgreSQL ('postgres' profile), for tests that go through the real
 * HTTP stack — sign-in, throttle and all. The database is the one {@link PostgresTest} uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
@TestPropertySource(properties = {
    "spring.datasource.url=${WORKBENCH_TEST_DB_URL:jdbc:postgresql://localhost:5432/workbench_test}",
    "spring.datasource.username=${WORKBENCH_TEST_DB_USER:workbench_test}",
    "spring.datasource.password=${WORKBENCH_TEST_DB_PASSWORD:}"})
public @interface PostgresWebTest {
}
