package com.creditwb.workbench.statement;

import com.creditwb.workbench.PostgresTest;

/** The statement persistence contract on PostgreSQL. */
@PostgresTest
class StatementPersistencePostgresTest extends StatementPersistenceContract {
}
