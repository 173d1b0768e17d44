package com.creditwb.workbench.statement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The statement persistence contract on PostgreSQL (server started by {@code ./wb test} and CI). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "postgres"})
@TestPropertySource(properties = {
    "spring.datasource.url=${WORKBENCH_TEST_DB_URL:jdbc:postgresql://localhost:5432/workbench_test}",
    "spring.datasource.username=${WORKBENCH_TEST_DB_USER:workbench_test}",
    "spring.datasource.password=${WORKBENCH_TEST_DB_PASSWORD:}"})
class StatementPersistencePostgresTest extends StatementPersistenceContract {
}
